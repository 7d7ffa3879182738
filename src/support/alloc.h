/* alloc.h — every heap block of the library, through the host's allocator.
 *
 * Each block remembers its allocator and size in a small header, so a block
 * can be resized or freed without the caller carrying either around, and
 * strings handed to the caller can be freed by sharepol_string_free(). */
#ifndef SP_ALLOC_H
#define SP_ALLOC_H

#include "sp_internal.h"

/* A fresh block of size bytes from allocator a (NULL: malloc), or NULL. */
void *sp_alloc(const sharepol_allocator *a, size_t size);

/* A zero-filled block, or NULL. */
void *sp_calloc(const sharepol_allocator *a, size_t size);

/* Resizes a block from sp_alloc (p NULL is not allowed); NULL on failure,
 * with p unchanged. */
void *sp_realloc(void *p, size_t size);

/* Frees a block from sp_alloc; NULL is allowed. */
void sp_free(void *p);

#endif
