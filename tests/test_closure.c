/* test_closure.c — white-box tests of the closures (src/check/closure.c):
 * the organisational forest laid out so that a party's units are one run of
 * positions, memberships as the closure of docs/language.md, "Sets and
 * categories", groups' member parties for consent, and the ancestors of
 * categories and purposes.
 *
 * Each policy goes through the front end (tests/front.c) and
 * sp_closure_build; what the closure says is compared with a naive reading
 * of the language, written here over the syntax tree, that recurses where
 * closure.c uses bitsets and a dependency order. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "closure.h"
#include "front.h"
#include "random_policy.h"

typedef struct fixture {
    front f;
    sp_closure cl;
} fixture;

/* ---- fixtures: the policy text is the test's initial state -------------- */

static int load(void **state, const char *text)
{
    fixture *x = calloc(1, sizeof *x);
    if (!x)
        return -1;
    if (!front_load(&x->f, "closure.spol", text, strlen(text))) {
        char *msg = NULL;
        sharepol_diagnostics_render(&msg, x->f.diags, 0);
        fprintf(stderr, "the fixture policy does not check:\n%s", msg ? msg : "");
        sharepol_string_free(msg);
        front_free(&x->f);
        free(x);
        return -1;
    }
    jmp_buf oom;
    if (setjmp(oom)) {
        fprintf(stderr, "out of memory building the closures\n");
        abort();
    }
    x->f.arena.on_oom = &oom;
    sp_closure_build(&x->cl, &x->f.prog, &x->f.arena, x->f.order);
    x->f.arena.on_oom = NULL;
    *state = x;
    return 0;
}

static int setup(void **state)
{
    return load(state, *state);
}

static int teardown(void **state)
{
    fixture *x = *state;
    front_free(&x->f);
    free(x);
    return 0;
}

/* ---- the naive reading, over the syntax tree ---------------------------- */

static const sp_decl *decl_at(const fixture *x, int32_t d)
{
    return &x->f.prog.decls.v[d];
}

static int32_t decl(const fixture *x, const char *name)
{
    int32_t d = front_decl(&x->f.prog, name);
    if (d < 0)
        fail_msg("no declaration named %s", name);
    return d;
}

static uint32_t party(const fixture *x, const char *name)
{
    int32_t d = decl(x, name);
    assert_int_equal(decl_at(x, d)->kind, SP_DECL_PARTY);
    return (uint32_t)x->cl.id[d];
}

/* Is party decl q the party decl p or below it? */
static bool naive_below(const fixture *x, int32_t q, int32_t p)
{
    for (int32_t at = q; at >= 0;) {
        if (at == p)
            return true;
        const sp_decl *d = decl_at(x, at);
        at = d->parents.n ? d->parents.v[0].sym : -1;
    }
    return false;
}

static bool naive_in(const fixture *x, int32_t q, int32_t d);

static bool naive_in_set(const fixture *x, int32_t q, const sp_set *set)
{
    bool in = set->star;
    for (uint32_t i = 0; i < set->names.n && !in; i++)
        in = naive_in(x, q, set->names.v[i].sym);
    for (uint32_t i = 0; i < set->excepts.n && in; i++)
        in = !naive_in(x, q, set->excepts.v[i].sym);
    return in;
}

/* Membership (section 2): a party is in itself, its ancestors, and every
 * group whose set holds it. */
static bool naive_in(const fixture *x, int32_t q, int32_t d)
{
    const sp_decl *dd = decl_at(x, d);
    if (dd->kind == SP_DECL_PARTY)
        return naive_below(x, q, d);
    return dd->kind == SP_DECL_GROUP && naive_in_set(x, q, &dd->set);
}

/* Member parties (for consent): the parties listed, the member parties of
 * the groups listed, every party for `*`; not units; minus the excepted. */
static bool naive_member(const fixture *x, int32_t q, const sp_set *set)
{
    bool member = set->star;
    for (uint32_t i = 0; i < set->names.n && !member; i++) {
        int32_t n = set->names.v[i].sym;
        member = decl_at(x, n)->kind == SP_DECL_PARTY ? n == q
                                                       : naive_member(x, q, &decl_at(x, n)->set);
    }
    for (uint32_t i = 0; i < set->excepts.n && member; i++)
        member = !naive_in(x, q, set->excepts.v[i].sym);
    return member;
}

