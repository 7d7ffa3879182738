/* eval.c — the decision procedure of LANGUAGE.md section 7, on the frozen
 * rule graph.  Nothing here allocates or writes shared state. */
#include "eval.h"

#include "consent.h"
#include "date.h"

static bool valid_id(sharepol_id id, uint32_t n)
{
    return id >= 0 && (uint32_t)id < n;
}

/* SHAREPOL_EUNKNOWN for a failed lookup, SHAREPOL_EINVAL for anything else
 * out of range. */
static int check_id(sharepol_id id, uint32_t n, bool optional)
{
    if (id == SHAREPOL_ID_UNKNOWN)
        return SHAREPOL_EUNKNOWN;
    if (optional && id == SHAREPOL_ID_NONE)
        return SHAREPOL_OK;
    return valid_id(id, n) ? SHAREPOL_OK : SHAREPOL_EINVAL;
}

static int check_list(const sharepol_id *ids, size_t n, uint32_t limit)
{
    if (n > SP_MAX_QUERY_LIST)
        return SHAREPOL_ELIMIT;
    if (n > 0 && !ids)
        return SHAREPOL_EINVAL;
    for (size_t i = 0; i < n; i++) {
        int st = check_id(ids[i], limit, false);
        if (st != SHAREPOL_OK)
            return st;
    }
    return SHAREPOL_OK;
}

int sp_eval_prepare(sp_ctx *ctx, const sharepol_policy *pol, const sharepol_query *q)
{
    int st;
    if ((st = check_id(q->category, pol->n_categories, false)) ||
        (st = check_id(q->from, pol->n_parties, false)) ||
        (st = check_id(q->to, pol->n_parties, false)) ||
        (st = check_id(q->originator, pol->n_parties, true)) ||
        (st = check_id(q->scope, pol->n_scopes, true)) ||
        (st = check_id(q->purpose, pol->n_purposes, true)) ||
        (st = check_list(q->consents, q->n_consents, pol->n_parties)) ||
        (st = check_list(q->audience, q->n_audience, pol->n_parties)))
        return st;
    if (q->audience && q->scope != SHAREPOL_ID_NONE)
        return SHAREPOL_EINVAL; /* a scope or an audience, not both */
    int32_t date = q->date == SHAREPOL_DATE_TODAY ? sharepol_date_today() : q->date;
    if (date < SP_DATE_MIN || date > SP_DATE_MAX)
        return SHAREPOL_ERANGE;
    ctx->pol = pol;
    ctx->cat = (uint32_t)q->category;
    ctx->from = (uint32_t)q->from;
    ctx->to = (uint32_t)q->to;
    ctx->originator = q->originator == SHAREPOL_ID_NONE ? ctx->from : (uint32_t)q->originator;
    ctx->scope = q->scope;
    ctx->has_audience = q->audience != NULL;
    ctx->audience = q->audience;
    ctx->n_audience = (uint32_t)q->n_audience;
    ctx->purpose = q->purpose;
    ctx->date = date;
    ctx->consents = q->consents;
    ctx->n_consents = (uint32_t)q->n_consents;
    return SHAREPOL_OK;
}

/* ---- conditions ----------------------------------------------------------- */

static bool in_ids(const sharepol_policy *pol, const sp_wnode *w, uint32_t id)
{
    for (uint32_t i = 0; i < w->n; i++)
        if (pol->u32[w->a + i] == id)
            return true;
    return false;
}

/* Is the recipient within the item's audience?  -1: the item has none. */
static int within_audience(const sp_ctx *ctx)
{
    const sharepol_policy *pol = ctx->pol;
    if (ctx->has_audience) {
        for (uint32_t i = 0; i < ctx->n_audience; i++)
            if (sp_graph_party_in(pol, ctx->to, (uint32_t)ctx->audience[i]))
                return 1;
        return 0;
    }
    if (ctx->scope < 0 || pol->scope_audience[ctx->scope] < 0)
        return -1;
    return sp_graph_in_set(pol, ctx->to, &pol->psets[pol->scope_audience[ctx->scope]]);
}

