/* serve_routes.c — the endpoints of `sharepol serve`: a request's method,
 * path and whole body in, a status and a JSON body out.  The HTTP side
 * (serve_http.c) has already checked the token, the body's size and its
 * content type.
 *
 * A decision is answered by answer.c, the code of `sharepol eval`, on the
 * policy the request retained at its start, and carries that policy's
 * revision; with a decision log, its line is written (and with
 * --log-sync always, on disk) before the answer leaves. */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "answer.h"
#include "decision_log.h"
#include "eval_plain.h"
#include "serve.h"

#define DUMP_FLAGS (JSON_PRESERVE_ORDER | JSON_COMPACT | JSON_ENSURE_ASCII)

void serve_reply_json(serve_reply *reply, unsigned status, json_t *obj)
{
    char *text = obj ? json_dumps(obj, DUMP_FLAGS) : NULL;
    json_decref(obj);
    if (!text) {
        reply->status = 500;
        reply->body = strdup("{\"error\":\"out of memory\"}");
        reply->length = reply->body ? strlen(reply->body) : 0;
        return;
    }
    reply->status = status;
    reply->body = text;
    reply->length = strlen(text);
}

void serve_reply_error(serve_reply *reply, unsigned status, const char *fmt, ...)
{
    char message[600];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(message, sizeof message, fmt, ap);
    va_end(ap);
    serve_reply_json(reply, status, answer_error(NULL, message));
}

/* Each pool thread's room for one query's ids (33 KiB: not on its stack). */
static pthread_key_t scratch_key;
static pthread_once_t scratch_once = PTHREAD_ONCE_INIT;

static void make_scratch_key(void)
{
    pthread_key_create(&scratch_key, free);
}

line_query *serve_scratch(void)
{
    pthread_once(&scratch_once, make_scratch_key);
    line_query *lq = pthread_getspecific(scratch_key);
    if (!lq && (lq = malloc(sizeof *lq)) != NULL)
        pthread_setspecific(scratch_key, lq);
    return lq;
}

json_t *serve_parse_body(const char *body, size_t length, serve_reply *reply)
{
    json_error_t jerr;
    json_t *value = json_loadb(body, length, JSON_REJECT_DUPLICATES, &jerr);
    if (!value)
        serve_reply_error(reply, 400, "not valid JSON: %s (line %d, column %d)", jerr.text,
                          jerr.line, jerr.column);
    return value;
}

/* Sets a 503 reply for a decision log that cannot be written. */
void serve_reply_log_failed(serve_context *ctx, serve_reply *reply)
{
    const char *why = decision_log_error(ctx->decision_log);
    free(reply->body);
    reply->body = NULL;
    serve_log("error", "decision-log", json_pack("{s:s}", "error", why ? why : "unknown"));
    serve_reply_error(reply, 503, "the decision log cannot be written (%s); no decision is "
                      "answered until it can", why ? why : "unknown");
}

/* A plain query (eval_plain.h) answered without JSON trees, "revision"
 * put before the answer's closing brace: the bytes the jansson way gives.
 * @return false to decline it. */
static bool decide_plain(const sharepol_policy *policy, const char *rev, const char *body,
                         size_t length, line_query *lq, int *decision, serve_reply *reply)
{
    char *text = malloc(2048 + 16 + POLICY_REVISION_SIZE);
    eval_plain plain = { NULL, 0 }; /* one query: no texts kept for the next */
    size_t n = text ? eval_plain_format(&plain, policy, body, length, sharepol_date_today(), lq,
                                        text, 2048, decision)
                    : 0;
    if (n == 0) {
        free(text);
        return false;
    }
    n--; /* the closing brace */
    n += (size_t)snprintf(text + n, 16 + POLICY_REVISION_SIZE, ",\"revision\":\"%s\"}", rev);
    reply->status = 200;
    reply->body = text;
    reply->length = n;
    return true;
}

static void decide(serve_context *ctx, const sharepol_policy *policy, const char *rev,
                   const char *client, const char *body, size_t length, serve_reply *reply)
{
    line_query *lq = serve_scratch();
    int decision = 0;
    if (!lq) {
        serve_reply_error(reply, 500, "out of memory");
        return;
    }
    if (!decide_plain(policy, rev, body, length, lq, &decision, reply)) {
        json_t *query = serve_parse_body(body, length, reply);
        if (!query)
            return;
        json_t *answer = answer_query(policy, query, sharepol_date_today(), lq, &decision);
        json_decref(query);
        if (answer)
            json_object_set_new(answer, "revision", json_string(rev));
        serve_reply_json(reply, decision ? 200 : 400, answer);
    }
    serve_metrics_decision(decision);
    /* the answer leaves only after its line is committed (serve_commit.c) */
    if (decision && reply->status == 200 && ctx->decision_log) {
        if (decision_log_queue(ctx->decision_log, rev, client, body, length, reply->body,
                               reply->length, NULL) == 0)
            reply->log_commit = true;
        else
            serve_reply_log_failed(ctx, reply);
    }
}

