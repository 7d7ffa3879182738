/* test_markings.c — several markings on one item (docs/language.md,
 * "Several markings on one item"): every row of the table with one, two and
 * three markings, in the QUERY syntax and through sharepol_query's list of
 * sharepol_marking; the single-scope fields beside the list; and the limits
 * and the malformed lists the library refuses. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"

/* tlp-red and tlp-amber have no audience; inside and mod-only have one. */
#define BASE                                                                   \
    "party MOD; party SDF in MOD; party METI; party IPA; party CAS;\n"          \
    "group signatories = MOD, METI, IPA;\n"                                     \
    "category c;\n"                                                             \
    "scope inside = signatories; scope tlp-red; scope tlp-amber;\n"             \
    "scope mod-only = MOD;\n"

static sharepol_policy *when(const char *condition)
{
    char text[2048];
    snprintf(text, sizeof text, BASE "rule r allow c from * to * when %s;\n", condition);
    return compile_ok(text);
}

#define ALLOWED(p, q) expect_answer(p, q " at 2025-01-01", SHAREPOL_ALLOW, "r", NULL)
#define DENIED(p, q) expect_answer(p, q " at 2025-01-01", SHAREPOL_DENY, NULL, NULL)

/* ---- markings built through the C API --------------------------------- */

/* Storage for up to 4 markings of up to 4 parties each. */
typedef struct marks {
    sharepol_marking v[4];
    sharepol_id parties[4][4];
    size_t n;
} marks;

static void add_scope(marks *m, const sharepol_policy *p, const char *scope)
{
    sharepol_marking one = SHAREPOL_MARKING_INIT;
    one.scope = sharepol_scope(p, scope);
    m->v[m->n++] = one;
}

/* An explicit audience of the parties named (NULL-terminated). */
static void add_audience(marks *m, const sharepol_policy *p, ...)
{
    va_list ap;
    va_start(ap, p);
    sharepol_marking one = SHAREPOL_MARKING_INIT;
    one.audience = m->parties[m->n];
    for (const char *name; (name = va_arg(ap, const char *)) != NULL;)
        m->parties[m->n][one.n_audience++] = sharepol_party(p, name);
    va_end(ap);
    m->v[m->n++] = one;
}

/* Decides `c from FROM to TO at 2025-01-01` carrying the markings. */
static int decide_marked(const sharepol_policy *p, const char *from, const char *to,
                         const sharepol_marking *v, size_t n)
{
    sharepol_query q = SHAREPOL_QUERY_INIT;
    q.category = sharepol_category(p, "c");
    q.from = sharepol_party(p, from);
    q.to = sharepol_party(p, to);
    q.date = 20089; /* 2025-01-01 */
    q.markings = v;
    q.n_markings = n;
    sharepol_result r;
    int d = sharepol_decide(p, &q, &r);
    if (d < 0)
        assert_int_equal(r.decision, SHAREPOL_DENY); /* an error is never an allow */
    return d;
}

/* ---- the table, row by row ------------------------------------------- */

/* `marked S1, S2`: some marking is one of these scopes. */
static void marked_some_marking(void **state)
{
    (void)state;
    sharepol_policy *p = when("marked tlp-red");
    ALLOWED(p, "c from MOD to CAS scope tlp-red");
    ALLOWED(p, "c from MOD to CAS scope inside, tlp-red");
    ALLOWED(p, "c from MOD to CAS scope {MOD}, tlp-amber, tlp-red");
    DENIED(p, "c from MOD to CAS scope inside, tlp-amber");
    DENIED(p, "c from MOD to CAS scope {MOD}, {CAS}, mod-only");
    sharepol_policy_release(p);
    /* each atom is about some marking: two atoms may be met by two */
    p = when("marked tlp-red and marked inside");
    DENIED(p, "c from MOD to CAS scope tlp-red");
    ALLOWED(p, "c from MOD to CAS scope inside, tlp-red");
    ALLOWED(p, "c from MOD to CAS scope tlp-red, {CAS}, inside");
    sharepol_policy_release(p);
}

