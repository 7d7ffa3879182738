/* buf.c — growable strings that remember allocation failure. */
#include "buf.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "alloc.h"
#include "utf8.h"

void sp_buf_init(sp_buf *b, const sharepol_allocator *allocator)
{
    memset(b, 0, sizeof *b);
    b->allocator = allocator;
}

static bool reserve(sp_buf *b, size_t more)
{
    if (b->failed)
        return false;
    if (more > SIZE_MAX / 4 - b->len) {
        b->failed = true;
        return false;
    }
    size_t want = b->len + more + 1;
    if (want <= b->cap && b->data)
        return true;
    size_t cap = b->cap ? b->cap * 2 : 128;
    while (cap < want)
        cap *= 2;
    char *p = b->data ? sp_realloc(b->data, cap) : sp_alloc(b->allocator, cap);
    if (!p) {
        b->failed = true;
        return false;
    }
    b->data = p;
    b->cap = cap;
    return true;
}

void sp_buf_add(sp_buf *b, const char *s, size_t n)
{
    if (!reserve(b, n))
        return;
    if (n)
        memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void sp_buf_puts(sp_buf *b, const char *s)
{
    sp_buf_add(b, s, strlen(s));
}

void sp_buf_putc(sp_buf *b, char c)
{
    sp_buf_add(b, &c, 1);
}

void sp_buf_printf(sp_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0) {
        b->failed = true;
        return;
    }
    if (!reserve(b, (size_t)n))
        return;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

void sp_buf_escaped(sp_buf *b, const char *s, size_t n, char quote)
{
    size_t i = 0;
    while (i < n) {
        uint32_t cp;
        size_t len = sp_utf8_decode((const unsigned char *)s + i, n - i, &cp);
        if (len == 0) {
            sp_buf_printf(b, "\\x%02x", (unsigned char)s[i]);
            i++;
            continue;
        }
        if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0) || sp_utf8_is_bidi(cp)) {
            if (cp == '\n')
                sp_buf_puts(b, "\\n");
            else if (cp == '\t')
                sp_buf_puts(b, "\\t");
            else if (cp == '\r')
                sp_buf_puts(b, "\\r");
            else if (cp < 0x100)
                sp_buf_printf(b, "\\x%02x", (unsigned)cp);
            else
                sp_buf_printf(b, "\\u{%x}", (unsigned)cp);
        } else if (quote && (cp == (uint32_t)quote || cp == '\\')) {
            sp_buf_putc(b, '\\');
            sp_buf_putc(b, (char)cp);
        } else {
            sp_buf_add(b, s + i, len);
        }
        i += len;
    }
}

char *sp_buf_finish(sp_buf *b)
{
    if (!b->failed && !b->data)
        sp_buf_add(b, "", 0);
    if (b->failed) {
        sp_buf_free(b);
        return NULL;
    }
    char *s = b->data;
    b->data = NULL;
    b->len = b->cap = 0;
    return s;
}

void sp_buf_free(sp_buf *b)
{
    sp_free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}
