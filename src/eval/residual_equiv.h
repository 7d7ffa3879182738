/* residual_equiv.h — whether a needs-consent answer's residual is the one a
 * test block expects (`expect … => needs consent of C`). */
#ifndef SP_RESIDUAL_EQUIV_H
#define SP_RESIDUAL_EQUIV_H

#include "ctx.h"

/* Compares the residual of `own` and the requires with the consent
 * expression `expected` (a cnode index), as functions of further consents:
 * they are equal when the same sets of further parties satisfy both.
 * @return 1 equal, 0 not, -1 more than 20 parties are involved. */
int sp_residual_equiv_check(const sp_ctx *ctx, int32_t own, const uint32_t *reqs,
                            uint32_t n_reqs, uint32_t expected);

#endif
