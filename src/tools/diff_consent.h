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
    SP_VEC(uint32_t) list;           /* the parties two residuals name */
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

/* The most sets one class may need (the product over the types of their
 * sizes + 1): past it the search refuses rather than run for hours. */
#define SP_DIFF_CONSENT_MAX_SETS (1u << 20)

/* Calls fn with the sets to try, fewest parties first, and among sets of
 * one size in the order docs/diff.md gives; stops at the first nonzero
 * return.  @return that value, 0 when every set was tried, or
 * SHAREPOL_ELIMIT (nothing tried) past SP_DIFF_CONSENT_MAX_SETS. */
int sp_diff_consent_search(sp_diff_consent *dc, sp_diff_consent_fn fn, void *arg);

/* Where residual parties stand: party id p of version v is party_u[v][p]
 * when both versions declare it, else n_common + (v ? n_old : 0) + p. */
typedef struct sp_diff_consent_names {
    const uint32_t *party_u[2];
    uint32_t n_common, n_old;
} sp_diff_consent_names;

/* Are the residuals a (of the old version) and b (of the new) the same
 * consent expression over party names: equal as functions of further
 * consents?  Tried on one set per count of each kind of party, as a class's
 * consents; dc must be another sp_diff_consent than the one searching,
 * made for n_common + the parties of both versions.
 * @return 1 equal, 0 not, SHAREPOL_ELIMIT past SP_DIFF_CONSENT_MAX_SETS. */
int sp_diff_consent_same_residual(sp_diff_consent *dc, const sp_diff_consent_names *names,
                                  const sharepol_consent_node *a, const sharepol_consent_node *b);

/* Does every set of consents that satisfies each of the n expressions
 * nodes[] (cnode indices of ctx's policy) satisfy `node`?  True only when
 * it follows from their parts (the sender always consents); false may be
 * either. */
bool sp_diff_consent_implied(const sp_ctx *ctx, const uint32_t *nodes, uint32_t n,
                             uint32_t node);

#endif
