/* symtab.c — string keys, linear probing, a seeded hash.
 *
 * Each table has its own seed (its address and the clock), so that a policy
 * whose names were chosen to collide — making every lookup a walk of the
 * whole table — collides only by chance.  Nothing iterates a table, so the
 * seed changes no output, only where names sit. */
#include "symtab.h"

#include <string.h>
#include <time.h>

/* FNV-1a from a seeded basis, then a 64-bit finaliser (splitmix64's). */
static uint32_t hash(const sp_symtab *t, const char *s)
{
    uint64_t h = 14695981039346656037u ^ t->seed;
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 1099511628211u;
    }
    h ^= t->seed;
    h = (h ^ (h >> 30)) * 0xbf58476d1ce4e5b9u;
    h = (h ^ (h >> 27)) * 0x94d049bb133111ebu;
    return (uint32_t)(h ^ (h >> 31));
}

static uint64_t new_seed(const sp_symtab *t)
{
    struct timespec ts;
    uint64_t now = clock_gettime(CLOCK_MONOTONIC, &ts) == 0
                       ? (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec
                       : 0;
    return ((uint64_t)(uintptr_t)t * 0x9e3779b97f4a7c15u) ^ now;
}

void sp_symtab_init(sp_symtab *t, sp_arena *a, uint32_t expected)
{
    uint32_t cap = 16;
    while (cap < (uint64_t)expected * 2 + 2)
        cap *= 2;
    t->slots = sp_arena_zalloc(a, sizeof *t->slots * cap);
    t->mask = t->slots ? cap - 1 : 0;
    t->count = 0;
    t->seed = new_seed(t);
}

int32_t sp_symtab_put(sp_symtab *t, const char *key, int32_t value)
{
    uint32_t h = hash(t, key);
    for (uint32_t i = h & t->mask;; i = (i + 1) & t->mask) {
        sp_symtab_slot *s = &t->slots[i];
        if (!s->key) {
            s->key = key;
            s->hash = h;
            s->value = value;
            t->count++;
            return -1;
        }
        if (s->hash == h && strcmp(s->key, key) == 0)
            return s->value;
    }
}

int32_t sp_symtab_get(const sp_symtab *t, const char *key)
{
    if (!t->slots)
        return -1;
    uint32_t h = hash(t, key);
    for (uint32_t i = h & t->mask;; i = (i + 1) & t->mask) {
        const sp_symtab_slot *s = &t->slots[i];
        if (!s->key)
            return -1;
        if (s->hash == h && strcmp(s->key, key) == 0)
            return s->value;
    }
}
