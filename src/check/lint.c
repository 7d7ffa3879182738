/* lint.c — the warnings of docs/language.md, "What the compiler reports"
 * (listed in docs/errors.md, "Warnings").
 *
 * Whether a condition can ever hold is settled by trying every query that
 * could make a difference to it: each date where a `before`/`since` of the
 * condition flips, each party as sender, recipient and originator, each
 * purpose, and the markings an item may carry (trial_markings), but only
 * along the dimensions the condition mentions.
 * A search that would take too long is skipped (no warning). */
#include "lint.h"

#include <string.h>

#include "eval.h"
#include "term.h"

#define SEARCH_BUDGET 2000000u /* condition evaluations per rule, at most */
#define OVERRIDE_BUDGET 50000000u /* words compared over all rule pairs */

static void unused_declarations(const sp_program *prog, sharepol_diagnostics *diags)
{
    for (uint32_t i = 0; i < prog->decls.n; i++) {
        const sp_decl *d = &prog->decls.v[i];
        if (d->uses > 0 || d->kind == SP_DECL_AGREEMENT || d->kind == SP_DECL_RULE)
            continue; /* a relation's facts are uses: unused_facts tells of those */
        sp_diag_warning(diags, "unused", d->name_loc, "%s '%s' is declared but never used",
                        sp_decl_kind_name(d->kind), d->name);
    }
}

/* A relation that facts name but no rule reads: each of its facts has no
 * effect (a relation with neither is an unused declaration). */
static void unused_facts(const sp_program *prog, sharepol_diagnostics *diags)
{
    for (uint32_t i = 0; i < prog->facts.n; i++) {
        const sp_fact *f = &prog->facts.v[i];
        if (f->relation.sym < 0)
            continue;
        const sp_decl *d = &prog->decls.v[f->relation.sym];
        if (d->uses > d->facts)
            continue;
        sp_diag_warning(diags, "unused-fact", f->loc,
                        "this fact has no effect: no rule uses relation '%s'", d->name);
        sp_diag_note(diags, d->name_loc, "relation '%s' is declared here", d->name);
    }
}

/* Is the set empty whatever the query?  A set with party references may
 * hold someone in some query: not empty. */
static bool set_is_empty(const sp_closure *cl, const sp_set *set, uint64_t *scratch)
{
    if (set->relational)
        return false;
    sp_closure_set(cl, set, scratch);
    for (uint32_t w = 0; w < cl->words; w++)
        if (scratch[w])
            return false;
    return true;
}

/* The scopes of `marked` atoms tried in every combination, at most. */
#define MAX_MARKED_TRIED 10

/* What a condition looks at. */
typedef struct mentions {
    bool originator, scope, purpose;
    int32_t marked[MAX_MARKED_TRIED]; /* the scopes `marked` names */
    uint32_t n_marked;
    bool too_many_marked;
    int32_t dates[64];
    uint32_t n_dates;
} mentions;

static bool mention(const sharepol_policy *pol, const sp_wnode *w, uint32_t node, void *ctx)
{
    (void)node;
    mentions *m = ctx;
    switch ((sp_wop)w->op) {
    case SP_W_ORIGINATOR_IN:
    case SP_W_ONWARD:
        m->originator = true;
        break;
    case SP_W_FROM_IN:
    case SP_W_TO_IN:
        /* a party reference may read the originator */
        if (pol->psets[w->a].n_refs | pol->psets[w->a].n_xrefs)
            m->originator = true;
        break;
    case SP_W_MARKED:
        for (uint32_t i = 0; i < w->n; i++) {
            int32_t sc = (int32_t)pol->u32[w->a + i];
            uint32_t j = 0;
            while (j < m->n_marked && m->marked[j] != sc)
                j++;
            if (j < m->n_marked)
                continue;
            if (m->n_marked == MAX_MARKED_TRIED)
                m->too_many_marked = true;
            else
                m->marked[m->n_marked++] = sc;
        }
        m->scope = true;
        break;
    case SP_W_OUTSIDE_SCOPE:
    case SP_W_WITHIN_SCOPE:
    case SP_W_UNMARKED:
        m->scope = true;
        break;
    case SP_W_PURPOSE_IN:
        m->purpose = true;
        break;
    case SP_W_BEFORE:
    case SP_W_SINCE:
        /* one place stays free for the rule's first day (condition_can_hold) */
        if (m->n_dates + 3 <= SP_ARRAY_LEN(m->dates)) {
            m->dates[m->n_dates++] = w->date - 1;
            m->dates[m->n_dates++] = w->date;
        }
        break;
    default:
        break;
    }
    return false;
}

