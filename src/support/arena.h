/* arena.h — bump allocation for everything that dies together: the AST of a
 * compilation, the tables of a compiled policy, a diagnostics list.
 *
 * An arena may be given a jmp_buf: then an allocation that fails jumps there
 * instead of returning NULL, which keeps the parser actions and the checker
 * free of error paths; the code that set the jmp_buf frees the arena. */
#ifndef SP_ARENA_H
#define SP_ARENA_H

#include <setjmp.h>

#include "sp_internal.h"

typedef struct sp_chunk sp_chunk;

typedef struct sp_arena {
    const sharepol_allocator *allocator;
    sp_chunk *chunks;   /* newest first */
    char *next, *end;   /* free space in the newest chunk */
    char *last;         /* the most recent allocation, for in-place growth */
    size_t total;       /* bytes taken from the allocator */
    jmp_buf *on_oom;    /* NULL: failures return NULL */
} sp_arena;

void sp_arena_init(sp_arena *a, const sharepol_allocator *allocator);

/* Frees every chunk; the arena can be used again afterwards. */
void sp_arena_free(sp_arena *a);

/* size bytes aligned for any object; uninitialised. */
void *sp_arena_alloc(sp_arena *a, size_t size);

/* size bytes, zero-filled. */
void *sp_arena_zalloc(sp_arena *a, size_t size);

/* Fails as an allocation from a does (jumps, or NULL): for a table that
 * would outgrow its 32-bit offsets, which no allocation can hold anyway. */
void *sp_arena_fail(sp_arena *a);

/* Resizes p (from this arena, old_size bytes); grows in place when p was the
 * last allocation. */
void *sp_arena_realloc(sp_arena *a, void *p, size_t old_size, size_t new_size);

/* A NUL-terminated copy of n bytes of s. */
char *sp_arena_strndup(sp_arena *a, const char *s, size_t n);
char *sp_arena_strdup(sp_arena *a, const char *s);

/* printf into the arena. */
char *sp_arena_printf(sp_arena *a, const char *fmt, ...) SP_PRINTF(2, 3);

/* Makes room for at least `want` elements of `elem` bytes in *v (capacity
 * *cap), doubling; false only when the arena returns NULL. */
bool sp_arena_reserve(sp_arena *a, void **v, uint32_t *cap, size_t want, size_t elem);

/* A growable array in an arena: SP_VEC(sp_ref) refs; sp_vec_push(a, &refs, r). */
#define SP_VEC(T) struct { T *v; uint32_t n, cap; }
#define sp_vec_push(arena, vec, item)                                          \
    (sp_arena_reserve((arena), (void **)&(vec)->v, &(vec)->cap,                \
                      (size_t)(vec)->n + 1, sizeof *(vec)->v)                  \
         ? ((vec)->v[(vec)->n++] = (item), true)                               \
         : false)

#endif
