/* consent.h — whether a consent expression is satisfied: by the consents a
 * query gives (the hot path of a decision), or by a wider set of parties
 * that residual_size.c and residual_equiv.c build on top of those. */
#ifndef SP_CONSENT_H
#define SP_CONSENT_H

#include "ctx.h"

/* Who counts as consenting: the consents given, the forced parties (sorted),
 * and of the parties in `choosable`, those whose bit is set in `chosen`. */
typedef struct sp_consenters {
    const sp_ctx *ctx;
    const uint32_t *forced;
    uint32_t n_forced;
    uint64_t forced_filter;       /* bit p % 64 for each forced party */
    const uint32_t *choosable;
    uint32_t n_choosable;
    uint64_t chosen;
} sp_consenters;

/* Only the consents of ctx. */
#define SP_CONSENTERS_GIVEN(ctx) ((sp_consenters){ (ctx), NULL, 0, 0, NULL, 0, 0 })

/* Is the consent expression (a cnode index) satisfied by the consents given
 * (the sender's included)? */
bool sp_consent_sat(const sp_ctx *ctx, uint32_t node);

/* The same, with everyone in `who` counted as consenting. */
SP_PURE bool sp_consent_sat_by(const sp_consenters *who, uint32_t node);

/* Does party p count as consenting in `who`? */
SP_PURE bool sp_consent_given(const sp_consenters *who, uint32_t p);

/* Where p is among who->choosable; -1 when it is not there. */
static inline int sp_consent_choosable_index(const sp_consenters *who, uint32_t p)
{
    for (uint32_t i = 0; i < who->n_choosable; i++)
        if (who->choosable[i] == p)
            return (int)i;
    return -1;
}

/* The parties a leaf of a consent expression names: one for a party or the
 * originator (held in one[]), a group's members for all/any/N of. */
static inline const uint32_t *sp_consent_leaf_parties(const sp_ctx *ctx, const sp_cnode *c,
                                                      uint32_t one[1], uint32_t *n)
{
    if (c->op == SP_C_PARTY || c->op == SP_C_ORIGINATOR) {
        one[0] = c->op == SP_C_PARTY ? c->a : ctx->originator;
        *n = 1;
        return one;
    }
    *n = c->n;
    return ctx->pol->u32 + c->a;
}

#endif
