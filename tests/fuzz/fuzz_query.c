/* fuzz_query.c — a query in the QUERY syntax, from arbitrary bytes, parsed
 * against a fixed policy (fuzz_policy.h) and decided.
 *
 * Properties: parsing returns a documented status; an input yields either a
 * query and no error diagnostic, or an error status and at least one error
 * (never both, never neither); a parsed query decides without allocating,
 * the same way twice, and an error is a deny without a rule; residuals and
 * explanations of it work; nothing leaks. */
#include <string.h>

#include "fuzz_common.h"
#include "fuzz_policy.h"

static fuzz_counter counter;
static sharepol_policy *policy;

/* The fixed policy lives for the process; it is released at exit so that
 * leak checkers (valgrind in the replay) see every block freed. */
static void teardown(void)
{
    sharepol_policy_release(policy);
    policy = NULL;
}

static void setup(void)
{
    sharepol_compile_options opts = fuzz_options(&counter);
    int st = sharepol_compile_string(&policy, fuzz_policy_text, sizeof fuzz_policy_text - 1,
                                     "fixed.spol", &opts, NULL);
    FUZZ_CHECK(st == SHAREPOL_OK);
    atexit(teardown);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!policy)
        setup();
    long live = counter.live;
    sharepol_parsed_query *pq = NULL;
    sharepol_diagnostics *d = NULL;
    int st = sharepol_query_parse(&pq, policy, (const char *)data, size, &d);
    FUZZ_CHECK(st == SHAREPOL_OK || st == SHAREPOL_EPARSE || st == SHAREPOL_EUNKNOWN ||
               st == SHAREPOL_EKIND || st == SHAREPOL_ELIMIT);
    FUZZ_CHECK((st == SHAREPOL_OK) == (pq != NULL));
    FUZZ_CHECK(d != NULL);
    if (st == SHAREPOL_OK)
        FUZZ_CHECK(sharepol_diagnostics_errors(d) == 0);
    else if (st != SHAREPOL_ELIMIT)
        FUZZ_CHECK(sharepol_diagnostics_errors(d) > 0);
    char *text = NULL;
    FUZZ_CHECK(sharepol_diagnostics_render(&text, d, 0) == SHAREPOL_OK);
    sharepol_string_free(text);
    sharepol_diagnostics_free(d);

    if (pq) {
        const sharepol_query *q = sharepol_parsed_query_get(pq);
        sharepol_query fixed = *q;
        if (fixed.date == SHAREPOL_DATE_TODAY)
            sharepol_date_parse(&fixed.date, "2025-06-01");
        unsigned long calls = counter.calls;
        sharepol_result r, again;
        int dec = sharepol_decide(policy, &fixed, &r);
        FUZZ_CHECK(counter.calls == calls); /* deciding allocates nothing */
        FUZZ_CHECK(dec == SHAREPOL_ALLOW || dec == SHAREPOL_DENY ||
                   dec == SHAREPOL_NEEDS_CONSENT || dec < 0);
        FUZZ_CHECK(r.decision == (dec < 0 ? SHAREPOL_DENY : dec));
        if (dec < 0)
            FUZZ_CHECK(r.rule == NULL);
        FUZZ_CHECK(sharepol_decide(policy, &fixed, &again) == dec);
        FUZZ_CHECK(again.rule == r.rule && again.residual_size == r.residual_size);
        if (dec == SHAREPOL_NEEDS_CONSENT) {
            FUZZ_CHECK(r.residual_size > 0);
            sharepol_residual *res = NULL;
            int rs = sharepol_residual_new(&res, policy, &fixed, &r);
            FUZZ_CHECK(rs == SHAREPOL_OK);
            FUZZ_CHECK(sharepol_residual_text(res)[0] != '\0');
            sharepol_residual_free(res);
        }
        sharepol_explanation *e = NULL;
        FUZZ_CHECK(sharepol_explain(&e, policy, &fixed) == dec);
        if (e)
            FUZZ_CHECK(sharepol_explanation_text(e) != NULL);
        sharepol_explanation_free(e);
        size_t rules[8];
        int n = sharepol_applying_rules(policy, &fixed, rules, 8);
        FUZZ_CHECK(n >= 0 || n == dec);
        sharepol_parsed_query_free(pq);
    }
    FUZZ_CHECK(counter.live == live);
    return 0;
}
