/* serve_batch.c — POST /v1/decide/batch: {"queries": [q, ...]} in,
 * {"revision": ..., "answers": [a, ...]} out, a bad query's error in its
 * place.
 *
 * A batch is mostly plain queries, so it is answered the way `sharepol
 * eval` answers its lines: the body is cut into its queries' texts without
 * building JSON trees, each plain query is read and answered by
 * eval_plain.c straight into the reply, and only the others are parsed by
 * jansson and answered by answer.c — the same bytes either way
 * (tests/cli/eval-fast-path.sh).  A body that is not exactly one
 * "queries" array, or a query that is not valid JSON, goes the jansson way
 * whole, which gives its 400.  With a decision log, every decision's line
 * is queued and the reply waits for one commit (serve_commit.c). */
#include <stdlib.h>
#include <string.h>

#include "answer.h"
#include "decision_log.h"
#include "serve.h"

#define DUMP_FLAGS (JSON_PRESERVE_ORDER | JSON_COMPACT | JSON_ENSURE_ASCII)

typedef enum batch_result {
    BATCH_DONE,        /* reply set */
    BATCH_DECLINED,    /* go the jansson way */
    BATCH_FAILED,      /* out of memory */
    BATCH_LOG_FAILED   /* the decision log could not take the lines */
} batch_result;

typedef struct span {
    const char *s;
    size_t n;
} span;

/* One query's answer in the reply being built. */
typedef struct answered {
    size_t at, n;       /* its bytes in the reply */
    int decision;       /* 0: an error answer */
} answered;

typedef struct buffer {
    char *v;
    size_t n, cap;
    bool failed;
} buffer;

static bool reserve(buffer *b, size_t more)
{
    if (b->failed)
        return false;
    if (b->n + more <= b->cap)
        return true;
    size_t cap = b->cap ? b->cap : 4096;
    while (cap < b->n + more)
        cap *= 2;
    char *v = realloc(b->v, cap);
    if (!v) {
        b->failed = true;
        return false;
    }
    b->v = v;
    b->cap = cap;
    return true;
}

static void put(buffer *b, const char *s, size_t n)
{
    if (reserve(b, n)) {
        memcpy(b->v + b->n, s, n);
        b->n += n;
    }
}

static const char *skip_space(const char *p, const char *end)
{
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
        p++;
    return p;
}

/* The end of the JSON value at p: at the ',' or ']' that follows it at
 * depth 0 (strings skipped whole), or NULL when the body ends first. */
static const char *value_end(const char *p, const char *end)
{
    int depth = 0;
    while (p < end) {
        char c = *p;
        if (c == '"') {
            for (p++; p < end && *p != '"'; p++)
                if (*p == '\\')
                    p++;
            if (p >= end)
                return NULL;
        } else if (c == '{' || c == '[') {
            depth++;
        } else if (c == '}' || c == ']') {
            if (depth == 0)
                return c == ']' ? p : NULL;
            depth--;
        } else if (c == ',' && depth == 0) {
            return p;
        }
        p++;
    }
    return NULL;
}

/* Cuts {"queries": [...]} into its queries' texts (keeping the first max
 * of them, counting all in *n).  @return false when the body is not
 * exactly that, spelt simply; the jansson way then says what is wrong. */
static bool split(const char *body, size_t length, span *queries, size_t max, size_t *n)
{
    const char *p = body, *end = body + length;
    static const char head[] = "\"queries\"";
    *n = 0;
    p = skip_space(p, end);
    if (p == end || *p++ != '{')
        return false;
    p = skip_space(p, end);
    if ((size_t)(end - p) < sizeof head - 1 || memcmp(p, head, sizeof head - 1) != 0)
        return false;
    p = skip_space(p + sizeof head - 1, end);
    if (p == end || *p++ != ':')
        return false;
    p = skip_space(p, end);
    if (p == end || *p++ != '[')
        return false;
    p = skip_space(p, end);
    if (p < end && *p == ']') {
        p++;
    } else {
        for (;;) {
            const char *stop = value_end(p, end);
            if (!stop)
                return false;
            const char *last = stop;
            while (last > p && (last[-1] == ' ' || last[-1] == '\t' || last[-1] == '\n' ||
                                last[-1] == '\r'))
                last--;
            if (last == p)
                return false;
            if (*n < max)
                queries[*n] = (span){ p, (size_t)(last - p) };
            (*n)++;
            p = stop + 1;
            if (*stop == ']')
                break;
            p = skip_space(p, end);
        }
    }
    p = skip_space(p, end);
    if (p == end || *p++ != '}')
        return false;
    return skip_space(p, end) == end;
}

/* Answers one query that the plain way declined: parsed by jansson (any
 * JSON value; answer.c says what is wrong with one that is no query).
 * @return false when its text is not JSON at all. */
static bool answer_general(const sharepol_policy *policy, span q, int32_t today,
                           line_query *lq, buffer *out, answered *a)
{
    json_t *query = json_loadb(q.s, q.n, JSON_REJECT_DUPLICATES | JSON_DECODE_ANY, NULL);
    if (!query)
        return false;
    json_t *answer = answer_query(policy, query, today, lq, &a->decision);
    json_decref(query);
    char *text = answer ? json_dumps(answer, DUMP_FLAGS) : NULL;
    json_decref(answer);
    if (!text) {
        out->failed = true;
        return true;
    }
    size_t n = strlen(text);
    a->at = out->n;
    a->n = n;
    put(out, text, n);
    free(text);
    return true;
}

