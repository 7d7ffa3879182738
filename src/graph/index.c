/* index.c — the rule index: under which keys each rule is filed, so that
 * a decision reads a few short runs of rules and never the whole rule list
 * (graph.h; docs/design.md). */
#include "index.h"

#include <string.h>

typedef struct indexer {
    const sp_program *prog;
    const sp_closure *cl;
    sharepol_policy *pol;
    sp_arena *tmp;
    const uint32_t *pool; /* the u32 pool being built: the rules' categories */
} indexer;

static uint32_t node_of(const indexer *ix, int32_t decl)
{
    const sp_decl *d = &ix->prog->decls.v[decl];
    uint32_t id = (uint32_t)ix->cl->id[decl];
    return d->kind == SP_DECL_PARTY ? id : ix->cl->n[SP_DECL_PARTY] + id;
}

/* A side that would need more keys than this is not indexed; a rule whose
 * sides both would goes under the "any" key. */
#define MAX_SIDE_KEYS 256

typedef struct entry {
    uint32_t key, cat, rule, filter;
} entry;

/* The filter of a rule's side (SP_FILTER_*): a set of one name, or every
 * party but one name's. */
static uint32_t side_filter(const indexer *ix, bool given, const sp_set *set)
{
    const sp_refs *one = NULL;
    uint32_t filter = 0;
    if (given && set->relational)
        return SP_FILTER_CHECK; /* read at decision time */
    if (!given || (set->star && set->excepts.n == 0))
        return SP_FILTER_ALL;
    if (!set->star && set->names.n == 1 && set->excepts.n == 0)
        one = &set->names;
    else if (set->star && set->excepts.n == 1)
        one = &set->excepts, filter = SP_FILTER_NOT;
    if (!one || one->v[0].sym < 0)
        return SP_FILTER_CHECK;
    uint32_t node = node_of(ix, one->v[0].sym);
    if (node > SP_FILTER_NODE)
        return SP_FILTER_CHECK;
    if (node < ix->cl->n[SP_DECL_PARTY] && ix->cl->parent[node] < 0)
        filter |= SP_FILTER_ORG;
    return filter | node;
}

/* The first set bit at or after position i, or words * 64. */
static uint32_t next_bit(const uint64_t *bits, uint32_t words, uint32_t i)
{
    uint32_t w = i >> 6;
    if (w >= words)
        return words * 64;
    uint64_t b = bits[w] & (~(uint64_t)0 << (i & 63));
    while (!b) {
        if (++w == words)
            return words * 64;
        b = bits[w];
    }
    return w * 64 + (uint32_t)__builtin_ctzll(b);
}

/* Are all positions [from, to) set? */
static bool all_set(const uint64_t *bits, uint32_t from, uint32_t to)
{
    for (uint32_t i = from; i < to;) {
        uint64_t word = bits[i >> 6] >> (i & 63);
        uint32_t n = 64 - (i & 63) < to - i ? 64 - (i & 63) : to - i;
        uint64_t want = n == 64 ? ~(uint64_t)0 : ((uint64_t)1 << n) - 1;
        if ((word & want) != want)
            return false;
        i += n;
    }
    return true;
}

/* The keys of a side whose parties are `bits`: an organisation's key when
 * the side holds its whole tree, else each party's own.  Writes at most
 * MAX_SIDE_KEYS; @return how many keys it needs (more: too many). */
static uint32_t side_keys(const indexer *ix, const uint64_t *bits, uint32_t party_key,
                          uint32_t org_key, uint32_t *out)
{
    const sp_closure *cl = ix->cl;
    uint32_t np = cl->n[SP_DECL_PARTY], n = 0;
    for (uint32_t i = next_bit(bits, cl->words, 0); i < np && n <= MAX_SIDE_KEYS;) {
        uint32_t p = cl->at[i];
        bool whole = cl->parent[p] < 0 && all_set(bits, i, cl->end[p]);
        if (n < MAX_SIDE_KEYS)
            out[n] = whole ? org_key + p : party_key + p;
        n++;
        i = next_bit(bits, cl->words, whole ? cl->end[p] : i + 1);
    }
    return n;
}

/* The parties of a rule's side (every party when it has none). */
static void side_bits(indexer *ix, bool given, const sp_set *set, uint64_t *bits)
{
    static const sp_set every = { .star = true };
    sp_closure_set(ix->cl, given ? set : &every, bits);
}

/* Keys of sides that many rules share, worked out once: each group's, and
 * every party's (a side not given).  Relative keys: a party's own is p, an
 * organisation's is n_parties + its root. */
typedef struct key_cache {
    uint32_t *off;     /* n_groups + 2: group g, then "every party" */
    uint32_t *keys;
} key_cache;

