/* residual_relevant.c — which parties a residual needs at all, so that the
 * printed and the walkable residual can be irredundant (docs/language.md,
 * "Decisions").
 *
 * A residual is a monotone formula f over parties.  A party p is in one of
 * its minimal satisfying sets exactly when f depends on p:
 *  - if f depends on p, some set S without p has f(S) = 0 and
 *    f(S + p) = 1 (monotone: the difference can only go that way); a
 *    minimal satisfying subset M of S + p contains p, or M, inside S,
 *    would satisfy f;
 *  - if p is in a minimal satisfying set M, f(M) = 1 and f(M - p) = 0.
 * When f does not depend on p, f is f with p never consenting: residual.c
 * puts "false" for such a party and simplifies, so the residual stays
 * equivalent and its size (the smallest satisfying set) is unchanged.
 *
 * Whether f depends on p is hard in general, so:
 *  - a residual that names no party twice is read-once, and in a read-once
 *    monotone formula with no constant part every party matters (make the
 *    other parts of each `and` around it true, of each `or` false): one
 *    walk settles the common case;
 *  - otherwise f is built as a reduced ordered binary decision diagram over
 *    its parties (ordered as sp_residual_relevant_find says), where f
 *    depends on exactly the parties of the nodes reachable from the root.  `N of` a list is built
 *    directly (about N times the list's length nodes), `and` and `or` by
 *    the usual apply with a cache.
 * Limits (docs/language.md): SP_RELEVANT_MAX_PARTIES distinct parties,
 * SP_RELEVANT_MAX_NODES nodes and SP_RELEVANT_MAX_STEPS steps of apply
 * (the cache is lossy, so nodes alone would not bound the time); past any
 * of them the residual is not reduced. */
#include "residual_relevant.h"

#include <string.h>

#include "alloc.h"

typedef sharepol_consent_node rnode;

enum { TERM_FALSE = 0, TERM_TRUE = 1, FIRST_NODE = 2 };
enum { OP_AND, OP_OR };

#define FIRST_CAP 64u

typedef struct memo_entry {
    uint32_t a, b, r, op;   /* a < b in every entry stored: zeros match none */
} memo_entry;

typedef struct diagram {
    const sharepol_allocator *allocator;
    sp_relevant *rel;
    uint8_t *var;           /* the party (index in rel) a node tests */
    uint32_t *lo, *hi;      /* the node when that party does not / does consent */
    uint32_t n, cap;
    uint32_t *unique;       /* 2 * cap slots of node indices, 0: empty */
    memo_entry *memo;       /* cap entries, lossy */
    uint32_t steps;         /* apply steps left (SP_RELEVANT_MAX_STEPS) */
    bool over, oom;
} diagram;

static uint32_t mix(uint32_t a, uint32_t b, uint32_t c)
{
    uint32_t h = a * 0x9E3779B1u ^ (b + 0x7F4A7C15u) * 0x85EBCA77u ^ c * 0xC2B2AE3Du;
    return h ^ (h >> 15);
}

static void diagram_free(diagram *d)
{
    sp_free(d->var);
    sp_free(d->lo);
    sp_free(d->hi);
    sp_free(d->unique);
    sp_free(d->memo);
}

static void unique_insert(diagram *d, uint32_t node)
{
    uint32_t mask = 2 * d->cap - 1;
    uint32_t at = mix(d->var[node], d->lo[node], d->hi[node]) & mask;
    while (d->unique[at])
        at = (at + 1) & mask;
    d->unique[at] = node;
}

/* Room for cap nodes: the node arrays keep their contents, the unique
 * table is filled again, the memo starts empty. */
static bool diagram_grow(diagram *d, uint32_t cap)
{
    uint8_t *var = d->var ? sp_realloc(d->var, cap) : sp_alloc(d->allocator, cap);
    if (var)
        d->var = var;
    uint32_t *lo = d->lo ? sp_realloc(d->lo, cap * sizeof *lo)
                         : sp_alloc(d->allocator, cap * sizeof *lo);
    if (lo)
        d->lo = lo;
    uint32_t *hi = d->hi ? sp_realloc(d->hi, cap * sizeof *hi)
                         : sp_alloc(d->allocator, cap * sizeof *hi);
    if (hi)
        d->hi = hi;
    sp_free(d->unique);
    sp_free(d->memo);
    d->unique = sp_calloc(d->allocator, 2 * (size_t)cap * sizeof *d->unique);
    d->memo = sp_calloc(d->allocator, cap * sizeof *d->memo);
    if (!var || !lo || !hi || !d->unique || !d->memo) {
        d->oom = true;
        return false;
    }
    d->cap = cap;
    for (uint32_t i = FIRST_NODE; i < d->n; i++)
        unique_insert(d, i);
    return true;
}

