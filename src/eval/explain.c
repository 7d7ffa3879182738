/* explain.c — a decision with its reasoning: the deciding rule and its
 * place, every rule that applied, and for a deny by default the allow rules
 * that came closest with the first part of each that did not hold.  Speed
 * does not matter here: it reads every rule. */
#include <setjmp.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "consent.h"
#include "date.h"
#include "eval.h"
#include "residual.h"

#define CLOSEST 3 /* allow rules shown for a deny by default */

struct sharepol_explanation {
    sharepol_allocator allocator;
    sharepol_result result;
    sharepol_residual *residual;
    char *text;
};

static void date_text(char buf[11], int32_t day)
{
    if (sharepol_date_format(buf, day) != SHAREPOL_OK)
        memcpy(buf, "?", 2);
}

static void rule_head(sp_buf *b, const sharepol_policy *pol, uint32_t r)
{
    const sharepol_rule_info *info = &pol->rule_info[r];
    static const char *const verbs[] = { "", "allow", "deny", "require" };
    sp_buf_printf(b, "%s %s", verbs[info->kind], info->name);
    if (info->label) {
        sp_buf_puts(b, " \"");
        sp_buf_escaped(b, info->label, strlen(info->label), '"');
        sp_buf_putc(b, '"');
    }
    sp_buf_puts(b, " (");
    sp_buf_escaped(b, info->file, strlen(info->file), 0);
    sp_buf_printf(b, ":%u:%u)", info->line, info->column);
}

/* A piece of the rule's source text: it may hold a comment, so it is shown
 * escaped like everything else that comes from the policy. */
static void put_source(sp_buf *b, const char *before, const char *text, const char *after)
{
    sp_buf_puts(b, before);
    sp_buf_escaped(b, text, strlen(text), 0);
    sp_buf_puts(b, after);
}

static const char *node_name(const sharepol_policy *pol, uint32_t node)
{
    return node < pol->n_parties ? pol->parties[node].name
                                 : pol->groups[node - pol->n_parties].name;
}

static void put_nodes(sp_buf *b, const sharepol_policy *pol, uint32_t at, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++) {
        sp_buf_puts(b, i ? ", " : "");
        sp_buf_puts(b, node_name(pol, pol->u32[at + i]));
    }
}

/* How each party reference of a rule's set reads in this query: which
 * party it stands for, and for a relation that party's fact, or that it
 * has none (docs/language.md, "Party references"). */
static void explain_refs(sp_buf *b, const sp_ctx *ctx, int32_t pset)
{
    const sharepol_policy *pol = ctx->pol;
    const sp_pset *s = &pol->psets[pset];
    for (uint32_t i = 0; i < s->n_refs + s->n_xrefs; i++) {
        const uint32_t *ref = pol->u32 + s->refs + 2 * (size_t)i;
        uint32_t rel = ref[0] >> SP_REF_REL_SHIFT;
        uint32_t q = sp_graph_ref_party(pol, ref, ctx->from, ctx->to, ctx->originator);
        sp_buf_puts(b, i ? "; " : "\n    where ");
        if (rel)
            sp_buf_printf(b, "%s of ", pol->relations[rel - 1].name);
        if (ref[0] & SP_REF_ORG)
            sp_buf_puts(b, "organisation of ");
        sp_buf_puts(b, sp_graph_ref_base(pol, ref));
        if (!rel) {
            sp_buf_printf(b, " is %s", pol->parties[q].name);
            continue;
        }
        int32_t fact = pol->facts[(size_t)(rel - 1) * pol->n_parties + q];
        sp_buf_printf(b, " is %s of %s", pol->relations[rel - 1].name, pol->parties[q].name);
        if (fact < 0) {
            sp_buf_printf(b, ", which has no fact: nobody");
            continue;
        }
        const sp_pset *f = &pol->psets[fact];
        sp_buf_puts(b, ": ");
        if (f->star)
            sp_buf_putc(b, '*');
        put_nodes(b, pol, f->names, f->n_names);
        if (f->n_excepts) {
            sp_buf_puts(b, " except ");
            put_nodes(b, pol, f->excepts, f->n_excepts);
        }
    }
}

/* The same for each set with references in a condition (`to in
 * organisation of from`). */
typedef struct cond_refs {
    sp_buf *b;
    const sp_ctx *ctx;
} cond_refs;

