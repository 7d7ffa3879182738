/* residual.c — simplifying a consent expression against the consents given,
 * and printing it in the consent syntax.
 *
 * Simplification: a satisfied part disappears; `all of G` becomes the
 * conjunction of its missing members; `N of G` with k given becomes
 * `N-k of {missing}` (a conjunction when every missing one is needed); an
 * `and` or `or` inside one of its own kind is flattened, and repeats of one
 * party are dropped.  Then the result is made irredundant
 * (docs/language.md, "Decisions"): a party that is in none of its minimal
 * satisfying sets (residual_relevant.c) is taken as never consenting, and
 * what that leaves unsatisfiable disappears: `A or A and C or D` becomes
 * `A or D`.
 * Every alternative that is still needed is kept, and a residual that
 * was irredundant already comes out as it was built. */
#include "residual.h"

#include <setjmp.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "consent.h"
#include "eval.h"
#include "residual_relevant.h"

typedef sharepol_consent_node rnode;

struct sharepol_residual {
    sharepol_allocator allocator;
    sp_arena arena;
    const rnode *root;
    char *text;
};

typedef struct builder {
    const sp_ctx *ctx;
    sp_arena *arena;
    uint32_t *stamp; /* per party: the join that last kept it (see join) */
    uint32_t epoch;
} builder;

static rnode *leaf(builder *b, uint32_t party)
{
    rnode *n = sp_arena_zalloc(b->arena, sizeof *n);
    n->kind = SHAREPOL_CONSENT_PARTY;
    n->party = (sharepol_id)party;
    return n;
}

/* A node over the parties in ids not yet given. */
static rnode *over_missing(builder *b, int kind, unsigned count, const uint32_t *ids,
                           uint32_t n)
{
    sharepol_id *missing = sp_arena_alloc(b->arena, sizeof *missing * (n ? n : 1));
    uint32_t m = 0;
    for (uint32_t i = 0; i < n; i++)
        if (!sp_ctx_given(b->ctx, ids[i]))
            missing[m++] = (sharepol_id)ids[i];
    if (m == 0)
        return NULL;
    if (m == 1)
        return leaf(b, (uint32_t)missing[0]);
    if (kind == SHAREPOL_CONSENT_AND) {
        const rnode **kids = sp_arena_alloc(b->arena, sizeof *kids * m);
        for (uint32_t i = 0; i < m; i++)
            kids[i] = leaf(b, (uint32_t)missing[i]);
        rnode *node = sp_arena_zalloc(b->arena, sizeof *node);
        node->kind = SHAREPOL_CONSENT_AND;
        node->children = kids;
        node->n_children = m;
        return node;
    }
    rnode *node = sp_arena_zalloc(b->arena, sizeof *node);
    node->kind = kind;
    node->count = count;
    node->parties = missing;
    node->n_parties = m;
    return node;
}

static bool same_leaf(const rnode *a, const rnode *b)
{
    return a->kind == SHAREPOL_CONSENT_PARTY && b->kind == SHAREPOL_CONSENT_PARTY &&
           a->party == b->party;
}

/* Joins simplified children under AND or OR.  Recursion is bounded by the
 * parser's nesting limit.  Repeated parties are found by comparing with
 * what is kept while that is short; a long join (`all of` a group of a
 * hundred thousand) marks the parties it keeps instead, so that it stays
 * linear. */
#define SHORT_JOIN 32

static rnode *join(builder *b, int kind, const rnode *const *kids, uint32_t n)
{
    SP_VEC(const rnode *) out;
    memset(&out, 0, sizeof out);
    size_t total = 0;
    for (uint32_t i = 0; i < n; i++)
        total += kids[i]->kind == kind ? kids[i]->n_children : 1;
    bool marking = total > SHORT_JOIN;
    if (marking) {
        if (!b->stamp)
            b->stamp = sp_arena_zalloc(b->arena,
                                       sizeof *b->stamp * ((size_t)b->ctx->pol->n_parties + 1));
        b->epoch++;
    }
    for (uint32_t i = 0; i < n; i++) {
        const rnode *k = kids[i];
        const rnode *const *parts = &k;
        size_t n_parts = 1;
        if (k->kind == kind) {
            parts = k->children;
            n_parts = k->n_children;
        }
        for (size_t j = 0; j < n_parts; j++) {
            bool repeat = false;
            if (marking && parts[j]->kind == SHAREPOL_CONSENT_PARTY) {
                uint32_t party = (uint32_t)parts[j]->party;
                repeat = b->stamp[party] == b->epoch;
                b->stamp[party] = b->epoch;
            } else if (!marking) {
                for (uint32_t x = 0; x < out.n && !repeat; x++)
                    repeat = same_leaf(out.v[x], parts[j]);
            }
            if (!repeat)
                sp_vec_push(b->arena, &out, parts[j]);
        }
    }
    if (out.n == 1)
        return (rnode *)out.v[0];
    rnode *node = sp_arena_zalloc(b->arena, sizeof *node);
    node->kind = kind;
    node->children = out.v;
    node->n_children = out.n;
    return node;
}

