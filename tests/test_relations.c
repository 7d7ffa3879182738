/* test_relations.c — draft 2's relations and the query's parties in sets
 * (docs/language.md, "Relations" and "Party references"): every row of the
 * latter's table, `except` with references, units, a party without a fact,
 * relations that are not transitive nor inherited, `organisation of` a
 * root and a unit, require rules and conditions with relational sides. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"

/* Two organisations with units, an MSSP with a unit, and outsiders.
 * BankCo's clients are MSSP-1 and HealthCo; BankCo-SOC has a fact of its
 * own (Other); MSSP-1's clients are BankCo (not transitive back to
 * HealthCo). */
#define BASE                                                                   \
    "party BankCo; party BankCo-SOC in BankCo; party BankCo-Desk in BankCo-SOC;\n" \
    "party MSSP-1; party MSSP-Lab in MSSP-1;\n"                                  \
    "party HealthCo; party Other; party Lone;\n"                                \
    "group outsiders = Other, Lone;\n"                                          \
    "category c;\n"                                                             \
    "relation clients \"顧客\";\n"                                              \
    "relation clients of BankCo = MSSP-1, HealthCo;\n"                          \
    "relation clients of BankCo-SOC = Other;\n"                                 \
    "relation clients of MSSP-1 = BankCo;\n"

static sharepol_policy *with_rule(const char *rule)
{
    char text[4096];
    snprintf(text, sizeof text, BASE "%s\n", rule);
    return compile_ok(text);
}

#define ALLOWED(p, q) expect_answer(p, q, SHAREPOL_ALLOW, "r", NULL)
#define DENIED(p, q) expect_answer(p, q, SHAREPOL_DENY, NULL, NULL)

/* `to from`: the sender and its units. */
static void from_holds_its_units(void **state)
{
    (void)state;
    sharepol_policy *p = with_rule("rule r allow * from * to from;");
    ALLOWED(p, "c from BankCo to BankCo-Desk");
    ALLOWED(p, "c from BankCo-SOC to BankCo-SOC");
    DENIED(p, "c from BankCo-SOC to BankCo"); /* a parent is not in its unit */
    DENIED(p, "c from BankCo to HealthCo");
    sharepol_policy_release(p);
}

/* `from to` and `to originator`; the originator defaults to the sender. */
static void to_and_originator(void **state)
{
    (void)state;
    sharepol_policy *p = with_rule("rule r allow * from to to originator;");
    ALLOWED(p, "c from BankCo-SOC to BankCo originator BankCo");
    DENIED(p, "c from HealthCo to BankCo originator BankCo"); /* HealthCo not in BankCo */
    ALLOWED(p, "c from MSSP-Lab to MSSP-1 originator MSSP-1");
    ALLOWED(p, "c from Other to Other");
    sharepol_policy_release(p);
    p = with_rule("rule r allow * from * to originator;");
    ALLOWED(p, "c from HealthCo to BankCo-SOC originator BankCo");
    DENIED(p, "c from HealthCo to Other originator BankCo");
    sharepol_policy_release(p);
}

/* `organisation of R`: the root of R's tree and all of it; R itself when
 * it has no parent. */
static void organisation_of(void **state)
{
    (void)state;
    sharepol_policy *p = with_rule("rule r allow * from * to organisation of from;");
    ALLOWED(p, "c from BankCo-Desk to BankCo");
    ALLOWED(p, "c from BankCo-Desk to BankCo-SOC");
    ALLOWED(p, "c from BankCo to BankCo-Desk"); /* of a root: the root */
    DENIED(p, "c from BankCo-SOC to MSSP-1");
    ALLOWED(p, "c from Lone to Lone");
    sharepol_policy_release(p);
    /* of a named unit: a constant, the unit's root */
    p = with_rule("rule r allow * from organisation of BankCo-Desk to *;");
    ALLOWED(p, "c from BankCo to Other");
    ALLOWED(p, "c from BankCo-SOC to Other");
    DENIED(p, "c from MSSP-1 to Other");
    sharepol_policy_release(p);
    /* written twice means once */
    p = with_rule("rule r allow * from * to organisation of organisation of to;");
    ALLOWED(p, "c from Other to BankCo-Desk");
    sharepol_policy_release(p);
}

/* `NAME of R`: the parties in R's fact, with their units; none without a
 * fact; R's own fact, not its organisation's. */
static void relation_of(void **state)
{
    (void)state;
    sharepol_policy *p = with_rule("rule r allow * from * to clients of from;");
    ALLOWED(p, "c from BankCo to MSSP-1");
    ALLOWED(p, "c from BankCo to MSSP-Lab"); /* the usual closure: units */
    ALLOWED(p, "c from BankCo to HealthCo");
    DENIED(p, "c from BankCo to Other");
    /* not inherited: BankCo-SOC's own fact */
    ALLOWED(p, "c from BankCo-SOC to Other");
    DENIED(p, "c from BankCo-SOC to MSSP-1");
    /* a party with no fact is related to nobody */
    DENIED(p, "c from BankCo-Desk to MSSP-1");
    DENIED(p, "c from HealthCo to BankCo");
    /* not transitive: BankCo's clients' clients are not BankCo's */
    ALLOWED(p, "c from MSSP-1 to BankCo-SOC");
    DENIED(p, "c from MSSP-1 to HealthCo");
    sharepol_policy_release(p);
}

