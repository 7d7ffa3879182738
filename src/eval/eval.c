/* eval.c — the decision procedure of docs/language.md, "Decisions", on the
 * frozen rule graph.  Nothing here allocates or writes shared state. */
#include "eval.h"

#include "consent.h"
#include "date.h"
#include "residual_size.h"

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

/* The list form of the markings: each a scope or an audience, the
 * audiences' members counted together against the query list limit. */
static int check_markings(const sharepol_policy *pol, const sharepol_query *q)
{
    if (!q->markings)
        return q->n_markings ? SHAREPOL_EINVAL : SHAREPOL_OK;
    if (q->scope != SHAREPOL_ID_NONE || q->audience)
        return SHAREPOL_EINVAL; /* a list, or the single-marking fields */
    if (q->n_markings > SHAREPOL_MAX_MARKINGS)
        return SHAREPOL_ELIMIT;
    size_t members = 0;
    for (size_t i = 0; i < q->n_markings; i++) {
        const sharepol_marking *m = &q->markings[i];
        int st;
        if (m->audience) {
            if (m->scope != SHAREPOL_ID_NONE)
                return m->scope == SHAREPOL_ID_UNKNOWN ? SHAREPOL_EUNKNOWN : SHAREPOL_EINVAL;
            members += m->n_audience;
            if (members > SP_MAX_QUERY_LIST)
                return SHAREPOL_ELIMIT;
            st = check_list(m->audience, m->n_audience, pol->n_parties);
        } else if (m->scope == SHAREPOL_ID_NONE) {
            st = SHAREPOL_EINVAL; /* neither a scope nor an audience */
        } else {
            st = m->n_audience ? SHAREPOL_EINVAL : check_id(m->scope, pol->n_scopes, false);
        }
        if (st != SHAREPOL_OK)
            return st;
    }
    return SHAREPOL_OK;
}

int sp_eval_in_marking(const sp_ctx *ctx, int32_t scope, const sharepol_id *audience,
                       uint32_t n_audience)
{
    const sharepol_policy *pol = ctx->pol;
    if (audience) {
        for (uint32_t i = 0; i < n_audience; i++)
            if (sp_graph_party_in(pol, ctx->to, (uint32_t)audience[i]))
                return 1;
        return 0;
    }
    if (scope < 0 || pol->scope_audience[scope] < 0)
        return -1;
    return sp_graph_in_set(pol, ctx->to, &pol->psets[pol->scope_audience[scope]]);
}

void sp_eval_markings(sp_ctx *ctx)
{
    if (!ctx->markings) {
        /* one marking, as before lists: looked at only if a condition
         * asks, so that a decision no rule of which asks pays nothing */
        ctx->n_markings = ctx->has_audience || ctx->scope >= 0;
        ctx->within = SP_WITHIN_LATER;
        return;
    }
    /* the most restrictive marking wins: one audience without the
     * recipient puts it outside */
    ctx->within = SP_WITHIN_NO_AUDIENCE;
    for (uint32_t i = 0; i < ctx->n_markings; i++) {
        const sharepol_marking *m = &ctx->markings[i];
        int in = sp_eval_in_marking(ctx, m->scope, m->audience, (uint32_t)m->n_audience);
        if (in == 0) {
            ctx->within = SP_WITHIN_OUTSIDE;
            return;
        }
        if (in == 1)
            ctx->within = SP_WITHIN_ALL;
    }
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
        (st = check_list(q->audience, q->n_audience, pol->n_parties)) ||
        (st = check_markings(pol, q)))
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
    ctx->markings = q->markings;
    ctx->n_markings = (uint32_t)q->n_markings;
    sp_eval_markings(ctx);
    ctx->purpose = q->purpose;
    ctx->date = date;
    ctx->consents = q->consents;
    ctx->n_consents = (uint32_t)q->n_consents;
    ctx->given_filter = (uint64_t)1 << (ctx->from & 63);
    for (uint32_t i = 0; i < ctx->n_consents; i++)
        ctx->given_filter |= (uint64_t)1 << ((uint32_t)ctx->consents[i] & 63);
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