/* NULL: satisfied. */
static rnode *simplify(builder *b, uint32_t index)
{
    const sp_ctx *ctx = b->ctx;
    const sharepol_policy *pol = ctx->pol;
    const sp_cnode *c = &pol->cnodes[index];
    const uint32_t *v = pol->u32 + c->a;
    if (sp_consent_sat(ctx, index))
        return NULL;
    switch ((sp_cop)c->op) {
    case SP_C_ORIGINATOR:
        return leaf(b, ctx->originator);
    case SP_C_PARTY:
        return leaf(b, c->a);
    case SP_C_ALL:
        return over_missing(b, SHAREPOL_CONSENT_AND, 0, v, c->n);
    case SP_C_ANY:
        return over_missing(b, SHAREPOL_CONSENT_ANY, 1, v, c->n);
    case SP_C_COUNT: {
        uint32_t given = 0, missing = 0;
        for (uint32_t i = 0; i < c->n; i++) {
            if (sp_ctx_given(ctx, v[i]))
                given++;
            else
                missing++;
        }
        unsigned need = c->k - given;
        return over_missing(b, need == missing ? SHAREPOL_CONSENT_AND : SHAREPOL_CONSENT_COUNT,
                            need, v, c->n);
    }
    case SP_C_AND:
    case SP_C_OR: {
        const rnode **kids = sp_arena_alloc(b->arena, sizeof *kids * (c->n ? c->n : 1));
        uint32_t n = 0;
        for (uint32_t i = 0; i < c->n; i++) {
            rnode *k = simplify(b, v[i]);
            if (k)
                kids[n++] = k;
        }
        return join(b, c->op == SP_C_AND ? SHAREPOL_CONSENT_AND : SHAREPOL_CONSENT_OR, kids, n);
    }
    }
    return NULL;
}

/* node without the parties rel does not need; NULL when nothing is left
 * that can be satisfied.  A part that loses nothing is kept as it is.
 * Recursion as simplify(). */
static const rnode *without_unneeded(builder *b, const sp_relevant *rel, const rnode *node)
{
    switch (node->kind) {
    case SHAREPOL_CONSENT_PARTY:
        for (uint32_t i = 0; i < rel->n; i++)
            if (rel->party[i] == node->party)
                return (rel->needed >> i) & 1 ? node : NULL;
        return node;
    case SHAREPOL_CONSENT_ANY:
    case SHAREPOL_CONSENT_COUNT: {
        uint32_t *kept = sp_arena_alloc(b->arena, sizeof *kept * node->n_parties);
        uint32_t n = 0;
        for (size_t i = 0; i < node->n_parties; i++)
            for (uint32_t k = 0; k < rel->n; k++)
                if (rel->party[k] == node->parties[i] && ((rel->needed >> k) & 1))
                    kept[n++] = (uint32_t)node->parties[i];
        if (n == node->n_parties)
            return node;
        unsigned need = node->kind == SHAREPOL_CONSENT_ANY ? 1 : node->count;
        if (n < need)
            return NULL;
        /* (no party in the list was given: over_missing keeps them all) */
        return over_missing(b, need == n ? SHAREPOL_CONSENT_AND : node->kind, need, kept, n);
    }
    case SHAREPOL_CONSENT_AND:
    case SHAREPOL_CONSENT_OR: {
        bool is_and = node->kind == SHAREPOL_CONSENT_AND, changed = false;
        const rnode **kids = sp_arena_alloc(b->arena, sizeof *kids * node->n_children);
        uint32_t n = 0;
        for (size_t i = 0; i < node->n_children; i++) {
            const rnode *k = without_unneeded(b, rel, node->children[i]);
            changed = changed || k != node->children[i];
            if (k)
                kids[n++] = k;
            else if (is_and)
                return NULL;
        }
        if (!changed)
            return node;
        return n == 0 ? NULL : join(b, node->kind, kids, n);
    }
    }
    return node;
}

/* The irredundant form of root, or root itself past the limits of
 * residual_relevant.h.  Scratch memory that runs out jumps to the arena's
 * handler, as every allocation of the residual does. */
static const rnode *irredundant(builder *b, const rnode *root, const sharepol_allocator *a)
{
    /* The most common residuals name no party twice on sight: one party,
     * one list, or one `and` or `or` of parties (join wrote each once). */
    bool plain = true;
    if (root->kind == SHAREPOL_CONSENT_AND || root->kind == SHAREPOL_CONSENT_OR)
        for (size_t i = 0; i < root->n_children && plain; i++)
            plain = root->children[i]->kind == SHAREPOL_CONSENT_PARTY;
    if (plain)
        return root;
    sp_relevant rel;
    int st = sp_residual_relevant_find(&rel, root, a);
    if (st == SHAREPOL_ENOMEM)
        sp_arena_fail(b->arena);
    if (st != SP_RELEVANT_FOUND)
        return root;
    if (rel.needed == sp_relevant_every(&rel))
        return root;
    const rnode *reduced = without_unneeded(b, &rel, root);
    /* A residual is never constant, so something is always needed. */
    return reduced ? reduced : root;
}

