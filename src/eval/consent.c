/* consent.c — whether a consent expression is satisfied (docs/language.md,
 * "Rules"), without allocating: by the consents a query gives, which every
 * decision asks of its consent and require rules, or by a wider set of
 * parties (sp_consenters) when a residual is sized or compared.
 *
 * The helpers the other modules call are declared pure (consent.h): they
 * only read, so a caller keeps what it has loaded across a call. */
#include "consent.h"

static bool in_sorted(const uint32_t *v, uint32_t n, uint32_t p)
{
    uint32_t lo = 0, hi = n;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (v[mid] < p)
            lo = mid + 1;
        else if (v[mid] > p)
            hi = mid;
        else
            return true;
    }
    return false;
}

bool sp_consent_given(const sp_consenters *who, uint32_t p)
{
    if (sp_ctx_given(who->ctx, p) ||
        (((who->forced_filter >> (p & 63)) & 1) && in_sorted(who->forced, who->n_forced, p)))
        return true;
    if (!who->chosen)
        return false;
    int i = sp_consent_choosable_index(who, p);
    return i >= 0 && ((who->chosen >> i) & 1);
}

/* Recursion is bounded by the parser's nesting limit. */
bool sp_consent_sat_by(const sp_consenters *who, uint32_t node)
{
    const sharepol_policy *pol = who->ctx->pol;
    const sp_cnode *c = &pol->cnodes[node];
    const uint32_t *v = pol->u32 + c->a;
    uint32_t count = 0;
    switch ((sp_cop)c->op) {
    case SP_C_ORIGINATOR:
        return sp_consent_given(who, who->ctx->originator);
    case SP_C_PARTY:
        return sp_consent_given(who, c->a);
    case SP_C_ALL:
        for (uint32_t i = 0; i < c->n; i++)
            if (!sp_consent_given(who, v[i]))
                return false;
        return true;
    case SP_C_ANY:
        for (uint32_t i = 0; i < c->n; i++)
            if (sp_consent_given(who, v[i]))
                return true;
        return false;
    case SP_C_COUNT:
        for (uint32_t i = 0; i < c->n && count < c->k; i++)
            count += sp_consent_given(who, v[i]);
        return count >= c->k;
    case SP_C_AND:
        for (uint32_t i = 0; i < c->n; i++)
            if (!sp_consent_sat_by(who, v[i]))
                return false;
        return true;
    case SP_C_OR:
        for (uint32_t i = 0; i < c->n; i++)
            if (sp_consent_sat_by(who, v[i]))
                return true;
        return false;
    }
    return false;
}

bool sp_consent_sat(const sp_ctx *ctx, uint32_t node)
{
    sp_consenters who = SP_CONSENTERS_GIVEN(ctx);
    return sp_consent_sat_by(&who, node);
}