/* `unmarked`: no marking at all; an empty audience is a marking. */
static void unmarked_no_marking(void **state)
{
    (void)state;
    sharepol_policy *p = when("unmarked");
    ALLOWED(p, "c from MOD to CAS");
    DENIED(p, "c from MOD to CAS scope tlp-red, tlp-amber");
    DENIED(p, "c from MOD to CAS scope {}, {}");
    DENIED(p, "c from MOD to CAS scope {}, tlp-red, {CAS}");
    marks m = { 0 };
    assert_int_equal(decide_marked(p, "MOD", "CAS", m.v, 0), SHAREPOL_ALLOW);
    assert_int_equal(decide_marked(p, "MOD", "CAS", NULL, 0), SHAREPOL_ALLOW);
    add_scope(&m, p, "tlp-red");
    add_audience(&m, p, (const char *)NULL);
    assert_int_equal(decide_marked(p, "MOD", "CAS", m.v, 2), SHAREPOL_DENY);
    sharepol_policy_release(p);
}

/* `to outside scope`: some marking has an audience and the recipient is
 * not in it, whatever the other markings say. */
static void outside_some_audience(void **state)
{
    (void)state;
    sharepol_policy *p = when("to outside scope");
    DENIED(p, "c from MOD to IPA scope inside, tlp-red");       /* in its one audience */
    ALLOWED(p, "c from MOD to IPA scope inside, mod-only");     /* not in mod-only */
    ALLOWED(p, "c from MOD to IPA scope {IPA}, {CAS}");
    DENIED(p, "c from MOD to SDF scope {MOD}, mod-only, inside"); /* units count */
    ALLOWED(p, "c from MOD to SDF scope {MOD}, mod-only, {METI}");
    DENIED(p, "c from MOD to IPA scope tlp-red, tlp-amber");   /* no audience at all */
    ALLOWED(p, "c from MOD to IPA scope tlp-red, {}");
    sharepol_policy_release(p);
}

/* `to within scope`: some marking has an audience, and the recipient is in
 * every audience. */
static void within_every_audience(void **state)
{
    (void)state;
    sharepol_policy *p = when("to within scope");
    ALLOWED(p, "c from METI to IPA scope inside, tlp-red");
    ALLOWED(p, "c from METI to SDF scope inside, mod-only");
    ALLOWED(p, "c from METI to SDF scope inside, {MOD, CAS}, mod-only");
    DENIED(p, "c from METI to IPA scope inside, mod-only");
    DENIED(p, "c from METI to IPA scope {IPA}, {CAS}");
    DENIED(p, "c from METI to IPA scope {IPA, CAS}, {}, inside");
    DENIED(p, "c from METI to IPA scope tlp-red, tlp-amber");  /* no audience at all */
    DENIED(p, "c from METI to IPA");
    sharepol_policy_release(p);
}

/* With one marking, the rows read as in draft 1, whichever way it comes. */
static void one_marking_either_form(void **state)
{
    (void)state;
    static const char *const conditions[] = { "to within scope", "to outside scope",
                                              "unmarked", "marked inside" };
    for (size_t c = 0; c < sizeof conditions / sizeof *conditions; c++) {
        sharepol_policy *p = when(conditions[c]);
        static const char *const to[] = { "IPA", "SDF", "CAS" };
        for (size_t t = 0; t < 3; t++) {
            marks m = { 0 };
            add_scope(&m, p, "inside");
            add_audience(&m, p, "MOD", (const char *)NULL);
            for (size_t k = 0; k < 2; k++) {
                sharepol_query q = SHAREPOL_QUERY_INIT;
                q.category = sharepol_category(p, "c");
                q.from = sharepol_party(p, "METI");
                q.to = sharepol_party(p, to[t]);
                q.date = 20089;
                q.scope = m.v[k].scope;
                q.audience = m.v[k].audience;
                q.n_audience = m.v[k].n_audience;
                int single = sharepol_decide(p, &q, NULL);
                assert_true(single > 0);
                assert_int_equal(decide_marked(p, "METI", to[t], &m.v[k], 1), single);
            }
        }
        sharepol_policy_release(p);
    }
}

