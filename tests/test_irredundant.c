/* test_irredundant.c — residuals in irredundant form (docs/language.md,
 * "Decisions"): equivalent to what the allow rule still needs, naming no
 * party that consented and no party outside every minimal satisfying set,
 * with the size unchanged; past the documented limit of 64 distinct
 * parties, equivalent but not reduced.  The examples of the text, the
 * awkward cases, and random expressions checked by brute force. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"

#define PARTIES                                                                \
    "party A; party B; party C; party D; party S; party R;\n"                  \
    "party MOD; party SDF in MOD; party METI; party IPA; party CAS; party X;\n" \
    "group signatories = MOD, METI, IPA;\n"                                     \
    "category c;\n"

static sharepol_policy *with_rules(const char *rules)
{
    char text[4096];
    snprintf(text, sizeof text, PARTIES "%s\n", rules);
    return compile_ok(text);
}

/* The residual of one `with consent of` (and the requires given). */
static void expect_residual(const char *consent, const char *requires, const char *query,
                            const char *want)
{
    char rules[1024];
    snprintf(rules, sizeof rules, "rule r allow c from * to * with consent of %s;\n%s",
             consent, requires);
    sharepol_policy *p = with_rules(rules);
    expect_answer(p, query, SHAREPOL_NEEDS_CONSENT, "r", want);
    sharepol_policy_release(p);
}

/* The two irredundant examples of docs/language.md, "Decisions". */
static void the_examples_of_the_text(void **state)
{
    (void)state;
    expect_residual("(A and B) or (A and C) or D", "", "c from S to R consent B at 2025-01-01",
                    "A or D");
    expect_residual("2 of {A, B, C} and A", "", "c from S to R consent B at 2025-01-01", "A");
    /* the sender's own consent counts as given, as B's does above */
    expect_residual("(A and B) or (A and C) or D", "", "c from B to R at 2025-01-01", "A or D");
}

/* A residual that names only parties it needs is printed as it was built. */
static void irredundant_residuals_keep_their_form(void **state)
{
    (void)state;
    expect_residual("(A and B) or (A and C)", "", "c from S to R at 2025-01-01",
                    "A and B or A and C");
    expect_residual("2 of {A, B, C} and (A or D)", "", "c from S to R at 2025-01-01",
                    "2 of {A, B, C} and (A or D)");
    expect_residual("(METI and MOD) or CAS", "", "c from S to R consent METI at 2025-01-01",
                    "MOD or CAS");
    expect_residual("2 of signatories", "", "c from S to R consent MOD at 2025-01-01",
                    "1 of {METI, IPA}");
}

/* `N of` with parties given, and an `N of` that an alternative absorbs. */
static void n_of_with_parties_given(void **state)
{
    (void)state;
    expect_residual("2 of {A, B, C} and (A or D)", "", "c from S to R consent A at 2025-01-01",
                    "1 of {B, C}");
    /* C is in no minimal set: `2 of {A, B}` is `A and B`, merged into the `and` */
    expect_residual("(2 of {A, B, C} and A and B) or D", "", "c from S to R at 2025-01-01",
                    "A and B or D");
    /* 3 of 4 with one given, and A needed anyway: every party left is in
     * a minimal set ({A, C}, {A, D}), so nothing is left out */
    expect_residual("3 of {A, B, C, D} and A", "", "c from S to R consent B at 2025-01-01",
                    "2 of {A, C, D} and A");
    /* 2 of 4, B given, and A needed anyway: the rest is A alone */
    expect_residual("2 of {A, B, C, D} and A", "", "c from S to R consent B at 2025-01-01",
                    "A");
}

/* Redundancy deep inside nested `and` and `or`. */
static void nested_and_or(void **state)
{
    (void)state;
    expect_residual("A or (B and (C or (A and D)))", "", "c from S to R at 2025-01-01",
                    "A or B and C");
    expect_residual("(A or B) and (A or (B and C))", "", "c from S to R at 2025-01-01",
                    "(A or B) and (A or B and C)");
    /* D is in no minimal set ({A, B}, {A, C}); A stays where it is needed */
    expect_residual("A and (B or (C and (D or A)))", "", "c from S to R at 2025-01-01",
                    "A and (B or C and A)");
    /* A, C and D are each in a minimal set ({A}, {C, D}): irredundant as it
     * is, though `A and C` could go; the text asks no more of a residual */
    expect_residual("((A and B) or C) and ((A and B) or (C and D) or (A and C))", "",
                    "c from S to R consent B at 2025-01-01",
                    "(A or C) and (A or C and D or A and C)");
}

