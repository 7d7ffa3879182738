/* introspect.c — what a program can ask a compiled policy besides a
 * decision: its agreements, the rules that apply to a query, and its test
 * blocks, which it can also run. */
#include "eval.h"
#include "residual_equiv.h"

const sharepol_agreement_info *sharepol_agreement(const sharepol_policy *policy, size_t index)
{
    if (!policy || index >= policy->n_agreements)
        return NULL;
    return &policy->agreements[index];
}

int sharepol_applying_rules(const sharepol_policy *policy, const sharepol_query *query,
                            size_t *out, size_t cap)
{
    if (!policy || !query || (cap > 0 && !out))
        return SHAREPOL_EINVAL;
    sp_ctx ctx;
    int st = sp_eval_prepare(&ctx, policy, query);
    if (st != SHAREPOL_OK)
        return st;
    size_t n = 0;
    for (uint32_t r = 0; r < policy->n_rules; r++) {
        if (sp_eval_first_failing(&ctx, r) != SP_PART_ALL_HOLD)
            continue;
        if (n < cap)
            out[n] = r;
        n++;
    }
    return n > INT32_MAX ? INT32_MAX : (int)n;
}

size_t sharepol_test_count(const sharepol_policy *policy)
{
    return policy ? policy->n_tests : 0;
}

const sharepol_test_info *sharepol_test(const sharepol_policy *policy, size_t index)
{
    if (!policy || index >= policy->n_tests)
        return NULL;
    return &policy->tests[index];
}

const sharepol_expectation *sharepol_expectation_get(const sharepol_policy *policy, size_t index)
{
    if (!policy || index >= policy->n_expectations)
        return NULL;
    return &policy->expectations[index];
}

int sharepol_expectation_run(const sharepol_policy *policy, size_t index,
                             sharepol_result *result, int *passed)
{
    if (passed)
        *passed = 0;
    if (!policy || index >= policy->n_expectations)
        return SHAREPOL_EINVAL;
    const sharepol_expectation *e = &policy->expectations[index];
    sharepol_result local;
    if (!result)
        result = &local;
    int decision = sharepol_decide(policy, &e->query, result);
    if (decision < 0)
        return decision;
    int ok = decision == e->expected;
    int32_t expected = policy->expect_residual[index];
    if (ok && decision == SHAREPOL_NEEDS_CONSENT && expected >= 0) {
        sp_ctx ctx;
        sp_decision d;
        int st = sp_eval_prepare(&ctx, policy, &e->query);
        if (st == SHAREPOL_OK)
            st = sp_eval_decide(&ctx, &d);
        if (st != SHAREPOL_OK)
            return st;
        int eq = sp_residual_equiv_check(&ctx, policy->rules[d.rule].consent, d.requires,
                                         d.n_requires, (uint32_t)expected);
        if (eq < 0)
            return SHAREPOL_ELIMIT;
        ok = eq;
    }
    if (passed)
        *passed = ok;
    return SHAREPOL_OK;
}