int sp_eval_within(const sp_ctx *ctx)
{
    if (ctx->within != SP_WITHIN_LATER)
        return ctx->within;
    return sp_eval_in_marking(ctx, ctx->scope, ctx->has_audience ? ctx->audience : NULL,
                              ctx->n_audience);
}

bool sp_eval_marked(const sp_ctx *ctx, uint32_t node)
{
    const sharepol_policy *pol = ctx->pol;
    const sp_wnode *w = &pol->wnodes[node];
    if (!ctx->markings)
        return ctx->scope >= 0 && in_ids(pol, w, (uint32_t)ctx->scope);
    for (uint32_t i = 0; i < ctx->n_markings; i++)
        if (ctx->markings[i].scope >= 0 && in_ids(pol, w, (uint32_t)ctx->markings[i].scope))
            return true;
    return false;
}

/* Is party p in a rule's set (its party references read against the
 * query)? */
static bool in_rset(const sp_ctx *ctx, uint32_t p, uint32_t pset)
{
    return sp_graph_in_rset(ctx->pol, p, &ctx->pol->psets[pset], ctx->from, ctx->to,
                            ctx->originator);
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
        return in_rset(ctx, ctx->originator, w->a);
    case SP_W_FROM_IN:
        return in_rset(ctx, ctx->from, w->a);
    case SP_W_TO_IN:
        return in_rset(ctx, ctx->to, w->a);
    case SP_W_OUTSIDE_SCOPE:
        return sp_eval_within(ctx) == SP_WITHIN_OUTSIDE;
    case SP_W_WITHIN_SCOPE:
        return sp_eval_within(ctx) == SP_WITHIN_ALL;
    case SP_W_ONWARD:
        return ctx->from != ctx->originator;
    case SP_W_MARKED:
        return sp_eval_marked(ctx, node);
    case SP_W_UNMARKED:
        return ctx->n_markings == 0;
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

bool sp_eval_applies(const sp_ctx *ctx, uint32_t r, unsigned matched)
{
    const sharepol_policy *pol = ctx->pol;
    const sp_crule *cr = &pol->rules[r];
    if (ctx->date < cr->start || ctx->date >= cr->end)
        return false;
    if (!(matched & SP_MATCHED_FROM) && cr->from >= 0 &&
        !in_rset(ctx, ctx->from, (uint32_t)cr->from))
        return false;
    if (!(matched & SP_MATCHED_TO) && cr->to >= 0 && !in_rset(ctx, ctx->to, (uint32_t)cr->to))
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
    if (cr->from >= 0 && !in_rset(ctx, ctx->from, (uint32_t)cr->from))
        return SP_PART_FROM;
    if (cr->to >= 0 && !in_rset(ctx, ctx->to, (uint32_t)cr->to))
        return SP_PART_TO;
    if (cr->when >= 0 && !sp_eval_cond(ctx, (uint32_t)cr->when))
        return SP_PART_WHEN;
    return SP_PART_ALL_HOLD;
}

/* Lookups started together, so that their cache misses overlap; and the
 * candidates whose rules are fetched together before any is looked at. */
#define BATCH 32

typedef struct lookup {
    sp_table table;
    uint32_t cat;
    int k;                  /* which of the five keys */
} lookup;

typedef struct candidate {
    uint32_t rule;
    unsigned matched;
} candidate;

typedef struct walk {
    const sp_ctx *ctx;
    sp_rule_fn fn;
    void *arg;
    candidate c[BATCH];
    uint32_t n;
} walk;

/* What each key matches, and whom its filters are about. */
static const unsigned key_matches[5] = { SP_MATCHED_FROM, SP_MATCHED_FROM, SP_MATCHED_TO,
                                         SP_MATCHED_TO, 0 };
static const unsigned key_filters[5] = { SP_MATCHED_TO, SP_MATCHED_TO, SP_MATCHED_FROM,
                                         SP_MATCHED_FROM, SP_MATCHED_FROM };

static bool flush(walk *w)
{
    for (uint32_t i = 0; i < w->n; i++)
        if (!w->fn(w->ctx, w->c[i].rule, w->c[i].matched, w->arg))
            return false;
    w->n = 0;
    return true;
}

/* Offers a rule unless its filter says its other side does not hold. */
static bool offer(walk *w, int k, uint32_t rule, uint32_t filter)
{
    const sharepol_policy *pol = w->ctx->pol;
    unsigned m = key_matches[k];
    if (filter != SP_FILTER_CHECK) {
        if (filter != SP_FILTER_ALL) {
            uint32_t other = key_filters[k] == SP_MATCHED_TO ? w->ctx->to : w->ctx->from;
            uint32_t node = filter & SP_FILTER_NODE;
            bool in = filter & SP_FILTER_ORG ? pol->pinfo[other].root == node
                                             : sp_graph_party_in(pol, other, node);
            if (in == ((filter & SP_FILTER_NOT) != 0))
                return true; /* its other side does not hold */
        }
        m |= key_filters[k];
    }
    __builtin_prefetch(&pol->rules[rule]);
    w->c[w->n].rule = rule;
    w->c[w->n].matched = m;
    return ++w->n < BATCH || flush(w);
}

static bool run_batch(walk *w, const lookup *l, uint32_t n)
{
    const sharepol_policy *pol = w->ctx->pol;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t at = sp_graph_lookup(pol, l[i].table, l[i].cat);
        if (at == 0)
            continue;
        const uint32_t *run = pol->index + at;
        for (uint32_t j = 0, len = run[0]; j < len; j++)
            if (!offer(w, l[i].k, run[1 + 2 * (size_t)j], run[2 + 2 * (size_t)j]))
                return false;
    }
    return flush(w);
}

