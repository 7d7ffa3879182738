/* line_reader.c — lines from a file descriptor (line_reader.h).
 *
 * The buffer holds the longest line plus one read.  A partial line moves to
 * the front before each read, and a read takes at most READ_CHUNK, so a
 * stream of short lines keeps to the first READ_CHUNK of the buffer: few
 * enough cache lines that it does not push a policy out of the cache. */
#include "line_reader.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define READ_CHUNK ((size_t)1 << 16) /* the most one read(2) takes */

bool line_reader_open(line_reader *r, int fd, FILE *answers)
{
    r->fd = fd;
    r->answers = answers;
    r->before_flush = NULL;
    r->before_flush_ctx = NULL;
    r->start = r->end = 0;
    r->cap = LINE_READER_MAX + READ_CHUNK;
    r->eof = false;
    r->buf = calloc(1, r->cap); /* zeroed: analyzers cannot see read(2) fill it */
    return r->buf != NULL;
}

void line_reader_close(line_reader *r)
{
    free(r->buf);
    r->buf = NULL;
}


/* Appends what the input has to the buffer; false at its end (or an error). */
static bool fill(line_reader *r)
{
    if ((r->before_flush && !r->before_flush(r->before_flush_ctx)) || fflush(r->answers) != 0) {
        r->eof = true; /* nobody reads the answers: stop (the caller reports it) */
        return false;
    }
    for (;;) {
        size_t room = r->cap - r->end;
        ssize_t got = read(r->fd, r->buf + r->end, room < READ_CHUNK ? room : READ_CHUNK);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0) {
            r->eof = true;
            return false;
        }
        r->end += (size_t)got;
        return true;
    }
}

bool line_reader_next(line_reader *r, const char **line, size_t *len, bool *too_long)
{
    *too_long = false;
    size_t scanned = 0;
    for (;;) {
        char *nl = memchr(r->buf + r->start + scanned, '\n', r->end - r->start - scanned);
        if (nl) {
            *line = r->buf + r->start;
            *len = (size_t)(nl - *line);
            r->start = (size_t)(nl - r->buf) + 1;
            return true;
        }
        scanned = r->end - r->start;
        if (r->eof) {
            if (scanned == 0)
                return false;
            *line = r->buf + r->start;
            *len = scanned;
            r->start = r->end;
            return true;
        }
        if (scanned > LINE_READER_MAX) {
            /* Drop what we hold and everything up to the next newline. */
            *too_long = true;
            r->start = r->end = 0;
            while (fill(r)) {
                nl = memchr(r->buf, '\n', r->end);
                if (nl) {
                    r->start = (size_t)(nl - r->buf) + 1;
                    break;
                }
                r->end = 0;
            }
            *line = r->buf;
            *len = 0;
            return true;
        }
        if (r->start > 0) {
            memmove(r->buf, r->buf + r->start, scanned);
            r->end = scanned;
            r->start = 0;
        }
        fill(r);
    }
}
