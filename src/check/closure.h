/* closure.h — who is in what (docs/language.md, "Declarations" and "Sets
 * and categories"), computed once
 * per compilation from the checked syntax tree.
 *
 * Parties are numbered in declaration order (their ids), and also laid out
 * in organisational-tree order, so that the units below a party occupy one
 * run of positions and "in MOD" is a range.  Party sets are bitsets over
 * those positions. */
#ifndef SP_CLOSURE_H
#define SP_CLOSURE_H

#include "ast.h"

#define SP_N_KINDS (SP_DECL_RELATION + 1)

typedef struct sp_closure {
    const sp_program *prog;
    sp_arena *arena;
    uint32_t n[SP_N_KINDS];        /* how many declarations of each kind */
    int32_t *id;                   /* decl index -> id within its kind */
    uint32_t *decl_of[SP_N_KINDS]; /* kind, id -> decl index */

    int32_t *parent;               /* party id -> parent party id, or -1 */
    uint32_t *pos;                 /* party id -> tree position */
    uint32_t *end;                 /* party id -> end of its subtree's positions */
    uint32_t *at;                  /* tree position -> party id */
    uint32_t words;                /* 64-bit words in a party bitset */

    uint64_t *group_in;            /* per group id: parties in it (with units) */
    uint64_t *group_members;       /* per group id: its member parties */

    uint32_t cat_words, purpose_words;
    uint64_t *cat_anc;             /* per category id: its broader categories, itself included */
    uint64_t *purpose_anc;
} sp_closure;

/* Builds everything; `order` lists declarations dependencies first (check.c).
 * Allocation failure jumps through the arena. */
void sp_closure_build(sp_closure *cl, const sp_program *prog, sp_arena *arena,
                      const uint32_t *order);

/* Groups nested in groups, and long chains of categories or purposes, grow
 * the closure as the square of their length.  Before building: are the
 * tables small enough to allocate?  After: do they hold few enough pairs to
 * list in the compiled policy?  Each reports error `too-large` otherwise. */
bool sp_closure_fits(const sp_program *prog, sharepol_diagnostics *diags);
bool sp_closure_lists_fit(const sp_closure *cl, sharepol_diagnostics *diags);

/* A fresh, empty party bitset. */
uint64_t *sp_closure_bits(const sp_closure *cl);

/* Adds to bits the parties in the named party or group (closure: a party
 * brings its units). */
void sp_closure_add_in(const sp_closure *cl, uint64_t *bits, int32_t decl);

/* The parties in SET (closure semantics), into bits (which it clears first).
 * Party references (set->relational) depend on the query and are left
 * out: the caller of a relational set decides what that means. */
void sp_closure_set(const sp_closure *cl, const sp_set *set, uint64_t *bits);

/* The member parties of a consent's group or inline set (no units). */
void sp_closure_consent_members(const sp_closure *cl, const sp_consent *c, uint64_t *bits);

/* Is party `id` in the named party or group?  (closure semantics) */
bool sp_closure_party_in(const sp_closure *cl, uint32_t party, int32_t decl);

static inline bool sp_bit(const uint64_t *bits, uint32_t i)
{
    return (bits[i >> 6] >> (i & 63)) & 1;
}

uint32_t sp_bits_count(const uint64_t *bits, uint32_t words);

#endif
