/* lower.c — from the checked syntax tree to the frozen rule graph.
 *
 * Works in the compilation's arena and copies each finished table into the
 * policy's arena at the end, so the policy holds no slack.  Reports nothing:
 * every error, also those that need memberships (check_closed.c), has been
 * found before it runs. */
#include "lower.h"

#include <stdlib.h>
#include <string.h>

#include "index.h"
#include "term.h"

typedef struct lower {
    const sp_program *prog;
    const sp_closure *cl;
    sharepol_policy *pol;
    sp_arena *tmp;
    sharepol_diagnostics *diags;
    uint64_t *scratch;
    SP_VEC(uint32_t) u32;
    SP_VEC(sp_pset) psets;
    SP_VEC(sp_cnode) cnodes;
    SP_VEC(sp_wnode) wnodes;
} lower;

static char *keep(lower *lw, const char *s)
{
    return s ? sp_arena_strdup(&lw->pol->arena, s) : NULL;
}

static uint32_t pool_mark(lower *lw)
{
    return lw->u32.n;
}

static void pool_push(lower *lw, uint32_t v)
{
    sp_vec_push(lw->tmp, &lw->u32, v);
}

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return (x > y) - (x < y);
}

/* Sorts u32[from..] and drops repeats; @return the count kept. */
static uint32_t pool_sort_unique(lower *lw, uint32_t from)
{
    uint32_t n = lw->u32.n - from;
    if (n == 0)
        return 0; /* the pool may still be NULL */
    uint32_t *v = lw->u32.v + from;
    if (n > 1)
        qsort(v, n, sizeof *v, cmp_u32);
    uint32_t k = 0;
    for (uint32_t i = 0; i < n; i++)
        if (k == 0 || v[i] != v[k - 1])
            v[k++] = v[i];
    lw->u32.n = from + k;
    return k;
}

/* ---- names ------------------------------------------------------------- */

static sp_entity *entities(lower *lw, sp_decl_kind kind, uint32_t *count)
{
    const sp_closure *cl = lw->cl;
    uint32_t n = cl->n[kind];
    sp_entity *e = sp_arena_zalloc(&lw->pol->arena, sizeof *e * (n ? n : 1));
    for (uint32_t i = 0; i < n; i++) {
        const sp_decl *d = &lw->prog->decls.v[cl->decl_of[kind][i]];
        e[i].name = keep(lw, d->name);
        e[i].label = keep(lw, d->label);
    }
    *count = n;
    return e;
}

static void lower_names(lower *lw)
{
    sharepol_policy *pol = lw->pol;
    pol->parties = entities(lw, SP_DECL_PARTY, &pol->n_parties);
    pol->groups = entities(lw, SP_DECL_GROUP, &pol->n_groups);
    pol->categories = entities(lw, SP_DECL_CATEGORY, &pol->n_categories);
    pol->purposes = entities(lw, SP_DECL_PURPOSE, &pol->n_purposes);
    pol->scopes = entities(lw, SP_DECL_SCOPE, &pol->n_scopes);
    pol->relations = entities(lw, SP_DECL_RELATION, &pol->n_relations);
    pol->n_agreements = lw->cl->n[SP_DECL_AGREEMENT];
    uint32_t n_entities =
        pol->n_parties + pol->n_groups + pol->n_categories + pol->n_purposes + pol->n_scopes;
    sp_symtab_init(&pol->names, &pol->arena, n_entities);
    /* relations, like agreements and rules, are not what queries name */
    sp_symtab_init(&pol->other_names, &pol->arena, lw->prog->decls.n - n_entities);
    const sp_entity *lists[] = { NULL, pol->parties, pol->groups, pol->categories,
                                 pol->purposes, pol->scopes };
    for (uint32_t i = 0; i < lw->prog->decls.n; i++) {
        const sp_decl *d = &lw->prog->decls.v[i];
        int32_t id = lw->cl->id[i];
        if (d->kind < (int)SP_ARRAY_LEN(lists))
            sp_symtab_put(&pol->names, lists[d->kind][id].name, SP_NAME(d->kind, id));
        else
            sp_symtab_put(&pol->other_names, keep(lw, d->name), SP_NAME(d->kind, id));
    }
}