static key_cache cache_keys(indexer *ix, uint64_t *bits)
{
    const sp_closure *cl = ix->cl;
    uint32_t np = cl->n[SP_DECL_PARTY], ng = cl->n[SP_DECL_GROUP];
    key_cache kc;
    kc.off = sp_arena_alloc(ix->tmp, sizeof(uint32_t) * (ng + 2));
    uint32_t *one = sp_arena_alloc(ix->tmp, sizeof(uint32_t) * (MAX_SIDE_KEYS + 1));
    SP_VEC(uint32_t) all;
    memset(&all, 0, sizeof all);
    for (uint32_t g = 0; g <= ng; g++) {
        kc.off[g] = all.n;
        if (g < ng)
            memcpy(bits, cl->group_in + (size_t)g * cl->words, sizeof(uint64_t) * cl->words);
        else
            side_bits(ix, false, NULL, bits);
        uint32_t n = side_keys(ix, bits, 0, np, one);
        if (n > MAX_SIDE_KEYS) {
            /* too many: remembered as one key past every real one */
            sp_vec_push(ix->tmp, &all, UINT32_MAX);
            continue;
        }
        for (uint32_t i = 0; i < n; i++)
            sp_vec_push(ix->tmp, &all, one[i]);
    }
    kc.off[ng + 1] = all.n;
    kc.keys = all.v;
    return kc;
}

/* The keys of a side, based at `base` (its party keys; its organisation
 * keys follow n_parties later).  Writes at most MAX_SIDE_KEYS; @return how
 * many it needs (more: too many). */
static uint32_t keys_of_side(indexer *ix, const key_cache *kc, bool given, const sp_set *set,
                             uint32_t base, uint64_t *bits, uint32_t *out)
{
    const sp_closure *cl = ix->cl;
    uint32_t np = cl->n[SP_DECL_PARTY], n = 0;
    const uint32_t *cached = NULL, *end = NULL;
    if (given && set->relational)
        return MAX_SIDE_KEYS + 1; /* its parties depend on the query: filed
                                     by the other side, or under "any" */
    if (!given) {
        cached = kc->keys + kc->off[cl->n[SP_DECL_GROUP]];
        end = kc->keys + kc->off[cl->n[SP_DECL_GROUP] + 1];
    } else if (!set->star && set->names.n == 1 && set->excepts.n == 0 &&
               set->names.v[0].sym >= 0) {
        int32_t decl = set->names.v[0].sym;
        uint32_t id = (uint32_t)cl->id[decl];
        if (ix->prog->decls.v[decl].kind == SP_DECL_GROUP) {
            cached = kc->keys + kc->off[id];
            end = kc->keys + kc->off[id + 1];
        } else if (cl->parent[id] < 0) {
            out[0] = base + np + id; /* an organisation, whole */
            return 1;
        } else {
            /* a unit: each party of its subtree */
            for (uint32_t i = cl->pos[id]; i < cl->end[id]; i++, n++)
                if (n < MAX_SIDE_KEYS)
                    out[n] = base + cl->at[i];
            return n;
        }
    }
    if (cached) {
        if (end - cached == 1 && *cached == UINT32_MAX)
            return MAX_SIDE_KEYS + 1;
        for (; cached < end; cached++)
            out[n++] = base + *cached;
        return n;
    }
    sp_closure_set(cl, set, bits);
    return side_keys(ix, bits, base, base + np, out);
}

/* Sorts entries by key, then category, then rule: two stable counting
 * sorts over entries that come in rule order. */
static entry *sort_entries(indexer *ix, entry *v, uint32_t n, uint32_t n_keys, uint32_t n_cats)
{
    entry *tmp = sp_arena_alloc(ix->tmp, sizeof *tmp * (n + 1));
    uint32_t range = (n_keys > n_cats ? n_keys : n_cats) + 1;
    uint32_t *at = sp_arena_alloc(ix->tmp, sizeof *at * (range + 1));
    for (int pass = 0; pass < 2; pass++) {
        entry *from = pass == 0 ? v : tmp, *to = pass == 0 ? tmp : v;
        memset(at, 0, sizeof *at * (range + 1));
        for (uint32_t e = 0; e < n; e++)
            at[(pass == 0 ? from[e].cat : from[e].key) + 1]++;
        for (uint32_t k = 0; k < range; k++)
            at[k + 1] += at[k];
        for (uint32_t e = 0; e < n; e++)
            to[at[pass == 0 ? from[e].cat : from[e].key]++] = from[e];
    }
    return v;
}

/* Keys while building: party p's key `which` (SP_KEY_*) is which * np + p,
 * and "any" is SP_N_PARTY_KEYS * np. */
#define KEY(which, p) ((which) * np + (p))