void sp_eval_candidates(const sp_ctx *ctx, sp_rule_fn fn, void *arg)
{
    const sharepol_policy *pol = ctx->pol;
    const uint32_t *anc = pol->u32 + pol->cat_anc_off[ctx->cat];
    uint32_t n_anc = pol->cat_anc_off[ctx->cat + 1] - pol->cat_anc_off[ctx->cat];
    const sp_pinfo *from = &pol->pinfo[ctx->from], *to = &pol->pinfo[ctx->to];
    const sp_table tables[5] = { sp_graph_table(from, SP_KEY_FROM_PARTY),
                                 sp_graph_table(&pol->pinfo[from->root], SP_KEY_FROM_ORG),
                                 sp_graph_table(to, SP_KEY_TO_PARTY),
                                 sp_graph_table(&pol->pinfo[to->root], SP_KEY_TO_ORG),
                                 pol->any_table };
    walk w;
    w.ctx = ctx;
    w.fn = fn;
    w.arg = arg;
    w.n = 0;
    lookup l[BATCH];
    uint32_t n = 0;
    for (int k = 0; k < 5; k++) {
        if (tables[k].bits == 0)
            continue;
        uint32_t mask = ((uint32_t)1 << (tables[k].bits - 1)) - 1;
        /* the category's ancestors, then `*` */
        for (uint32_t i = 0; i <= n_anc; i++) {
            uint32_t cat = i < n_anc ? anc[i] : pol->n_categories;
            __builtin_prefetch(&pol->index[tables[k].first + 2 * (sp_graph_hash(cat) & mask)]);
            l[n].table = tables[k];
            l[n].cat = cat;
            l[n].k = k;
            if (++n == BATCH) {
                if (!run_batch(&w, l, n))
                    return;
                n = 0;
            }
        }
    }
    run_batch(&w, l, n);
}

/* ---- the decision ------------------------------------------------------------ *
 *
 * One walk over the candidates finds the first deny, whether some allow is
 * satisfied, whether every require is, and records the applying requires
 * and allows.  Only a needs-consent answer looks further: it sizes the
 * residual of each applying allow, in source order, and stops as soon as no
 * later rule can need fewer parties. */