/* The node testing party v with those two outcomes; 0 when a limit was
 * reached (d->over or d->oom then say so, and every caller unwinds). */
static uint32_t make(diagram *d, uint32_t v, uint32_t lo, uint32_t hi)
{
    if (lo == hi)
        return lo;
    uint32_t mask = 2 * d->cap - 1;
    for (uint32_t at = mix(v, lo, hi) & mask; d->unique[at]; at = (at + 1) & mask) {
        uint32_t k = d->unique[at];
        if (d->var[k] == v && d->lo[k] == lo && d->hi[k] == hi)
            return k;
    }
    if (d->n == d->cap) {
        if (d->cap >= SP_RELEVANT_MAX_NODES) {
            d->over = true;
            return TERM_FALSE;
        }
        if (!diagram_grow(d, 2 * d->cap))
            return TERM_FALSE;
    }
    uint32_t node = d->n++;
    d->var[node] = (uint8_t)v;
    d->lo[node] = lo;
    d->hi[node] = hi;
    unique_insert(d, node);
    return node;
}

/* a AND b, or a OR b.  Each level of recursion goes past one party, so it
 * is at most SP_RELEVANT_MAX_PARTIES deep. */
static uint32_t apply(diagram *d, uint32_t op, uint32_t a, uint32_t b)
{
    uint32_t absorbing = op == OP_AND ? TERM_FALSE : TERM_TRUE;
    if (a == absorbing || b == absorbing)
        return absorbing;
    if (a == (absorbing ^ 1) || a == b)
        return b;
    if (b == (absorbing ^ 1))
        return a;
    if (d->over || d->oom)
        return TERM_FALSE;
    if (d->steps == 0) {
        d->over = true;
        return TERM_FALSE;
    }
    d->steps--;
    if (a > b) {
        uint32_t t = a;
        a = b;
        b = t;
    }
    memo_entry *m = &d->memo[mix(op, a, b) & (d->cap - 1)];
    if (m->a == a && m->b == b && m->op == op)
        return m->r;
    uint32_t va = d->var[a], vb = d->var[b], v = va < vb ? va : vb;
    uint32_t a0 = va == v ? d->lo[a] : a, a1 = va == v ? d->hi[a] : a;
    uint32_t b0 = vb == v ? d->lo[b] : b, b1 = vb == v ? d->hi[b] : b;
    uint32_t r0 = apply(d, op, a0, b0);
    uint32_t r1 = apply(d, op, a1, b1);
    uint32_t r = make(d, v, r0, r1);
    if (d->over || d->oom)
        return TERM_FALSE;
    /* the memo may have been replaced by a growth meanwhile */
    d->memo[mix(op, a, b) & (d->cap - 1)] = (memo_entry){ a, b, r, op };
    return r;
}

static uint32_t party_index(const sp_relevant *rel, sharepol_id p)
{
    for (uint32_t i = 0; i < rel->n; i++)
        if (rel->party[i] == p)
            return i;
    return UINT32_MAX;
}

/* At least `need` of the parties in ids: a node per position and count
 * still needed, built from the last position back. */
static uint32_t at_least(diagram *d, unsigned need, const sharepol_id *ids, size_t n)
{
    uint8_t v[SP_RELEVANT_MAX_PARTIES] = { 0 };   /* the parties, sorted */
    if (n > SP_RELEVANT_MAX_PARTIES || need > n) {
        d->over = true;   /* not the simplified form: leave it alone */
        return TERM_FALSE;
    }
    for (size_t i = 0; i < n; i++) {
        uint8_t x = (uint8_t)party_index(d->rel, ids[i]);
        size_t j = i;
        for (; j > 0 && v[j - 1] > x; j--)
            v[j] = v[j - 1];
        v[j] = x;
    }
    for (size_t i = 1; i < n; i++)
        if (v[i] == v[i - 1]) {
            d->over = true;
            return TERM_FALSE;
        }
    uint32_t next[SP_RELEVANT_MAX_PARTIES + 1], row[SP_RELEVANT_MAX_PARTIES + 1];
    for (unsigned k = 0; k <= need; k++)
        next[k] = k == 0 ? TERM_TRUE : TERM_FALSE;
    for (size_t i = n; i-- > 0;) {
        row[0] = TERM_TRUE;
        for (unsigned k = 1; k <= need; k++)
            row[k] = make(d, v[i], next[k], next[k - 1]);
        memcpy(next, row, sizeof next[0] * (need + 1));
    }
    return next[need];
}

/* The diagram of a residual node.  Recursion is bounded by the parser's
 * nesting limit. */
