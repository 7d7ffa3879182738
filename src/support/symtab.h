/* symtab.h — an open-addressing map from names to small integers, built
 * once and then only read (safe to share between threads). */
#ifndef SP_SYMTAB_H
#define SP_SYMTAB_H

#include "arena.h"

typedef struct sp_symtab_slot {
    const char *key; /* borrowed: must outlive the table; NULL when empty */
    uint32_t hash;
    int32_t value;
} sp_symtab_slot;

typedef struct sp_symtab {
    sp_symtab_slot *slots;
    uint32_t mask;   /* capacity - 1 (a power of two) */
    uint32_t count;
    uint64_t seed;   /* different for every table: names chosen to collide
                        in one table do not collide in the next */
} sp_symtab;

/* A table for up to `expected` keys, in the arena. */
void sp_symtab_init(sp_symtab *t, sp_arena *a, uint32_t expected);

/* Adds key; if it is already there, returns the existing value and adds
 * nothing, else returns -1.  The table must have room (see init). */
int32_t sp_symtab_put(sp_symtab *t, const char *key, int32_t value);

/* The value of key, or -1. */
int32_t sp_symtab_get(const sp_symtab *t, const char *key);

#endif
