/* consent.c — consent satisfaction and residual sizes, without allocating. */
#include "consent.h"

#define MAX_UNIVERSE 63
#define SEARCH_BUDGET 65536u
#define BIG (UINT32_MAX / 4)

/* The parties still missing anywhere in the formula, for the exact search;
 * consenting means: given, or chosen in `mask`. */
typedef struct universe {
    uint32_t party[MAX_UNIVERSE];
    uint32_t n;
    bool overflow;
    uint64_t mask;
} universe;

static bool chosen(const universe *u, uint32_t p)
{
    for (uint32_t i = 0; i < u->n; i++)
        if (u->party[i] == p)
            return (u->mask >> i) & 1;
    return false;
}

static bool consents(const sp_ctx *ctx, const universe *u, uint32_t p)
{
    return sp_eval_given(ctx, p) || (u && u->mask && chosen(u, p));
}

/* Recursion is bounded by the parser's nesting limit. */
static bool sat(const sp_ctx *ctx, const universe *u, uint32_t node)
{
    const sharepol_policy *pol = ctx->pol;
    const sp_cnode *c = &pol->cnodes[node];
    const uint32_t *v = pol->u32 + c->a;
    uint32_t count = 0;
    switch ((sp_cop)c->op) {
    case SP_C_ORIGINATOR:
        return consents(ctx, u, ctx->originator);
    case SP_C_PARTY:
        return consents(ctx, u, c->a);
    case SP_C_ALL:
        for (uint32_t i = 0; i < c->n; i++)
            if (!consents(ctx, u, v[i]))
                return false;
        return true;
    case SP_C_ANY:
        for (uint32_t i = 0; i < c->n; i++)
            if (consents(ctx, u, v[i]))
                return true;
        return false;
    case SP_C_COUNT:
        for (uint32_t i = 0; i < c->n && count < c->k; i++)
            count += consents(ctx, u, v[i]);
        return count >= c->k;
    case SP_C_AND:
        for (uint32_t i = 0; i < c->n; i++)
            if (!sat(ctx, u, v[i]))
                return false;
        return true;
    case SP_C_OR:
        for (uint32_t i = 0; i < c->n; i++)
            if (sat(ctx, u, v[i]))
                return true;
        return false;
    }
    return false;
}

bool sp_consent_sat(const sp_ctx *ctx, uint32_t node)
{
    return sat(ctx, NULL, node);
}

static void add_party(const sp_ctx *ctx, universe *u, uint32_t p)
{
    if (sp_eval_given(ctx, p))
        return;
    for (uint32_t i = 0; i < u->n; i++)
        if (u->party[i] == p)
            return;
    if (u->n == MAX_UNIVERSE)
        u->overflow = true;
    else
        u->party[u->n++] = p;
}

static void collect(const sp_ctx *ctx, universe *u, uint32_t node)
{
    const sharepol_policy *pol = ctx->pol;
    const sp_cnode *c = &pol->cnodes[node];
    const uint32_t *v = pol->u32 + c->a;
    if (sat(ctx, NULL, node))
        return;
    switch ((sp_cop)c->op) {
    case SP_C_ORIGINATOR:
        add_party(ctx, u, ctx->originator);
        break;
    case SP_C_PARTY:
        add_party(ctx, u, c->a);
        break;
    case SP_C_ALL:
    case SP_C_ANY:
    case SP_C_COUNT:
        for (uint32_t i = 0; i < c->n && !u->overflow; i++)
            add_party(ctx, u, v[i]);
        break;
    case SP_C_AND:
    case SP_C_OR:
        for (uint32_t i = 0; i < c->n && !u->overflow; i++)
            collect(ctx, u, v[i]);
        break;
    }
}

static unsigned add_sat(unsigned a, unsigned b)
{
    return a + b > BIG ? BIG : a + b;
}