/* The list form through the C API gives what the QUERY syntax gives. */
static void api_list_matches_text(void **state)
{
    (void)state;
    sharepol_policy *p = when("to within scope and marked inside");
    marks m = { 0 };
    add_scope(&m, p, "inside");
    add_audience(&m, p, "MOD", "IPA", (const char *)NULL);
    add_scope(&m, p, "tlp-red");
    assert_int_equal(decide_marked(p, "METI", "SDF", m.v, 3), SHAREPOL_ALLOW);
    ALLOWED(p, "c from METI to SDF scope inside, {MOD, IPA}, tlp-red");
    assert_int_equal(decide_marked(p, "METI", "CAS", m.v, 3), SHAREPOL_DENY);
    assert_int_equal(decide_marked(p, "METI", "METI", m.v, 3), SHAREPOL_DENY);
    DENIED(p, "c from METI to METI scope inside, {MOD, IPA}, tlp-red");
    /* the parsed query carries the list */
    sharepol_parsed_query *pq = NULL;
    const char *text = "c from METI to SDF scope inside, {MOD, IPA}, tlp-red";
    assert_int_equal(sharepol_query_parse(&pq, p, text, strlen(text), NULL), SHAREPOL_OK);
    const sharepol_query *q = sharepol_parsed_query_get(pq);
    assert_int_equal(q->n_markings, 3);
    assert_int_equal(q->scope, SHAREPOL_ID_NONE);
    assert_null(q->audience);
    assert_int_equal(q->markings[0].scope, sharepol_scope(p, "inside"));
    assert_int_equal(q->markings[1].n_audience, 2);
    assert_int_equal(q->markings[1].scope, SHAREPOL_ID_NONE);
    sharepol_parsed_query_free(pq);
    /* one marking stays in the single-marking fields */
    text = "c from METI to SDF scope {MOD}";
    assert_int_equal(sharepol_query_parse(&pq, p, text, strlen(text), NULL), SHAREPOL_OK);
    q = sharepol_parsed_query_get(pq);
    assert_null(q->markings);
    assert_int_equal(q->n_audience, 1);
    sharepol_parsed_query_free(pq);
    sharepol_policy_release(p);
}

/* A rule over several markings, as a TLP community writes it: every
 * marking must let the recipient have the item, else its source decides. */
static void most_restrictive_wins(void **state)
{
    (void)state;
    sharepol_policy *p = compile_ok(
        BASE "rule free allow c from * to * when to within scope or unmarked;\n"
             "rule ask allow c from * to * with consent of originator\n"
             "  when to outside scope and onward;\n");
    expect_answer(p, "c from METI to IPA originator MOD scope inside at 2025-01-01",
                  SHAREPOL_ALLOW, "free", NULL);
    expect_answer(p, "c from METI to IPA originator MOD scope inside, mod-only at 2025-01-01",
                  SHAREPOL_NEEDS_CONSENT, "ask", "MOD");
    expect_answer(p, "c from METI to IPA originator MOD scope mod-only, inside at 2025-01-01",
                  SHAREPOL_NEEDS_CONSENT, "ask", "MOD");
    expect_answer(p, "c from METI to SDF originator MOD scope mod-only, inside, {SDF} "
                     "at 2025-01-01",
                  SHAREPOL_ALLOW, "free", NULL);
    sharepol_policy_release(p);
}

/* ---- what the library refuses ---------------------------------------- */

static void malformed_lists(void **state)
{
    (void)state;
    sharepol_policy *p = when("unmarked");
    marks m = { 0 };
    add_scope(&m, p, "inside");
    sharepol_query q = SHAREPOL_QUERY_INIT;
    q.category = sharepol_category(p, "c");
    q.from = sharepol_party(p, "MOD");
    q.to = sharepol_party(p, "CAS");
    q.date = 20089;
    sharepol_result r;

    /* a count without its array */
    q.n_markings = 1;
    assert_int_equal(sharepol_decide(p, &q, &r), SHAREPOL_EINVAL);
    assert_int_equal(r.decision, SHAREPOL_DENY);
    /* the list beside the single-marking fields */
    q.markings = m.v;
    q.scope = sharepol_scope(p, "tlp-red");
    assert_int_equal(sharepol_decide(p, &q, NULL), SHAREPOL_EINVAL);
    q.scope = SHAREPOL_ID_NONE;
    sharepol_id none[1];
    q.audience = none;
    assert_int_equal(sharepol_decide(p, &q, NULL), SHAREPOL_EINVAL);
    q.audience = NULL;
    assert_int_equal(sharepol_decide(p, &q, NULL), SHAREPOL_DENY);

    /* a marking that is both, or neither, or out of range */
    sharepol_marking bad = SHAREPOL_MARKING_INIT;
    q.markings = &bad;
    assert_int_equal(sharepol_decide(p, &q, NULL), SHAREPOL_EINVAL);
    bad.scope = sharepol_scope(p, "inside");
    bad.audience = none;
    assert_int_equal(sharepol_decide(p, &q, NULL), SHAREPOL_EINVAL);
    bad.audience = NULL;
    bad.n_audience = 2; /* a count without its array */
    assert_int_equal(sharepol_decide(p, &q, NULL), SHAREPOL_EINVAL);
    bad.n_audience = 0;
    bad.scope = 99;
    assert_int_equal(sharepol_decide(p, &q, NULL), SHAREPOL_EINVAL);
    bad.scope = sharepol_scope(p, "no-such-scope");
    assert_int_equal(bad.scope, SHAREPOL_ID_UNKNOWN);
    assert_int_equal(sharepol_decide(p, &q, NULL), SHAREPOL_EUNKNOWN);
    bad.scope = SHAREPOL_ID_NONE;
    none[0] = sharepol_party(p, "Nobody");
    bad.audience = none;
    bad.n_audience = 1;
    assert_int_equal(sharepol_decide(p, &q, NULL), SHAREPOL_EUNKNOWN);
    none[0] = 1000;
    assert_int_equal(sharepol_decide(p, &q, NULL), SHAREPOL_EINVAL);
    /* the same checks for every function that takes a query */
    size_t rules[4];
    assert_int_equal(sharepol_applying_rules(p, &q, rules, 4), SHAREPOL_EINVAL);
    sharepol_explanation *ex = NULL;
    assert_int_equal(sharepol_explain(&ex, p, &q), SHAREPOL_EINVAL);
    assert_null(ex);
    sharepol_policy_release(p);
}