/* A party needed in every alternative. */
static void a_party_needed_everywhere(void **state)
{
    (void)state;
    expect_residual("A and (A or B)", "", "c from S to R at 2025-01-01", "A");
    expect_residual("(A and B) or (A and B and C)", "", "c from S to R at 2025-01-01",
                    "A and B");
    expect_residual("(A and B) or (A and C) or (A and B and C)", "",
                    "c from S to R consent B at 2025-01-01", "A");
}

/* `originator` is the party it is, and counts as that party. */
static void originator_in_a_consent(void **state)
{
    (void)state;
    expect_residual("originator and (originator or CAS)", "",
                    "c from S to R originator IPA at 2025-01-01", "IPA");
    expect_residual("originator or (IPA and CAS)", "",
                    "c from S to R originator IPA at 2025-01-01", "IPA");
    expect_residual("originator or (IPA and CAS)", "",
                    "c from S to R originator METI at 2025-01-01", "METI or IPA and CAS");
}

/* Groups through `all of` and `any of`, and the consents of require rules. */
static void groups_and_requires(void **state)
{
    (void)state;
    expect_residual("all of {MOD, CAS} or (any of {MOD, X} and MOD)", "",
                    "c from S to R at 2025-01-01", "MOD");
    expect_residual("all of signatories or (METI and CAS)", "",
                    "c from S to R consent MOD, IPA at 2025-01-01", "METI");
    expect_residual("any of signatories", "rule q require consent of MOD or CAS for c;\n",
                    "c from S to R at 2025-01-01", "any of {MOD, METI, IPA} and (MOD or CAS)");
    expect_residual("A or B", "rule q require consent of A for c;\n",
                    "c from S to R at 2025-01-01", "A");
    /* the residual of a needs-consent answer that only a require still holds up */
    expect_residual("A or B", "rule q require consent of A and (A or C) for c;\n",
                    "c from S to R consent B at 2025-01-01", "A");
}

/* ---- walking the residual ------------------------------------------------- */

/* Does the residual hold when exactly the parties with yes[id] consent? */
static bool holds(const sharepol_consent_node *n, const bool *yes)
{
    size_t count = 0;
    switch (n->kind) {
    case SHAREPOL_CONSENT_PARTY:
        return yes[n->party];
    case SHAREPOL_CONSENT_AND:
        for (size_t i = 0; i < n->n_children; i++)
            if (!holds(n->children[i], yes))
                return false;
        return true;
    case SHAREPOL_CONSENT_OR:
        for (size_t i = 0; i < n->n_children; i++)
            if (holds(n->children[i], yes))
                return true;
        return false;
    case SHAREPOL_CONSENT_ANY:
    case SHAREPOL_CONSENT_COUNT:
        for (size_t i = 0; i < n->n_parties; i++)
            count += yes[n->parties[i]];
        return count >= (n->kind == SHAREPOL_CONSENT_ANY ? 1 : n->count);
    }
    fail_msg("a residual node of kind %d", n->kind);
    return false;
}

/* Marks every party the residual names. */
static void named(const sharepol_consent_node *n, bool *mark)
{
    if (n->kind == SHAREPOL_CONSENT_PARTY)
        mark[n->party] = true;
    for (size_t i = 0; i < n->n_parties; i++)
        mark[n->parties[i]] = true;
    for (size_t i = 0; i < n->n_children; i++)
        named(n->children[i], mark);
}

/* Decides q and returns its residual (free it), which must exist. */
static sharepol_residual *residual_of(const sharepol_policy *p, const char *query,
                                      sharepol_result *r)
{
    sharepol_parsed_query *pq = NULL;
    assert_int_equal(sharepol_query_parse(&pq, p, query, strlen(query), NULL), SHAREPOL_OK);
    sharepol_residual *res = NULL;
    assert_int_equal(sharepol_decide_residual(p, sharepol_parsed_query_get(pq), r, &res),
                     SHAREPOL_NEEDS_CONSENT);
    sharepol_parsed_query_free(pq);
    assert_non_null(res);
    return res;
}

/* Past 64 distinct parties the residual is not reduced, but it is still
 * equivalent and its size is the same; at 64 it is reduced. */
