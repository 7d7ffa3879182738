/* residual.h — what a needs-consent answer still needs, as a simplified
 * consent expression over parties (docs/language.md, "Decisions", step 5
 * and "Residuals"). */
#ifndef SP_RESIDUAL_H
#define SP_RESIDUAL_H

#include "ctx.h"

/* Builds the residual of `own` (cnode index or -1) and the consents of the
 * require rules in reqs, given the consents of ctx.
 * @return SHAREPOL_OK, SHAREPOL_ENOMEM, or SHAREPOL_EINVAL when nothing is
 *         missing. */
int sp_residual_build(sharepol_residual **out, const sp_ctx *ctx, int32_t own,
                      const uint32_t *reqs, uint32_t n_reqs,
                      const sharepol_allocator *allocator);

#endif
