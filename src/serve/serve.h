/* serve.h — what the files of `sharepol serve` share: the configuration,
 * the served policy and its revision, the metrics, the log lines, the
 * tokens and the HTTP daemon (docs/serve.md).
 *
 * One job a file:
 *   cmd_serve.c      the command: options, start, signals, shutdown
 *   serve_policy.c   the served policy: compile beside, swap, retain
 *   serve_watch.c    --watch: inotify on the policy's files and folders
 *   serve_http.c     the libmicrohttpd daemon: bodies, limits, routing
 *   serve_routes.c   the endpoints: a request body in, a JSON answer out
 *   serve_batch.c    /v1/decide/batch, plain queries the way eval answers them
 *   serve_commit.c   the decision log's group commits for suspended requests
 *   serve_explain.c  an explanation as structured JSON
 *   serve_auth.c     --token-file: bearer tokens by their SHA-256
 *   serve_metrics.c  the counters and the Prometheus text of /metrics
 *   serve_log.c      structured log lines (one JSON object a line) on stderr
 */
#ifndef SHAREPOL_SERVE_H
#define SHAREPOL_SERVE_H

#include <jansson.h>
#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>

#include "revision.h"
#include "sharepol.h"


/* Everything the options set; cmd_serve.c fills it with the defaults. */
typedef struct serve_config {
    const char **files;      /* policy files and directories, in order */
    size_t n_files;
    bool werror, quiet;
    const char *host;        /* --listen: numeric address */
    unsigned port;           /* 0: any free port */
    const char *token_file;
    const char *tls_cert, *tls_key;
    size_t max_body;         /* bytes of a request body */
    size_t max_batch;        /* queries in one batch */
    unsigned max_connections;
    unsigned timeout;        /* seconds: idle, and a whole request */
    unsigned threads;        /* libmicrohttpd's thread pool */
    const char *poll;        /* "epoll" or "poll" */
    bool watch;
    const char *decision_log;
    const char *log_sync;    /* always, never */
    unsigned long long log_rotate; /* bytes; 0: never */
} serve_config;

/* ---- the served policy (serve_policy.c) ---- */

typedef struct serve_policy serve_policy;

/* Creates the holder, empty (not ready). */
serve_policy *serve_policy_new(const serve_config *config);
void serve_policy_free(serve_policy *sp);

/* Compiles the policy files beside the one served and, when it compiles,
 * swaps it in; the old one lives on until its last request releases it.
 * reason says what asked ("start", "SIGHUP", "watch", "api").  *report
 * (if not NULL) receives a new object for the reload's answer: result,
 * revision, and on failure the error and the diagnostics.
 * @return true when the new policy is served. */
bool serve_policy_reload(serve_policy *sp, const char *reason, json_t **report);

/* The policy served now, retained (release it with
 * sharepol_policy_release), and its revision copied into rev; NULL (not
 * ready) when none has compiled yet. */
sharepol_policy *serve_policy_acquire(serve_policy *sp, char rev[POLICY_REVISION_SIZE]);

/* /v1/policy's answer for the policy served now (JSON text, malloc'd,
 * *length bytes), or NULL when none has compiled (or out of memory). */
char *serve_policy_describe(serve_policy *sp, size_t *length);

/* ---- --watch (serve_watch.c) ---- */

typedef struct serve_watch serve_watch;

/* Watches the files' folders and the folders below each directory given.
 * @return NULL after logging why it could not. */
serve_watch *serve_watch_new(const serve_config *config);
/* The descriptor to poll for reading. */
int serve_watch_fd(const serve_watch *w);
/* Reads what is pending.  @return true when a policy source may have
 * changed (a .spol file, or a file named on the command line). */
bool serve_watch_read(serve_watch *w);
/* Watches again any folder created since (call after a reload). */
void serve_watch_refresh(serve_watch *w);
void serve_watch_free(serve_watch *w);

/* ---- tokens (serve_auth.c) ---- */

typedef struct serve_tokens serve_tokens;

/* Reads a token file: one "NAME SHA256HEX" a line; # comments and blank
 * lines skipped.  @return NULL after printing where the file is wrong. */
serve_tokens *serve_tokens_load(const char *path);
void serve_tokens_free(serve_tokens *t);
/* The name of the token whose SHA-256 matches, compared in constant time
 * over every entry; NULL when none does. */
const char *serve_tokens_check(const serve_tokens *t, const char *token, size_t length);

/* ---- metrics (serve_metrics.c) ---- */

enum { SERVE_ANSWER_ALLOW, SERVE_ANSWER_DENY, SERVE_ANSWER_NEEDS_CONSENT, SERVE_ANSWER_ERROR };

