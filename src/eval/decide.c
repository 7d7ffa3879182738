/* decide.c — the public entry points of the decision path:
 * sharepol_decide() and sharepol_decide_residual() check their arguments,
 * let eval.c prepare the query and decide, and fill the public result
 * (and, for a needs-consent answer, build the residual from the very same
 * decision). */
#include "eval.h"
#include "residual.h"

/* What a result says on an error: a deny without a rule. */
static void no_answer(sharepol_result *result)
{
    if (result) {
        result->decision = SHAREPOL_DENY;
        result->rule = NULL;
        result->rule_index = (size_t)-1;
        result->residual_size = 0;
    }
}

/* Decides into d; result, when given, is filled as sharepol_decide says. */
static int decide(const sharepol_policy *policy, const sharepol_query *query,
                  sharepol_result *result, sp_ctx *ctx, sp_decision *d)
{
    no_answer(result);
    if (!policy || !query)
        return SHAREPOL_EINVAL;
    int st = sp_eval_prepare(ctx, policy, query);
    if (st != SHAREPOL_OK)
        return st;
    st = sp_eval_decide(ctx, d);
    if (st != SHAREPOL_OK)
        return st;
    if (result) {
        result->decision = d->decision;
        if (d->rule != SP_NO_RULE) {
            result->rule = &policy->rule_info[d->rule];
            result->rule_index = d->rule;
        }
        if (d->decision == SHAREPOL_NEEDS_CONSENT)
            result->residual_size = d->residual_size;
    }
    return d->decision;
}

int sharepol_decide(const sharepol_policy *policy, const sharepol_query *query,
                    sharepol_result *result)
{
    sp_ctx ctx;
    sp_decision d;
    return decide(policy, query, result, &ctx, &d);
}

int sharepol_decide_residual(const sharepol_policy *policy, const sharepol_query *query,
                             sharepol_result *result, sharepol_residual **residual)
{
    if (!residual) {
        no_answer(result);
        return SHAREPOL_EINVAL;
    }
    *residual = NULL;
    sp_ctx ctx;
    sp_decision d;
    d.decision = SHAREPOL_DENY; /* until decide fills it */
    int st = decide(policy, query, result, &ctx, &d);
    if (st != SHAREPOL_NEEDS_CONSENT || d.decision != SHAREPOL_NEEDS_CONSENT)
        return st;
    /* the requires and rule of this very decision: no second walk */
    int built = sp_residual_build(residual, &ctx, policy->rules[d.rule].consent, d.requires,
                                  d.n_requires, &policy->allocator);
    return built == SHAREPOL_OK ? st : built;
}