static uint32_t build(diagram *d, const rnode *n)
{
    switch (n->kind) {
    case SHAREPOL_CONSENT_PARTY:
        return make(d, party_index(d->rel, n->party), TERM_FALSE, TERM_TRUE);
    case SHAREPOL_CONSENT_ANY:
        return at_least(d, 1, n->parties, n->n_parties);
    case SHAREPOL_CONSENT_COUNT:
        return at_least(d, n->count, n->parties, n->n_parties);
    case SHAREPOL_CONSENT_AND:
    case SHAREPOL_CONSENT_OR: {
        uint32_t op = n->kind == SHAREPOL_CONSENT_AND ? OP_AND : OP_OR;
        uint32_t r = op == OP_AND ? TERM_TRUE : TERM_FALSE;
        for (size_t i = 0; i < n->n_children && !d->over && !d->oom; i++)
            r = apply(d, op, r, build(d, n->children[i]));
        return r;
    }
    }
    d->over = true;
    return TERM_FALSE;
}

/* Collects the parties a residual names, noticing a party named twice. */
typedef struct noter {
    sp_relevant *rel;
    uint64_t filter;   /* bit p % 64 of each party noted: most new ones are told at once */
    bool repeat;
} noter;

/* Adds party p; false past the limit. */
static bool note_party(noter *t, sharepol_id p)
{
    uint64_t bit = (uint64_t)1 << (p & 63);
    if ((t->filter & bit) && party_index(t->rel, p) != UINT32_MAX) {
        t->repeat = true;
        return true;
    }
    if (t->rel->n == SP_RELEVANT_MAX_PARTIES)
        return false;
    t->filter |= bit;
    t->rel->party[t->rel->n++] = p;
    return true;
}

/* The parties of the residual's single-party leaves (lists false) or of
 * its `any of` and `N of` lists (lists true).  Recursion as build(). */
static bool note_parties(noter *t, const rnode *n, bool lists)
{
    if (n->kind == SHAREPOL_CONSENT_PARTY)
        return lists || note_party(t, n->party);
    for (size_t i = 0; i < n->n_parties && lists; i++)
        if (!note_party(t, n->parties[i]))
            return false;
    for (size_t i = 0; i < n->n_children; i++)
        if (!note_parties(t, n->children[i], lists))
            return false;
    return true;
}

int sp_residual_relevant_find(sp_relevant *out, const sharepol_consent_node *root,
                              const sharepol_allocator *allocator)
{
    out->n = 0;
    out->needed = 0;
    noter t = { out, 0, false };
    /* The order of the diagram's parties: the single-party leaves first, in
     * the order they are written, which keeps the parties of one `and`
     * together (`any of {A1, A2} and (A1 and B1 or A2 and B2)` is small
     * with A1 B1 A2 B2, exponential with A1 A2 B1 B2); a list's parties
     * come after, as an `N of` is small in any order. */
    if (!note_parties(&t, root, false) || !note_parties(&t, root, true))
        return SP_RELEVANT_OVER_LIMIT;
    if (!t.repeat) {
        out->needed = sp_relevant_every(out);
        return SP_RELEVANT_FOUND;
    }
    diagram d;
    memset(&d, 0, sizeof d);
    d.allocator = allocator;
    d.rel = out;
    d.n = FIRST_NODE;
    d.steps = SP_RELEVANT_MAX_STEPS;
    if (!diagram_grow(&d, FIRST_CAP)) {
        diagram_free(&d);
        return SHAREPOL_ENOMEM;
    }
    /* the terminals test no party: they sort after every party */
    d.var[TERM_FALSE] = d.var[TERM_TRUE] = SP_RELEVANT_MAX_PARTIES;
    d.lo[TERM_FALSE] = d.hi[TERM_FALSE] = TERM_FALSE;
    d.lo[TERM_TRUE] = d.hi[TERM_TRUE] = TERM_TRUE;
    uint32_t f = build(&d, root);
    int status = d.oom ? SHAREPOL_ENOMEM : d.over ? SP_RELEVANT_OVER_LIMIT : SP_RELEVANT_FOUND;
    if (status == SP_RELEVANT_FOUND) {
        /* Children are made before their parents, so one pass from the root
         * down the indices finds every node reachable from it; the
         * unique table is reused for the marks. */
        uint32_t *reached = d.unique;
        memset(reached, 0, 2 * (size_t)d.cap * sizeof *reached);
        reached[f] = 1;
        for (uint32_t i = f + 1; i-- > FIRST_NODE;) {
            if (!reached[i] || d.var[i] >= SP_RELEVANT_MAX_PARTIES)
                continue;   /* (only the terminals test no party) */
            out->needed |= (uint64_t)1 << d.var[i];
            reached[d.lo[i]] = reached[d.hi[i]] = 1;
        }
    }
    diagram_free(&d);
    return status;
}