/* TLP:AMBER's audience: the holder's organisation and its clients. */
static void clients_of_organisation_of_from(void **state)
{
    (void)state;
    sharepol_policy *p =
        with_rule("rule r allow * from * to organisation of from, clients of organisation of from;");
    ALLOWED(p, "c from BankCo-Desk to MSSP-Lab");
    ALLOWED(p, "c from BankCo-Desk to BankCo");
    ALLOWED(p, "c from BankCo-Desk to HealthCo");
    DENIED(p, "c from BankCo-Desk to Other"); /* BankCo-SOC's client, not BankCo's */
    DENIED(p, "c from HealthCo to BankCo");
    sharepol_policy_release(p);
    /* a relation of a named party is a constant set */
    p = with_rule("rule r allow * from clients of BankCo to *;");
    ALLOWED(p, "c from MSSP-Lab to Lone");
    DENIED(p, "c from BankCo to Lone");
    sharepol_policy_release(p);
}

/* References after `except`, and mixed with names. */
static void except_with_references(void **state)
{
    (void)state;
    sharepol_policy *p = with_rule("rule r allow * from * to * except organisation of from;");
    ALLOWED(p, "c from BankCo-SOC to MSSP-1");
    DENIED(p, "c from BankCo-SOC to BankCo-Desk");
    DENIED(p, "c from BankCo-SOC to BankCo");
    sharepol_policy_release(p);
    p = with_rule("rule r allow * from * to outsiders, clients of from except originator;");
    ALLOWED(p, "c from BankCo to Lone originator Other");
    DENIED(p, "c from BankCo to Other originator Other");
    ALLOWED(p, "c from BankCo to HealthCo originator Other");
    DENIED(p, "c from BankCo to MSSP-Lab originator MSSP-1");
    sharepol_policy_release(p);
}

/* A deny with a relational side wins like any deny. */
static void deny_outside_organisation(void **state)
{
    (void)state;
    sharepol_policy *p = with_rule("rule r allow * from * to *;\n"
                                   "rule d deny * from * to * except organisation of originator;");
    expect_answer(p, "c from HealthCo to BankCo-SOC originator BankCo-Desk", SHAREPOL_ALLOW, "r",
                  NULL);
    expect_answer(p, "c from BankCo to HealthCo originator BankCo-Desk", SHAREPOL_DENY, "d",
                  NULL);
    sharepol_policy_release(p);
}

/* Require rules with relational sides: consent needed only where the side
 * holds. */
static void require_with_relational_sides(void **state)
{
    (void)state;
    sharepol_policy *p = with_rule("rule r allow * from * to *;\n"
                                   "rule q require consent of originator to * except "
                                   "organisation of originator, clients of originator;");
    ALLOWED(p, "c from Other to BankCo-SOC originator BankCo");
    ALLOWED(p, "c from Other to HealthCo originator BankCo");
    expect_answer(p, "c from HealthCo to Lone originator BankCo", SHAREPOL_NEEDS_CONSENT, "r",
                  "BankCo");
    ALLOWED(p, "c from HealthCo to Lone originator BankCo consent BankCo");
    sharepol_policy_release(p);
    p = with_rule("rule r allow * from * to *;\n"
                  "rule q require consent of HealthCo from clients of BankCo;");
    expect_answer(p, "c from MSSP-Lab to Lone", SHAREPOL_NEEDS_CONSENT, "r", "HealthCo");
    ALLOWED(p, "c from Other to Lone");
    sharepol_policy_release(p);
}

/* Conditions: `originator in`, `from in`, `to in` take references. */
static void conditions_with_references(void **state)
{
    (void)state;
    sharepol_policy *p = with_rule(
        "rule r allow * from * to * when to in clients of organisation of originator "
        "and not from in to and originator in organisation of BankCo-Desk;");
    ALLOWED(p, "c from Other to HealthCo originator BankCo-SOC");
    DENIED(p, "c from Other to HealthCo originator MSSP-1");
    DENIED(p, "c from HealthCo to HealthCo originator BankCo");
    sharepol_policy_release(p);
}

/* The rule index files a relational side by its other side: many rules
 * filed under one sender, each checked at decision time. */