/* ---- memberships --------------------------------------------------------- */

static uint32_t node_of(const lower *lw, int32_t decl)
{
    const sp_decl *d = &lw->prog->decls.v[decl];
    uint32_t id = (uint32_t)lw->cl->id[decl];
    return d->kind == SP_DECL_PARTY ? id : lw->cl->n[SP_DECL_PARTY] + id;
}

/* Each party's place in the forest, and the groups it is in. */
static void lower_in_lists(lower *lw)
{
    const sp_closure *cl = lw->cl;
    sharepol_policy *pol = lw->pol;
    uint32_t np = cl->n[SP_DECL_PARTY], ng = cl->n[SP_DECL_GROUP];
    /* one cache line each */
    char *raw = sp_arena_alloc(&pol->arena, sizeof(sp_pinfo) * (np + 1) + 63);
    pol->pinfo = (sp_pinfo *)(void *)(raw + ((64 - (uintptr_t)raw % 64) % 64));
    memset(pol->pinfo, 0, sizeof(sp_pinfo) * (np + 1));
    for (uint32_t p = 0; p < np; p++) {
        sp_pinfo *pi = &pol->pinfo[p];
        pi->tree_pos = cl->pos[p];
        pi->tree_end = cl->end[p];
        int32_t q = (int32_t)p;
        while (cl->parent[q] >= 0)
            q = cl->parent[q];
        pi->root = (uint32_t)q;
    }
    for (uint32_t g = 0; g < ng; g++) {
        const uint64_t *bits = cl->group_in + (size_t)g * cl->words;
        for (uint32_t w = 0; w < cl->words; w++)
            for (uint64_t b = bits[w]; b; b &= b - 1)
                pol->pinfo[cl->at[w * 64 + (uint32_t)__builtin_ctzll(b)]].n_groups++;
    }
    uint32_t base = pool_mark(lw), total = 0;
    for (uint32_t p = 0; p < np; p++) {
        pol->pinfo[p].groups = base + total;
        total += pol->pinfo[p].n_groups;
    }
    sp_arena_reserve(lw->tmp, (void **)&lw->u32.v, &lw->u32.cap, (size_t)base + total,
                     sizeof(uint32_t));
    lw->u32.n = base + total;
    /* groups in order, so each list comes out sorted */
    uint32_t *fill = sp_arena_zalloc(lw->tmp, sizeof *fill * (np + 1));
    for (uint32_t g = 0; g < ng; g++) {
        const uint64_t *bits = cl->group_in + (size_t)g * cl->words;
        for (uint32_t w = 0; w < cl->words; w++)
            for (uint64_t b = bits[w]; b; b &= b - 1) {
                uint32_t p = cl->at[w * 64 + (uint32_t)__builtin_ctzll(b)];
                uint32_t bit = sp_graph_bloom(np + g);
                lw->u32.v[pol->pinfo[p].groups + fill[p]++] = np + g;
                pol->pinfo[p].group_bloom[bit >> 6] |= (uint64_t)1 << (bit & 63);
            }
    }
    pol->party_parent = sp_arena_alloc(&pol->arena, sizeof(int32_t) * (np + 1));
    memcpy(pol->party_parent, cl->parent, sizeof(int32_t) * np);
}

/* Party ids of a bitset over tree positions, sorted by id, into the pool. */
static uint32_t push_parties(lower *lw, const uint64_t *bits)
{
    uint32_t from = pool_mark(lw);
    for (uint32_t w = 0; w < lw->cl->words; w++)
        for (uint64_t b = bits[w]; b; b &= b - 1)
            pool_push(lw, lw->cl->at[w * 64 + (uint32_t)__builtin_ctzll(b)]);
    pool_sort_unique(lw, from);
    return from;
}

