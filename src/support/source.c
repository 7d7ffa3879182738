/* source.c — positions from byte offsets. */
#include "source.h"

static uint32_t line_index(const sp_source *src, size_t offset)
{
    uint32_t lo = 0, hi = src->n_lines;
    while (hi - lo > 1) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (src->lines[mid] <= offset)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

void sp_source_position(const sp_source *src, size_t offset, unsigned *line,
                        unsigned *column)
{
    if (offset > src->len)
        offset = src->len;
    uint32_t i = line_index(src, offset);
    unsigned col = 1;
    for (size_t p = src->lines[i]; p < offset; p++)
        if (((unsigned char)src->text[p] & 0xc0) != 0x80)
            col++;
    *line = i + 1;
    *column = col;
}

size_t sp_source_line_start(const sp_source *src, size_t offset)
{
    if (offset > src->len)
        offset = src->len;
    return src->lines[line_index(src, offset)];
}

size_t sp_source_line_end(const sp_source *src, size_t offset)
{
    size_t p = offset > src->len ? src->len : offset;
    while (p < src->len && src->text[p] != '\n' && src->text[p] != '\r')
        p++;
    return p;
}