static void the_limit(void **state)
{
    (void)state;
    for (int parties = 64; parties <= 66; parties++) {
        char *text = malloc(16384);
        assert_non_null(text);
        int n = snprintf(text, 16384, "party S; party R; category c;\n");
        for (int i = 0; i < parties; i++)
            n += snprintf(text + n, 16384 - (size_t)n, "party P%d;\n", i);
        /* P2 is absorbed by `P0 and P1`; P3 … are one-party alternatives */
        n += snprintf(text + n, 16384 - (size_t)n,
                      "rule r allow c from * to * with consent of (P0 and P1) or "
                      "(P0 and P1 and P2)");
        for (int i = 3; i < parties; i++)
            n += snprintf(text + n, 16384 - (size_t)n, " or (P%d and P%d)", i,
                          i + 1 < parties ? i + 1 : 3);
        snprintf(text + n, 16384 - (size_t)n, ";\n");
        sharepol_policy *p = compile_ok(text);
        sharepol_result r;
        sharepol_residual *res = residual_of(p, "c from S to R at 2025-01-01", &r);
        assert_int_equal(r.residual_size, 2);
        bool mark[80] = { false };
        named(sharepol_residual_root(res), mark);
        sharepol_id p2 = sharepol_party(p, "P2");
        /* with 64 parties P2 is left out; with more it stays */
        assert_int_equal(mark[p2], parties > 64);
        assert_int_equal(strstr(sharepol_residual_text(res), "P0 and P1 and P2") != NULL,
                         parties > 64);
        /* equivalent either way: on every subset of P0 … P5, the others
         * consenting or not */
        bool yes[80];
        for (unsigned set = 0; set < 128; set++) {
            memset(yes, 0, sizeof yes);
            for (int i = 0; i < 6; i++)
                yes[sharepol_party(p, (char[8]){ 'P', (char)('0' + i), 0 })] = (set >> i) & 1;
            for (int i = 6; i < parties; i++) {
                char name[8];
                snprintf(name, sizeof name, "P%d", i);
                yes[sharepol_party(p, name)] = (set >> 6) & 1;
            }
            bool want = (yes[sharepol_party(p, "P0")] && yes[sharepol_party(p, "P1")]);
            for (int i = 3; i < parties; i++) {
                char a[8], b[8];
                snprintf(a, sizeof a, "P%d", i);
                snprintf(b, sizeof b, "P%d", i + 1 < parties ? i + 1 : 3);
                want = want || (yes[sharepol_party(p, a)] && yes[sharepol_party(p, b)]);
            }
            assert_int_equal(holds(sharepol_residual_root(res), yes), want);
        }
        sharepol_residual_free(res);
        sharepol_policy_release(p);
        free(text);
    }
}

/* Within 64 parties but with a decision diagram past its bounds (the
 * parties of each `and` far apart in the order of first mention): the
 * residual is left as built, equivalent, and the answer comes at once.
 * With few pairs the same shape is reduced. */
static void past_the_diagram_bounds(void **state)
{
    (void)state;
    for (int pairs = 4; pairs <= 24; pairs += 20) {
        char text[4096];
        int n = snprintf(text, sizeof text, "party S; party R; party C; category c;\n");
        for (int i = 0; i < pairs; i++)
            n += snprintf(text + n, sizeof text - (size_t)n, "party A%d; party B%d;\n", i, i);
        n += snprintf(text + n, sizeof text - (size_t)n,
                      "rule r allow c from * to * with consent of (A0");
        for (int i = 1; i < pairs; i++)
            n += snprintf(text + n, sizeof text - (size_t)n, " or A%d", i);
        n += snprintf(text + n, sizeof text - (size_t)n, ") and ((A0 and B0 and C)");
        for (int i = 0; i < pairs; i++)
            n += snprintf(text + n, sizeof text - (size_t)n, " or (A%d and B%d)", i, i);
        snprintf(text + n, sizeof text - (size_t)n, ");\n");
        sharepol_policy *p = compile_ok(text);
        sharepol_result r;
        sharepol_residual *res = residual_of(p, "c from S to R at 2025-01-01", &r);
        assert_int_equal(r.residual_size, 2);
        bool mark[64] = { false };
        named(sharepol_residual_root(res), mark);
        /* C is in no minimal set: left out when the diagram is small */
        assert_int_equal(mark[sharepol_party(p, "C")], pairs > 4);
        /* equivalent: A_i and B_i for each i, and C alone or with A0 B0 */
        bool yes[64];
        for (int i = 0; i < pairs; i++) {
            char a[8], b[8];
            snprintf(a, sizeof a, "A%d", i);
            snprintf(b, sizeof b, "B%d", i);
            for (unsigned set = 0; set < 8; set++) {
                memset(yes, 0, sizeof yes);
                yes[sharepol_party(p, a)] = set & 1;
                yes[sharepol_party(p, b)] = (set >> 1) & 1;
                yes[sharepol_party(p, "C")] = (set >> 2) & 1;
                assert_int_equal(holds(sharepol_residual_root(res), yes), (set & 3) == 3);
            }
        }
        sharepol_residual_free(res);
        sharepol_policy_release(p);
    }
}