static void lower_groups(lower *lw)
{
    const sp_closure *cl = lw->cl;
    uint32_t ng = cl->n[SP_DECL_GROUP];
    lw->pol->member_off = sp_arena_alloc(&lw->pol->arena, sizeof(uint32_t) * (ng + 1));
    for (uint32_t g = 0; g < ng; g++)
        lw->pol->member_off[g] = push_parties(lw, cl->group_members + (size_t)g * cl->words);
    lw->pol->member_off[ng] = pool_mark(lw);
}

static uint32_t *lower_dag(lower *lw, uint32_t n, const uint64_t *anc, uint32_t words)
{
    uint32_t *off = sp_arena_alloc(&lw->pol->arena, sizeof(uint32_t) * (n + 1));
    for (uint32_t i = 0; i < n; i++) {
        off[i] = pool_mark(lw);
        const uint64_t *bits = anc + (size_t)i * words;
        for (uint32_t w = 0; w < words; w++)
            for (uint64_t b = bits[w]; b; b &= b - 1)
                pool_push(lw, w * 64 + (uint32_t)__builtin_ctzll(b));
    }
    off[n] = pool_mark(lw);
    return off;
}

/* ---- sets, consents, conditions ----------------------------------------- */

static uint32_t push_nodes(lower *lw, const sp_refs *refs, uint32_t *count)
{
    uint32_t from = pool_mark(lw);
    for (uint32_t i = 0; i < refs->n; i++)
        if (!refs->v[i].pref)
            pool_push(lw, node_of(lw, refs->v[i].sym));
    *count = pool_sort_unique(lw, from);
    return from;
}

/* The party references of a list, two words each (graph.h); @return how
 * many. */
static uint32_t push_refs(lower *lw, const sp_refs *refs)
{
    static const uint32_t base_of[] = { [SP_PREF_FROM] = SP_REF_FROM, [SP_PREF_TO] = SP_REF_TO,
                                        [SP_PREF_ORIGINATOR] = SP_REF_ORIGINATOR,
                                        [SP_PREF_PARTY] = SP_REF_PARTY };
    uint32_t n = 0;
    for (uint32_t i = 0; i < refs->n; i++) {
        const sp_pref *p = refs->v[i].pref;
        if (!p)
            continue;
        uint32_t w = base_of[p->base];
        if (p->organisation)
            w |= SP_REF_ORG;
        if (p->has_relation)
            w |= ((uint32_t)lw->cl->id[p->relation.sym] + 1) << SP_REF_REL_SHIFT;
        pool_push(lw, w);
        pool_push(lw, p->base == SP_PREF_PARTY ? (uint32_t)lw->cl->id[p->party.sym] : 0);
        n++;
    }
    return n;
}

static int32_t add_pset(lower *lw, const sp_set *s)
{
    sp_pset ps;
    memset(&ps, 0, sizeof ps);
    ps.star = s->star;
    ps.names = push_nodes(lw, &s->names, &ps.n_names);
    ps.excepts = push_nodes(lw, &s->excepts, &ps.n_excepts);
    if (s->relational) {
        ps.refs = pool_mark(lw);
        ps.n_refs = push_refs(lw, &s->names);
        ps.n_xrefs = push_refs(lw, &s->excepts);
    }
    sp_vec_push(lw->tmp, &lw->psets, ps);
    return (int32_t)lw->psets.n - 1;
}

static int32_t push_cnode(lower *lw, sp_cnode node)
{
    sp_vec_push(lw->tmp, &lw->cnodes, node);
    return (int32_t)lw->cnodes.n - 1;
}

/* Each kind of the syntax tree becomes the graph operator of the same name
 * in graph_ops.h. */
static const uint8_t cop_of[] = {
#define SP_CONSENT_OP(name, operands, spelling) [SP_CONSENT_##name] = SP_C_##name,
#include "graph_ops.h"
};
static const uint8_t wop_of[] = {
#define SP_COND_OP(name, operands, spelling) [SP_COND_##name] = SP_W_##name,
#include "graph_ops.h"
};