/* Recursion is bounded by the parser's nesting limit. */
bool sp_eval_cond(const sp_ctx *ctx, uint32_t node)
{
    const sharepol_policy *pol = ctx->pol;
    const sp_wnode *w = &pol->wnodes[node];
    switch ((sp_wop)w->op) {
    case SP_W_OR:
        for (uint32_t i = 0; i < w->n; i++)
            if (sp_eval_cond(ctx, pol->u32[w->a + i]))
                return true;
        return false;
    case SP_W_AND:
        for (uint32_t i = 0; i < w->n; i++)
            if (!sp_eval_cond(ctx, pol->u32[w->a + i]))
                return false;
        return true;
    case SP_W_NOT:
        return !sp_eval_cond(ctx, pol->u32[w->a]);
    case SP_W_ORIGINATOR_IN:
        return sp_graph_in_set(pol, ctx->originator, &pol->psets[w->a]);
    case SP_W_FROM_IN:
        return sp_graph_in_set(pol, ctx->from, &pol->psets[w->a]);
    case SP_W_TO_IN:
        return sp_graph_in_set(pol, ctx->to, &pol->psets[w->a]);
    case SP_W_OUTSIDE_SCOPE:
        return within_audience(ctx) == 0;
    case SP_W_WITHIN_SCOPE:
        return within_audience(ctx) == 1;
    case SP_W_ONWARD:
        return ctx->from != ctx->originator;
    case SP_W_MARKED:
        return !ctx->has_audience && ctx->scope >= 0 && in_ids(pol, w, (uint32_t)ctx->scope);
    case SP_W_UNMARKED:
        return !ctx->has_audience && ctx->scope < 0;
    case SP_W_PURPOSE_IN: {
        if (ctx->purpose < 0)
            return false;
        const uint32_t *anc = pol->u32 + pol->purpose_anc_off[ctx->purpose];
        const uint32_t *end = pol->u32 + pol->purpose_anc_off[ctx->purpose + 1];
        for (; anc < end; anc++)
            if (in_ids(pol, w, *anc))
                return true;
        return false;
    }
    case SP_W_BEFORE:
        return ctx->date < w->date;
    case SP_W_SINCE:
        return ctx->date >= w->date;
    }
    return false;
}

/* ---- rules ---------------------------------------------------------------- */

bool sp_eval_applies(const sp_ctx *ctx, uint32_t r)
{
    const sharepol_policy *pol = ctx->pol;
    const sp_crule *cr = &pol->rules[r];
    if (ctx->date < cr->start || ctx->date >= cr->end)
        return false;
    /* Rules under the every-party key still need their excepts checked;
     * rules indexed by party were expanded with them. */
    if (cr->from >= 0 && pol->psets[cr->from].star &&
        !sp_graph_in_set(pol, ctx->from, &pol->psets[cr->from]))
        return false;
    if (cr->to >= 0 && !sp_graph_in_set(pol, ctx->to, &pol->psets[cr->to]))
        return false;
    return cr->when < 0 || sp_eval_cond(ctx, (uint32_t)cr->when);
}

static bool category_matches(const sp_ctx *ctx, const sp_crule *cr)
{
    const sharepol_policy *pol = ctx->pol;
    if (cr->all_cats)
        return true;
    for (uint32_t i = pol->cat_anc_off[ctx->cat]; i < pol->cat_anc_off[ctx->cat + 1]; i++)
        for (uint32_t j = 0; j < cr->n_cats; j++)
            if (pol->u32[cr->cats + j] == pol->u32[i])
                return true;
    return false;
}

sp_part sp_eval_first_failing(const sp_ctx *ctx, uint32_t r)
{
    const sharepol_policy *pol = ctx->pol;
    const sp_crule *cr = &pol->rules[r];
    if (ctx->date < cr->start || ctx->date >= cr->end)
        return SP_PART_AGREEMENT;
    if (!category_matches(ctx, cr))
        return SP_PART_CATEGORY;
    if (cr->from >= 0 && !sp_graph_in_set(pol, ctx->from, &pol->psets[cr->from]))
        return SP_PART_FROM;
    if (cr->to >= 0 && !sp_graph_in_set(pol, ctx->to, &pol->psets[cr->to]))
        return SP_PART_TO;
    if (cr->when >= 0 && !sp_eval_cond(ctx, (uint32_t)cr->when))
        return SP_PART_WHEN;
    return SP_PART_ALL_HOLD;
}

/* The first bucket of [b, e) with category key >= key. */
static const sp_bucket *lower_bound(const sp_bucket *b, const sp_bucket *e, uint32_t key)
{
    while (b < e) {
        const sp_bucket *mid = b + (e - b) / 2;
        if (mid->cat < key)
            b = mid + 1;
        else
            e = mid;
    }
    return b;
}

