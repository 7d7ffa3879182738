/* lsp_transport.c — the base protocol of LSP: each message is a header
 * block ("Content-Length: N", optionally "Content-Type: ...", each line
 * ended by CR LF, then an empty line) and N bytes of JSON.
 *
 * A header block without a usable Content-Length cannot say where its body
 * ends, so it is skipped up to the next empty line and reported; a body over
 * the limit is read and dropped, so the stream stays in step.  Header lines
 * ended by a bare LF are accepted too. */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lsp.h"

/* A header line longer than this is malformed (real ones are short). */
#define MAX_HEADER_LINE 1024u

/* Reads one header line without its line end.  @return its length, or -1
 * at end of input before any byte, -2 at end of input inside the line;
 * a line too long is consumed and returned cut (long_line set). */
static long read_line(FILE *in, char *buf, size_t size, bool *long_line)
{
    size_t n = 0;
    int c;
    bool any = false;
    *long_line = false;
    while ((c = getc(in)) != EOF) {
        any = true;
        if (c == '\n')
            break;
        if (n + 1 < size)
            buf[n++] = (char)c;
        else
            *long_line = true;
    }
    if (c == EOF)
        return any ? -2 : -1;
    if (n > 0 && buf[n - 1] == '\r')
        n--;
    buf[n] = '\0';
    return (long)n;
}

static void say(char *error, size_t size, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void say(char *error, size_t size, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(error, size, fmt, ap);
    va_end(ap);
}

/* Content-Length's value: digits only, no sign, no overflow. */
static bool parse_length(const char *v, size_t *out)
{
    while (*v == ' ' || *v == '\t')
        v++;
    if (*v < '0' || *v > '9')
        return false;
    size_t n = 0;
    for (; *v >= '0' && *v <= '9'; v++) {
        if (n > (SIZE_MAX - 9) / 10)
            return false;
        n = n * 10 + (size_t)(*v - '0');
    }
    while (*v == ' ' || *v == '\t')
        v++;
    if (*v)
        return false;
    *out = n;
    return true;
}

lsp_read_status lsp_read_message(FILE *in, size_t max_size, char **body, size_t *length,
                                 char *error, size_t error_size)
{
    char line[MAX_HEADER_LINE + 1];
    bool have_length = false, bad = false, started = false;
    size_t n = 0;
    *body = NULL;
    *length = 0;
    error[0] = '\0';
    for (;;) {
        bool long_line;
        long len = read_line(in, line, sizeof line, &long_line);
        if (len == -1 && !started)
            return LSP_READ_EOF;
        if (len < 0) {
            say(error, error_size, "the input ended inside a message's header");
            return LSP_READ_TRUNCATED;
        }
        if (len == 0) {
            if (!started)
                continue;  /* stray blank lines between messages */
            break;
        }
        started = true;
        char *colon = strchr(line, ':');
        if (long_line || !colon) {
            if (!bad)
                say(error, error_size, "malformed header line '%.60s'", line);
            bad = true;
            continue;
        }
        *colon = '\0';
        if (strcasecmp(line, "Content-Length") == 0) {
            if (have_length || !parse_length(colon + 1, &n)) {
                if (!bad)
                    say(error, error_size, "bad Content-Length '%.40s'", colon + 1);
                bad = true;
            }
            have_length = true;
        }
        /* Content-Type and any other header are read and ignored. */
    }
    if (!have_length && !bad)
        say(error, error_size, "a header without Content-Length");
    if (bad || !have_length)
        return LSP_READ_BAD_HEADER;
    if (n > max_size) {
        char sink[4096];
        size_t left = n;
        while (left > 0) {
            size_t got = fread(sink, 1, left < sizeof sink ? left : sizeof sink, in);
            if (got == 0)
                break;
            left -= got;
        }
        say(error, error_size, "a message of %zu bytes is over the limit of %zu", n, max_size);
        return left ? LSP_READ_TRUNCATED : LSP_READ_TOO_LARGE;
    }
    char *b = malloc(n + 1);
    if (!b) {
        say(error, error_size, "out of memory for a message of %zu bytes", n);
        return LSP_READ_TOO_LARGE;
    }
    size_t got = n ? fread(b, 1, n, in) : 0;
    if (got < n) {
        free(b);
        say(error, error_size, "the input ended inside a message's body");
        return LSP_READ_TRUNCATED;
    }
    b[n] = '\0';
    *body = b;
    *length = n;
    return LSP_READ_MESSAGE;
}

bool lsp_write_message(FILE *out, json_t *msg)
{
    if (!msg)
        return false;
    char *text = json_dumps(msg, JSON_COMPACT | JSON_ENSURE_ASCII);
    json_decref(msg);
    if (!text)
        return false;
    size_t n = strlen(text);
    int ok = fprintf(out, "Content-Length: %zu\r\n\r\n", n) > 0 &&
             fwrite(text, 1, n, out) == n && fflush(out) == 0;
    free(text);
    return ok;
}