/* ---- random expressions, checked by brute force --------------------------- */

#define NP 8 /* parties P0 … P7 */

typedef struct rng {
    uint64_t s;
} rng;

static uint32_t below(rng *g, uint32_t n)
{
    g->s = g->s * 6364136223846793005u + 1442695040888963407u;
    return (uint32_t)(g->s >> 33) % n;
}

/* An expression as text, and its value on a set of parties (bit i: Pi). */
typedef struct expr {
    char text[1024];
    size_t len;
} expr;

static void put(expr *e, const char *s)
{
    size_t n = strlen(s);
    assert_true(e->len + n < sizeof e->text);
    memcpy(e->text + e->len, s, n + 1);
    e->len += n;
}

/* Writes a random consent expression of the given depth into e, and
 * records it in the program `code` for eval(): a tiny stack language. */
typedef struct prog {
    uint8_t op[256], arg[256], count[256];
    uint16_t set[256];
    int n;
} prog;

enum { E_PARTY, E_ORIG, E_ALL, E_ANY, E_COUNT, E_AND, E_OR };

static void gen(rng *g, expr *e, prog *pr, int depth)
{
    uint32_t kind = depth > 0 ? below(g, 7) : below(g, 5);
    char buf[64];
    assert_true(pr->n < 256);
    int at = pr->n++;
    pr->op[at] = (uint8_t)kind;
    if (kind == E_PARTY) {
        pr->arg[at] = (uint8_t)below(g, NP);
        snprintf(buf, sizeof buf, "P%u", pr->arg[at]);
        put(e, buf);
    } else if (kind == E_ORIG) {
        put(e, "originator");
    } else if (kind <= E_COUNT) {
        uint16_t set = 0;
        while (!set)
            set = (uint16_t)below(g, 1u << NP);
        unsigned size = (unsigned)__builtin_popcount(set);
        pr->set[at] = set;
        pr->count[at] = (uint8_t)(kind == E_ALL ? size : kind == E_ANY ? 1 : 1 + below(g, size));
        if (kind == E_ALL)
            put(e, "all of {");
        else if (kind == E_ANY)
            put(e, "any of {");
        else {
            snprintf(buf, sizeof buf, "%u of {", pr->count[at]);
            put(e, buf);
        }
        bool first = true;
        for (int i = 0; i < NP; i++)
            if ((set >> i) & 1) {
                snprintf(buf, sizeof buf, "%sP%d", first ? "" : ", ", i);
                put(e, buf);
                first = false;
            }
        put(e, "}");
    } else {
        unsigned kids = 2 + below(g, 2);
        pr->arg[at] = (uint8_t)kids;
        for (unsigned k = 0; k < kids; k++) {
            if (k)
                put(e, kind == E_AND ? " and " : " or ");
            put(e, "(");
            gen(g, e, pr, depth - 1);
            put(e, ")");
        }
    }
}

/* The value of the expression starting at *at on the set `yes` (bit i:
 * Pi consents), the originator being party `orig`. */
static bool eval(const prog *pr, int *at, unsigned yes, unsigned orig)
{
    int i = (*at)++;
    switch (pr->op[i]) {
    case E_PARTY:
        return (yes >> pr->arg[i]) & 1;
    case E_ORIG:
        return (yes >> orig) & 1;
    case E_AND:
    case E_OR: {
        bool all = true, any = false;
        for (unsigned k = 0; k < pr->arg[i]; k++) {
            bool v = eval(pr, at, yes, orig);
            all = all && v;
            any = any || v;
        }
        return pr->op[i] == E_AND ? all : any;
    }
    default:
        return (unsigned)__builtin_popcount(yes & pr->set[i]) >= pr->count[i];
    }
}

static bool value(const prog *pr, unsigned yes, unsigned orig)
{
    int at = 0;
    return eval(pr, &at, yes, orig);
}