/* Lower and upper bounds of the size, part by part. */
static void bounds(const sp_ctx *ctx, uint32_t node, unsigned *lb, unsigned *ub)
{
    const sharepol_policy *pol = ctx->pol;
    const sp_cnode *c = &pol->cnodes[node];
    const uint32_t *v = pol->u32 + c->a;
    unsigned missing = 0, given = 0;
    switch ((sp_cop)c->op) {
    case SP_C_ORIGINATOR:
    case SP_C_PARTY:
        *lb = *ub = sat(ctx, NULL, node) ? 0 : 1;
        return;
    case SP_C_ALL:
    case SP_C_ANY:
    case SP_C_COUNT:
        for (uint32_t i = 0; i < c->n; i++) {
            if (sp_eval_given(ctx, v[i]))
                given++;
            else
                missing++;
        }
        if (c->op == SP_C_ALL)
            *lb = *ub = missing;
        else if (c->op == SP_C_ANY)
            *lb = *ub = given > 0 ? 0 : 1;
        else
            *lb = *ub = given >= c->k ? 0 : c->k - given;
        return;
    case SP_C_AND:
        *lb = 0;
        *ub = 0;
        for (uint32_t i = 0; i < c->n; i++) {
            unsigned l, h;
            bounds(ctx, v[i], &l, &h);
            if (l > *lb)
                *lb = l;
            *ub = add_sat(*ub, h);
        }
        return;
    case SP_C_OR:
        *lb = *ub = BIG;
        for (uint32_t i = 0; i < c->n; i++) {
            unsigned l, h;
            bounds(ctx, v[i], &l, &h);
            if (l < *lb)
                *lb = l;
            if (h < *ub)
                *ub = h;
        }
        return;
    }
}

static bool all_sat(const sp_ctx *ctx, const universe *u, int32_t own,
                    const uint32_t *reqs, uint32_t n_reqs)
{
    if (own >= 0 && !sat(ctx, u, (uint32_t)own))
        return false;
    for (uint32_t i = 0; i < n_reqs; i++)
        if (!sat(ctx, u, (uint32_t)ctx->pol->rules[reqs[i]].consent))
            return false;
    return true;
}

unsigned sp_consent_size(const sp_ctx *ctx, int32_t own, const uint32_t *reqs,
                         uint32_t n_reqs)
{
    unsigned lb = 0, ub = 0;
    universe u;
    u.n = 0;
    u.overflow = false;
    u.mask = 0;
    for (uint32_t i = 0; i <= n_reqs; i++) {
        int32_t node = i < n_reqs ? ctx->pol->rules[reqs[i]].consent : own;
        if (node < 0)
            continue;
        unsigned l, h;
        bounds(ctx, (uint32_t)node, &l, &h);
        if (l > lb)
            lb = l;
        ub = add_sat(ub, h);
        collect(ctx, &u, (uint32_t)node);
    }
    if (lb >= ub || u.overflow)
        return ub;
    /* Try every set of k missing parties, smallest k first (Gosper's hack
     * walks the k-subsets of the universe). */
    uint64_t limit = (uint64_t)1 << u.n;
    unsigned budget = SEARCH_BUDGET;
    for (unsigned k = lb; k < ub && k <= u.n; k++) {
        uint64_t mask = k == 0 ? 0 : ((uint64_t)1 << k) - 1;
        while (mask < limit) {
            if (budget-- == 0)
                return ub;
            u.mask = mask;
            if (all_sat(ctx, &u, own, reqs, n_reqs))
                return k;
            if (mask == 0)
                break;
            uint64_t low = mask & (~mask + 1);
            uint64_t ripple = mask + low;
            mask = (((ripple ^ mask) >> 2) / low) | ripple;
        }
    }
    return ub;
}

#define MAX_COMPARED 20

int sp_consent_equivalent(const sp_ctx *ctx, int32_t own, const uint32_t *reqs,
                          uint32_t n_reqs, uint32_t expected)
{
    universe u;
    u.n = 0;
    u.overflow = false;
    u.mask = 0;
    if (own >= 0)
        collect(ctx, &u, (uint32_t)own);
    for (uint32_t i = 0; i < n_reqs; i++)
        collect(ctx, &u, (uint32_t)ctx->pol->rules[reqs[i]].consent);
    collect(ctx, &u, expected);
    if (u.overflow || u.n > MAX_COMPARED)
        return -1;
    for (uint64_t mask = 0; mask < ((uint64_t)1 << u.n); mask++) {
        u.mask = mask;
        if (all_sat(ctx, &u, own, reqs, n_reqs) != sat(ctx, &u, expected))
            return 0;
    }
    return 1;
}