static bool explain_atom_refs(const sharepol_policy *pol, const sp_wnode *w, uint32_t node,
                              void *ctx)
{
    (void)pol;
    (void)node;
    const cond_refs *c = ctx;
    if (w->op == SP_W_ORIGINATOR_IN || w->op == SP_W_FROM_IN || w->op == SP_W_TO_IN)
        explain_refs(c->b, c->ctx, (int32_t)w->a);
    return false;
}

static void explain_failure(sp_buf *b, const sp_ctx *ctx, uint32_t r, sp_part p)
{
    const sharepol_policy *pol = ctx->pol;
    const sp_crule *cr = &pol->rules[r];
    const sp_rule_text *t = &pol->rule_text[r];
    const char *cat = pol->categories[ctx->cat].name;
    char day[11], when[11];
    date_text(day, ctx->date);
    switch (p) {
    case SP_PART_AGREEMENT:
        if (ctx->date < cr->start) {
            date_text(when, cr->start);
            sp_buf_printf(b, "agreement %s is not yet in force on %s (it starts %s)",
                          pol->rule_info[r].agreement, day, when);
        } else {
            date_text(when, cr->end - 1);
            sp_buf_printf(b, "agreement %s is no longer in force on %s (its last day was %s)",
                          pol->rule_info[r].agreement, day, when);
        }
        break;
    case SP_PART_CATEGORY:
        sp_buf_printf(b, "category %s is not in ", cat);
        put_source(b, "'", t->cats, "'");
        break;
    case SP_PART_FROM:
        sp_buf_printf(b, "sender %s is not in ", pol->parties[ctx->from].name);
        put_source(b, "'from ", t->from, "'");
        explain_refs(b, ctx, cr->from);
        break;
    case SP_PART_TO:
        sp_buf_printf(b, "recipient %s is not in ", pol->parties[ctx->to].name);
        put_source(b, "'to ", t->to, "'");
        explain_refs(b, ctx, cr->to);
        break;
    case SP_PART_WHEN: {
        put_source(b, "its condition 'when ", t->when, "' does not hold");
        cond_refs c = { b, ctx };
        sp_graph_any_atom(ctx->pol, (uint32_t)cr->when, explain_atom_refs, &c);
        break;
    }
    case SP_PART_ALL_HOLD:
        sp_buf_puts(b, "it applies");
        break;
    }
}

/* ---- markings: each one, and which made a condition's atom true or false */

/* Marking i of the item, whichever form the query gave it in. */
static sharepol_marking marking_at(const sp_ctx *ctx, uint32_t i)
{
    if (ctx->markings)
        return ctx->markings[i];
    sharepol_marking m = SHAREPOL_MARKING_INIT;
    m.scope = ctx->scope;
    if (ctx->has_audience) {
        m.audience = ctx->audience;
        m.n_audience = ctx->n_audience;
    }
    return m;
}

static void put_marking(sp_buf *b, const sharepol_policy *pol, const sharepol_marking *m)
{
    if (!m->audience) {
        sp_buf_puts(b, pol->scopes[m->scope].name);
        return;
    }
    sp_buf_putc(b, '{');
    for (size_t i = 0; i < m->n_audience; i++)
        sp_buf_printf(b, "%s%s", i ? ", " : "", pol->parties[m->audience[i]].name);
    sp_buf_putc(b, '}');
}

/* "marking 2, {A, B}" */
static void name_marking(sp_buf *b, const sp_ctx *ctx, uint32_t i)
{
    sharepol_marking m = marking_at(ctx, i);
    sp_buf_printf(b, "marking %u, ", i + 1);
    put_marking(b, ctx->pol, &m);
}

static int in_marking(const sp_ctx *ctx, uint32_t i)
{
    sharepol_marking m = marking_at(ctx, i);
    return sp_eval_in_marking(ctx, m.scope, m.audience, (uint32_t)m.n_audience);
}

