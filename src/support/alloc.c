/* alloc.c — the host allocator hook, with a header on each block. */
#include "alloc.h"

#include <stdlib.h>
#include <string.h>

typedef struct header {
    sharepol_alloc_fn fn;
    void *ctx;
    size_t size;
    size_t pad_; /* keeps the payload aligned to 16 bytes on 64-bit hosts */
} header;

_Static_assert(sizeof(header) % 16 == 0 || sizeof(void *) < 8,
               "block header must keep 16-byte alignment");

static void *system_alloc(void *ctx, void *ptr, size_t old_size, size_t new_size)
{
    SP_UNUSED(ctx);
    SP_UNUSED(old_size);
    if (new_size == 0) {
        free(ptr);
        return NULL;
    }
    return realloc(ptr, new_size);
}

void *sp_alloc(const sharepol_allocator *a, size_t size)
{
    sharepol_alloc_fn fn = a && a->fn ? a->fn : system_alloc;
    void *ctx = a && a->fn ? a->ctx : NULL;
    if (size > SIZE_MAX - sizeof(header))
        return NULL;
    header *h = fn(ctx, NULL, 0, sizeof(header) + size);
    if (!h)
        return NULL;
    h->fn = fn;
    h->ctx = ctx;
    h->size = size;
    return h + 1;
}

void *sp_calloc(const sharepol_allocator *a, size_t size)
{
    void *p = sp_alloc(a, size);
    if (p)
        memset(p, 0, size);
    return p;
}

void *sp_realloc(void *p, size_t size)
{
    header *h = (header *)p - 1;
    if (size > SIZE_MAX - sizeof(header))
        return NULL;
    header *n = h->fn(h->ctx, h, sizeof(header) + h->size, sizeof(header) + size);
    if (!n)
        return NULL;
    n->size = size;
    return n + 1;
}

void sp_free(void *p)
{
    if (!p)
        return;
    header *h = (header *)p - 1;
    h->fn(h->ctx, h, sizeof(header) + h->size, 0);
}
