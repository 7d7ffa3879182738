/* residual_equiv.c — comparing a residual with the consent expression a test
 * block expects, without allocating: every set of the parties still missing
 * is tried on both, so the parties are capped (MAX_COMPARED). */
#include "residual_equiv.h"

#include "consent.h"

#define MAX_COMPARED 20

/* Adds the parties an unsatisfied formula still misses to who->choosable
 * (which is `missing`). */
static void collect_missing(sp_consenters *who, uint32_t *missing, bool *overflow,
                            uint32_t node)
{
    const sharepol_policy *pol = who->ctx->pol;
    const sp_cnode *c = &pol->cnodes[node];
    if (sp_consent_sat_by(who, node))
        return;
    if (c->op == SP_C_AND || c->op == SP_C_OR) {
        for (uint32_t i = 0; i < c->n; i++)
            collect_missing(who, missing, overflow, pol->u32[c->a + i]);
        return;
    }
    uint32_t one[1], n;
    const uint32_t *v = sp_consent_leaf_parties(who->ctx, c, one, &n);
    for (uint32_t i = 0; i < n; i++) {
        if (sp_consent_given(who, v[i]) || sp_consent_choosable_index(who, v[i]) >= 0)
            continue;
        if (who->n_choosable == MAX_COMPARED) {
            *overflow = true;
            return;
        }
        missing[who->n_choosable++] = v[i];
    }
}

/* Does `who` satisfy the residual: `own` and every require? */
static bool residual_sat(const sp_consenters *who, int32_t own, const uint32_t *reqs,
                         uint32_t n_reqs)
{
    if (own >= 0 && !sp_consent_sat_by(who, (uint32_t)own))
        return false;
    for (uint32_t i = 0; i < n_reqs; i++)
        if (!sp_consent_sat_by(who, (uint32_t)who->ctx->pol->rules[reqs[i]].consent))
            return false;
    return true;
}

int sp_residual_equiv_check(const sp_ctx *ctx, int32_t own, const uint32_t *reqs,
                            uint32_t n_reqs, uint32_t expected)
{
    uint32_t missing[MAX_COMPARED];
    sp_consenters who = { ctx, NULL, 0, 0, missing, 0, 0 };
    bool overflow = false;
    if (own >= 0)
        collect_missing(&who, missing, &overflow, (uint32_t)own);
    for (uint32_t i = 0; i < n_reqs; i++)
        collect_missing(&who, missing, &overflow, (uint32_t)ctx->pol->rules[reqs[i]].consent);
    collect_missing(&who, missing, &overflow, expected);
    if (overflow)
        return -1;
    for (uint64_t chosen = 0; chosen < ((uint64_t)1 << who.n_choosable); chosen++) {
        who.chosen = chosen;
        if (residual_sat(&who, own, reqs, n_reqs) != sp_consent_sat_by(&who, expected))
            return 0;
    }
    return 1;
}
