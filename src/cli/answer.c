/* answer.c — the answer to one query object, as `sharepol eval`'s general
 * way and `sharepol serve` give it (answer.h).  The query's names are looked
 * up in the policy, each failure with a message that says which key and
 * why; the answer carries the decision, the deciding rule and its place, and
 * the residual consent of a needs-consent answer. */
#include <stdio.h>
#include <string.h>

#include "answer.h"
#include "cli.h"

static const char *kind_text(int kind)
{
    switch (kind) {
    case SHAREPOL_KIND_PARTY: return "a party";
    case SHAREPOL_KIND_GROUP: return "a group";
    case SHAREPOL_KIND_CATEGORY: return "a category";
    case SHAREPOL_KIND_PURPOSE: return "a purpose";
    case SHAREPOL_KIND_SCOPE: return "a scope";
    case SHAREPOL_KIND_AGREEMENT: return "an agreement";
    default: return "a rule";
    }
}

/* Looks a JSON string up as a name of one kind; on failure writes why. */
static bool lookup(const sharepol_policy *policy, line_query *lq, const char *key,
                   json_t *value, int kind, sharepol_id *out)
{
    if (!json_is_string(value)) {
        snprintf(lq->error, sizeof lq->error, "\"%s\" must be a string", key);
        return false;
    }
    const char *name = json_string_value(value);
    sharepol_id id = SHAREPOL_ID_UNKNOWN;
    switch (kind) {
    case SHAREPOL_KIND_PARTY: id = sharepol_party(policy, name); break;
    case SHAREPOL_KIND_CATEGORY: id = sharepol_category(policy, name); break;
    case SHAREPOL_KIND_SCOPE: id = sharepol_scope(policy, name); break;
    case SHAREPOL_KIND_PURPOSE: id = sharepol_purpose(policy, name); break;
    }
    if (id >= 0) {
        *out = id;
        return true;
    }
    int actual = sharepol_kind_of(policy, name);
    if (actual)
        snprintf(lq->error, sizeof lq->error, "\"%s\": '%.100s' is %s, not %s", key, name,
                 kind_text(actual), kind_text(kind));
    else {
        char near[128];
        snprintf(lq->error, sizeof lq->error,
                 "\"%s\": the policy declares no %s named '%.100s'%s", key,
                 kind_text(kind) + (kind == SHAREPOL_KIND_AGREEMENT ? 3 : 2), name,
                 cli_did_you_mean(near, sizeof near, policy, kind, name));
    }
    return false;
}

static bool party_list(const sharepol_policy *policy, line_query *lq, const char *key,
                       json_t *value, sharepol_id *ids, size_t *n)
{
    if (!json_is_array(value)) {
        snprintf(lq->error, sizeof lq->error, "\"%s\" must be an array of party names", key);
        return false;
    }
    if (json_array_size(value) > EVAL_MAX_LIST) {
        snprintf(lq->error, sizeof lq->error, "\"%s\" lists more than %d parties", key,
                 EVAL_MAX_LIST);
        return false;
    }
    *n = json_array_size(value);
    for (size_t i = 0; i < *n; i++)
        if (!lookup(policy, lq, key, json_array_get(value, i), SHAREPOL_KIND_PARTY, &ids[i]))
            return false;
    return true;
}

/* "markings": an array of scope names and audiences (arrays of parties),
 * into lq->markings, the audiences' members into lq->marking_parties. */
static bool marking_list(const sharepol_policy *policy, line_query *lq, json_t *value)
{
    if (!json_is_array(value)) {
        snprintf(lq->error, sizeof lq->error,
                 "\"markings\" must be an array of scope names and arrays of party names");
        return false;
    }
    if (json_array_size(value) > SHAREPOL_MAX_MARKINGS) {
        snprintf(lq->error, sizeof lq->error, "\"markings\" lists more than %d markings",
                 SHAREPOL_MAX_MARKINGS);
        return false;
    }
    size_t members = 0;
    for (size_t i = 0; i < json_array_size(value); i++) {
        json_t *m = json_array_get(value, i);
        sharepol_marking one = SHAREPOL_MARKING_INIT;
        if (json_is_string(m)) {
            if (!lookup(policy, lq, "markings", m, SHAREPOL_KIND_SCOPE, &one.scope))
                return false;
        } else if (json_is_array(m)) {
            if (json_array_size(m) > EVAL_MAX_LIST - members) {
                snprintf(lq->error, sizeof lq->error,
                         "\"markings\" lists more than %d parties in all", EVAL_MAX_LIST);
                return false;
            }
            for (size_t j = 0; j < json_array_size(m); j++)
                if (!json_is_string(json_array_get(m, j))) {
                    snprintf(lq->error, sizeof lq->error,
                             "\"markings\" element %zu: an audience is an array of party "
                             "names",
                             i + 1);
                    return false;
                }
            sharepol_id *ids = lq->marking_parties + members;
            if (!party_list(policy, lq, "markings", m, ids, &one.n_audience))
                return false;
            one.audience = ids;
            members += one.n_audience;
        } else {
            snprintf(lq->error, sizeof lq->error,
                     "\"markings\" element %zu must be a scope name or an array of party "
                     "names",
                     i + 1);
            return false;
        }
        lq->markings[i] = one;
    }
    lq->q.markings = lq->markings;
    lq->q.n_markings = json_array_size(value);
    return true;
}