/* An operator's children, as a run of node indexes in the pool. */
static uint32_t push_kids(lower *lw, const uint32_t *kids, uint32_t n)
{
    uint32_t from = pool_mark(lw);
    for (uint32_t i = 0; i < n; i++)
        pool_push(lw, kids[i]);
    return from;
}

/* Recursion is bounded by the nesting limit of the parser. */
static int32_t add_consent(lower *lw, const sp_consent *c)
{
    sp_cnode node;
    memset(&node, 0, sizeof node);
    node.op = cop_of[c->kind];
    switch (c->kind) {
    case SP_CONSENT_ORIGINATOR:
        break;
    case SP_CONSENT_PARTY:
        node.a = (uint32_t)lw->cl->id[c->ref.sym];
        break;
    case SP_CONSENT_ALL:
    case SP_CONSENT_ANY:
    case SP_CONSENT_COUNT:
        sp_closure_consent_members(lw->cl, c, lw->scratch);
        node.a = push_parties(lw, lw->scratch);
        node.n = pool_mark(lw) - node.a;
        node.k = c->count;
        /* made sure by check.c (k >= 1) and check_closed.c (n >= 1, k <= n) */
        break;
    case SP_CONSENT_AND:
    case SP_CONSENT_OR: {
        SP_VEC(uint32_t) kids;
        memset(&kids, 0, sizeof kids);
        for (uint32_t i = 0; i < c->kids.n; i++)
            sp_vec_push(lw->tmp, &kids, (uint32_t)add_consent(lw, c->kids.v[i]));
        node.a = push_kids(lw, kids.v, kids.n);
        node.n = kids.n;
        break;
    }
    }
    return push_cnode(lw, node);
}

static uint32_t push_ids(lower *lw, const sp_refs *refs)
{
    uint32_t from = pool_mark(lw);
    for (uint32_t i = 0; i < refs->n; i++)
        pool_push(lw, (uint32_t)lw->cl->id[refs->v[i].sym]);
    pool_sort_unique(lw, from);
    return from;
}

static int32_t add_cond(lower *lw, const sp_cond *c)
{
    sp_wnode node;
    memset(&node, 0, sizeof node);
    node.op = wop_of[c->kind];
    switch (c->kind) {
    case SP_COND_OR:
    case SP_COND_AND:
    case SP_COND_NOT: {
        SP_VEC(uint32_t) kids;
        memset(&kids, 0, sizeof kids);
        for (uint32_t i = 0; i < c->kids.n; i++)
            sp_vec_push(lw->tmp, &kids, (uint32_t)add_cond(lw, c->kids.v[i]));
        /* `not not X` is X; a `not` always has its one child (the grammar) */
        if (c->kind == SP_COND_NOT && c->nots % 2 == 0)
            return (int32_t)kids.v[0]; /* NOLINT(clang-analyzer-core.NullDereference) */
        node.a = push_kids(lw, kids.v, kids.n);
        node.n = kids.n;
        break;
    }
    case SP_COND_ORIGINATOR_IN:
    case SP_COND_FROM_IN:
    case SP_COND_TO_IN:
        node.a = (uint32_t)add_pset(lw, &c->set);
        break;
    case SP_COND_OUTSIDE_SCOPE:
    case SP_COND_WITHIN_SCOPE:
    case SP_COND_ONWARD:
    case SP_COND_UNMARKED:
        break;
    case SP_COND_MARKED:
    case SP_COND_PURPOSE_IN:
        node.a = push_ids(lw, &c->names);
        node.n = pool_mark(lw) - node.a;
        break;
    case SP_COND_BEFORE:
    case SP_COND_SINCE:
        node.date = c->date;
        break;
    }
    sp_vec_push(lw->tmp, &lw->wnodes, node);
    return (int32_t)lw->wnodes.n - 1;
}