static void limits(void **state)
{
    (void)state;
    sharepol_policy *p = when("marked tlp-red");
    static sharepol_marking many[SHAREPOL_MAX_MARKINGS + 1];
    for (size_t i = 0; i <= SHAREPOL_MAX_MARKINGS; i++) {
        sharepol_marking one = SHAREPOL_MARKING_INIT;
        one.scope = sharepol_scope(p, i == SHAREPOL_MAX_MARKINGS - 1 ? "tlp-red" : "inside");
        many[i] = one;
    }
    assert_int_equal(decide_marked(p, "MOD", "CAS", many, SHAREPOL_MAX_MARKINGS),
                     SHAREPOL_ALLOW);
    assert_int_equal(decide_marked(p, "MOD", "CAS", many, SHAREPOL_MAX_MARKINGS + 1),
                     SHAREPOL_ELIMIT);
    /* audience members count together: 4096 over all markings */
    static sharepol_id members[4097];
    for (size_t i = 0; i < 4097; i++)
        members[i] = sharepol_party(p, "CAS");
    sharepol_marking two[2] = { SHAREPOL_MARKING_INIT, SHAREPOL_MARKING_INIT };
    two[0].audience = members;
    two[0].n_audience = 2048;
    two[1].audience = members + 2048;
    two[1].n_audience = 2048;
    assert_int_equal(decide_marked(p, "MOD", "CAS", two, 2), SHAREPOL_DENY);
    two[1].n_audience = 2049;
    assert_int_equal(decide_marked(p, "MOD", "CAS", two, 2), SHAREPOL_ELIMIT);
    sharepol_policy_release(p);

    /* in the QUERY syntax: at most SHAREPOL_MAX_MARKINGS, located */
    p = when("marked tlp-red");
    char text[4096] = "c from MOD to CAS scope tlp-red";
    for (int i = 1; i <= SHAREPOL_MAX_MARKINGS; i++)
        strcat(text, ", inside");
    sharepol_parsed_query *pq = NULL;
    sharepol_diagnostics *diags = NULL;
    assert_int_equal(sharepol_query_parse(&pq, p, text, strlen(text), &diags),
                     SHAREPOL_EPARSE);
    assert_null(pq);
    const sharepol_diagnostic *d = sharepol_diagnostics_get(diags, 0);
    assert_non_null(d);
    assert_string_equal(d->code, "too-many-markings");
    assert_int_equal(d->column, strlen("c from MOD to CAS scope tlp-red") + 3 +
                                    (SHAREPOL_MAX_MARKINGS - 1) * strlen(", inside"));
    sharepol_diagnostics_free(diags);
    text[strlen(text) - strlen(", inside")] = '\0';
    assert_int_equal(sharepol_query_parse(&pq, p, text, strlen(text), NULL), SHAREPOL_OK);
    assert_int_equal(sharepol_decide(p, sharepol_parsed_query_get(pq), NULL), SHAREPOL_ALLOW);
    sharepol_parsed_query_free(pq);
    sharepol_policy_release(p);
}