/* Is category (or purpose) decl a at or above decl c? */
static bool naive_ancestor(const fixture *x, int32_t c, int32_t a)
{
    if (c == a)
        return true;
    const sp_decl *d = decl_at(x, c);
    for (uint32_t i = 0; i < d->parents.n; i++)
        if (naive_ancestor(x, d->parents.v[i].sym, a))
            return true;
    return false;
}

/* ---- comparing the closure with the naive reading ----------------------- */

static void check_forest(const fixture *x)
{
    const sp_closure *cl = &x->cl;
    uint32_t n = cl->n[SP_DECL_PARTY];
    for (uint32_t p = 0; p < n; p++) {
        assert_true(cl->pos[p] < n);
        assert_int_equal(cl->at[cl->pos[p]], p);
        int32_t pd = (int32_t)cl->decl_of[SP_DECL_PARTY][p];
        const sp_decl *d = decl_at(x, pd);
        int32_t parent = d->parents.n ? cl->id[d->parents.v[0].sym] : -1;
        assert_int_equal(cl->parent[p], parent);
        /* the run [pos, end) is exactly the party and everything below it */
        for (uint32_t q = 0; q < n; q++) {
            int32_t qd = (int32_t)cl->decl_of[SP_DECL_PARTY][q];
            bool in_run = cl->pos[q] >= cl->pos[p] && cl->pos[q] < cl->end[p];
            if (in_run != naive_below(x, qd, pd))
                fail_msg("%s %s in the run of %s", d->name, in_run ? "wrongly" : "not",
                         decl_at(x, qd)->name);
        }
    }
}

static void check_memberships(const fixture *x)
{
    const sp_closure *cl = &x->cl;
    for (uint32_t q = 0; q < cl->n[SP_DECL_PARTY]; q++) {
        int32_t qd = (int32_t)cl->decl_of[SP_DECL_PARTY][q];
        for (uint32_t d = 0; d < x->f.prog.decls.n; d++) {
            sp_decl_kind kind = decl_at(x, (int32_t)d)->kind;
            if (kind != SP_DECL_PARTY && kind != SP_DECL_GROUP)
                continue;
            bool got = sp_closure_party_in(cl, q, (int32_t)d);
            if (got != naive_in(x, qd, (int32_t)d))
                fail_msg("%s is %sin %s", decl_at(x, qd)->name, got ? "wrongly " : "not ",
                         decl_at(x, (int32_t)d)->name);
            if (kind == SP_DECL_GROUP) {
                const uint64_t *members = cl->group_members + (size_t)cl->id[d] * cl->words;
                bool member = sp_bit(members, cl->pos[q]);
                if (member != naive_member(x, qd, &decl_at(x, (int32_t)d)->set))
                    fail_msg("%s is %sa member party of %s", decl_at(x, qd)->name,
                             member ? "wrongly " : "not ", decl_at(x, (int32_t)d)->name);
            }
        }
    }
}

static void check_ancestors(const fixture *x, sp_decl_kind kind)
{
    const sp_closure *cl = &x->cl;
    const uint64_t *anc = kind == SP_DECL_CATEGORY ? cl->cat_anc : cl->purpose_anc;
    uint32_t words = kind == SP_DECL_CATEGORY ? cl->cat_words : cl->purpose_words;
    for (uint32_t c = 0; c < cl->n[kind]; c++)
        for (uint32_t a = 0; a < cl->n[kind]; a++) {
            int32_t cd = (int32_t)cl->decl_of[kind][c], ad = (int32_t)cl->decl_of[kind][a];
            bool got = sp_bit(anc + (size_t)c * words, a);
            if (got != naive_ancestor(x, cd, ad))
                fail_msg("%s is %san ancestor of %s", decl_at(x, ad)->name,
                         got ? "wrongly " : "not ", decl_at(x, cd)->name);
        }
}

static void check_all(const fixture *x)
{
    check_forest(x);
    check_memberships(x);
    check_ancestors(x, SP_DECL_CATEGORY);
    check_ancestors(x, SP_DECL_PURPOSE);
}