/* Allows passed over after one is satisfied, kept unexamined in case a
 * require fails and every applying allow counts after all. */
#define MAX_DEFERRED 64

typedef struct first_pass {
    uint32_t deny, allow_satisfied;
    bool any_allow, requires_ok;
    bool allows_incomplete;   /* an applying allow may not be recorded */
    bool too_many_requires;
    sp_decision *d;
    candidate deferred[MAX_DEFERRED];
    uint32_t n_deferred;
} first_pass;

/* Adds r to a set of at most cap rules; false when it is full. */
static bool record(uint32_t *v, uint32_t *n, uint32_t cap, uint32_t r)
{
    for (uint32_t i = 0; i < *n; i++)
        if (v[i] == r)
            return true;
    if (*n == cap)
        return false;
    v[(*n)++] = r;
    return true;
}

static bool first_pass_rule(const sp_ctx *ctx, uint32_t r, unsigned matched, void *arg)
{
    first_pass *fp = arg;
    const sp_crule *cr = &ctx->pol->rules[r];
    /* After a deny, only an earlier deny can change the answer; after a
     * satisfied allow, a later allow can teach nothing more. */
    if (fp->deny != SP_NO_RULE && (cr->kind != SHAREPOL_RULE_DENY || r > fp->deny))
        return true;
    if (cr->kind == SHAREPOL_RULE_ALLOW && r >= fp->allow_satisfied) {
        if (fp->n_deferred < MAX_DEFERRED)
            fp->deferred[fp->n_deferred++] = (candidate){ r, matched };
        else
            fp->allows_incomplete = true;
        return true;
    }
    if (!sp_eval_applies(ctx, r, matched))
        return true;
    switch (cr->kind) {
    case SHAREPOL_RULE_DENY:
        fp->deny = r;
        break;
    case SHAREPOL_RULE_REQUIRE:
        if (fp->requires_ok && !sp_consent_sat(ctx, (uint32_t)cr->consent))
            fp->requires_ok = false;
        if (!record(fp->d->requires, &fp->d->n_requires, SP_MAX_REQUIRES, r))
            fp->too_many_requires = true;
        break;
    default:
        fp->any_allow = true;
        if (cr->consent < 0 || sp_consent_sat(ctx, (uint32_t)cr->consent))
            fp->allow_satisfied = r;
        if (!record(fp->d->allows, &fp->d->n_allows, SP_MAX_ALLOWS, r))
            fp->allows_incomplete = true;
        break;
    }
    return true;
}

static bool collect_allows(const sp_ctx *ctx, uint32_t r, unsigned matched, void *arg)
{
    first_pass *fp = arg;
    if (ctx->pol->rules[r].kind != SHAREPOL_RULE_ALLOW || !sp_eval_applies(ctx, r, matched))
        return true;
    if (!record(fp->d->allows, &fp->d->n_allows, SP_MAX_ALLOWS, r)) {
        fp->allows_incomplete = true;
        return false;
    }
    return true;
}

/* When more allows apply than can be kept: the smallest residual, rule by
 * rule as the index offers them. */
static bool smallest_residual(const sp_ctx *ctx, uint32_t r, unsigned matched, void *arg)
{
    sp_decision *d = arg;
    const sp_crule *cr = &ctx->pol->rules[r];
    if (cr->kind != SHAREPOL_RULE_ALLOW || !sp_eval_applies(ctx, r, matched))
        return true;
    unsigned size = sp_residual_size_count(ctx, cr->consent, d->requires, d->n_requires);
    if (size < d->residual_size || (size == d->residual_size && r < d->rule)) {
        d->residual_size = size;
        d->rule = r;
    }
    return true;
}

static void sort_rules(uint32_t *v, uint32_t n)
{
    for (uint32_t i = 1; i < n; i++)
        for (uint32_t j = i; j > 0 && v[j - 1] > v[j]; j--) {
            uint32_t t = v[j];
            v[j] = v[j - 1];
            v[j - 1] = t;
        }
}