/* The markings an item carries, as few combinations as tell every
 * condition apart: the atoms see which of the scopes `marked` names are
 * there, whether there is any marking, and where the recipient stands
 * towards the audiences.  So: each subset of the scopes named, plus
 * nothing, an empty audience, an audience of the recipient alone, or
 * (for an item marked but with none of those scopes and no audience) a
 * scope neither named nor with an audience.  Combination c of
 * (1 << n_marked) * 4. */
typedef struct trial_markings {
    sharepol_marking v[MAX_MARKED_TRIED + 1];
    sharepol_id self[1];
} trial_markings;

static int32_t unnamed_scope_without_audience(const sharepol_policy *pol, const mentions *m)
{
    for (uint32_t s = 0; s < pol->n_scopes; s++) {
        bool named = false;
        for (uint32_t j = 0; j < m->n_marked; j++)
            named |= m->marked[j] == (int32_t)s;
        if (!named && pol->scope_audience[s] < 0)
            return (int32_t)s;
    }
    return -1;
}

/* Sets the markings of combination c; false when it cannot be made. */
static bool set_trial_markings(sp_ctx *ctx, trial_markings *tm, const mentions *m,
                               uint64_t c, int32_t plain)
{
    uint32_t n = 0;
    for (uint32_t j = 0; j < m->n_marked; j++)
        if ((c >> (j + 2)) & 1)
            tm->v[n++] = (sharepol_marking){ m->marked[j], NULL, 0 };
    tm->self[0] = (sharepol_id)ctx->to;
    switch (c & 3) {
    case 1:
        tm->v[n++] = (sharepol_marking){ SHAREPOL_ID_NONE, tm->self, 0 };
        break;
    case 2:
        tm->v[n++] = (sharepol_marking){ SHAREPOL_ID_NONE, tm->self, 1 };
        break;
    case 3:
        if (plain < 0)
            return false;
        tm->v[n++] = (sharepol_marking){ plain, NULL, 0 };
        break;
    default:
        break;
    }
    ctx->markings = tm->v;
    ctx->n_markings = n;
    sp_eval_markings(ctx);
    return true;
}

/* Is there a query under which rule r's condition holds?  true when the
 * search is too large to settle. */
static bool condition_can_hold(const sharepol_policy *pol, uint32_t r)
{
    const sp_crule *cr = &pol->rules[r];
    mentions m;
    memset(&m, 0, sizeof m);
    sp_graph_any_atom(pol, (uint32_t)cr->when, mention, &m);
    int32_t first = cr->start == SP_DATE_NOSTART ? SP_DATE_MIN : cr->start;
    m.dates[m.n_dates++] = first;
    uint32_t np = pol->n_parties;
    if (m.too_many_marked)
        return true;
    uint64_t n_marking_trials = m.scope ? (uint64_t)4 << m.n_marked : 1;
    int32_t plain = unnamed_scope_without_audience(pol, &m);
    trial_markings tm;
    uint64_t n_purposes = m.purpose ? pol->n_purposes + 1 : 1;
    uint64_t n_orig = m.originator ? np : 1;
    uint64_t work = (uint64_t)np * np * n_orig * n_marking_trials * n_purposes * m.n_dates;
    if (work > SEARCH_BUDGET)
        return true;
    sp_ctx ctx;
    memset(&ctx, 0, sizeof ctx);
    ctx.pol = pol;
    ctx.scope = -1;
    /* a side with party references is not filtered here: tried whole */
    bool from_fixed = cr->from >= 0 && (pol->psets[cr->from].n_refs | pol->psets[cr->from].n_xrefs) == 0;
    bool to_fixed = cr->to >= 0 && (pol->psets[cr->to].n_refs | pol->psets[cr->to].n_xrefs) == 0;
    for (uint32_t f = 0; f < np; f++) {
        if (from_fixed && !sp_graph_in_set(pol, f, &pol->psets[cr->from]))
            continue;
        for (uint32_t t = 0; t < np; t++) {
            if (to_fixed && !sp_graph_in_set(pol, t, &pol->psets[cr->to]))
                continue;
            for (uint64_t o = 0; o < n_orig; o++)
                for (uint64_t s = 0; s < n_marking_trials; s++)
                    for (uint64_t p = 0; p < n_purposes; p++)
                        for (uint32_t d = 0; d < m.n_dates; d++) {
                            int32_t day = m.dates[d];
                            if (day < first || day >= cr->end || day < SP_DATE_MIN)
                                continue;
                            ctx.from = f;
                            ctx.to = t;
                            ctx.originator = m.originator ? (uint32_t)o : f;
                            if (!set_trial_markings(&ctx, &tm, &m, s, plain))
                                continue;
                            ctx.purpose = (int32_t)p - 1;
                            ctx.date = day;
                            if (sp_eval_cond(&ctx, (uint32_t)cr->when))
                                return true;
                        }
        }
    }
    return false;
}