/* Names in a marking list are checked like every other name. */
static void unknown_names_in_text(void **state)
{
    (void)state;
    sharepol_policy *p = when("unmarked");
    static const struct {
        const char *text;
        int status;
    } cases[] = {
        { "c from MOD to CAS scope tlp-red, tlp-rde", SHAREPOL_EUNKNOWN },
        { "c from MOD to CAS scope tlp-red, {MOD, Nobody}", SHAREPOL_EUNKNOWN },
        { "c from MOD to CAS scope tlp-red, {signatories}", SHAREPOL_EKIND },
        { "c from MOD to CAS scope tlp-red, MOD", SHAREPOL_EKIND },
        { "c from MOD to CAS scope tlp-red,", SHAREPOL_EPARSE },
        { "c from MOD to CAS scope tlp-red, , inside", SHAREPOL_EPARSE },
        { "c from MOD to CAS scope tlp-red scope inside", SHAREPOL_EPARSE },
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        sharepol_parsed_query *pq = NULL;
        int st = sharepol_query_parse(&pq, p, cases[i].text, strlen(cases[i].text), NULL);
        if (st != cases[i].status)
            fail_msg("%s: %d, not %d", cases[i].text, st, cases[i].status);
        assert_null(pq);
    }
    sharepol_policy_release(p);
}

/* A condition that only several markings can meet is not "never applies". */
static void lint_knows_several_markings(void **state)
{
    (void)state;
    int status;
    char *diags = diagnostics_of(BASE "rule r allow c from * to * when marked tlp-red and "
                                      "marked tlp-amber;\n"
                                      "rule s allow c from * to * when marked tlp-red and "
                                      "to within scope;\n"
                                      "rule t allow c from * to * when marked tlp-red and "
                                      "unmarked;\n",
                                 &status);
    assert_int_equal(status, SHAREPOL_OK);
    /* only rule t's condition is impossible */
    const char *warning = strstr(diags, "never apply");
    assert_non_null(warning);
    assert_null(strstr(warning + 1, "never apply"));
    assert_non_null(strstr(diags, ":8:33: warning[never-applies]: this rule can never apply"));
    free(diags);
}

/* explain names the markings and the one that decided each atom. */
static void explanation_names_the_marking(void **state)
{
    (void)state;
    sharepol_policy *p = when("to within scope and not marked tlp-red");
    sharepol_parsed_query *pq = NULL;
    const char *text = "c from METI to CAS scope inside, {CAS}, tlp-amber at 2025-01-01";
    assert_int_equal(sharepol_query_parse(&pq, p, text, strlen(text), NULL), SHAREPOL_OK);
    sharepol_explanation *ex = NULL;
    assert_int_equal(sharepol_explain(&ex, p, sharepol_parsed_query_get(pq)), SHAREPOL_DENY);
    const char *why = sharepol_explanation_text(ex);
    assert_non_null(strstr(why, " scope inside, {CAS}, tlp-amber at 2025-01-01"));
    assert_non_null(strstr(why, "'to within scope' is false: CAS is not in the audience "
                                "of marking 1, inside\n"));
    assert_non_null(strstr(why, "'marked tlp-red' is false: no marking is one of these "
                                "scopes\n"));
    sharepol_explanation_free(ex);
    sharepol_parsed_query_free(pq);
    text = "c from METI to IPA scope inside, {IPA}, tlp-red at 2025-01-01";
    assert_int_equal(sharepol_query_parse(&pq, p, text, strlen(text), NULL), SHAREPOL_OK);
    assert_int_equal(sharepol_explain(&ex, p, sharepol_parsed_query_get(pq)), SHAREPOL_DENY);
    why = sharepol_explanation_text(ex);
    assert_non_null(strstr(why, "'to within scope' is true: IPA is in the audience of every "
                                "marking that has one (1, 2)\n"));
    assert_non_null(strstr(why, "'marked tlp-red' is true: marking 3, tlp-red, is one of "
                                "them\n"));
    sharepol_explanation_free(ex);
    sharepol_parsed_query_free(pq);
    sharepol_policy_release(p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(marked_some_marking),
        cmocka_unit_test(unmarked_no_marking),
        cmocka_unit_test(outside_some_audience),
        cmocka_unit_test(within_every_audience),
        cmocka_unit_test(one_marking_either_form),
        cmocka_unit_test(api_list_matches_text),
        cmocka_unit_test(most_restrictive_wins),
        cmocka_unit_test(malformed_lists),
        cmocka_unit_test(limits),
        cmocka_unit_test(unknown_names_in_text),
        cmocka_unit_test(lint_knows_several_markings),
        cmocka_unit_test(explanation_names_the_marking),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
