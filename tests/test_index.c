/* test_index.c — white-box tests of the rule index (src/graph/index.c,
 * graph.h): every rule is filed under exactly the keys its sides imply and
 * nowhere else, each entry's filter says exactly who its other side holds,
 * and each key's hash table and runs are laid out as sp_graph_lookup and
 * the evaluator read them.
 *
 * Policies are compiled through the public sharepol_compile_string; the
 * expected keys are then worked out here from the compiled sets alone, by
 * the rule of graph.h: the side (from or to) with fewer keys, under the key
 * of each organisation whose whole tree it holds and of each other party it
 * holds; the "any" key when both sides need more than 256 keys. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "graph.h"
#include "helpers.h"
#include "random_policy.h"

#define MAX_SIDE_KEYS 256 /* index.c's: more keys than this, and a side is not used */

/* One filing of a rule: key is which * n_parties + party (SP_KEY_*), or
 * SP_N_PARTY_KEYS * n_parties for "any"; cat is n_categories for `*`. */
typedef struct entry {
    uint32_t key, cat, rule, filter;
} entry;

typedef struct entries {
    entry *v;
    size_t n, cap;
} entries;

static void push(entries *e, entry x)
{
    if (e->n == e->cap) {
        e->cap = e->cap ? 2 * e->cap : 256;
        e->v = realloc(e->v, sizeof *e->v * e->cap);
        if (!e->v)
            abort();
    }
    e->v[e->n++] = x;
}

static int by_key_cat_rule(const void *a, const void *b)
{
    const entry *x = a, *y = b;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    if (x->cat != y->cat)
        return x->cat < y->cat ? -1 : 1;
    return x->rule < y->rule ? -1 : x->rule > y->rule;
}

/* ---- fixtures: the policy text is the test's initial state -------------- */

static int setup(void **state)
{
    *state = compile_ok(*state);
    return 0;
}

static int teardown(void **state)
{
    sharepol_policy_release(*state);
    return 0;
}

/* ---- what the index should hold ----------------------------------------- */

/* Does a rule's side (a pset index, -1: every party) hold party q? */
static bool side_holds(const sharepol_policy *pol, int32_t side, uint32_t q)
{
    return side < 0 || sp_graph_in_set(pol, q, &pol->psets[side]);
}

/* The keys of a side, based at which (SP_KEY_FROM_PARTY or SP_KEY_TO_PARTY;
 * the organisation's key is the next); @return how many (distinct). */
static uint32_t side_keys(const sharepol_policy *pol, int32_t side, uint32_t which,
                          uint32_t *out)
{
    uint32_t np = pol->n_parties, n = 0;
    for (uint32_t q = 0; q < np; q++) {
        if (!side_holds(pol, side, q))
            continue;
        uint32_t root = pol->pinfo[q].root;
        bool whole = true;
        for (uint32_t p = 0; p < np && whole; p++)
            if (pol->pinfo[p].root == root)
                whole = side_holds(pol, side, p);
        uint32_t key = whole ? (which + 1) * np + root : which * np + q;
        bool seen = false;
        for (uint32_t i = 0; i < n && !seen; i++)
            seen = out[i] == key;
        if (!seen)
            out[n++] = key;
    }
    return n;
}

static entries expected_entries(const sharepol_policy *pol)
{
    uint32_t np = pol->n_parties;
    uint32_t *from = malloc(sizeof *from * (np + 1)), *to = malloc(sizeof *to * (np + 1));
    entries e = { 0 };
    if (!from || !to)
        abort();
    for (uint32_t i = 0; i < pol->n_rules; i++) {
        const sp_crule *cr = &pol->rules[i];
        uint32_t n_from = side_keys(pol, cr->from, SP_KEY_FROM_PARTY, from);
        uint32_t n_to = side_keys(pol, cr->to, SP_KEY_TO_PARTY, to);
        const uint32_t *keys = n_from <= n_to ? from : to;
        uint32_t n = n_from <= n_to ? n_from : n_to;
        uint32_t any = SP_N_PARTY_KEYS * np;
        if (n > MAX_SIDE_KEYS) {
            keys = &any;
            n = 1;
        }
        uint32_t n_cats = cr->all_cats ? 1 : cr->n_cats;
        for (uint32_t k = 0; k < n; k++)
            for (uint32_t c = 0; c < n_cats; c++) {
                entry x = { keys[k], cr->all_cats ? pol->n_categories : pol->u32[cr->cats + c],
                            i, 0 };
                push(&e, x);
            }
    }
    free(from);
    free(to);
    return e;
}

