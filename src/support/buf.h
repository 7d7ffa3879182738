/* buf.h — a growable string, for text the library hands to its caller
 * (rendered diagnostics, residuals, explanations). */
#ifndef SP_BUF_H
#define SP_BUF_H

#include "sp_internal.h"

typedef struct sp_buf {
    const sharepol_allocator *allocator;
    char *data; /* NUL-terminated once anything was added; from sp_alloc */
    size_t len, cap;
    bool failed; /* an allocation failed: the text is incomplete */
} sp_buf;

void sp_buf_init(sp_buf *b, const sharepol_allocator *allocator);
void sp_buf_add(sp_buf *b, const char *s, size_t n);
void sp_buf_puts(sp_buf *b, const char *s);
void sp_buf_putc(sp_buf *b, char c);
void sp_buf_printf(sp_buf *b, const char *fmt, ...) SP_PRINTF(2, 3);
/* Appends s with control characters, invalid UTF-8 and (when quote is not
 * 0) that quote character escaped, so the text is safe on a terminal. */
void sp_buf_escaped(sp_buf *b, const char *s, size_t n, char quote);
/* Hands the string over (an empty string if nothing was added); NULL when an
 * allocation failed, after freeing everything. */
char *sp_buf_finish(sp_buf *b);
void sp_buf_free(sp_buf *b);

#endif
