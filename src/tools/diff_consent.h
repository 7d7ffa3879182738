/* diff_consent.h — the sets of consents `sharepol diff` tries on a class
 * (docs/diff.md, "What differs means"): one per way of holding the parties
 * the applying rules' consents name, up to parties that those consents
 * cannot tell apart. */
#ifndef SP_DIFF_CONSENT_H
#define SP_DIFF_CONSENT_H

#include "arena.h"
#include "ctx.h"

typedef struct sp_diff_consent {
    sp_arena *work;                  /* scratch; allocations jump on failure */
    uint32_t *place;                 /* per universe party: 1 + its place in
                                        named, 0 when not named */
    const uint32_t *named;           /* the parties that may consent */
    uint32_t n_named;
    SP_VEC(uint64_t) seen;           /* (place << 32) | leaf, per mention */
    uint32_t n_leaves;
    uint32_t *type, *rank, *size;    /* per place: its type, its rank in the
                                        type; per type: its size */
    uint32_t *chosen, *avail, n_types, cap;
    struct sp_diff_consent_run *runs, *sorted;
    uint8_t *closed;                 /* per type, during the search */
} sp_diff_consent;

/* Called with each set of consents (universe parties, in the order of
 * named); a nonzero return stops the search and is returned by it. */
typedef int (*sp_diff_consent_fn)(void *arg, const uint32_t *consents, uint32_t n);

/* Ready for classes over n_universe parties; dc's memory comes from work. */
void sp_diff_consent_init(sp_diff_consent *dc, sp_arena *work, uint32_t n_universe);

/* Starts a class: the parties that may consent (no sender, no repeats). */
void sp_diff_consent_start(sp_diff_consent *dc, const uint32_t *named, uint32_t n_named);

/* Adds the consent expression `node` of a rule that applies, in the
 * version of ctx, whose party ids party_u maps to the universe. */
void sp_diff_consent_add(sp_diff_consent *dc, const sp_ctx *ctx, const uint32_t *party_u,
                         uint32_t node);

/* Calls fn with the sets to try, fewest parties first, and among sets of
 * one size in the order docs/diff.md gives; stops at the first nonzero
 * return.  @return that value, or 0 when every set was tried. */
int sp_diff_consent_search(sp_diff_consent *dc, sp_diff_consent_fn fn, void *arg);

/* Does every set of consents that satisfies each of the n expressions
 * nodes[] (cnode indices of ctx's policy) satisfy `node`?  True only when
 * it follows from their parts (the sender always consents); false may be
 * either. */
bool sp_diff_consent_implied(const sp_ctx *ctx, const uint32_t *nodes, uint32_t n,
                             uint32_t node);

#endif