/* ---- what the index holds ------------------------------------------------ */

typedef struct block {
    uint32_t first, end;
} block;

/* Reads one key's table: checks its layout, appends its entries. */
static void read_table(const sharepol_policy *pol, sp_table t, uint32_t key, entries *out,
                       block *b)
{
    b->first = b->end = t.first;
    if (t.bits == 0)
        return;
    uint32_t size = (uint32_t)1 << (t.bits - 1), cats = 0;
    assert_true(size >= 2);
    const uint32_t *slots = pol->index + t.first;
    /* the runs follow the table, one after the other, with no gap */
    uint32_t next = t.first + 2 * size;
    for (uint32_t s = 0; s < size; s++)
        if (slots[2 * s] != 0)
            cats++;
    uint32_t *starts = calloc(cats + 1, sizeof *starts);
    if (!starts)
        abort();
    uint32_t n = 0;
    for (uint32_t s = 0; s < size; s++) {
        if (slots[2 * s] == 0)
            continue;
        uint32_t cat = slots[2 * s] - 1, run = slots[2 * s + 1];
        /* the probe finds it from its hash */
        assert_int_equal(sp_graph_lookup(pol, t, cat), run);
        starts[n++] = run;
        uint32_t len = pol->index[run];
        assert_true(len > 0);
        for (uint32_t j = 0; j < len; j++) {
            entry x = { key, cat, pol->index[run + 1 + 2 * j], pol->index[run + 2 + 2 * j] };
            /* a run keeps its rules in source order, each once */
            if (j > 0)
                assert_true(pol->index[run - 1 + 2 * j] < x.rule);
            assert_true(x.rule < pol->n_rules);
            push(out, x);
        }
    }
    assert_true(cats > 0);
    assert_true(cats * 4 <= size * 3); /* load at most 3/4 */
    /* the runs tile the block after the table */
    for (uint32_t i = 0; i < n; i++) {
        bool found = false;
        for (uint32_t j = 0; j < n && !found; j++)
            if (starts[j] == next) {
                next += 1 + 2 * pol->index[next];
                found = true;
            }
        if (!found)
            fail_msg("key %u: no run starts at %u, right after the one before", key, next);
    }
    free(starts);
    b->end = next;
}

static int by_first(const void *a, const void *b)
{
    const block *x = a, *y = b;
    return x->first < y->first ? -1 : x->first > y->first;
}

static entries actual_entries(const sharepol_policy *pol)
{
    uint32_t np = pol->n_parties;
    entries e = { 0 };
    block *blocks = calloc((size_t)SP_N_PARTY_KEYS * np + 1, sizeof *blocks);
    if (!blocks)
        abort();
    uint32_t nb = 0;
    for (uint32_t which = 0; which < SP_N_PARTY_KEYS; which++)
        for (uint32_t p = 0; p < np; p++)
            read_table(pol, sp_graph_table(&pol->pinfo[p], (int)which), which * np + p, &e,
                       &blocks[nb++]);
    read_table(pol, pol->any_table, SP_N_PARTY_KEYS * np, &e, &blocks[nb++]);
    /* no two keys' blocks overlap */
    qsort(blocks, nb, sizeof *blocks, by_first);
    for (uint32_t i = 1; i < nb; i++)
        if (blocks[i - 1].end > blocks[i - 1].first && blocks[i].end > blocks[i].first)
            assert_true(blocks[i - 1].end <= blocks[i].first);
    free(blocks);
    return e;
}

/* Does the filter of an entry admit party q? */
static bool admits(const sharepol_policy *pol, uint32_t filter, uint32_t q)
{
    if (filter == SP_FILTER_ALL)
        return true;
    uint32_t node = filter & SP_FILTER_NODE;
    bool in = filter & SP_FILTER_ORG ? pol->pinfo[q].root == node
                                     : sp_graph_party_in(pol, q, node);
    return in != ((filter & SP_FILTER_NOT) != 0);
}