static batch_result batch_plain(serve_context *ctx, const sharepol_policy *policy,
                                    const char *rev, const char *client, const char *body,
                                    size_t length, line_query *lq, serve_reply *reply)
{
    size_t max = ctx->config->max_batch, n = 0;
    /* a query takes at least two bytes of the body, with its comma */
    size_t room = max + 1 < length / 2 + 2 ? max + 1 : length / 2 + 2;
    span *queries = malloc(room * sizeof *queries);
    if (!queries)
        return BATCH_FAILED;
    if (!split(body, length, queries, room, &n)) {
        free(queries);
        return BATCH_DECLINED;
    }
    if (n > max) {
        free(queries);
        serve_reply_error(reply, 413, "the batch has %zu queries; at most %zu are taken in one "
                          "request (--max-batch)", n, max);
        return BATCH_DONE;
    }
    answered *answers = malloc((n ? n : 1) * sizeof *answers);
    eval_plain plain;
    eval_plain_init(&plain, policy);
    buffer out = { NULL, 0, 0, false };
    int32_t today = sharepol_date_today();
    bool declined = false;
    put(&out, "{\"revision\":\"", 13);
    put(&out, rev, strlen(rev));
    put(&out, "\",\"answers\":[", 13);
    for (size_t i = 0; answers && !out.failed && i < n; i++) {
        if (i > 0)
            put(&out, ",", 1);
        answered *a = &answers[i];
        a->decision = 0;
        a->n = 0;
        if (reserve(&out, 2048)) {
            a->n = eval_plain_format(&plain, policy, queries[i].s, queries[i].n, today, lq,
                                     out.v + out.n, 2048, &a->decision);
            a->at = out.n;
            out.n += a->n;
        }
        if (!out.failed && a->n == 0 &&
            !answer_general(policy, queries[i], today, lq, &out, a)) {
            declined = true;
            break;
        }
    }
    put(&out, "]}", 2);
    eval_plain_free(&plain);
    batch_result result = BATCH_DONE;
    if (declined) {
        result = BATCH_DECLINED;
    } else if (!answers || out.failed) {
        result = BATCH_FAILED;
    } else if (ctx->decision_log) {
        /* every line queued; the answers leave after one commit */
        bool logged = true;
        for (size_t i = 0; logged && i < n; i++)
            if (answers[i].decision &&
                decision_log_queue(ctx->decision_log, rev, client, queries[i].s, queries[i].n,
                                   out.v + answers[i].at, answers[i].n, NULL) != 0)
                logged = false;
        if (!logged)
            result = BATCH_LOG_FAILED;
        reply->log_commit = logged;
    }
    if (result == BATCH_DONE) {
        for (size_t i = 0; i < n; i++)
            serve_metrics_decision(answers[i].decision);
        reply->status = 200;
        reply->body = out.v;
        reply->length = out.n;
    } else {
        free(out.v);
    }
    free(answers);
    free(queries);
    return result;
}

/* The jansson way: the whole body parsed, each query answered by answer.c. */
static void batch_general(serve_context *ctx, const sharepol_policy *policy, const char *rev,
                          const char *client, const char *body, size_t length,
                          serve_reply *reply)
{
    json_t *request = serve_parse_body(body, length, reply);
    if (!request)
        return;
    json_t *queries = json_object_get(request, "queries");
    if (!json_is_object(request) || !json_is_array(queries) || json_object_size(request) != 1) {
        json_decref(request);
        serve_reply_error(reply, 400, "a batch is {\"queries\": [query, ...]} and nothing else");
        return;
    }
    size_t n = json_array_size(queries);
    if (n > ctx->config->max_batch) {
        json_decref(request);
        serve_reply_error(reply, 413, "the batch has %zu queries; at most %zu are taken in one "
                          "request (--max-batch)", n, ctx->config->max_batch);
        return;
    }
    line_query *lq = serve_scratch();
    json_t *answers = json_array();
    json_t *result = json_pack("{s:s, s:o}", "revision", rev, "answers", answers);
    bool ok = lq && result, logged = true;
    int32_t today = sharepol_date_today();
    for (size_t i = 0; ok && logged && i < n; i++) {
        json_t *query = json_array_get(queries, i);
        int decision = 0;
        json_t *answer = answer_query(policy, query, today, lq, &decision);
        serve_metrics_decision(decision);
        ok = answer && json_array_append_new(answers, answer) == 0;
        if (ok && decision && ctx->decision_log) {
            /* queued now, written with the rest by one commit below */
            char *q = json_dumps(query, DUMP_FLAGS | JSON_ENCODE_ANY);
            char *a = json_dumps(answer, DUMP_FLAGS);
            ok = q && a;
            if (ok && decision_log_queue(ctx->decision_log, rev, client, q, strlen(q), a,
                                         strlen(a), NULL) != 0)
                logged = false;
            free(q);
            free(a);
        }
    }
    json_decref(request);
    if (!logged) {
        json_decref(result);
        serve_reply_log_failed(ctx, reply);
        return;
    }
    if (!ok) {
        json_decref(result);
        serve_reply_error(reply, 500, "out of memory");
        return;
    }
    serve_reply_json(reply, 200, result);
    /* the lines queued above: the answers leave after one commit */
    reply->log_commit = ctx->decision_log != NULL && reply->status == 200;
}

void serve_batch(serve_context *ctx, const sharepol_policy *policy, const char *rev,
                 const char *client, const char *body, size_t length, serve_reply *reply)
{
    line_query *lq = serve_scratch();
    switch (lq ? batch_plain(ctx, policy, rev, client, body, length, lq, reply) : BATCH_FAILED) {
    case BATCH_DONE:
        return;
    case BATCH_DECLINED:
        batch_general(ctx, policy, rev, client, body, length, reply);
        return;
    case BATCH_LOG_FAILED:
        serve_reply_log_failed(ctx, reply);
        return;
    case BATCH_FAILED:
        serve_reply_error(reply, 500, "out of memory");
        return;
    }
}