void sp_index_build(sharepol_policy *pol, const sp_program *prog, const sp_closure *cl,
                    sp_arena *tmp, const uint32_t *pool)
{
    indexer ix = { prog, cl, pol, tmp, pool };
    uint32_t np = pol->n_parties, any_cat = pol->n_categories;
    uint32_t n_keys = SP_N_PARTY_KEYS * np + 1;

    SP_VEC(entry) entries;
    memset(&entries, 0, sizeof entries);
    uint64_t *bits = sp_closure_bits(cl);
    uint32_t *from_keys = sp_arena_alloc(tmp, sizeof(uint32_t) * MAX_SIDE_KEYS);
    uint32_t *to_keys = sp_arena_alloc(tmp, sizeof(uint32_t) * MAX_SIDE_KEYS);
    key_cache kc = cache_keys(&ix, bits);
    for (uint32_t i = 0; i < prog->rules.n; i++) {
        const sp_rule *r = prog->rules.v[i];
        const sp_crule *cr = &pol->rules[i];
        uint32_t n_from = keys_of_side(&ix, &kc, r->has_from, &r->from,
                                       KEY(SP_KEY_FROM_PARTY, 0), bits, from_keys);
        uint32_t n_to = keys_of_side(&ix, &kc, r->has_to, &r->to, KEY(SP_KEY_TO_PARTY, 0), bits,
                                     to_keys);
        /* the side with fewer keys, filtered by the other; "any" when both
         * have too many, filtered by the sender's */
        const uint32_t *keys = n_from <= n_to ? from_keys : to_keys;
        uint32_t n = n_from <= n_to ? n_from : n_to;
        uint32_t filter = n_from <= n_to ? side_filter(&ix, r->has_to, &r->to)
                                         : side_filter(&ix, r->has_from, &r->from);
        const uint32_t any[1] = { KEY(SP_N_PARTY_KEYS, 0) };
        if (n > MAX_SIDE_KEYS) {
            keys = any;
            n = 1;
            filter = side_filter(&ix, r->has_from, &r->from);
        }
        uint32_t n_cats = cr->all_cats ? 1 : cr->n_cats;
        for (uint32_t k = 0; k < n; k++)
            for (uint32_t c = 0; c < n_cats; c++) {
                entry e = { keys[k], cr->all_cats ? any_cat : pool[cr->cats + c], i,
                            filter };
                sp_vec_push(tmp, &entries, e);
            }
    }
    entry *v = sort_entries(&ix, entries.v, entries.n, n_keys, any_cat + 1);

    /* Per key, in one block: a hash table of its categories (load at most
     * 3/4), then each category's run.  A key's table and runs are read
     * together, so they sit together. */
    uint32_t *key_at = sp_arena_alloc(tmp, sizeof(uint32_t) * (n_keys + 1));
    uint8_t *key_bits = sp_arena_zalloc(tmp, n_keys + 1);
    size_t n_index = 0;
    for (uint32_t e = 0, key = 0; key < n_keys; key++) {
        key_at[key] = (uint32_t)n_index;
        uint32_t cats = 0, first = e;
        for (; e < entries.n && v[e].key == key; e++)
            if (e == first || v[e - 1].cat != v[e].cat)
                cats++;
        if (cats == 0)
            continue;
        uint32_t size = 2;
        key_bits[key] = 2;
        while (size * 3 < cats * 4) {
            size *= 2;
            key_bits[key]++;
        }
        /* the slots, a length per run, a pair per entry */
        n_index += 2 * (size_t)size + cats + 2 * (size_t)(e - first);
    }
    if (n_index >= UINT32_MAX) /* runs are found by 32-bit offsets */
        sp_arena_fail(&pol->arena);
    uint32_t *index = sp_arena_zalloc(&pol->arena, sizeof(uint32_t) * (n_index + 1));
    for (uint32_t e = 0, key = 0; key < n_keys; key++) {
        if (key_bits[key] == 0)
            continue;
        uint32_t *table = index + key_at[key];
        uint32_t mask = ((uint32_t)1 << (key_bits[key] - 1)) - 1;
        uint32_t run = key_at[key] + 2 * (mask + 1);
        while (e < entries.n && v[e].key == key) {
            uint32_t cat = v[e].cat, at = sp_graph_hash(cat) & mask;
            while (table[2 * (size_t)at] != 0)
                at = (at + 1) & mask;
            table[2 * (size_t)at] = cat + 1;
            table[2 * (size_t)at + 1] = run;
            uint32_t length_at = run++;
            for (; e < entries.n && v[e].key == key && v[e].cat == cat; e++) {
                index[run++] = v[e].rule;
                index[run++] = v[e].filter;
                index[length_at]++;
            }
        }
    }
    for (uint32_t which = 0; which < SP_N_PARTY_KEYS; which++)
        for (uint32_t p = 0; p < np; p++) {
            pol->pinfo[p].table_first[which] = key_at[KEY(which, p)];
            pol->pinfo[p].table_bits[which] = key_bits[KEY(which, p)];
        }
    pol->any_table.first = key_at[KEY(SP_N_PARTY_KEYS, 0)];
    pol->any_table.bits = key_bits[KEY(SP_N_PARTY_KEYS, 0)];
    pol->index = index;
}

#undef KEY