/* The whole check: the index holds exactly the expected filings, and each
 * filter that is not "check the set" is exact for the side it is about. */
static void check_index(const sharepol_policy *pol)
{
    entries want = expected_entries(pol), got = actual_entries(pol);
    uint32_t np = pol->n_parties;
    for (size_t i = 0; i < got.n; i++) {
        const entry *x = &got.v[i];
        if (x->filter == SP_FILTER_CHECK)
            continue;
        /* under a sender's key the filter is about the recipient; under a
         * recipient's key or "any", about the sender */
        bool about_to = x->key < 2 * np;
        const sp_crule *cr = &pol->rules[x->rule];
        for (uint32_t q = 0; q < np; q++)
            if (admits(pol, x->filter, q) != side_holds(pol, about_to ? cr->to : cr->from, q))
                fail_msg("rule %u: its filter %#x is wrong about party %u", x->rule, x->filter,
                         q);
    }
    if (want.n) /* a policy without rules has none, and no array */
        qsort(want.v, want.n, sizeof *want.v, by_key_cat_rule);
    if (got.n)
        qsort(got.v, got.n, sizeof *got.v, by_key_cat_rule);
    for (size_t i = 0; i < want.n && i < got.n; i++)
        if (by_key_cat_rule(&want.v[i], &got.v[i]) != 0)
            fail_msg("filing %zu: want key %u cat %u rule %u, the index has key %u cat %u rule "
                     "%u", i, want.v[i].key, want.v[i].cat, want.v[i].rule, got.v[i].key,
                     got.v[i].cat, got.v[i].rule);
    assert_int_equal(want.n, got.n);
    free(want.v);
    free(got.v);
}

/* The filings of one rule, by name, as (which key, party) pairs. */
static uint32_t filings_of(const sharepol_policy *pol, const char *rule, entry *out, uint32_t max)
{
    int32_t v = sp_graph_name(pol, rule);
    assert_int_equal(SP_NAME_KIND(v), SHAREPOL_KIND_RULE);
    entries got = actual_entries(pol);
    uint32_t n = 0;
    for (size_t i = 0; i < got.n; i++)
        if (got.v[i].rule == (uint32_t)SP_NAME_ID(v) && n < max)
            out[n++] = got.v[i];
    free(got.v);
    return n;
}

static uint32_t party(const sharepol_policy *pol, const char *name)
{
    int32_t v = sp_graph_name(pol, name);
    assert_int_equal(SP_NAME_KIND(v), SHAREPOL_KIND_PARTY);
    return (uint32_t)SP_NAME_ID(v);
}

#define KEY(which, p) ((uint32_t)(which) * pol->n_parties + (p))

/* ---- the policies ------------------------------------------------------- */

static const char SMALL[] =
    "party MOD; party SDF in MOD; party GSDF in SDF; party METI; party IPA in METI;\n"
    "party CAS; party NISC in CAS; party JPCERT;\n"
    "group gov = MOD, METI; group civil = * except MOD;\n"
    "category cyber; category malware in cyber; category exploit in cyber;\n"
    "rule whole allow malware from MOD to METI, CAS;\n"
    "rule unit allow malware, exploit from SDF to *;\n"
    "rule by-group deny exploit from civil to gov;\n"
    "rule everything allow * from IPA to * except NISC;\n"
    "rule wide require consent of MOD for cyber;\n";

/* An organisation's whole tree goes under its organisation key, a unit's
 * under each of its parties' own keys. */
static void test_org_and_unit_keys(void **state)
{
    const sharepol_policy *pol = *state;
    entry f[16];
    uint32_t n = filings_of(pol, "whole", f, 16);
    assert_int_equal(n, 1);
    assert_int_equal(f[0].key, KEY(SP_KEY_FROM_ORG, party(pol, "MOD")));
    n = filings_of(pol, "unit", f, 16);
    assert_int_equal(n, 4); /* SDF and GSDF, two categories each */
    for (uint32_t i = 0; i < n; i++)
        assert_true(f[i].key == KEY(SP_KEY_FROM_PARTY, party(pol, "SDF")) ||
                    f[i].key == KEY(SP_KEY_FROM_PARTY, party(pol, "GSDF")));
    check_index(pol);
}