void serve_metrics_decision(int decision); /* SHAREPOL_ALLOW.., or 0: an error answer */
void serve_metrics_request(unsigned status, double seconds);
void serve_metrics_reload(bool ok);
/* The Prometheus text exposition (format 0.0.4); malloc'd. */
char *serve_metrics_render(const char *revision, size_t *length);

/* ---- log lines (serve_log.c) ---- */

/* Writes {"time": ..., "level": level, "event": event, ...fields} and a
 * newline to stderr in one write; takes (steals) fields, which may be
 * NULL. */
void serve_log(const char *level, const char *event, json_t *fields);

/* strerror(err), safe from any thread (the text lives until the thread's
 * next call). */
const char *serve_strerror(int err);

/* ---- the HTTP daemon (serve_http.c) ---- */

typedef struct serve_http serve_http;

/* What the endpoints need. */
typedef struct serve_context {
    const serve_config *config;
    serve_policy *policy;
    serve_tokens *tokens;            /* NULL: no token asked */
    struct decision_log *decision_log;        /* NULL: none */
} serve_context;

/* Starts listening.  *port receives the port bound.
 * @return NULL after logging why it could not. */
serve_http *serve_http_start(serve_context *ctx, unsigned *port);
/* Stops accepting, waits (at most the timeout) for the requests in
 * flight, then closes every connection. */
void serve_http_stop(serve_http *h);

/* ---- the decision log's commits (serve_commit.c) ---- */

struct MHD_Connection;

/* A request whose decisions' lines are queued, suspended until they are
 * committed; lives in the request. */
typedef struct serve_commit_wait {
    struct serve_commit_wait *next;
    struct MHD_Connection *connection;
    bool failed;         /* the commit failed: no answer may leave */
} serve_commit_wait;

typedef struct serve_committer serve_committer;

/* Starts the thread that commits for suspended requests.  @return NULL
 * (logged) when it could not. */
serve_committer *serve_committer_start(struct decision_log *log);
/* Hands over a suspended connection: it is resumed once every line queued
 * so far is written (and with --log-sync always, synced), wait->failed
 * saying whether that worked. */
void serve_committer_add(serve_committer *c, serve_commit_wait *wait);
/* Commits what is left, resumes its connections, ends the thread. */
void serve_committer_stop(serve_committer *c);

/* ---- the endpoints (serve_routes.c) ---- */

/* One answer: the status and a JSON body (malloc'd text). */
typedef struct serve_reply {
    unsigned status;
    char *body;
    size_t length;
    const char *allow;   /* 405: the Allow header */
    const char *content_type; /* NULL: application/json */
    bool log_commit;     /* its decisions' lines are queued in the decision
                            log: it may leave only once they are committed */
} serve_reply;

/* The policy a request retained when its headers arrived, and its
 * revision: the request is answered on it whatever is reloaded meanwhile. */
typedef struct serve_held {
    sharepol_policy *policy;   /* NULL: none was served then */
    char rev[POLICY_REVISION_SIZE];
} serve_held;

/* Does path answer from the policy (decide, batch, explain)? */
bool serve_route_decides(const char *path);

/* Answers a request whose body has been read whole.  client is the token
 * name (or NULL); held is what the request retained at its start (for the
 * paths of serve_route_decides; NULL for the others). */
void serve_route(serve_context *ctx, const char *method, const char *path, const char *body,
                 size_t length, const char *client, const serve_held *held,
                 serve_reply *reply);
/* The one method path takes, or NULL for an unknown path. */
const char *serve_route_method(const char *path);
/* Sets reply to {"error": message} with status. */
void serve_reply_error(serve_reply *reply, unsigned status, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
/* Sets reply to a JSON object (stolen). */
void serve_reply_json(serve_reply *reply, unsigned status, json_t *obj);

/* Parses a body as one JSON value; on failure sets a 400 reply. */
json_t *serve_parse_body(const char *body, size_t length, serve_reply *reply);
/* Sets a 503 reply: the decision log cannot be written. */
void serve_reply_log_failed(serve_context *ctx, serve_reply *reply);
/* This thread's room for one query's ids (line_query of eval_plain.h). */
struct line_query *serve_scratch(void);

/* ---- batches (serve_batch.c) ---- */

/* Answers POST /v1/decide/batch on policy (revision rev). */
void serve_batch(serve_context *ctx, const sharepol_policy *policy, const char *rev,
                 const char *client, const char *body, size_t length, serve_reply *reply);

/* ---- explanations (serve_explain.c) ---- */

/* The structured explanation of one query object: decision, rule,
 * residual, the rules that applied, and the reasoning's lines; or an
 * {"id", "error"} object when the query is bad (*ok false). */
json_t *serve_explain(const sharepol_policy *policy, json_t *query, bool *ok);

#endif
