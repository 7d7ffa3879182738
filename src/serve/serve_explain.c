/* serve_explain.c — POST /v1/explain: the explanation of `sharepol explain`
 * as structured JSON (docs/serve.md, "POST /v1/explain"):
 *
 *   {"id": ..., "decision": "deny",
 *    "rule": {"name", "kind", "label", "location", "agreement"} or null,
 *    "residual": "METI" or null,
 *    "applied": [rule, ...]       every rule that applied, in source order,
 *    "reasoning": ["line", ...]}  the explanation's text, line by line
 *
 * The query is read exactly as /v1/decide reads it (answer.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "answer.h"
#include "serve.h"

static json_t *rule_json(const sharepol_rule_info *rule)
{
    if (!rule)
        return json_null();
    static const char *kinds[] = { "?", "allow", "deny", "require" };
    char loc[1200];
    snprintf(loc, sizeof loc, "%s:%u:%u", rule->file, rule->line, rule->column);
    return json_pack("{s:s, s:s, s:s?, s:s, s:s?}", "name", rule->name, "kind",
                     kinds[rule->kind >= 1 && rule->kind <= 3 ? rule->kind : 0], "label",
                     rule->label, "location", loc, "agreement", rule->agreement);
}

static json_t *lines_json(const char *text)
{
    json_t *lines = json_array();
    while (lines && text && *text) {
        const char *end = strchr(text, '\n');
        size_t n = end ? (size_t)(end - text) : strlen(text);
        json_array_append_new(lines, json_stringn(text, n));
        text += n + (end ? 1 : 0);
    }
    return lines;
}

json_t *serve_explain(const sharepol_policy *policy, json_t *query, bool *ok)
{
    *ok = false;
    json_t *id = json_is_object(query) ? json_object_get(query, "id") : NULL;
    line_query *lq = malloc(sizeof *lq);
    if (!lq)
        return NULL;
    if (!answer_read_query(policy, query, sharepol_date_today(), lq)) {
        json_t *error = answer_error(id, lq->error);
        free(lq);
        return error;
    }
    sharepol_explanation *ex = NULL;
    int st = sharepol_explain(&ex, policy, &lq->q);
    if (st < 0) {
        free(lq);
        sharepol_explanation_free(ex);
        return answer_error(id, sharepol_strerror(st));
    }
    size_t applying[64];
    int n = sharepol_applying_rules(policy, &lq->q, applying, 64);
    json_t *applied = json_array();
    for (int i = 0; i < n && i < 64; i++)
        json_array_append_new(applied, rule_json(sharepol_rule(policy, applying[i])));
    free(lq);

    const sharepol_result *r = sharepol_explanation_result(ex);
    const sharepol_residual *res = sharepol_explanation_residual(ex);
    json_t *answer = json_object();
    if (answer) {
        if (id)
            json_object_set(answer, "id", id);
        json_object_set_new(answer, "decision", json_string(sharepol_decision_name(st)));
        json_object_set_new(answer, "rule", rule_json(r->rule));
        json_object_set_new(answer, "residual",
                            res ? json_string(sharepol_residual_text(res)) : json_null());
        json_object_set_new(answer, "applied", applied);
        if (n > 64)
            json_object_set_new(answer, "applied_total", json_integer(n));
        json_object_set_new(answer, "reasoning", lines_json(sharepol_explanation_text(ex)));
        *ok = true;
    } else {
        json_decref(applied);
    }
    sharepol_explanation_free(ex);
    return answer;
}
