/* diff_consent.c — the sets of consents `sharepol diff` tries on one class
 * (docs/diff.md, "What differs means").
 *
 * The answers of a class depend on the consents only through the consent
 * expressions of the rules that apply, and each leaf of one (a party, the
 * originator, `all of`, `any of`, `N of` a list) reads its parties as a
 * multiset: trading two of them leaves it as it was.  So two parties that
 * stand in exactly the same leaves, as often in each, are interchangeable:
 * swapping them in a set of consents swaps them in each residual and leaves
 * every decision and deciding rule alone, and the answers of the two
 * versions differ for one set exactly when they differ for the other.  The
 * named parties fall into such types, and a set matters only by how many
 * of each type it holds; the search tries one set per count (each type's
 * first parties), which costs the product of (type size + 1) where every
 * set would cost 2^k.  A panel read by `2 of P` is one type however large
 * it is.
 *
 * Order: fewest parties first; among sets of one size, the one whose last
 * party (in the order of named) comes first, then likewise for the rest
 * (what counting a bit mask up over named gives).  Each type's first
 * parties make the set of its count that comes first in that order, so the
 * first set found is the first of all the sets that make a difference. */
#include "diff_consent.h"

#include <stdlib.h>
#include <string.h>

#include "graph.h"

#include "consent.h"

/* The leaves a place stands in (with repeats), as a run of dc->seen. */
typedef struct sp_diff_consent_run {
    uint64_t hash;
    uint32_t at, n, place;
} run;

static void *scratch(sp_diff_consent *dc, size_t n, size_t size)
{
    return sp_arena_zalloc(dc->work, (n ? n : 1) * size);
}

void sp_diff_consent_init(sp_diff_consent *dc, sp_arena *work, uint32_t n_universe)
{
    memset(dc, 0, sizeof *dc);
    dc->work = work;
    dc->place = scratch(dc, n_universe, sizeof *dc->place);
}

static void reserve(sp_diff_consent *dc, uint32_t n)
{
    if (n <= dc->cap)
        return;
    uint32_t cap = dc->cap ? dc->cap : 16;
    while (cap < n)
        cap *= 2;
    dc->type = scratch(dc, cap, sizeof *dc->type);
    dc->rank = scratch(dc, cap, sizeof *dc->rank);
    dc->size = scratch(dc, cap, sizeof *dc->size);
    dc->chosen = scratch(dc, cap, sizeof *dc->chosen);
    dc->avail = scratch(dc, cap, sizeof *dc->avail);
    dc->closed = scratch(dc, cap, sizeof *dc->closed);
    dc->runs = scratch(dc, cap, sizeof *dc->runs);
    dc->sorted = scratch(dc, cap, sizeof *dc->sorted);
    dc->cap = cap;
}

void sp_diff_consent_start(sp_diff_consent *dc, const uint32_t *named, uint32_t n_named)
{
    reserve(dc, n_named + 1);
    dc->named = named;
    dc->n_named = n_named;
    dc->seen.n = 0;
    dc->n_leaves = 0;
    for (uint32_t i = 0; i < n_named; i++)
        dc->place[named[i]] = i + 1;
}