static void rules_that_never_apply(const sp_program *prog, const sp_closure *cl,
                                   const sharepol_policy *pol, sharepol_diagnostics *diags)
{
    uint64_t *scratch = sp_closure_bits(cl);
    for (uint32_t i = 0; i < prog->rules.n; i++) {
        const sp_rule *r = prog->rules.v[i];
        const char *which = NULL;
        sp_loc at = r->loc;
        if (r->has_from && set_is_empty(cl, &r->from, scratch)) {
            which = "from";
            at = r->from.loc;
        } else if (r->has_to && set_is_empty(cl, &r->to, scratch)) {
            which = "to";
            at = r->to.loc;
        }
        if (which) {
            sp_diag_warning(diags, "never-applies", at,
                            "this rule can never apply: its '%s' set has no party in it",
                            which);
        } else if (r->when && pol->rules[i].end > pol->rules[i].start &&
                   !condition_can_hold(pol, i)) {
            sp_diag_warning(diags, "never-applies", r->when->loc,
                            "this rule can never apply: its condition holds for no "
                            "transfer while it is in force");
        }
    }
}

/* ---- allow rules that a deny always overrides ------------------------------- */

static bool covers_categories(const sharepol_policy *pol, const sp_crule *deny,
                              const sp_crule *allow)
{
    if (deny->all_cats)
        return true;
    if (allow->all_cats)
        return false;
    for (uint32_t i = 0; i < allow->n_cats; i++) {
        uint32_t c = pol->u32[allow->cats + i];
        bool covered = false;
        for (uint32_t a = pol->cat_anc_off[c]; a < pol->cat_anc_off[c + 1] && !covered; a++)
            for (uint32_t j = 0; j < deny->n_cats && !covered; j++)
                covered = pol->u32[deny->cats + j] == pol->u32[a];
        if (!covered)
            return false;
    }
    return true;
}

/* The parties of a rule's side (pset, its compiled set; set, its source),
 * into bits; NULL when the side holds every party. */
static const uint64_t *side_bits(const sp_closure *cl, int32_t pset, const sp_set *set,
                                 uint64_t *bits)
{
    if (pset < 0)
        return NULL;
    sp_closure_set(cl, set, bits);
    return bits;
}

/* Is every party of `inner` in `outer` (NULL: every party)? */
static bool covers_parties(const sp_closure *cl, const uint64_t *outer, const uint64_t *inner,
                           uint64_t *work)
{
    if (!outer)
        return true;
    *work += 2 * (uint64_t)cl->words; /* inner's bits were worked out too */
    if (!inner)
        return sp_bits_count(outer, cl->words) == cl->n[SP_DECL_PARTY];
    for (uint32_t w = 0; w < cl->words; w++)
        if (inner[w] & ~outer[w])
            return false;
    return true;
}

/* The allow rules in force on some day, by category (n_categories: `*`),
 * each list in source order: a deny is compared only with the allows of the
 * categories it covers, not with every rule. */
typedef struct allow_index {
    uint32_t *off; /* n_categories + 2 */
    uint32_t *rules;
} allow_index;

static allow_index index_allows(const sharepol_policy *pol, sp_arena *arena)
{
    uint32_t nc = pol->n_categories;
    allow_index ix;
    ix.off = sp_arena_zalloc(arena, sizeof(uint32_t) * (nc + 2));
    for (int pass = 0; pass < 2; pass++) {
        for (uint32_t r = 0; r < pol->n_rules; r++) {
            const sp_crule *cr = &pol->rules[r];
            if (cr->kind != SHAREPOL_RULE_ALLOW || cr->end <= cr->start)
                continue;
            /* filed under its first category: it is covered only if that is */
            uint32_t c = cr->all_cats ? nc : pol->u32[cr->cats];
            if (pass == 0)
                ix.off[c + 1]++;
            else
                ix.rules[ix.off[c]++] = r;
        }
        if (pass == 0) {
            for (uint32_t c = 0; c <= nc; c++)
                ix.off[c + 1] += ix.off[c];
            ix.rules = sp_arena_alloc(arena, sizeof(uint32_t) * (ix.off[nc + 1] + 1));
        }
    }
    /* filling moved each start to the next one's: move them back */
    memmove(ix.off + 1, ix.off, sizeof(uint32_t) * (nc + 1));
    ix.off[0] = 0;
    return ix;
}

