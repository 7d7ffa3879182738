/* arena.c — chunked bump allocator over the host allocator. */
#include "arena.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "alloc.h"

#define ALIGN 16u
#define MIN_CHUNK ((size_t)16 << 10)
#define MAX_CHUNK ((size_t)4 << 20)

struct sp_chunk {
    sp_chunk *prev;
    size_t size;
    _Alignas(16) char data[];
};

void sp_arena_init(sp_arena *a, const sharepol_allocator *allocator)
{
    memset(a, 0, sizeof *a);
    a->allocator = allocator;
}

void sp_arena_free(sp_arena *a)
{
    sp_chunk *c = a->chunks;
    while (c) {
        sp_chunk *prev = c->prev;
        sp_free(c);
        c = prev;
    }
    a->chunks = NULL;
    a->next = a->end = a->last = NULL;
    a->total = 0;
}

static void *fail(sp_arena *a)
{
    if (a->on_oom)
        longjmp(*a->on_oom, 1);
    return NULL;
}

void *sp_arena_fail(sp_arena *a)
{
    return fail(a);
}

static size_t round_up(size_t n)
{
    return (n + (ALIGN - 1)) & ~(size_t)(ALIGN - 1);
}

void *sp_arena_alloc(sp_arena *a, size_t size)
{
    if (size > SIZE_MAX / 2)
        return fail(a);
    size_t need = round_up(size ? size : 1);
    if ((size_t)(a->end - a->next) < need) {
        /* Chunks grow with the arena so a big policy takes few of them. */
        size_t chunk = a->total / 2;
        if (chunk < MIN_CHUNK)
            chunk = MIN_CHUNK;
        if (chunk > MAX_CHUNK)
            chunk = MAX_CHUNK;
        if (chunk < need)
            chunk = need;
        sp_chunk *c = sp_alloc(a->allocator, sizeof(sp_chunk) + chunk);
        if (!c)
            return fail(a);
        c->prev = a->chunks;
        c->size = chunk;
        a->chunks = c;
        a->total += chunk;
        a->next = c->data;
        a->end = c->data + chunk;
    }
    void *p = a->next;
    a->last = a->next;
    a->next += need;
    return p;
}

void *sp_arena_zalloc(sp_arena *a, size_t size)
{
    void *p = sp_arena_alloc(a, size);
    if (p)
        memset(p, 0, size);
    return p;
}

void *sp_arena_realloc(sp_arena *a, void *p, size_t old_size, size_t new_size)
{
    if (!p)
        return sp_arena_alloc(a, new_size);
    if (p == a->last && new_size <= SIZE_MAX / 2) {
        size_t need = round_up(new_size ? new_size : 1);
        if ((size_t)(a->end - (char *)p) >= need) {
            a->next = (char *)p + need;
            return p;
        }
    }
    if (new_size <= old_size)
        return p;
    void *n = sp_arena_alloc(a, new_size);
    if (n)
        memcpy(n, p, old_size);
    return n;
}

char *sp_arena_strndup(sp_arena *a, const char *s, size_t n)
{
    if (n == SIZE_MAX)
        return fail(a);
    char *d = sp_arena_alloc(a, n + 1);
    if (!d)
        return NULL;
    if (n)
        memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

char *sp_arena_strdup(sp_arena *a, const char *s)
{
    return sp_arena_strndup(a, s, strlen(s));
}

char *sp_arena_printf(sp_arena *a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        return fail(a);
    char *d = sp_arena_alloc(a, (size_t)n + 1);
    if (!d)
        return NULL;
    va_start(ap, fmt);
    vsnprintf(d, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return d;
}

bool sp_arena_reserve(sp_arena *a, void **v, uint32_t *cap, size_t want, size_t elem)
{
    if (want <= *cap)
        return true;
    size_t n = *cap ? (size_t)*cap * 2 : 4;
    while (n < want)
        n *= 2;
    if (n > UINT32_MAX || n > SIZE_MAX / elem / 2) {
        fail(a);
        return false;
    }
    void *p = sp_arena_realloc(a, *v, (size_t)*cap * elem, n * elem);
    if (!p)
        return false;
    *v = p;
    *cap = (uint32_t)n;
    return true;
}
