/* stix_scan.c — the byte ranges of a bundle's objects (stix_scan.h). */
#include "stix_scan.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

static size_t skip_ws(const char *t, size_t len, size_t p)
{
    while (p < len && (t[p] == ' ' || t[p] == '\t' || t[p] == '\n' || t[p] == '\r'))
        p++;
    return p;
}

/* From the opening quote to just after the closing one: the next quote
 * not escaped, that is after an even number of backslashes (memchr reads
 * much faster than a loop over the bytes, and most bytes are in strings). */
static size_t skip_string(const char *t, size_t len, size_t p)
{
    for (p++; p < len;) {
        const char *quote = memchr(t + p, '"', len - p);
        if (!quote)
            return len;
        size_t at = (size_t)(quote - t), backslashes = 0;
        while (t[at - backslashes - 1] == '\\') /* stops at the opening quote */
            backslashes++;
        if (backslashes % 2 == 0)
            return at + 1;
        p = at + 1;
    }
    return len;
}

/* One value from p: a string, or a container with everything in it (a
 * depth count, not recursion), or a scalar up to the next delimiter.
 * *deepest grows to the value's nesting depth. */
static size_t skip_value(const char *t, size_t len, size_t p, size_t *deepest)
{
    if (p >= len)
        return len;
    if (t[p] == '"')
        return skip_string(t, len, p);
    if (t[p] != '{' && t[p] != '[') {
        while (p < len && !strchr(",}] \t\r\n", t[p]))
            p++;
        return p;
    }
    size_t depth = 0;
    while (p < len) {
        char c = t[p];
        if (c == '"') {
            p = skip_string(t, len, p);
            continue;
        }
        if (c == '{' || c == '[') {
            if (++depth > *deepest)
                *deepest = depth;
        } else if ((c == '}' || c == ']') && --depth == 0) {
            return p + 1;
        }
        p++;
    }
    return len;
}

/* The elements of the array at p: their spans, the array's own and its
 * elements' nesting.  @return their number, or (size_t)-1 when they are
 * not separated by commas and closed by ']' or memory ran out. */
static size_t scan_array(const char *t, size_t len, size_t p, stix_scan *out)
{
    size_t n = 0, cap = 0;
    stix_span **spans = &out->spans;
    out->array.start = p;
    p = skip_ws(t, len, p + 1);
    if (p < len && t[p] == ']') {
        out->array.end = p + 1;
        return 0;
    }
    while (p < len) {
        size_t end = skip_value(t, len, p, &out->depth);
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            stix_span *grown = realloc(*spans, cap * sizeof *grown);
            if (!grown) {
                free(*spans);
                *spans = NULL;
                return (size_t)-1;
            }
            *spans = grown;
        }
        (*spans)[n++] = (stix_span){ p, end };
        p = skip_ws(t, len, end);
        if (p < len && t[p] == ']') {
            out->array.end = p + 1;
            return n;
        }
        if (p >= len || t[p] != ',')
            break;
        p = skip_ws(t, len, p + 1);
    }
    free(*spans);
    *spans = NULL;
    return (size_t)-1;
}

size_t stix_scan_objects(const char *text, size_t len, stix_scan *out)
{
    out->spans = NULL;
    out->depth = 0;
    size_t ignored = 0;
    size_t p = skip_ws(text, len, 0);
    if (p >= len || text[p] != '{')
        return (size_t)-1;
    p = skip_ws(text, len, p + 1);
    while (p < len && text[p] == '"') {
        size_t key_end = skip_string(text, len, p);
        bool objects = key_end - p == 9 && memcmp(text + p, "\"objects\"", 9) == 0;
        p = skip_ws(text, len, key_end);
        if (p >= len || text[p] != ':')
            return (size_t)-1;
        p = skip_ws(text, len, p + 1);
        if (objects && p < len && text[p] == '[')
            return scan_array(text, len, p, out);
        p = skip_ws(text, len, skip_value(text, len, p, &ignored));
        if (p >= len || text[p] != ',')
            break;
        p = skip_ws(text, len, p + 1);
    }
    return (size_t)-1;
}

void stix_scan_position(const char *text, size_t at, unsigned *line, unsigned *column)
{
    *line = 1;
    *column = 1;
    for (size_t i = 0; i < at; i++) {
        if (text[i] == '\n') {
            (*line)++;
            *column = 1;
        } else if ((text[i] & 0xc0) != 0x80) {
            (*column)++;
        }
    }
}