static void explain(const sharepol_policy *policy, const char *rev, const char *body, size_t length,
                    serve_reply *reply)
{
    json_t *query = serve_parse_body(body, length, reply);
    if (!query)
        return;
    bool ok;
    json_t *answer = serve_explain(policy, query, &ok);
    json_decref(query);
    if (answer)
        json_object_set_new(answer, "revision", json_string(rev));
    serve_reply_json(reply, ok ? 200 : 400, answer);
}

bool serve_route_decides(const char *path)
{
    return strcmp(path, "/v1/decide") == 0 || strcmp(path, "/v1/decide/batch") == 0 ||
           strcmp(path, "/v1/explain") == 0;
}

/* The endpoints that answer from the policy the request retained at its
 * start, or 503 when none was compiled then. */
static void with_policy(serve_context *ctx, const char *path, const char *body, size_t length,
                        const char *client, const serve_held *held, serve_reply *reply)
{
    if (!held || !held->policy) {
        serve_reply_error(reply, 503, "no policy is compiled yet; see the log for why");
        return;
    }
    if (strcmp(path, "/v1/decide") == 0)
        decide(ctx, held->policy, held->rev, client, body, length, reply);
    else if (strcmp(path, "/v1/decide/batch") == 0)
        serve_batch(ctx, held->policy, held->rev, client, body, length, reply);
    else
        explain(held->policy, held->rev, body, length, reply);
}

typedef struct route {
    const char *path;
    const char *method; /* the one it takes */
} route;

static const route routes[] = {
    { "/v1/decide", "POST" }, { "/v1/decide/batch", "POST" }, { "/v1/explain", "POST" },
    { "/v1/policy", "GET" },  { "/v1/reload", "POST" },       { "/health", "GET" },
    { "/ready", "GET" },      { "/metrics", "GET" },
};

const char *serve_route_method(const char *path)
{
    for (size_t i = 0; i < sizeof routes / sizeof routes[0]; i++)
        if (strcmp(routes[i].path, path) == 0)
            return routes[i].method;
    return NULL;
}

void serve_route(serve_context *ctx, const char *method, const char *path, const char *body,
                 size_t length, const char *client, const serve_held *held,
                 serve_reply *reply)
{
    const char *takes = serve_route_method(path);
    if (!takes) {
        serve_reply_error(reply, 404, "no such endpoint: %.200s; see docs/serve.md", path);
        return;
    }
    /* HEAD is GET without the body (libmicrohttpd drops it) */
    if (strcmp(method, takes) != 0 && !(strcmp(method, "HEAD") == 0 && strcmp(takes, "GET") == 0)) {
        serve_reply_error(reply, 405, "%s takes %s, not %.20s", path, takes, method);
        reply->allow = takes;
        return;
    }
    if (serve_route_decides(path)) {
        with_policy(ctx, path, body, length, client, held, reply);
    } else if (strcmp(path, "/v1/policy") == 0) {
        size_t n = 0;
        char *text = serve_policy_describe(ctx->policy, &n);
        if (text) {
            reply->status = 200;
            reply->body = text;
            reply->length = n;
        } else {
            serve_reply_error(reply, 503, "no policy is compiled yet; see the log for why");
        }
    } else if (strcmp(path, "/v1/reload") == 0) {
        json_t *report = NULL;
        bool ok = serve_policy_reload(ctx->policy, "api", &report);
        serve_reply_json(reply, ok ? 200 : 422, report);
    } else if (strcmp(path, "/health") == 0) {
        serve_reply_json(reply, 200, json_pack("{s:s}", "status", "ok"));
    } else if (strcmp(path, "/ready") == 0) {
        char rev[POLICY_REVISION_SIZE];
        sharepol_policy *policy = serve_policy_acquire(ctx->policy, rev);
        if (policy)
            serve_reply_json(reply, 200, json_pack("{s:s, s:s}", "status", "ready", "revision", rev));
        else
            serve_reply_error(reply, 503, "not ready: no policy is compiled yet");
        sharepol_policy_release(policy);
    } else { /* /metrics */
        char rev[POLICY_REVISION_SIZE];
        sharepol_policy *policy = serve_policy_acquire(ctx->policy, rev);
        reply->body = serve_metrics_render(policy ? rev : NULL, &reply->length);
        sharepol_policy_release(policy);
        if (reply->body) {
            reply->status = 200;
            reply->content_type = "text/plain; version=0.0.4; charset=utf-8";
        } else {
            serve_reply_error(reply, 500, "out of memory");
        }
    }
}