void sp_eval_candidates(const sp_ctx *ctx, sp_rule_fn fn, void *arg)
{
    const sharepol_policy *pol = ctx->pol;
    const uint32_t *anc = pol->u32 + pol->cat_anc_off[ctx->cat];
    uint32_t n_anc = pol->cat_anc_off[ctx->cat + 1] - pol->cat_anc_off[ctx->cat];
    uint32_t keys[2] = { ctx->from, pol->n_parties };
    for (int k = 0; k < 2; k++) {
        const sp_bucket *b = pol->buckets + pol->key_buckets[keys[k]];
        const sp_bucket *e = pol->buckets + pol->key_buckets[keys[k] + 1];
        /* The category's ancestors (sorted), then the `*` key. */
        for (uint32_t i = 0; i <= n_anc && b < e; i++) {
            uint32_t key = i < n_anc ? anc[i] : pol->n_categories;
            b = lower_bound(b, e, key);
            if (b == e || b->cat != key)
                continue;
            for (uint32_t j = 0; j < b->n; j++)
                if (!fn(ctx, pol->bucket_rules[b->rules + j], arg))
                    return;
        }
    }
}

/* ---- the decision ------------------------------------------------------------ */

typedef struct first_pass {
    uint32_t deny, allow_satisfied;
    bool any_allow, requires_ok;
} first_pass;

static bool first_pass_rule(const sp_ctx *ctx, uint32_t r, void *arg)
{
    first_pass *fp = arg;
    const sp_crule *cr = &ctx->pol->rules[r];
    if (cr->kind == SHAREPOL_RULE_ALLOW && fp->any_allow && r >= fp->allow_satisfied)
        return true; /* a later allow can teach nothing more */
    if (!sp_eval_applies(ctx, r))
        return true;
    switch (cr->kind) {
    case SHAREPOL_RULE_DENY:
        if (r < fp->deny)
            fp->deny = r;
        break;
    case SHAREPOL_RULE_REQUIRE:
        if (fp->requires_ok && !sp_consent_sat(ctx, (uint32_t)cr->consent))
            fp->requires_ok = false;
        break;
    default:
        fp->any_allow = true;
        if (r < fp->allow_satisfied &&
            (cr->consent < 0 || sp_consent_sat(ctx, (uint32_t)cr->consent)))
            fp->allow_satisfied = r;
        break;
    }
    return true;
}

static bool collect_requires(const sp_ctx *ctx, uint32_t r, void *arg)
{
    sp_decision *d = arg;
    if (ctx->pol->rules[r].kind != SHAREPOL_RULE_REQUIRE || !sp_eval_applies(ctx, r))
        return true;
    for (uint32_t i = 0; i < d->n_requires; i++)
        if (d->requires[i] == r)
            return true;
    if (d->n_requires == SP_MAX_REQUIRES) {
        d->decision = SHAREPOL_ELIMIT;
        return false;
    }
    d->requires[d->n_requires++] = r;
    return true;
}

static bool smallest_residual(const sp_ctx *ctx, uint32_t r, void *arg)
{
    sp_decision *d = arg;
    const sp_crule *cr = &ctx->pol->rules[r];
    if (cr->kind != SHAREPOL_RULE_ALLOW || !sp_eval_applies(ctx, r))
        return true;
    unsigned size = sp_consent_size(ctx, cr->consent, d->requires, d->n_requires);
    if (size < d->residual_size || (size == d->residual_size && r < d->rule)) {
        d->residual_size = size;
        d->rule = r;
    }
    return true;
}

int sp_eval_decide(const sp_ctx *ctx, sp_decision *out)
{
    first_pass fp = { SP_NO_RULE, SP_NO_RULE, false, true };
    sp_eval_candidates(ctx, first_pass_rule, &fp);
    out->n_requires = 0;
    out->residual_size = 0;
    if (fp.deny != SP_NO_RULE) {
        out->decision = SHAREPOL_DENY;
        out->rule = fp.deny;
        return SHAREPOL_OK;
    }
    if (!fp.any_allow) {
        out->decision = SHAREPOL_DENY;
        out->rule = SP_NO_RULE;
        return SHAREPOL_OK;
    }
    if (fp.requires_ok && fp.allow_satisfied != SP_NO_RULE) {
        out->decision = SHAREPOL_ALLOW;
        out->rule = fp.allow_satisfied;
        return SHAREPOL_OK;
    }
    out->decision = SHAREPOL_NEEDS_CONSENT;
    sp_eval_candidates(ctx, collect_requires, out);
    if (out->decision != SHAREPOL_NEEDS_CONSENT)
        return out->decision;
    /* In source order, so residuals read the same whatever the index order. */
    for (uint32_t i = 1; i < out->n_requires; i++)
        for (uint32_t j = i; j > 0 && out->requires[j - 1] > out->requires[j]; j--) {
            uint32_t t = out->requires[j];
            out->requires[j] = out->requires[j - 1];
            out->requires[j - 1] = t;
        }
    out->rule = SP_NO_RULE;
    out->residual_size = UINT32_MAX;
    sp_eval_candidates(ctx, smallest_residual, out);
    return SHAREPOL_OK;
}