/* Each party's fact for each relation, as a set (none: -1). */
static void lower_facts(lower *lw)
{
    sharepol_policy *pol = lw->pol;
    size_t n = (size_t)pol->n_relations * pol->n_parties;
    if (n == 0)
        return; /* no relation (or no party): the table is never read */
    pol->facts = sp_arena_alloc(&pol->arena, sizeof(int32_t) * n);
    for (size_t i = 0; i < n; i++)
        pol->facts[i] = -1;
    for (uint32_t i = 0; i < lw->prog->facts.n; i++) {
        const sp_fact *f = &lw->prog->facts.v[i];
        size_t at = (size_t)lw->cl->id[f->relation.sym] * pol->n_parties +
                    (uint32_t)lw->cl->id[f->party.sym];
        pol->facts[at] = add_pset(lw, &f->set);
    }
}

/* ---- rules ---------------------------------------------------------------- */

/* The source text of a place on one line, whitespace runs folded. */
static const char *source_text(lower *lw, sp_loc loc)
{
    size_t len;
    const char *s = sp_diag_text(lw->diags, loc, &len);
    char *out = sp_arena_alloc(&lw->pol->arena, len + 1);
    size_t o = 0;
    bool space = false;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = o > 0;
            continue;
        }
        if (space)
            out[o++] = ' ';
        space = false;
        out[o++] = c;
    }
    out[o] = '\0';
    return out;
}

static void lower_rules(lower *lw)
{
    const sp_program *prog = lw->prog;
    sharepol_policy *pol = lw->pol;
    uint32_t n = prog->rules.n;
    pol->n_rules = n;
    pol->rules = sp_arena_zalloc(&pol->arena, sizeof *pol->rules * (n ? n : 1));
    pol->rule_info = sp_arena_zalloc(&pol->arena, sizeof *pol->rule_info * (n ? n : 1));
    pol->rule_text = sp_arena_zalloc(&pol->arena, sizeof *pol->rule_text * (n ? n : 1));
    /* one copy of each file's and agreement's name, shared by its rules */
    const char **file_name = sp_arena_zalloc(lw->tmp, sizeof(char *) * (lw->diags->sources.n + 1));
    uint32_t n_ag = prog->agreements.n;
    const char **ag_name = sp_arena_zalloc(lw->tmp, sizeof(char *) * (n_ag + 1));
    const char **ag_label = sp_arena_zalloc(lw->tmp, sizeof(char *) * (n_ag + 1));
    for (uint32_t i = 0; i < n; i++) {
        const sp_rule *r = prog->rules.v[i];
        sp_crule *cr = &pol->rules[i];
        cr->kind = (uint8_t)r->kind;
        cr->all_cats = !r->cats.given || r->cats.star;
        cr->cats = push_ids(lw, &r->cats.names);
        cr->n_cats = pool_mark(lw) - cr->cats;
        cr->from = r->has_from ? add_pset(lw, &r->from) : -1;
        cr->to = r->has_to ? add_pset(lw, &r->to) : -1;
        cr->consent = r->consent ? add_consent(lw, r->consent) : -1;
        cr->when = r->when ? add_cond(lw, r->when) : -1;
        cr->start = SP_DATE_NOSTART;
        cr->end = SP_DATE_NOEND;

        sharepol_rule_info *info = &pol->rule_info[i];
        const sp_source *src = lw->diags->sources.v[r->loc.file];
        unsigned line, col;
        sp_source_position(src, r->loc.start, &line, &col);
        info->kind = r->kind;
        if (!file_name[r->loc.file])
            file_name[r->loc.file] = keep(lw, src->name);
        info->file = file_name[r->loc.file];
        info->line = line;
        info->column = col;
        info->label = keep(lw, r->label);
        info->name = r->name ? keep(lw, r->name)
                             : sp_arena_printf(&pol->arena, "%s:%u", src->name, line);
        if (r->agreement >= 0) {
            const sp_agreement *ag = prog->agreements.v[r->agreement];
            const sp_decl *d = &prog->decls.v[ag->decl];
            if (!ag_name[r->agreement]) {
                ag_name[r->agreement] = keep(lw, d->name);
                ag_label[r->agreement] = keep(lw, d->label);
            }
            info->agreement = ag_name[r->agreement];
            info->agreement_label = ag_label[r->agreement];
            sp_term_period(ag, &cr->start, &cr->end);
        }
        sp_rule_text *t = &pol->rule_text[i];
        t->cats = r->cats.given ? source_text(lw, r->cats.loc) : "*";
        t->from = r->has_from ? source_text(lw, r->from.loc) : "*";
        t->to = r->has_to ? source_text(lw, r->to.loc) : "*";
        t->consent = r->consent ? source_text(lw, r->consent->loc) : NULL;
        t->when = r->when ? source_text(lw, r->when->loc) : NULL;
    }
}

