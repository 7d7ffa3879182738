/* test_residual_equiv.c — `expect … => needs consent of C` in test blocks
 * (docs/language.md, "Tests"): residuals compared as functions of further
 * consents, the require rules' consents included, up to 20 parties. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"

#define RAN_OVER 2 /* in a list of outcomes: SHAREPOL_ELIMIT */
#define N_OF(a) (sizeof(a) / sizeof((a)[0]))

/* Parties S, R and P0 … P20; `twenty` is P0 … P19, `twentyone` P0 … P20. */
static sharepol_policy *with_rules(const char *rules, const char *expectations)
{
    char text[8192];
    int n = snprintf(text, sizeof text, "party S; party R; category c;\n");
    for (int i = 0; i <= 20; i++)
        n += snprintf(text + n, sizeof text - (size_t)n, "party P%d;\n", i);
    n += snprintf(text + n, sizeof text - (size_t)n, "group twenty = P0");
    for (int i = 1; i < 20; i++)
        n += snprintf(text + n, sizeof text - (size_t)n, ", P%d", i);
    n += snprintf(text + n, sizeof text - (size_t)n, ";\ngroup twentyone = twenty, P20;\n");
    snprintf(text + n, sizeof text - (size_t)n, "%s\ntest \"t\" at 2025-01-01 {\n%s}\n", rules,
             expectations);
    return compile_ok(text);
}

/* Runs every expectation of the policy's one test block: each outcome is 1
 * (passed), 0 (failed) or RAN_OVER (SHAREPOL_ELIMIT). */
static void expect_outcomes(const sharepol_policy *p, const int *want, size_t n)
{
    const sharepol_test_info *t = sharepol_test(p, 0);
    assert_non_null(t);
    assert_int_equal(t->n_expectations, n);
    for (size_t i = 0; i < n; i++) {
        int passed = -1;
        int st = sharepol_expectation_run(p, t->first + i, NULL, &passed);
        if (want[i] == RAN_OVER) {
            if (st != SHAREPOL_ELIMIT)
                fail_msg("expectation %zu: status %d, not SHAREPOL_ELIMIT", i, st);
            continue;
        }
        if (st != SHAREPOL_OK || passed != want[i])
            fail_msg("expectation %zu: status %d, passed %d, want passed %d", i, st, passed,
                     want[i]);
    }
}

/* Twenty missing parties are compared, either way; a twenty-first, counted
 * over the residual and the expectation together, is SHAREPOL_ELIMIT; a
 * party that has consented does not count. */
static void twenty_parties_at_most(void **state)
{
    (void)state;
    sharepol_policy *p = with_rules(
        "rule a allow c from S to R with consent of all of twenty;\n"
        "rule b allow c from R to S with consent of all of twentyone;\n",
        "expect c from S to R => needs consent of all of twenty;\n"
        "expect c from S to R => needs consent of all of {P0, P1, P2, P3, P4, P5, P6, P7, P8,\n"
        "    P9, P10, P11, P12, P13, P14, P15, P16, P17, P18};\n"
        "expect c from S to R => needs consent of all of twenty and P20;\n"
        "expect c from R to S => needs consent of all of twentyone;\n"
        "expect c from R to S consent P20 => needs consent of all of twenty;\n"
        "expect c from R to S consent P3 => needs consent of all of twentyone;\n");
    const int want[] = { 1, 0, RAN_OVER, RAN_OVER, 1, 1 };
    expect_outcomes(p, want, N_OF(want));
    sharepol_policy_release(p);
}

/* The applying require rules' consents are part of the residual. */
static void requires_are_compared_too(void **state)
{
    (void)state;
    sharepol_policy *p = with_rules("rule a allow c from S to R with consent of P0;\n"
                                    "rule q require consent of P1 for c to R;\n",
                                    "expect c from S to R => needs consent of P1 and P0;\n"
                                    "expect c from S to R => needs consent of P0;\n"
                                    "expect c from S to R => needs consent of P1;\n"
                                    "expect c from S to R consent P0 => needs consent of P1;\n");
    const int want[] = { 1, 0, 0, 1 };
    expect_outcomes(p, want, N_OF(want));
    sharepol_policy_release(p);
}

/* `N of` equals its spelled-out alternatives and nothing narrower or wider;
 * an `or` of the same alternatives twice is the same function. */
static void counting_is_compared_as_a_function(void **state)
{
    (void)state;
    sharepol_policy *p = with_rules(
        "rule a allow c from S to R with consent of 2 of {P0, P1, P2};\n",
        "expect c from S to R => needs consent of (P0 and P1) or (P0 and P2) or (P1 and P2);\n"
        "expect c from S to R => needs consent of (P2 and P1) or (P1 and P0) or (P0 and P2)\n"
        "    or (P1 and P2);\n"
        "expect c from S to R => needs consent of P0 and P1;\n"
        "expect c from S to R => needs consent of any of {P0, P1, P2};\n"
        "expect c from S to R => needs consent of all of {P0, P1, P2};\n"
        "expect c from S to R consent P1 => needs consent of P0 or P2;\n");
    const int want[] = { 1, 1, 0, 0, 0, 1 };
    expect_outcomes(p, want, N_OF(want));
    sharepol_policy_release(p);
}

/* `originator` in the expectation is the query's originator. */
static void originator_is_the_querys(void **state)
{
    (void)state;
    sharepol_policy *p = with_rules(
        "rule a allow c from S to R with consent of originator and P0;\n",
        "expect c from S to R originator P5 => needs consent of originator and P0;\n"
        "expect c from S to R originator P5 => needs consent of P0 and P5;\n"
        "expect c from S to R originator P5 => needs consent of P0 and P6;\n"
        "expect c from S to R => needs consent of P0;\n");
    const int want[] = { 1, 1, 0, 1 };
    expect_outcomes(p, want, N_OF(want));
    sharepol_policy_release(p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(twenty_parties_at_most),
        cmocka_unit_test(requires_are_compared_too),
        cmocka_unit_test(counting_is_compared_as_a_function),
        cmocka_unit_test(originator_is_the_querys),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
