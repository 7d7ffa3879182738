/* consent.h — whether the consents given satisfy a consent expression, and
 * how many more parties it needs at the fewest (a residual's size). */
#ifndef SP_CONSENT_H
#define SP_CONSENT_H

#include "eval.h"

/* Is the consent expression (a cnode index) satisfied by the consents given
 * (the sender's included)? */
bool sp_consent_sat(const sp_ctx *ctx, uint32_t node);

/* The fewest further parties whose consent satisfies `own` (a cnode index,
 * or -1 for none) together with the consent of every rule in reqs.
 *
 * Exact unless more than 2,048 parties are forced, more than 64 are left
 * to choose from, or the search needs more than 2^20 sets (consent.c);
 * then (docs/language.md) it is the size of a satisfying set found by
 * adding up each part's needs, which is never smaller than the exact size. */
unsigned sp_consent_size(const sp_ctx *ctx, int32_t own, const uint32_t *reqs,
                         uint32_t n_reqs);

/* A lower bound of sp_consent_size() for one formula (a cnode index, or -1
 * for none), cheap: the bound the size search starts from. */
unsigned sp_consent_lower(const sp_ctx *ctx, int32_t node);

/* Compares the residual of `own` and the requires with the consent
 * expression `expected` (a cnode index), as functions of further consents:
 * they are equal when the same sets of further parties satisfy both.
 * @return 1 equal, 0 not, -1 more than 20 parties are involved. */
int sp_consent_equivalent(const sp_ctx *ctx, int32_t own, const uint32_t *reqs,
                          uint32_t n_reqs, uint32_t expected);

#endif