/* Why a `to within scope` or `to outside scope` atom has its value. */
static void why_audiences(sp_buf *b, const sp_ctx *ctx)
{
    const char *to = ctx->pol->parties[ctx->to].name;
    int within = sp_eval_within(ctx);
    if (within == SP_WITHIN_NO_AUDIENCE) {
        sp_buf_puts(b, ctx->n_markings ? "no marking has an audience"
                                       : "the item carries no marking");
        return;
    }
    if (within == SP_WITHIN_OUTSIDE) {
        for (uint32_t i = 0; i < ctx->n_markings; i++)
            if (in_marking(ctx, i) == 0) {
                sp_buf_printf(b, "%s is not in the audience of ", to);
                name_marking(b, ctx, i);
                return;
            }
    }
    sp_buf_printf(b, "%s is in the audience of every marking that has one (", to);
    const char *sep = "";
    for (uint32_t i = 0; i < ctx->n_markings; i++)
        if (in_marking(ctx, i) == 1) {
            sp_buf_printf(b, "%s%u", sep, i + 1);
            sep = ", ";
        }
    sp_buf_putc(b, ')');
}

/* Why a `marked S1, S2` atom (node) has its value. */
static void why_marked(sp_buf *b, const sp_ctx *ctx, const sp_wnode *w, bool holds)
{
    const sharepol_policy *pol = ctx->pol;
    if (!holds) {
        sp_buf_puts(b, ctx->n_markings ? "no marking is one of these scopes"
                                       : "the item carries no marking");
        return;
    }
    for (uint32_t i = 0; i < ctx->n_markings; i++) {
        sharepol_marking m = marking_at(ctx, i);
        for (uint32_t j = 0; m.audience == NULL && j < w->n; j++)
            if (pol->u32[w->a + j] == (uint32_t)m.scope) {
                name_marking(b, ctx, i);
                sp_buf_puts(b, ", is one of them");
                return;
            }
    }
}

/* One line for each atom about markings in the condition at node.
 * Recursion is bounded by the parser's nesting limit. */
static void explain_marking_atoms(sp_buf *b, const sp_ctx *ctx, uint32_t node)
{
    const sharepol_policy *pol = ctx->pol;
    const sp_wnode *w = &pol->wnodes[node];
    bool holds = sp_eval_cond(ctx, node);
    const char *value = holds ? "true" : "false";
    switch ((sp_wop)w->op) {
    case SP_W_OR:
    case SP_W_AND:
        for (uint32_t i = 0; i < w->n; i++)
            explain_marking_atoms(b, ctx, pol->u32[w->a + i]);
        return;
    case SP_W_NOT:
        explain_marking_atoms(b, ctx, pol->u32[w->a]);
        return;
    case SP_W_OUTSIDE_SCOPE:
    case SP_W_WITHIN_SCOPE:
        sp_buf_printf(b, "    'to %s scope' is %s: ",
                      w->op == SP_W_OUTSIDE_SCOPE ? "outside" : "within", value);
        why_audiences(b, ctx);
        break;
    case SP_W_MARKED:
        sp_buf_puts(b, "    'marked ");
        for (uint32_t i = 0; i < w->n; i++)
            sp_buf_printf(b, "%s%s", i ? ", " : "", pol->scopes[pol->u32[w->a + i]].name);
        sp_buf_printf(b, "' is %s: ", value);
        why_marked(b, ctx, w, holds);
        break;
    case SP_W_UNMARKED:
        sp_buf_printf(b, "    'unmarked' is %s: ", value);
        if (ctx->n_markings)
            sp_buf_printf(b, "the item carries %u marking%s", ctx->n_markings,
                          ctx->n_markings == 1 ? "" : "s");
        else
            sp_buf_puts(b, "the item carries no marking");
        break;
    default:
        return;
    }
    sp_buf_putc(b, '\n');
}

/* Only for an item with markings: without, there is nothing to tell apart. */
static void explain_markings(sp_buf *b, const sp_ctx *ctx, uint32_t r)
{
    if (ctx->n_markings > 0 && ctx->pol->rules[r].when >= 0)
        explain_marking_atoms(b, ctx, (uint32_t)ctx->pol->rules[r].when);
}

/* Does the condition at node look at the item's markings?  Recursion is
 * bounded by the parser's nesting limit. */
static bool about_markings(const sharepol_policy *pol, uint32_t node)
{
    const sp_wnode *w = &pol->wnodes[node];
    switch ((sp_wop)w->op) {
    case SP_W_OR:
    case SP_W_AND:
        for (uint32_t i = 0; i < w->n; i++)
            if (about_markings(pol, pol->u32[w->a + i]))
                return true;
        return false;
    case SP_W_NOT:
        return about_markings(pol, pol->u32[w->a]);
    case SP_W_OUTSIDE_SCOPE:
    case SP_W_WITHIN_SCOPE:
    case SP_W_MARKED:
    case SP_W_UNMARKED:
        return true;
    default:
        return false;
    }
}

