/* line_reader.h — lines from a file descriptor, for a loop that answers
 * each line as it comes (`sharepol eval`). */
#ifndef SHAREPOL_LINE_READER_H
#define SHAREPOL_LINE_READER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#define LINE_READER_MAX ((size_t)1 << 20) /* a longer line is reported, not held */

/* Reads what is there (read(2), not fread), and flushes `answers` before it
 * waits for more: a program that writes one query and waits for its answer
 * is answered at once. */
typedef struct line_reader {
    int fd;
    FILE *answers;
    /* If set, called before answers is flushed (before each wait): a caller
     * that holds answers back (eval with a decision log) releases them
     * here.  false stops reading, as a failed flush does. */
    bool (*before_flush)(void *ctx);
    void *before_flush_ctx;
    char *buf;
    size_t start, end, cap;
    bool eof;
} line_reader;

/* @return false when out of memory. */
bool line_reader_open(line_reader *r, int fd, FILE *answers);
void line_reader_close(line_reader *r);

/* The next line without its newline; *too_long when it exceeded
 * LINE_READER_MAX (it is then skipped whole, and *len is 0).  The line stays
 * valid until the next call.  @return false at the end of input, or when
 * `answers` can no longer be written. */
bool line_reader_next(line_reader *r, const char **line, size_t *len, bool *too_long);

#endif