/* ---- agreements ---------------------------------------------------------- */

static void lower_agreements(lower *lw)
{
    const sp_program *prog = lw->prog;
    sharepol_policy *pol = lw->pol;
    uint32_t n = prog->agreements.n;
    pol->agreements = sp_arena_zalloc(&pol->arena, sizeof *pol->agreements * (n ? n : 1));
    for (uint32_t i = 0; i < n; i++) {
        const sp_agreement *ag = prog->agreements.v[i];
        const sp_decl *d = &prog->decls.v[ag->decl];
        sharepol_agreement_info *info = &pol->agreements[i];
        const sp_source *src = lw->diags->sources.v[ag->loc.file];
        info->name = keep(lw, d->name);
        info->label = keep(lw, d->label);
        info->file = keep(lw, src->name);
        sp_source_position(src, ag->loc.start, &info->line, &info->column);
        int32_t start, end;
        sp_term_period(ag, &start, &end);
        info->first_day = start == SP_DATE_NOSTART ? SHAREPOL_DATE_NONE : start;
        info->last_day = end == SP_DATE_NOEND ? SHAREPOL_DATE_NONE : end - 1;
    }
}

/* ---- test blocks ----------------------------------------------------------- */

static const sharepol_id *party_ids(lower *lw, const sp_refs *refs)
{
    sharepol_id *ids = sp_arena_alloc(&lw->pol->arena, sizeof *ids * (refs->n ? refs->n : 1));
    for (uint32_t i = 0; i < refs->n; i++)
        ids[i] = lw->cl->id[refs->v[i].sym];
    return ids;
}

static sharepol_query lower_query(lower *lw, const sp_query_ast *q, const sp_test *t)
{
    const int32_t *id = lw->cl->id;
    sharepol_query out = SHAREPOL_QUERY_INIT;
    out.category = id[q->category.sym];
    out.from = id[q->from.sym];
    out.to = id[q->to.sym];
    if (q->has_originator)
        out.originator = id[q->originator.sym];
    if (q->has_purpose)
        out.purpose = id[q->purpose.sym];
    /* one marking in the single-marking fields, as in draft 1; several in
     * the list */
    const sp_markings_ast *ms = &q->markings;
    sharepol_marking *list = NULL;
    if (ms->n > 1) {
        list = sp_arena_alloc(&lw->pol->arena, sizeof *list * ms->n);
        out.markings = list;
        out.n_markings = ms->n;
    }
    for (uint32_t i = 0; i < ms->n; i++) {
        const sp_marking_ast *m = &ms->v[i];
        sharepol_marking one = SHAREPOL_MARKING_INIT;
        if (m->is_audience) {
            one.audience = party_ids(lw, &m->audience);
            one.n_audience = m->audience.n;
        } else {
            one.scope = id[m->scope.sym];
        }
        if (list) {
            list[i] = one;
        } else {
            out.scope = one.scope;
            out.audience = one.audience;
            out.n_audience = one.n_audience;
        }
    }
    if (q->has_consents) {
        out.consents = party_ids(lw, &q->consents);
        out.n_consents = q->consents.n;
    }
    out.date = q->has_at ? q->at : t->has_at ? t->at : SHAREPOL_DATE_TODAY;
    return out;
}