/* The allow rule with the smallest residual (ties: the first in source
 * order) among out->allows, which are sorted. */
static void smallest_in_order(const sp_ctx *ctx, sp_decision *out)
{
    const sharepol_policy *pol = ctx->pol;
    /* what the requires need at least; and exactly, once asked */
    unsigned requires_at_least = 0, requires_size = UINT32_MAX;
    for (uint32_t i = 0; i < out->n_requires; i++) {
        unsigned l = sp_residual_size_lower_bound(ctx, pol->rules[out->requires[i]].consent);
        if (l > requires_at_least)
            requires_at_least = l;
    }
    for (uint32_t i = 0; i < out->n_allows && out->residual_size > requires_at_least; i++) {
        uint32_t r = out->allows[i];
        int32_t own = pol->rules[r].consent;
        unsigned size;
        if (own < 0 || sp_consent_sat(ctx, (uint32_t)own)) {
            /* its own consent is given: what the requires need */
            if (requires_size == UINT32_MAX)
                requires_size = sp_residual_size_count(ctx, -1, out->requires, out->n_requires);
            size = requires_size;
        } else {
            unsigned at_least = sp_residual_size_lower_bound(ctx, own);
            if ((at_least > requires_at_least ? at_least : requires_at_least) >= out->residual_size)
                continue; /* cannot need fewer than the best so far */
            size = sp_residual_size_count(ctx, own, out->requires, out->n_requires);
        }
        if (size < out->residual_size) {
            out->residual_size = size;
            out->rule = r;
        }
    }
}

int sp_eval_decide(const sp_ctx *ctx, sp_decision *out)
{
    out->n_requires = out->n_allows = 0;
    out->residual_size = 0;
    first_pass fp;
    fp.deny = fp.allow_satisfied = SP_NO_RULE;
    fp.any_allow = false;
    fp.requires_ok = true;
    fp.allows_incomplete = fp.too_many_requires = false;
    fp.d = out;
    fp.n_deferred = 0;
    sp_eval_candidates(ctx, first_pass_rule, &fp);
    if (fp.deny != SP_NO_RULE) {
        out->decision = SHAREPOL_DENY;
        out->rule = fp.deny;
        out->n_requires = 0;
        return SHAREPOL_OK;
    }
    if (!fp.any_allow || (fp.requires_ok && fp.allow_satisfied != SP_NO_RULE)) {
        out->decision = fp.any_allow ? SHAREPOL_ALLOW : SHAREPOL_DENY;
        out->rule = fp.any_allow ? fp.allow_satisfied : SP_NO_RULE;
        out->n_requires = 0;
        return SHAREPOL_OK;
    }
    if (fp.too_many_requires) {
        out->decision = SHAREPOL_ELIMIT;
        return SHAREPOL_ELIMIT;
    }
    out->decision = SHAREPOL_NEEDS_CONSENT;
    /* In source order, so residuals read the same whatever the index order. */
    sort_rules(out->requires, out->n_requires);
    out->rule = SP_NO_RULE;
    out->residual_size = UINT32_MAX;
    /* an allow is satisfied but a require is not: every applying allow
     * counts, those passed over too */
    for (uint32_t i = 0; i < fp.n_deferred && !fp.allows_incomplete; i++) {
        uint32_t r = fp.deferred[i].rule;
        if (sp_eval_applies(ctx, r, fp.deferred[i].matched) &&
            !record(out->allows, &out->n_allows, SP_MAX_ALLOWS, r))
            fp.allows_incomplete = true;
    }
    if (fp.allows_incomplete) {
        /* more than could be kept: collect them again from the index */
        out->n_allows = 0;
        fp.allows_incomplete = false;
        sp_eval_candidates(ctx, collect_allows, &fp);
    }
    if (fp.allows_incomplete) {
        sp_eval_candidates(ctx, smallest_residual, out);
        return SHAREPOL_OK;
    }
    sort_rules(out->allows, out->n_allows);
    smallest_in_order(ctx, out);
    return SHAREPOL_OK;
}