static void allows_overridden(const sp_program *prog, const sp_closure *cl,
                              const sharepol_policy *pol, sharepol_diagnostics *diags)
{
    uint32_t nc = pol->n_categories, words = (pol->n_rules + 63) / 64;
    allow_index ix = index_allows(pol, cl->arena);
    uint64_t *candidates = sp_arena_zalloc(cl->arena, sizeof(uint64_t) * (words + 1));
    uint64_t *deny_from = sp_closure_bits(cl), *deny_to = sp_closure_bits(cl);
    uint64_t *allow_side = sp_closure_bits(cl);
    uint64_t work = 0;
    for (uint32_t d = 0; d < pol->n_rules && work < OVERRIDE_BUDGET; d++) {
        const sp_crule *deny = &pol->rules[d];
        const sp_rule *dr = prog->rules.v[d];
        /* sides with party references: who they hold changes with the query */
        if (deny->kind != SHAREPOL_RULE_DENY || deny->when >= 0 || dr->from.relational ||
            dr->to.relational)
            continue;
        const uint64_t *df = side_bits(cl, deny->from, &dr->from, deny_from);
        const uint64_t *dt = side_bits(cl, deny->to, &dr->to, deny_to);
        /* the allows filed under a category the deny covers, in source order */
        for (uint32_t c = 0; c <= nc; c++) {
            bool covered = deny->all_cats;
            for (uint32_t a = c < nc ? pol->cat_anc_off[c] : 0;
                 !covered && c < nc && a < pol->cat_anc_off[c + 1]; a++)
                for (uint32_t j = 0; j < deny->n_cats && !covered; j++)
                    covered = pol->u32[deny->cats + j] == pol->u32[a];
            work += 1 + deny->n_cats;
            if (!covered)
                continue;
            for (uint32_t i = ix.off[c]; i < ix.off[c + 1]; i++)
                candidates[ix.rules[i] >> 6] |= (uint64_t)1 << (ix.rules[i] & 63);
        }
        for (uint32_t w = 0; w < words; w++) {
            for (uint64_t bits = candidates[w]; bits; bits &= bits - 1) {
                uint32_t a = w * 64 + (uint32_t)__builtin_ctzll(bits);
                const sp_crule *allow = &pol->rules[a];
                const sp_rule *ar = prog->rules.v[a];
                if (work >= OVERRIDE_BUDGET || ar->from.relational || ar->to.relational ||
                    deny->start > allow->start ||
                    deny->end < allow->end || !covers_categories(pol, deny, allow) ||
                    !covers_parties(cl, df, side_bits(cl, allow->from, &ar->from, allow_side),
                                    &work) ||
                    !covers_parties(cl, dt, side_bits(cl, allow->to, &ar->to, allow_side),
                                    &work))
                    continue;
                sp_diag_warning(diags, "overridden", prog->rules.v[a]->loc,
                                "this allow rule never allows anything: deny rule %s applies "
                                "to every transfer it covers, and a deny always wins",
                                pol->rule_info[d].name);
                sp_diag_note(diags, prog->rules.v[d]->loc, "the deny rule %s",
                             pol->rule_info[d].name);
            }
            candidates[w] = 0;
        }
    }
}

static void agreements_never_in_force(const sp_program *prog, sharepol_diagnostics *diags)
{
    for (uint32_t i = 0; i < prog->agreements.n; i++) {
        const sp_agreement *ag = prog->agreements.v[i];
        int32_t start, end;
        sp_term_period(ag, &start, &end);
        if (end > start)
            continue;
        const sp_decl *d = &prog->decls.v[ag->decl];
        const sp_dated *from = ag->effective.given ? &ag->effective : &ag->signed_;
        char last[11], first[11];
        if (ag->expires.given && from->given && ag->expires.date < from->date &&
            sharepol_date_format(last, ag->expires.date) == SHAREPOL_OK &&
            sharepol_date_format(first, from->date) == SHAREPOL_OK) {
            sp_diag_warning(diags, "never-in-force", d->name_loc,
                            "agreement '%s' is never in force: it expires on %s, before "
                            "it starts on %s", d->name, last, first);
            sp_diag_note(diags, ag->expires.loc, "its last day is set here");
            sp_diag_note(diags, from->loc, "its start is set here");
        } else {
            sp_diag_warning(diags, "never-in-force", d->name_loc,
                            "agreement '%s' is never in force: it ends before it starts",
                            d->name);
        }
    }
}

void sp_lint(const sp_program *prog, const sp_closure *cl, const sharepol_policy *pol,
             sharepol_diagnostics *diags)
{
    unused_declarations(prog, diags);
    unused_facts(prog, diags);
    rules_that_never_apply(prog, cl, pol, diags);
    allows_overridden(prog, cl, pol, diags);
    agreements_never_in_force(prog, diags);
    if (diags->sources.n == 0)
        return;
    /* About the whole set: named by its file when it is one file. */
    sp_loc whole = { diags->sources.n == 1 ? 0 : SP_NOWHERE, SP_NOPOS, SP_NOPOS };
    if (prog->rules.n == 0)
        sp_diag_warning(diags, "no-rules", whole,
                        "the policy set has no rules, so every transfer is denied");
    if (prog->tests.n == 0)
        sp_diag_warning(diags, "no-tests", whole,
                        "the policy set has no test blocks; add 'test' blocks so that "
                        "'sharepol test' can check it says what the agreement says");
}