static void print_list(sp_buf *out, const sharepol_policy *pol, const sharepol_id *ids,
                       size_t n)
{
    sp_buf_putc(out, '{');
    for (size_t i = 0; i < n; i++) {
        if (i)
            sp_buf_puts(out, ", ");
        sp_buf_puts(out, pol->parties[ids[i]].name);
    }
    sp_buf_putc(out, '}');
}

static void print(sp_buf *out, const sharepol_policy *pol, const rnode *n, bool in_and)
{
    switch (n->kind) {
    case SHAREPOL_CONSENT_PARTY:
        sp_buf_puts(out, pol->parties[n->party].name);
        break;
    case SHAREPOL_CONSENT_ANY:
        sp_buf_puts(out, "any of ");
        print_list(out, pol, n->parties, n->n_parties);
        break;
    case SHAREPOL_CONSENT_COUNT:
        sp_buf_printf(out, "%u of ", n->count);
        print_list(out, pol, n->parties, n->n_parties);
        break;
    case SHAREPOL_CONSENT_AND:
    case SHAREPOL_CONSENT_OR: {
        bool paren = in_and && n->kind == SHAREPOL_CONSENT_OR;
        if (paren)
            sp_buf_putc(out, '(');
        for (size_t i = 0; i < n->n_children; i++) {
            if (i)
                sp_buf_puts(out, n->kind == SHAREPOL_CONSENT_AND ? " and " : " or ");
            print(out, pol, n->children[i], n->kind == SHAREPOL_CONSENT_AND);
        }
        if (paren)
            sp_buf_putc(out, ')');
        break;
    }
    }
}

int sp_residual_build(sharepol_residual **out, const sp_ctx *ctx, int32_t own,
                      const uint32_t *reqs, uint32_t n_reqs,
                      const sharepol_allocator *allocator)
{
    *out = NULL;
    sharepol_residual *res = sp_calloc(allocator, sizeof *res);
    if (!res)
        return SHAREPOL_ENOMEM;
    if (allocator)
        res->allocator = *allocator;
    sp_arena_init(&res->arena, &res->allocator);
    jmp_buf oom;
    res->arena.on_oom = &oom;
    if (setjmp(oom)) {
        sharepol_residual_free(res);
        return SHAREPOL_ENOMEM;
    }
    builder b = { ctx, &res->arena, NULL, 0 };
    const rnode **parts = sp_arena_alloc(&res->arena, sizeof *parts * (n_reqs + 1));
    uint32_t n = 0;
    /* The allow rule's own consent first, then each require in source order. */
    for (uint32_t i = 0; i <= n_reqs; i++) {
        int32_t node = i == 0 ? own : ctx->pol->rules[reqs[i - 1]].consent;
        rnode *part = node >= 0 ? simplify(&b, (uint32_t)node) : NULL;
        if (part)
            parts[n++] = part;
    }
    if (n == 0) {
        sharepol_residual_free(res);
        return SHAREPOL_EINVAL;
    }
    res->root = irredundant(&b, join(&b, SHAREPOL_CONSENT_AND, parts, n), &res->allocator);
    sp_buf text;
    sp_buf_init(&text, &res->allocator);
    print(&text, ctx->pol, res->root, false);
    if (text.failed) {
        sp_buf_free(&text);
        sharepol_residual_free(res);
        return SHAREPOL_ENOMEM;
    }
    res->text = sp_arena_strdup(&res->arena, text.data ? text.data : "");
    sp_buf_free(&text);
    res->arena.on_oom = NULL;
    *out = res;
    return SHAREPOL_OK;
}

int sharepol_residual_new(sharepol_residual **out, const sharepol_policy *policy,
                          const sharepol_query *query, const sharepol_result *result)
{
    if (!out)
        return SHAREPOL_EINVAL;
    *out = NULL;
    if (!policy || !query || !result || result->decision != SHAREPOL_NEEDS_CONSENT)
        return SHAREPOL_EINVAL;
    sp_ctx ctx;
    int st = sp_eval_prepare(&ctx, policy, query);
    if (st != SHAREPOL_OK)
        return st;
    sp_decision d;
    st = sp_eval_decide(&ctx, &d);
    if (st != SHAREPOL_OK)
        return st;
    if (d.decision != SHAREPOL_NEEDS_CONSENT || d.rule != result->rule_index)
        return SHAREPOL_EINVAL;
    return sp_residual_build(out, &ctx, policy->rules[d.rule].consent, d.requires,
                             d.n_requires, &policy->allocator);
}

const sharepol_consent_node *sharepol_residual_root(const sharepol_residual *r)
{
    return r ? r->root : NULL;
}

const char *sharepol_residual_text(const sharepol_residual *r)
{
    return r ? r->text : NULL;
}

void sharepol_residual_free(sharepol_residual *r)
{
    if (!r)
        return;
    sp_arena_free(&r->arena);
    sp_free(r);
}
