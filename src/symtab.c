/* symtab.c — string keys, linear probing, FNV-1a. */
#include "symtab.h"

#include <string.h>

uint32_t sp_hash_string(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 16777619u;
    }
    return h;
}

void sp_symtab_init(sp_symtab *t, sp_arena *a, uint32_t expected)
{
    uint32_t cap = 16;
    while (cap < (uint64_t)expected * 2 + 2)
        cap *= 2;
    t->slots = sp_arena_zalloc(a, sizeof *t->slots * cap);
    t->mask = t->slots ? cap - 1 : 0;
    t->count = 0;
}

int32_t sp_symtab_put(sp_symtab *t, const char *key, int32_t value)
{
    uint32_t h = sp_hash_string(key);
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
    uint32_t h = sp_hash_string(key);
    for (uint32_t i = h & t->mask;; i = (i + 1) & t->mask) {
        const sp_symtab_slot *s = &t->slots[i];
        if (!s->key)
            return -1;
        if (s->hash == h && strcmp(s->key, key) == 0)
            return s->value;
    }
}
