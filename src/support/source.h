/* source.h — one policy text with its name and line map.  Offsets are bytes;
 * lines and columns (1-based, columns counting characters) are derived only
 * when a message is printed. */
#ifndef SP_SOURCE_H
#define SP_SOURCE_H

#include "sp_internal.h"

typedef struct sp_source {
    const char *name;  /* as given: a path, "<string>" or "<query>" */
    char *text;        /* len bytes, then two NULs (flex scans in place) */
    size_t len;
    size_t body;       /* where the language starts: 3 after a leading BOM */
    uint32_t *lines;   /* offset of each line's first byte */
    uint32_t n_lines;
    bool on_disk;      /* read from a regular file, which dev and ino name */
    uint64_t dev, ino;
} sp_source;

/* Line and column (1-based) of a byte offset (<= len). */
void sp_source_position(const sp_source *src, size_t offset, unsigned *line,
                        unsigned *column);

/* Offset of the first byte of the line holding offset. */
size_t sp_source_line_start(const sp_source *src, size_t offset);

/* Offset of the line break (or end of text) ending the line at offset. */
size_t sp_source_line_end(const sp_source *src, size_t offset);

#endif