static void random_expressions_by_brute_force(void **state)
{
    (void)state;
    rng g = { 20261206 };
    unsigned needs = 0;
    for (int round = 0; round < 1500; round++) {
        expr e = { .len = 0 };
        prog pr = { .n = 0 };
        gen(&g, &e, &pr, 1 + (int)below(&g, 3));
        char text[2048];
        int n = snprintf(text, sizeof text, "party S; party R; category c;\n");
        for (int i = 0; i < NP; i++)
            n += snprintf(text + n, sizeof text - (size_t)n, "party P%d;\n", i);
        snprintf(text + n, sizeof text - (size_t)n,
                 "rule r allow c from * to * with consent of %s;\n", e.text);
        sharepol_policy *p = compile_ok(text);
        sharepol_id id[NP];
        for (int i = 0; i < NP; i++) {
            char name[4] = { 'P', (char)('0' + i), 0 };
            id[i] = sharepol_party(p, name);
        }
        /* a random sender (one of P0 … P7, or S) and random consents */
        unsigned from = below(&g, NP + 1), orig = below(&g, NP);
        unsigned given = below(&g, 1u << NP) & below(&g, 1u << NP);
        if (from < NP)
            given |= 1u << from;
        sharepol_id consents[NP];
        size_t n_consents = 0;
        for (int i = 0; i < NP; i++)
            if ((given >> i) & 1 && (unsigned)i != from)
                consents[n_consents++] = id[i];
        sharepol_query q = SHAREPOL_QUERY_INIT;
        q.category = sharepol_category(p, "c");
        q.from = from < NP ? id[from] : sharepol_party(p, "S");
        q.to = sharepol_party(p, "R");
        q.originator = id[orig];
        q.date = 20000;
        q.consents = consents;
        q.n_consents = n_consents;
        sharepol_result r;
        sharepol_residual *res = NULL;
        int st = sharepol_decide_residual(p, &q, &r, &res);
        if (value(&pr, given, orig)) {
            if (st != SHAREPOL_ALLOW)
                fail_msg("%s with %#x given: %d, not allow", e.text, given, st);
            sharepol_policy_release(p);
            continue;
        }
        if (st != SHAREPOL_NEEDS_CONSENT || !res)
            fail_msg("%s with %#x given: %d, not needs consent", e.text, given, st);
        needs++;
        const sharepol_consent_node *root = sharepol_residual_root(res);
        bool mark[64] = { false };
        named(root, mark);
        unsigned smallest = NP + 1;
        for (int i = 0; i < NP; i++) {
            if ((given >> i) & 1) {
                if (mark[id[i]])
                    fail_msg("%s with %#x given: names P%d, who consented (%s)", e.text,
                             given, i, sharepol_residual_text(res));
                continue;
            }
            /* Pi matters when some set of further consents turns on it */
            bool relevant = false;
            for (unsigned set = 0; set < (1u << NP) && !relevant; set++)
                relevant = value(&pr, given | set | 1u << i, orig) !=
                           value(&pr, (given | set) & ~(1u << i), orig);
            /* (the residual is equivalent, so it names every party needed) */
            if (mark[id[i]] != relevant)
                fail_msg("%s with %#x given: P%d is %s but the residual %s names it",
                         e.text, given, i, relevant ? "needed" : "not needed",
                         sharepol_residual_text(res));
        }
        for (unsigned set = 0; set < (1u << NP); set++) {
            if (set & given)
                continue;
            bool yes[64] = { false };
            for (int i = 0; i < NP; i++)
                yes[id[i]] = (set >> i) & 1;
            bool want = value(&pr, given | set, orig);
            if (holds(root, yes) != want)
                fail_msg("%s with %#x given: residual %s is %d on %#x", e.text, given,
                         sharepol_residual_text(res), !want, set);
            if (want && (unsigned)__builtin_popcount(set) < smallest)
                smallest = (unsigned)__builtin_popcount(set);
        }
        assert_int_equal(r.residual_size, smallest);
        /* the residual the API builds again from the result is the same */
        sharepol_residual *again = NULL;
        assert_int_equal(sharepol_residual_new(&again, p, &q, &r), SHAREPOL_OK);
        assert_string_equal(sharepol_residual_text(again), sharepol_residual_text(res));
        sharepol_residual_free(again);
        sharepol_residual_free(res);
        sharepol_policy_release(p);
    }
    /* the generator gives both answers often */
    assert_true(needs > 500);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(the_examples_of_the_text),
        cmocka_unit_test(irredundant_residuals_keep_their_form),
        cmocka_unit_test(n_of_with_parties_given),
        cmocka_unit_test(nested_and_or),
        cmocka_unit_test(a_party_needed_everywhere),
        cmocka_unit_test(originator_in_a_consent),
        cmocka_unit_test(groups_and_requires),
        cmocka_unit_test(the_limit),
        cmocka_unit_test(past_the_diagram_bounds),
        cmocka_unit_test(random_expressions_by_brute_force),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