bool answer_read_query(const sharepol_policy *policy, json_t *obj, int32_t default_at,
                       line_query *lq)
{
    sharepol_query init = SHAREPOL_QUERY_INIT;
    lq->q = init;
    lq->q.date = default_at;
    if (!json_is_object(obj)) {
        snprintf(lq->error, sizeof lq->error, "a query must be a JSON object");
        return false;
    }
    const char *key;
    json_t *value;
    json_object_foreach(obj, key, value) {
        if (strcmp(key, "id") == 0 || json_is_null(value)) {
            if (strcmp(key, "id") != 0 && strcmp(key, "category") && strcmp(key, "from") &&
                strcmp(key, "to") && strcmp(key, "originator") && strcmp(key, "scope") &&
                strcmp(key, "markings") && strcmp(key, "purpose") && strcmp(key, "at") &&
                strcmp(key, "consents"))
                goto unknown;
            continue;
        }
        if (strcmp(key, "category") == 0) {
            if (!lookup(policy, lq, key, value, SHAREPOL_KIND_CATEGORY, &lq->q.category))
                return false;
        } else if (strcmp(key, "from") == 0) {
            if (!lookup(policy, lq, key, value, SHAREPOL_KIND_PARTY, &lq->q.from))
                return false;
        } else if (strcmp(key, "to") == 0) {
            if (!lookup(policy, lq, key, value, SHAREPOL_KIND_PARTY, &lq->q.to))
                return false;
        } else if (strcmp(key, "originator") == 0) {
            if (!lookup(policy, lq, key, value, SHAREPOL_KIND_PARTY, &lq->q.originator))
                return false;
        } else if (strcmp(key, "purpose") == 0) {
            if (!lookup(policy, lq, key, value, SHAREPOL_KIND_PURPOSE, &lq->q.purpose))
                return false;
        } else if (strcmp(key, "scope") == 0) {
            if (json_is_array(value)) {
                if (!party_list(policy, lq, key, value, lq->audience, &lq->q.n_audience))
                    return false;
                lq->q.audience = lq->audience;
            } else if (!lookup(policy, lq, key, value, SHAREPOL_KIND_SCOPE, &lq->q.scope)) {
                return false;
            }
        } else if (strcmp(key, "markings") == 0) {
            if (!marking_list(policy, lq, value))
                return false;
        } else if (strcmp(key, "consents") == 0) {
            if (!party_list(policy, lq, key, value, lq->consents, &lq->q.n_consents))
                return false;
            lq->q.consents = lq->consents;
        } else if (strcmp(key, "at") == 0) {
            if (!json_is_string(value) ||
                sharepol_date_parse(&lq->q.date, json_string_value(value)) != SHAREPOL_OK) {
                snprintf(lq->error, sizeof lq->error,
                         "\"at\" must be a date YYYY-MM-DD between 1900 and 9999");
                return false;
            }
        } else {
            goto unknown;
        }
        continue;
    unknown:
        snprintf(lq->error, sizeof lq->error,
                 "unknown key \"%.100s\"; a query has only id, category, from, to, "
                 "originator, scope, markings, purpose, at and consents",
                 key);
        return false;
    }
    const char *missing = lq->q.category == SHAREPOL_ID_NONE ? "category"
                          : lq->q.from == SHAREPOL_ID_NONE   ? "from"
                          : lq->q.to == SHAREPOL_ID_NONE     ? "to"
                                                             : NULL;
    if (missing) {
        snprintf(lq->error, sizeof lq->error, "\"%s\" is required", missing);
        return false;
    }
    if (lq->q.markings && (lq->q.scope != SHAREPOL_ID_NONE || lq->q.audience)) {
        snprintf(lq->error, sizeof lq->error,
                 "both \"scope\" and \"markings\": give one marking in \"scope\" or "
                 "several in \"markings\", not both");
        return false;
    }
    return true;
}

json_t *answer_error(json_t *id, const char *message)
{
    json_t *answer = json_object();
    if (!answer)
        return NULL;
    if (id)
        json_object_set(answer, "id", id);
    /* jansson's messages quote the input, which need not be UTF-8; json_string
     * refuses such text, and the answer must still carry its error */
    json_t *text = json_string(message);
    if (!text) {
        char clean[512];
        size_t n = 0;
        for (; message[n] && n + 1 < sizeof clean; n++)
            clean[n] = (char)((unsigned char)message[n] < 0x80 ? message[n] : '?');
        clean[n] = '\0';
        text = json_string(clean);
    }
    if (json_object_set_new(answer, "error", text) != 0) {
        json_decref(answer);
        return NULL;
    }
    return answer;
}

json_t *answer_query(const sharepol_policy *policy, json_t *query, int32_t default_at,
                     line_query *lq, int *decision)
{
    if (decision)
        *decision = 0;
    json_t *id = json_is_object(query) ? json_object_get(query, "id") : NULL;
    if (!answer_read_query(policy, query, default_at, lq))
        return answer_error(id, lq->error);
    sharepol_result r;
    sharepol_residual *res = NULL;
    int st = sharepol_decide_residual(policy, &lq->q, &r, &res);
    if (st < 0) {
        sharepol_residual_free(res);
        return answer_error(id, sharepol_strerror(st));
    }
    json_t *answer = json_object();
    if (!answer) {
        sharepol_residual_free(res);
        return NULL;
    }
    if (id)
        json_object_set(answer, "id", id);
    json_object_set_new(answer, "decision", json_string(sharepol_decision_name(st)));
    if (r.rule) {
        char loc[1200];
        snprintf(loc, sizeof loc, "%s:%u:%u", r.rule->file, r.rule->line, r.rule->column);
        json_object_set_new(answer, "rule", json_string(r.rule->name));
        json_object_set_new(answer, "location", json_string(loc));
    } else {
        json_object_set_new(answer, "rule", json_null());
        json_object_set_new(answer, "location", json_null());
    }
    if (res)
        json_object_set_new(answer, "residual", json_string(sharepol_residual_text(res)));
    sharepol_residual_free(res);
    if (decision)
        *decision = st;
    return answer;
}