/* Recursion is bounded by the parser's nesting limit. */
void sp_diff_consent_add(sp_diff_consent *dc, const sp_ctx *ctx, const uint32_t *party_u,
                         uint32_t node)
{
    const sharepol_policy *pol = ctx->pol;
    const sp_cnode *c = &pol->cnodes[node];
    if (c->op == SP_C_AND || c->op == SP_C_OR) {
        for (uint32_t i = 0; i < c->n; i++)
            sp_diff_consent_add(dc, ctx, party_u, pol->u32[c->a + i]);
        return;
    }
    uint32_t one[1], n, leaf = dc->n_leaves++;
    const uint32_t *v = sp_consent_leaf_parties(ctx, c, one, &n);
    for (uint32_t i = 0; i < n; i++) {
        uint32_t u = party_u[v[i]];
        if (u != UINT32_MAX && dc->place[u])
            sp_vec_push(dc->work, &dc->seen, ((uint64_t)(dc->place[u] - 1) << 32) | leaf);
    }
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

static int cmp_run(const void *a, const void *b)
{
    const run *x = a, *y = b;
    if (x->hash != y->hash)
        return x->hash < y->hash ? -1 : 1;
    return x->place < y->place ? -1 : x->place > y->place;
}

static bool same_leaves(const sp_diff_consent *dc, const run *x, const run *y)
{
    if (x->n != y->n)
        return false;
    for (uint32_t i = 0; i < x->n; i++)
        if ((uint32_t)dc->seen.v[x->at + i] != (uint32_t)dc->seen.v[y->at + i])
            return false;
    return true;
}

/* Fills type[], rank[] and size[]: types numbered by their first place. */
static void find_types(sp_diff_consent *dc)
{
    uint32_t k = dc->n_named;
    if (dc->seen.n)
        qsort(dc->seen.v, dc->seen.n, sizeof *dc->seen.v, cmp_u64);
    run *runs = dc->runs;
    for (uint32_t p = 0; p < k; p++)
        runs[p] = (run){ 0x9e3779b97f4a7c15u, 0, 0, p };
    for (uint32_t i = 0; i < dc->seen.n; i++) {
        run *r = &runs[dc->seen.v[i] >> 32];
        if (r->n == 0)
            r->at = i;
        r->n++;
        r->hash = (r->hash ^ (uint32_t)dc->seen.v[i]) * 0xff51afd7ed558ccdu;
    }
    run *sorted = dc->sorted;
    if (k) {
        memcpy(sorted, runs, k * sizeof *runs);
        qsort(sorted, k, sizeof *sorted, cmp_run);
    }
    /* a provisional type per place: the first place of its equal run */
    uint32_t *lead = dc->chosen;
    for (uint32_t i = 0; i < k;) {
        uint32_t j = i;
        while (j < k && sorted[j].hash == sorted[i].hash)
            j++;
        for (uint32_t a = i; a < j; a++)
            lead[sorted[a].place] = UINT32_MAX;
        for (uint32_t a = i; a < j; a++) {
            if (lead[sorted[a].place] != UINT32_MAX)
                continue;
            for (uint32_t b = a; b < j; b++)
                if (lead[sorted[b].place] == UINT32_MAX && same_leaves(dc, &sorted[a], &sorted[b]))
                    lead[sorted[b].place] = sorted[a].place;
        }
        i = j;
    }
    /* number the types in order of their first place */
    dc->n_types = 0;
    for (uint32_t p = 0; p < k; p++) {
        if (lead[p] == p) {
            dc->size[dc->n_types] = 0;
            dc->type[p] = dc->n_types++;
        } else {
            dc->type[p] = dc->type[lead[p]];
        }
        dc->rank[p] = dc->size[dc->type[p]]++;
    }
}

/* The set with avail[t] parties of each closed type t, in place order. */
static int try_set(sp_diff_consent *dc, sp_diff_consent_fn fn, void *arg)
{
    uint32_t n = 0;
    for (uint32_t p = 0; p < dc->n_named; p++) {
        uint32_t t = dc->type[p];
        if (dc->closed[t] && dc->rank[p] < dc->avail[t])
            dc->chosen[n++] = dc->named[p];
    }
    return fn(arg, dc->chosen, n);
}

/* The sets of `need` more parties, all placed before `top`, in order: the
 * last party of the set is p, taken with the parties of its type before it;
 * the rest come from other types, before p.  Recursion is one level per
 * type in the set. */
static int search(sp_diff_consent *dc, uint32_t top, uint32_t need, sp_diff_consent_fn fn,
                  void *arg)
{
    if (need == 0)
        return try_set(dc, fn, arg);
    uint32_t open_before = 0;   /* places before p of types still open */
    for (uint32_t p = 0; p < top; p++) {
        uint32_t t = dc->type[p];
        if (dc->closed[t])
            continue;
        uint32_t take = dc->rank[p] + 1;
        /* the others must still find need - take parties before p */
        if (take <= need && open_before - dc->rank[p] >= need - take) {
            dc->closed[t] = 1;
            dc->avail[t] = take;
            int r = search(dc, p, need - take, fn, arg);
            dc->closed[t] = 0;
            if (r)
                return r;
        }
        open_before++;
    }
    return 0;
}

int sp_diff_consent_search(sp_diff_consent *dc, sp_diff_consent_fn fn, void *arg)
{
    find_types(dc);
    for (uint32_t i = 0; i < dc->n_named; i++)
        dc->place[dc->named[i]] = 0;
    memset(dc->closed, 0, dc->n_types);
    uint64_t sets = 1;
    for (uint32_t t = 0; t < dc->n_types; t++) {
        sets *= (uint64_t)dc->size[t] + 1;
        if (sets > SP_DIFF_CONSENT_MAX_SETS)
            return SHAREPOL_ELIMIT;
    }
    int r = 0;
    for (uint32_t size = 0; size <= dc->n_named && !r; size++)
        r = search(dc, dc->n_named, size, fn, arg);
    return r;
}

/* ---- one expression following from others ------------------------------- */

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

/* Is p among the n sorted parties v? */
static bool among(const uint32_t *v, uint32_t n, uint32_t p)
{
    return n && bsearch(&p, v, n, sizeof *v, cmp_u32) != NULL;
}

/* A leaf as "at least need of the parties v". */
typedef struct at_least {
    const uint32_t *v;
    uint32_t n, need, one[1];
} at_least;

static void leaf_of(const sp_ctx *ctx, const sp_cnode *c, at_least *l)
{
    l->v = sp_consent_leaf_parties(ctx, c, l->one, &l->n);
    l->need = c->op == SP_C_ALL ? l->n : c->op == SP_C_COUNT ? c->k : 1;
}

/* Does leaf q (holding) make leaf a hold?  Of a's parties, those given
 * count, and q leaves at most |q.v \ a.v| of its own outside a. */
static bool leaf_implies(const sp_ctx *ctx, const at_least *q, const at_least *a)
{
    uint32_t given = 0, outside = 0;
    for (uint32_t i = 0; i < a->n; i++)
        given += sp_ctx_given(ctx, a->v[i]);
    for (uint32_t i = 0; i < q->n; i++)
        outside += !among(a->v, a->n, q->v[i]);
    return given >= a->need || (q->need > outside && q->need - outside >= a->need);
}

/* Does q (holding) make the leaf a hold?  Recursion as the parser's nesting
 * limit bounds it. */
static bool node_implies_leaf(const sp_ctx *ctx, uint32_t q, const at_least *a)
{
    const sharepol_policy *pol = ctx->pol;
    const sp_cnode *c = &pol->cnodes[q];
    if (c->op == SP_C_AND || c->op == SP_C_OR) {
        for (uint32_t i = 0; i < c->n; i++) {
            bool yes = node_implies_leaf(ctx, pol->u32[c->a + i], a);
            if (yes == (c->op == SP_C_AND))
                return yes;   /* one part of an and is enough; an or needs all */
        }
        return c->op == SP_C_OR && c->n > 0;
    }
    at_least l;
    leaf_of(ctx, c, &l);
    return leaf_implies(ctx, &l, a);
}

bool sp_diff_consent_implied(const sp_ctx *ctx, const uint32_t *nodes, uint32_t n,
                             uint32_t node)
{
    const sharepol_policy *pol = ctx->pol;
    const sp_cnode *c = &pol->cnodes[node];
    if (c->op == SP_C_AND || c->op == SP_C_OR) {
        for (uint32_t i = 0; i < c->n; i++) {
            bool yes = sp_diff_consent_implied(ctx, nodes, n, pol->u32[c->a + i]);
            if (yes == (c->op == SP_C_OR))
                return yes;
        }
        return c->op == SP_C_AND;
    }
    at_least a;
    leaf_of(ctx, c, &a);
    if (leaf_implies(ctx, &(at_least){ NULL, 0, 0, { 0 } }, &a))
        return true;   /* given already */
    for (uint32_t i = 0; i < n; i++)
        if (node_implies_leaf(ctx, nodes[i], &a))
            return true;
    return false;
}

/* ---- two residuals ------------------------------------------------------ */

static uint32_t place_of(const sp_diff_consent_names *names, uint32_t v, sharepol_id p)
{
    uint32_t u = names->party_u[v][p];
    return u != UINT32_MAX ? u : names->n_common + (v ? names->n_old : 0) + (uint32_t)p;
}

/* A residual's parties (a leaf's, or below), each once, into dc->list;
 * dc->place marks them meanwhile.  Recursion as the residual's depth. */
static void note_residual(sp_diff_consent *dc, const sp_diff_consent_names *names, uint32_t v,
                          const sharepol_consent_node *n)
{
    size_t np = n->kind == SHAREPOL_CONSENT_PARTY ? 1 : n->n_parties;
    for (size_t i = 0; i < np; i++) {
        uint32_t u = place_of(names, v, n->kind == SHAREPOL_CONSENT_PARTY ? n->party : n->parties[i]);
        if (!dc->place[u]) {
            dc->place[u] = 1;
            sp_vec_push(dc->work, &dc->list, u);
        }
    }
    for (size_t i = 0; i < n->n_children; i++)
        note_residual(dc, names, v, n->children[i]);
}

static void add_residual(sp_diff_consent *dc, const sp_diff_consent_names *names, uint32_t v,
                         const sharepol_consent_node *n)
{
    if (n->kind == SHAREPOL_CONSENT_AND || n->kind == SHAREPOL_CONSENT_OR) {
        for (size_t i = 0; i < n->n_children; i++)
            add_residual(dc, names, v, n->children[i]);
        return;
    }
    uint32_t leaf = dc->n_leaves++;
    size_t np = n->kind == SHAREPOL_CONSENT_PARTY ? 1 : n->n_parties;
    for (size_t i = 0; i < np; i++) {
        uint32_t u = place_of(names, v, n->kind == SHAREPOL_CONSENT_PARTY ? n->party : n->parties[i]);
        sp_vec_push(dc->work, &dc->seen, ((uint64_t)(dc->place[u] - 1) << 32) | leaf);
    }
}

/* Is the residual satisfied when the parties marked in dc->place consent? */
static bool residual_holds(const sp_diff_consent *dc, const sp_diff_consent_names *names,
                           uint32_t v, const sharepol_consent_node *n)
{
    switch (n->kind) {
    case SHAREPOL_CONSENT_PARTY:
        return dc->place[place_of(names, v, n->party)] != 0;
    case SHAREPOL_CONSENT_ANY:
    case SHAREPOL_CONSENT_COUNT: {
        unsigned need = n->kind == SHAREPOL_CONSENT_ANY ? 1 : n->count, got = 0;
        for (size_t i = 0; i < n->n_parties && got < need; i++)
            got += dc->place[place_of(names, v, n->parties[i])] != 0;
        return got >= need;
    }
    case SHAREPOL_CONSENT_AND:
        for (size_t i = 0; i < n->n_children; i++)
            if (!residual_holds(dc, names, v, n->children[i]))
                return false;
        return true;
    default:
        for (size_t i = 0; i < n->n_children; i++)
            if (residual_holds(dc, names, v, n->children[i]))
                return true;
        return false;
    }
}

typedef struct residual_pair {
    sp_diff_consent *dc;
    const sp_diff_consent_names *names;
    const sharepol_consent_node *root[2];
} residual_pair;

/* 1 when the two residuals tell the set apart. */
static int residuals_differ_at(void *arg, const uint32_t *consents, uint32_t n)
{
    residual_pair *rp = arg;
    for (uint32_t i = 0; i < n; i++)
        rp->dc->place[consents[i]] = 1;
    bool differ = residual_holds(rp->dc, rp->names, 0, rp->root[0]) !=
                  residual_holds(rp->dc, rp->names, 1, rp->root[1]);
    for (uint32_t i = 0; i < n; i++)
        rp->dc->place[consents[i]] = 0;
    return differ;
}

int sp_diff_consent_same_residual(sp_diff_consent *dc, const sp_diff_consent_names *names,
                                  const sharepol_consent_node *a, const sharepol_consent_node *b)
{
    dc->list.n = 0;
    note_residual(dc, names, 0, a);
    note_residual(dc, names, 1, b);
    for (uint32_t i = 0; i < dc->list.n; i++)
        dc->place[dc->list.v[i]] = 0;
    sp_diff_consent_start(dc, dc->list.v, dc->list.n);
    add_residual(dc, names, 0, a);
    add_residual(dc, names, 1, b);
    residual_pair rp = { dc, names, { a, b } };
    int r = sp_diff_consent_search(dc, residuals_differ_at, &rp);
    return r < 0 ? r : !r;
}