static void indexed_by_the_other_side(void **state)
{
    (void)state;
    char *text = malloc(1 << 16);
    assert_non_null(text);
    size_t n = (size_t)snprintf(text, 1 << 16, "%s", BASE);
    for (int i = 0; i < 40; i++)
        n += (size_t)snprintf(text + n, (1 << 16) - n,
                              "rule r%d allow * from Other to clients of %s;\n", i,
                              i % 2 ? "organisation of from" : "to");
    n += (size_t)snprintf(text + n, (1 << 16) - n,
                          "rule r allow * from Other, Lone to clients of from;\n");
    sharepol_policy *p = compile_ok(text);
    free(text);
    expect_answer(p, "c from Other to HealthCo", SHAREPOL_DENY, NULL, NULL);
    expect_answer(p, "c from BankCo to MSSP-1", SHAREPOL_DENY, NULL, NULL);
    expect_answer(p, "c from Other to MSSP-1", SHAREPOL_DENY, NULL, NULL);
    sharepol_policy_release(p);
}

/* explain says what each reference stood for, in a side and in a
 * condition, and that a party without a fact has no relation. */
static void explain_names_the_references(void **state)
{
    (void)state;
    sharepol_policy *p = with_rule("rule r allow * from * to clients of from;\n"
                                   "rule w allow * from * to * when to in organisation of from;");
    sharepol_parsed_query *pq = NULL;
    const char *text = "c from BankCo-Desk to Other at 2025-01-01";
    assert_int_equal(sharepol_query_parse(&pq, p, text, strlen(text), NULL), SHAREPOL_OK);
    sharepol_explanation *ex = NULL;
    assert_int_equal(sharepol_explain(&ex, p, sharepol_parsed_query_get(pq)), SHAREPOL_DENY);
    const char *why = sharepol_explanation_text(ex);
    if (!strstr(why, "where clients of from is clients of BankCo-Desk, which has no fact: nobody") ||
        !strstr(why, "where organisation of from is BankCo"))
        fail_msg("explanation:\n%s", why);
    sharepol_explanation_free(ex);
    sharepol_parsed_query_free(pq);
    sharepol_policy_release(p);
}

/* Relations are a kind of name: introspection knows them. */
static void relations_are_declared_names(void **state)
{
    (void)state;
    sharepol_policy *p = with_rule("rule r allow * from * to clients of from;");
    assert_int_equal(sharepol_kind_of(p, "clients"), SHAREPOL_KIND_RELATION);
    assert_int_equal(sharepol_count(p, SHAREPOL_KIND_RELATION), 1);
    assert_string_equal(sharepol_name(p, SHAREPOL_KIND_RELATION, 0), "clients");
    /* a relation is not something a query names */
    assert_true(sharepol_party(p, "clients") < 0);
    sharepol_policy_release(p);
}

/* The misuses the checker reports, by code. */
static void misuse_is_an_error(void **state)
{
    (void)state;
    static const struct {
        const char *text, *code;
    } cases[] = {
        { "relation clients of BankCo = Other;", "duplicate-fact" },
        { "group g = from;", "reference-outside-rule" },
        { "scope s = organisation of BankCo;", "reference-outside-rule" },
        { "relation clients of Other = clients of BankCo;", "reference-outside-rule" },
        { "agreement a { parties to; }", "reference-outside-rule" },
        { "rule x allow * from * to * with consent of organisation of from;",
          "reference-in-consent" },
        { "rule x allow * from * to clientz of from;", "undefined-name" },
        { "rule x allow * from * to organization of from;", "undefined-name" },
        { "rule x allow * from * to c of from;", "wrong-kind" },
        { "rule x allow * from * to organisation of outsiders;", "wrong-kind" },
        { "relation clients of outsiders = Lone;", "wrong-kind" },
        { "relation c of Lone = Lone;", "wrong-kind" },
        { "party organisation;", "reserved-word" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char text[4096];
        snprintf(text, sizeof text, BASE "%s\n", cases[i].text);
        sharepol_policy *p = NULL;
        sharepol_diagnostics *d = NULL;
        int st = sharepol_compile_string(&p, text, strlen(text), "t.spol", NULL, &d);
        bool found = false;
        for (size_t k = 0; k < sharepol_diagnostics_count(d); k++) {
            const sharepol_diagnostic *x = sharepol_diagnostics_get(d, k);
            found |= x->severity == SHAREPOL_SEVERITY_ERROR && strcmp(x->code, cases[i].code) == 0;
        }
        sharepol_diagnostics_free(d);
        sharepol_policy_release(p);
        if (st == SHAREPOL_OK || !found)
            fail_msg("%s: want error %s (status %d)", cases[i].text, cases[i].code, st);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(from_holds_its_units),
        cmocka_unit_test(to_and_originator),
        cmocka_unit_test(organisation_of),
        cmocka_unit_test(relation_of),
        cmocka_unit_test(clients_of_organisation_of_from),
        cmocka_unit_test(except_with_references),
        cmocka_unit_test(deny_outside_organisation),
        cmocka_unit_test(require_with_relational_sides),
        cmocka_unit_test(conditions_with_references),
        cmocka_unit_test(indexed_by_the_other_side),
        cmocka_unit_test(explain_names_the_references),
        cmocka_unit_test(relations_are_declared_names),
        cmocka_unit_test(misuse_is_an_error),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