/* The rules that would apply but for a condition on the markings. */
static void list_held_back_by_markings(sp_buf *b, const sp_ctx *ctx)
{
    const sharepol_policy *pol = ctx->pol;
    bool any = false;
    for (uint32_t r = 0; r < pol->n_rules && ctx->n_markings > 0; r++) {
        if (pol->rules[r].when < 0 || !about_markings(pol, (uint32_t)pol->rules[r].when) ||
            sp_eval_first_failing(ctx, r) != SP_PART_WHEN)
            continue;
        if (!any)
            sp_buf_puts(b, "rules whose condition on the markings does not hold:\n");
        any = true;
        sp_buf_puts(b, "  ");
        rule_head(b, pol, r);
        sp_buf_putc(b, '\n');
        explain_markings(b, ctx, r);
    }
}

static void describe_query(sp_buf *b, const sp_ctx *ctx)
{
    const sharepol_policy *pol = ctx->pol;
    char day[11];
    date_text(day, ctx->date);
    sp_buf_printf(b, "query: %s from %s to %s", pol->categories[ctx->cat].name,
                  pol->parties[ctx->from].name, pol->parties[ctx->to].name);
    sp_buf_printf(b, " originator %s", pol->parties[ctx->originator].name);
    for (uint32_t i = 0; i < ctx->n_markings; i++) {
        sharepol_marking m = marking_at(ctx, i);
        sp_buf_puts(b, i ? ", " : " scope ");
        put_marking(b, pol, &m);
    }
    if (ctx->purpose >= 0)
        sp_buf_printf(b, " purpose %s", pol->purposes[ctx->purpose].name);
    sp_buf_printf(b, " at %s", day);
    sp_buf_printf(b, " consent %s", pol->parties[ctx->from].name);
    for (uint32_t i = 0; i < ctx->n_consents; i++)
        if ((uint32_t)ctx->consents[i] != ctx->from)
            sp_buf_printf(b, ", %s", pol->parties[ctx->consents[i]].name);
    sp_buf_puts(b, "\n  (the sender's own consent is always given)\n");
}

static void list_applying(sp_buf *b, const sp_ctx *ctx)
{
    const sharepol_policy *pol = ctx->pol;
    bool any = false;
    for (uint32_t r = 0; r < pol->n_rules; r++) {
        if (sp_eval_first_failing(ctx, r) != SP_PART_ALL_HOLD)
            continue;
        if (!any)
            sp_buf_puts(b, "rules that apply, in source order:\n");
        any = true;
        sp_buf_puts(b, "  ");
        rule_head(b, pol, r);
        const sp_crule *cr = &pol->rules[r];
        if (cr->consent >= 0) {
            put_source(b, "\n    consent of ", pol->rule_text[r].consent, ": ");
            /* what this rule alone still needs, in the residual's words */
            sharepol_residual *missing = NULL;
            if (sp_consent_sat(ctx, (uint32_t)cr->consent))
                sp_buf_puts(b, "given");
            else if (sp_residual_build(&missing, ctx, cr->consent, NULL, 0, &pol->allocator) ==
                     SHAREPOL_OK)
                sp_buf_printf(b, "still needs %s", sharepol_residual_text(missing));
            else
                b->failed = true;
            sharepol_residual_free(missing);
        }
        sp_buf_putc(b, '\n');
        explain_markings(b, ctx, r);
    }
    if (!any)
        sp_buf_puts(b, "no rule applies to this transfer.\n");
}