/* ---- the policies ------------------------------------------------------- */

/* Units declared before their parents, groups before the groups they list,
 * categories before their broader ones: the closure follows the names, not
 * the order of the text. */
static const char FORWARD[] =
    "party GSDF in SDF; party SDF in MOD; party MOD; party METI; party IPA in METI;\n"
    "party JPCERT; party NISC in CAS; party CAS;\n"
    "group gov = defence, METI, CAS;\n"
    "group defence = MOD;\n"
    "group not-defence = * except defence;\n"
    "group outsiders = gov, JPCERT except METI;\n"
    "group panel = IPA, SDF, gov except CAS;\n"
    "category malware in threat-intel; category threat-intel in cyber;\n"
    "category exploit in vulnerabilities, threat-intel; category vulnerabilities in cyber;\n"
    "category cyber;\n"
    "purpose research in any-purpose; purpose any-purpose;\n"
    "rule r allow * from gov to outsiders with consent of all of panel;\n";

/* A unit is in its organisation and every group above it, through any chain
 * of groups (membership is transitive). */
static void test_units_inherit_through_groups(void **state)
{
    const fixture *x = *state;
    assert_true(sp_closure_party_in(&x->cl, party(x, "GSDF"), decl(x, "MOD")));
    assert_true(sp_closure_party_in(&x->cl, party(x, "GSDF"), decl(x, "defence")));
    assert_true(sp_closure_party_in(&x->cl, party(x, "GSDF"), decl(x, "gov")));
    assert_true(sp_closure_party_in(&x->cl, party(x, "NISC"), decl(x, "gov")));
    assert_false(sp_closure_party_in(&x->cl, party(x, "MOD"), decl(x, "SDF")));
    check_all(x);
}

/* Every party is in itself (membership is reflexive), and an organisation
 * is not in another one. */
static void test_membership_is_reflexive(void **state)
{
    const fixture *x = *state;
    for (uint32_t p = 0; p < x->cl.n[SP_DECL_PARTY]; p++) {
        int32_t d = (int32_t)x->cl.decl_of[SP_DECL_PARTY][p];
        assert_true(sp_closure_party_in(&x->cl, p, d));
    }
    assert_false(sp_closure_party_in(&x->cl, party(x, "METI"), decl(x, "JPCERT")));
}

/* `except` leaves out every party in the excepted name, units included, and
 * `*` holds every party. */
static void test_except_takes_out_units(void **state)
{
    const fixture *x = *state;
    assert_false(sp_closure_party_in(&x->cl, party(x, "GSDF"), decl(x, "not-defence")));
    assert_false(sp_closure_party_in(&x->cl, party(x, "MOD"), decl(x, "not-defence")));
    assert_true(sp_closure_party_in(&x->cl, party(x, "NISC"), decl(x, "not-defence")));
    assert_false(sp_closure_party_in(&x->cl, party(x, "IPA"), decl(x, "outsiders")));
    assert_true(sp_closure_party_in(&x->cl, party(x, "GSDF"), decl(x, "outsiders")));
}

/* A group's member parties are the parties it lists and its groups' member
 * parties, never the units below them. */
static void test_members_are_not_units(void **state)
{
    const fixture *x = *state;
    const sp_closure *cl = &x->cl;
    const uint64_t *gov = cl->group_members + (size_t)cl->id[decl(x, "gov")] * cl->words;
    const uint64_t *panel = cl->group_members + (size_t)cl->id[decl(x, "panel")] * cl->words;
    assert_true(sp_bit(gov, cl->pos[party(x, "MOD")]));
    assert_false(sp_bit(gov, cl->pos[party(x, "SDF")]));
    assert_false(sp_bit(gov, cl->pos[party(x, "NISC")]));
    assert_int_equal(sp_bits_count(gov, cl->words), 3);     /* MOD, METI, CAS */
    assert_int_equal(sp_bits_count(panel, cl->words), 4);   /* IPA, SDF, MOD, METI */

    /* a consent's inline set: its parties and its groups' member parties */
    const sp_rule *r = x->f.prog.rules.v[0];
    uint64_t *bits = sp_closure_bits(cl);
    sp_closure_consent_members(cl, r->consent, bits);
    assert_memory_equal(bits, panel, sizeof(uint64_t) * cl->words);
}

