/* residual_size.h — how many more parties a needs-consent answer needs at
 * the fewest: the size sharepol_decide reports, and the bound that lets a
 * decision skip allow rules that cannot need fewer. */
#ifndef SP_RESIDUAL_SIZE_H
#define SP_RESIDUAL_SIZE_H

#include "ctx.h"

/* The fewest further parties whose consent satisfies `own` (a cnode index,
 * or -1 for none) together with the consent of every rule in reqs.
 *
 * Exact unless more than 2,048 parties are forced, more than 64 are left
 * to choose from, or the search needs more than 2^20 sets (residual_size.c);
 * then (docs/language.md) it is the size of a satisfying set found by
 * adding up each part's needs, which is never smaller than the exact size. */
unsigned sp_residual_size_count(const sp_ctx *ctx, int32_t own, const uint32_t *reqs,
                                uint32_t n_reqs);

/* A lower bound of sp_residual_size_count() for one formula (a cnode index,
 * or -1 for none), cheap: a decision skips the allow rules whose bound is no
 * better than the best size it has. */
unsigned sp_residual_size_lower_bound(const sp_ctx *ctx, int32_t node);

#endif