/* The narrower side is the one filed: `to gov` (two organisations) rather
 * than `from civil` (the three others). */
static void test_narrower_side_is_filed(void **state)
{
    const sharepol_policy *pol = *state;
    entry f[16];
    uint32_t n = filings_of(pol, "by-group", f, 16);
    assert_int_equal(n, 2);
    for (uint32_t i = 0; i < n; i++) {
        assert_true(f[i].key == KEY(SP_KEY_TO_ORG, party(pol, "MOD")) ||
                    f[i].key == KEY(SP_KEY_TO_ORG, party(pol, "METI")));
        /* its filter is about the sender: everyone outside MOD */
        assert_false(admits(pol, f[i].filter, party(pol, "GSDF")));
        assert_true(admits(pol, f[i].filter, party(pol, "NISC")));
    }
    check_index(pol);
}

/* `*` categories are filed under the category key n_categories; a require
 * without from or to under every organisation. */
static void test_star_and_missing_sides(void **state)
{
    const sharepol_policy *pol = *state;
    entry f[16];
    uint32_t n = filings_of(pol, "everything", f, 16);
    assert_int_equal(n, 1);
    assert_int_equal(f[0].cat, pol->n_categories);
    assert_int_equal(f[0].key, KEY(SP_KEY_FROM_PARTY, party(pol, "IPA")));
    n = filings_of(pol, "wide", f, 16);
    assert_int_equal(n, 4); /* the trees of MOD, METI, CAS and JPCERT */
    check_index(pol);
}

/* Both sides wider than 256 keys: the one "any" key, with the sender's
 * filter. */
static void test_any_key(void **state)
{
    const sharepol_policy *pol = *state;
    entry f[4];
    assert_int_equal(filings_of(pol, "everyone", f, 4), 1);
    assert_int_equal(f[0].key, SP_N_PARTY_KEYS * pol->n_parties);
    assert_int_equal(f[0].filter, SP_FILTER_ALL);
    assert_int_equal(filings_of(pol, "all-but", f, 4), 1);
    assert_int_equal(f[0].key, SP_N_PARTY_KEYS * pol->n_parties);
    assert_false(admits(pol, f[0].filter, party(pol, "o0")));
    assert_true(admits(pol, f[0].filter, party(pol, "o1")));
    assert_int_equal(filings_of(pol, "one", f, 4), 1);
    assert_int_equal(f[0].key, KEY(SP_KEY_TO_ORG, party(pol, "o7")));
    check_index(pol);
}

static char *wide_policy(void)
{
    size_t cap = 64 * 1024, len = 0;
    char *text = malloc(cap);
    if (!text)
        abort();
    for (int i = 0; i < 300; i++)
        len += (size_t)snprintf(text + len, cap - len, "party o%d; party u%d in o%d;\n", i, i, i);
    snprintf(text + len, cap - len,
             "category c;\n"
             "rule everyone allow c from * to *;\n"
             "rule all-but deny c from * except o0 to *;\n"
             "rule one allow c from * to o7;\n");
    return text;
}

static int setup_wide(void **state)
{
    char *text = wide_policy();
    *state = text;
    int st = setup(state);
    free(text);
    return st;
}

/* Over generated policies, the index holds exactly the filings the rule of
 * graph.h gives, laid out as the evaluator reads them. */
static void test_generated_policies(void **state)
{
    (void)state;
    rng r = { 1206 };
    for (int i = 0; i < 200; i++) {
        char *text = random_policy(&r, i % 10 == 9 ? 400 : 40);
        sharepol_policy *pol = compile_ok(text);
        check_index(pol);
        sharepol_policy_release(pol);
        free(text);
    }
}

#define WITH(test, text) \
    cmocka_unit_test_prestate_setup_teardown(test, setup, teardown, (void *)(text))

int main(void)
{
    const struct CMUnitTest tests[] = {
        WITH(test_org_and_unit_keys, SMALL),
        WITH(test_narrower_side_is_filed, SMALL),
        WITH(test_star_and_missing_sides, SMALL),
        cmocka_unit_test_setup_teardown(test_any_key, setup_wide, teardown),
        cmocka_unit_test(test_generated_policies),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