static void lower_tests(lower *lw)
{
    const sp_program *prog = lw->prog;
    sharepol_policy *pol = lw->pol;
    uint32_t n_expect = 0;
    for (uint32_t i = 0; i < prog->tests.n; i++)
        n_expect += prog->tests.v[i]->expects.n;
    pol->n_tests = prog->tests.n;
    pol->n_expectations = n_expect;
    pol->tests = sp_arena_zalloc(&pol->arena, sizeof *pol->tests * (pol->n_tests + 1));
    pol->expectations = sp_arena_zalloc(&pol->arena, sizeof *pol->expectations * (n_expect + 1));
    pol->expect_residual = sp_arena_alloc(&pol->arena, sizeof(int32_t) * (n_expect + 1));
    uint32_t k = 0;
    for (uint32_t i = 0; i < prog->tests.n; i++) {
        const sp_test *t = prog->tests.v[i];
        sharepol_test_info *info = &pol->tests[i];
        const sp_source *src = lw->diags->sources.v[t->loc.file];
        info->label = keep(lw, t->label);
        info->file = keep(lw, src->name);
        sp_source_position(src, t->loc.start, &info->line, &info->column);
        info->first = k;
        info->n_expectations = t->expects.n;
        for (uint32_t j = 0; j < t->expects.n; j++, k++) {
            const sp_expect *e = &t->expects.v[j];
            sharepol_expectation *x = &pol->expectations[k];
            x->text = source_text(lw, e->loc);
            x->file = info->file;
            sp_source_position(src, e->loc.start, &x->line, &x->column);
            x->expected = (int)e->outcome;
            x->expected_residual = e->residual ? source_text(lw, e->residual->loc) : NULL;
            x->query = lower_query(lw, &e->query, t);
            pol->expect_residual[k] = e->residual ? add_consent(lw, e->residual) : -1;
        }
    }
}

/* ---- entry ----------------------------------------------------------------- */

#define COPY_VEC(dst, vec)                                                      \
    do {                                                                        \
        (dst) = sp_arena_alloc(&pol->arena, sizeof *(vec).v * ((vec).n + 1));   \
        if ((vec).n)                                                            \
            memcpy((dst), (vec).v, sizeof *(vec).v * (vec).n);                  \
    } while (0)

void sp_lower(sharepol_policy *pol, const sp_program *prog, const sp_closure *cl,
              sp_arena *tmp)
{
    lower lw;
    memset(&lw, 0, sizeof lw);
    lw.prog = prog;
    lw.cl = cl;
    lw.pol = pol;
    lw.tmp = tmp;
    lw.diags = prog->diags;
    lw.scratch = sp_closure_bits(cl);

    lower_names(&lw);
    sp_lower_stix(pol, prog, cl);
    lower_in_lists(&lw);
    lower_groups(&lw);
    pol->cat_anc_off = lower_dag(&lw, pol->n_categories, cl->cat_anc, cl->cat_words);
    pol->purpose_anc_off = lower_dag(&lw, pol->n_purposes, cl->purpose_anc, cl->purpose_words);
    pol->scope_audience = sp_arena_alloc(&pol->arena, sizeof(int32_t) * (pol->n_scopes + 1));
    for (uint32_t s = 0; s < pol->n_scopes; s++) {
        const sp_decl *d = &prog->decls.v[cl->decl_of[SP_DECL_SCOPE][s]];
        pol->scope_audience[s] = d->has_set ? add_pset(&lw, &d->set) : -1;
    }
    lower_facts(&lw);
    lower_rules(&lw);
    sp_index_build(pol, prog, cl, tmp, lw.u32.v);
    lower_agreements(&lw);
    lower_tests(&lw);

    COPY_VEC(pol->u32, lw.u32);
    COPY_VEC(pol->psets, lw.psets);
    COPY_VEC(pol->cnodes, lw.cnodes);
    COPY_VEC(pol->wnodes, lw.wnodes);
}