/* The ancestors of a category are itself and everything broader, through
 * each of its parents (a DAG); the same for purposes. */
static void test_ancestors_are_reflexive_and_transitive(void **state)
{
    const fixture *x = *state;
    const sp_closure *cl = &x->cl;
    uint32_t exploit = (uint32_t)cl->id[decl(x, "exploit")];
    const uint64_t *anc = cl->cat_anc + (size_t)exploit * cl->cat_words;
    assert_int_equal(sp_bits_count(anc, cl->cat_words), 4); /* itself, 2 parents, cyber */
    assert_true(sp_bit(anc, (uint32_t)cl->id[decl(x, "cyber")]));
    assert_false(sp_bit(anc, (uint32_t)cl->id[decl(x, "malware")]));
    uint32_t research = (uint32_t)cl->id[decl(x, "research")];
    assert_int_equal(sp_bits_count(cl->purpose_anc + (size_t)research * cl->purpose_words,
                                   cl->purpose_words), 2);
    check_ancestors(x, SP_DECL_CATEGORY);
}

/* A set is worked out with the same closure: a rule's sides hold exactly
 * the parties in them. */
static void test_rule_sides(void **state)
{
    const fixture *x = *state;
    const sp_closure *cl = &x->cl;
    const sp_rule *r = x->f.prog.rules.v[0];
    uint64_t *bits = sp_closure_bits(cl);
    sp_closure_set(cl, &r->to, bits);
    for (uint32_t q = 0; q < cl->n[SP_DECL_PARTY]; q++) {
        int32_t qd = (int32_t)cl->decl_of[SP_DECL_PARTY][q];
        assert_int_equal(sp_bit(bits, cl->pos[q]), naive_in_set(x, qd, &r->to));
    }
}

/* Roots are laid out in declaration order and children in declaration order,
 * each subtree one run of positions. */
static void test_forest_layout(void **state)
{
    const fixture *x = *state;
    const sp_closure *cl = &x->cl;
    check_forest(x);
    /* MOD's run: MOD, SDF, GSDF, in that order */
    uint32_t mod = party(x, "MOD");
    assert_int_equal(cl->end[mod] - cl->pos[mod], 3);
    assert_int_equal(cl->at[cl->pos[mod] + 1], party(x, "SDF"));
    assert_int_equal(cl->at[cl->pos[mod] + 2], party(x, "GSDF"));
    /* the roots, in the order of the text: MOD, METI, JPCERT, CAS */
    assert_int_equal(cl->at[0], mod);
    assert_true(cl->pos[party(x, "METI")] < cl->pos[party(x, "JPCERT")]);
    assert_true(cl->pos[party(x, "JPCERT")] < cl->pos[party(x, "CAS")]);
}

/* ---- generated policies ------------------------------------------------- */

/* Over generated policies, the closure agrees with the naive reading on
 * every layout position, membership, member party and ancestor. */
static void test_generated_policies(void **state)
{
    (void)state;
    rng r = { 20261206 };
    for (int i = 0; i < 300; i++) {
        char *text = random_policy(&r, 70);
        void *x = text;
        if (load(&x, text) != 0)
            fail_msg("generated policy %d does not check:\n%s", i, text);
        check_all(x);
        teardown(&x);
        free(text);
    }
}

#define WITH(test, text) \
    cmocka_unit_test_prestate_setup_teardown(test, setup, teardown, (void *)(text))

int main(void)
{
    const struct CMUnitTest tests[] = {
        WITH(test_units_inherit_through_groups, FORWARD),
        WITH(test_membership_is_reflexive, FORWARD),
        WITH(test_except_takes_out_units, FORWARD),
        WITH(test_members_are_not_units, FORWARD),
        WITH(test_ancestors_are_reflexive_and_transitive, FORWARD),
        WITH(test_rule_sides, FORWARD),
        WITH(test_forest_layout, FORWARD),
        cmocka_unit_test(test_generated_policies),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
