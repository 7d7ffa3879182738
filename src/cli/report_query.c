/* report_query.c — `sharepol query|explain --format json`: one decision,
 * its rule and residual, and for explain the rules that apply and the
 * reasoning, as one document (docs/formats.md, "query and explain"). */
#include <stdlib.h>
#include <string.h>

#include "format.h"

/* Every rule that applies to the query, in source order. */
static json_t *applying_rules(const sharepol_policy *policy, const sharepol_query *q)
{
    size_t n_rules = sharepol_count(policy, SHAREPOL_KIND_RULE);
    size_t *index = calloc(n_rules + 1, sizeof *index);
    json_t *list = json_array();
    int n = index ? sharepol_applying_rules(policy, q, index, n_rules) : -1;
    for (int i = 0; i < n && (size_t)i < n_rules; i++)
        json_array_append_new(list, cli_json_rule(sharepol_rule(policy, index[i])));
    free(index);
    if (n < 0) {
        json_decref(list);
        return NULL;
    }
    return list;
}

/* Decides (or explains) q into report.  @return the exit code. */
static int decide(json_t *report, const sharepol_policy *policy, const sharepol_query *q,
                  bool explain)
{
    sharepol_explanation *ex = NULL;
    sharepol_result r;
    int st = explain ? sharepol_explain(&ex, policy, q) : sharepol_decide(policy, q, &r);
    if (st < 0) {
        sharepol_explanation_free(ex);
        json_object_set_new(report, "error", json_string(sharepol_strerror(st)));
        return EXIT_USAGE;
    }
    if (explain)
        r = *sharepol_explanation_result(ex);
    json_object_set_new(report, "decision", json_string(cli_json_decision(st)));
    json_object_set_new(report, "rule", cli_json_rule(r.rule));
    json_t *residual = json_null();
    if (st == SHAREPOL_NEEDS_CONSENT) {
        sharepol_residual *res = NULL;
        if (sharepol_residual_new(&res, policy, q, &r) == SHAREPOL_OK)
            residual = cli_json_string(sharepol_residual_text(res));
        else
            residual = NULL; /* out of memory: the report is incomplete */
        sharepol_residual_free(res);
    }
    json_object_set_new(report, "residual", residual);
    if (explain) {
        json_object_set_new(report, "applying", applying_rules(policy, q));
        json_object_set_new(report, "explanation",
                            cli_json_string(sharepol_explanation_text(ex)));
    }
    sharepol_explanation_free(ex);
    return cli_exit_for_decision(st);
}

int cli_query_report(const cli_common *common, cli_format format, const char *text,
                     bool explain)
{
    sharepol_policy *policy = NULL;
    sharepol_diagnostics *diags = NULL;
    int st = cli_compile_quiet(&policy, common, &diags);
    json_t *report = cli_json_report(explain ? "explain" : "query");
    json_object_set_new(report, "query", cli_json_string(text));
    json_t *list = cli_json_diagnostics(diags);
    sharepol_diagnostics_free(diags);
    int exit_code = cli_exit_for(st);
    bool answered = false;
    if (policy) {
        sharepol_parsed_query *pq = NULL;
        st = sharepol_query_parse(&pq, policy, text, strlen(text), &diags);
        json_t *more = cli_json_diagnostics(diags);
        json_array_extend(list, more);
        json_decref(more);
        sharepol_diagnostics_free(diags);
        if (st == SHAREPOL_OK) {
            sharepol_query q = *sharepol_parsed_query_get(pq);
            if (q.date == SHAREPOL_DATE_TODAY)
                q.date = common->at;
            exit_code = decide(report, policy, &q, explain);
            answered = exit_code != EXIT_USAGE;
        } else {
            if (st == SHAREPOL_ENOMEM)
                json_object_set_new(report, "error", json_string(sharepol_strerror(st)));
            exit_code = EXIT_USAGE;
        }
        sharepol_parsed_query_free(pq);
        sharepol_policy_release(policy);
    }
    json_object_set_new(report, "ok", json_boolean(answered));
    json_object_set_new(report, "diagnostics", list);
    return cli_format_print(report, format, exit_code);
}