static void list_closest(sp_buf *b, const sp_ctx *ctx)
{
    const sharepol_policy *pol = ctx->pol;
    uint32_t best[CLOSEST];
    sp_part best_part[CLOSEST];
    uint32_t n = 0;
    for (uint32_t r = 0; r < pol->n_rules; r++) {
        if (pol->rules[r].kind != SHAREPOL_RULE_ALLOW)
            continue;
        sp_part p = sp_eval_first_failing(ctx, r);
        /* Insert in order of how far the rule got; earlier rules first. */
        uint32_t at = n;
        while (at > 0 && best_part[at - 1] < p)
            at--;
        if (at >= CLOSEST)
            continue;
        uint32_t last = n < CLOSEST ? n : CLOSEST - 1;
        for (uint32_t i = last; i > at; i--) {
            best[i] = best[i - 1];
            best_part[i] = best_part[i - 1];
        }
        best[at] = r;
        best_part[at] = p;
        if (n < CLOSEST)
            n++;
    }
    if (n == 0) {
        sp_buf_puts(b, "the policy has no allow rule.\n");
        return;
    }
    sp_buf_puts(b, "closest allow rules, and the first part of each that does not hold:\n");
    for (uint32_t i = 0; i < n; i++) {
        sp_buf_puts(b, "  ");
        rule_head(b, pol, best[i]);
        sp_buf_puts(b, "\n    ");
        explain_failure(b, ctx, best[i], best_part[i]);
        sp_buf_putc(b, '\n');
        if (best_part[i] == SP_PART_WHEN)
            explain_markings(b, ctx, best[i]);
    }
}

static int build(sharepol_explanation *ex, const sp_ctx *ctx)
{
    const sharepol_policy *pol = ctx->pol;
    sp_decision d;
    int st = sp_eval_decide(ctx, &d);
    if (st != SHAREPOL_OK)
        return st;
    ex->result.decision = d.decision;
    ex->result.rule_index = d.rule == SP_NO_RULE ? (size_t)-1 : d.rule;
    ex->result.rule = d.rule == SP_NO_RULE ? NULL : &pol->rule_info[d.rule];
    ex->result.residual_size = d.decision == SHAREPOL_NEEDS_CONSENT ? d.residual_size : 0;

    sp_buf b;
    sp_buf_init(&b, &ex->allocator);
    static const char *const names[] = { "", "allow", "deny", "needs consent" };
    sp_buf_printf(&b, "decision: %s\n", names[d.decision]);
    if (d.rule == SP_NO_RULE) {
        sp_buf_puts(&b, "  no rule allows this transfer (deny by default)\n");
    } else {
        sp_buf_puts(&b, "  by ");
        rule_head(&b, pol, d.rule);
        sp_buf_putc(&b, '\n');
        if (pol->rule_info[d.rule].agreement)
            sp_buf_printf(&b, "  under agreement %s\n", pol->rule_info[d.rule].agreement);
    }
    if (d.decision == SHAREPOL_NEEDS_CONSENT) {
        st = sp_residual_build(&ex->residual, ctx, pol->rules[d.rule].consent, d.requires,
                               d.n_requires, &ex->allocator);
        if (st != SHAREPOL_OK) {
            sp_buf_free(&b);
            return st;
        }
        sp_buf_printf(&b, "  still needs the consent of: %s\n",
                      sharepol_residual_text(ex->residual));
    }
    describe_query(&b, ctx);
    list_applying(&b, ctx);
    if (d.decision == SHAREPOL_DENY && d.rule == SP_NO_RULE)
        list_closest(&b, ctx);
    else
        list_held_back_by_markings(&b, ctx);
    ex->text = sp_buf_finish(&b);
    return ex->text ? d.decision : SHAREPOL_ENOMEM;
}

int sharepol_explain(sharepol_explanation **out, const sharepol_policy *policy,
                     const sharepol_query *query)
{
    if (!out)
        return SHAREPOL_EINVAL;
    *out = NULL;
    if (!policy || !query)
        return SHAREPOL_EINVAL;
    sp_ctx ctx;
    int st = sp_eval_prepare(&ctx, policy, query);
    if (st != SHAREPOL_OK)
        return st;
    sharepol_explanation *ex = sp_calloc(&policy->allocator, sizeof *ex);
    if (!ex)
        return SHAREPOL_ENOMEM;
    ex->allocator = policy->allocator;
    st = build(ex, &ctx);
    if (st < 0) {
        sharepol_explanation_free(ex);
        return st;
    }
    *out = ex;
    return st;
}

const sharepol_result *sharepol_explanation_result(const sharepol_explanation *ex)
{
    return ex ? &ex->result : NULL;
}

const char *sharepol_explanation_text(const sharepol_explanation *ex)
{
    return ex ? ex->text : NULL;
}

const sharepol_residual *sharepol_explanation_residual(const sharepol_explanation *ex)
{
    return ex ? ex->residual : NULL;
}

void sharepol_explanation_free(sharepol_explanation *ex)
{
    if (!ex)
        return;
    sharepol_residual_free(ex->residual);
    sp_free(ex->text);
    sp_free(ex);
}
