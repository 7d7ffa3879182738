/* serve_http.c — the HTTP side of `sharepol serve`, on libmicrohttpd: the
 * listening socket (TLS when asked), the limits, each request's body read
 * whole, the bearer token, and the reply.
 *
 * What a client can do to the service is bounded before any work is done:
 * the token, the path, the method, a declared body size over --max-body
 * and a wrong content type are answered from the headers alone, without
 * reading the body; a body without a declared size is read up to the limit
 * and the rest thrown away; a request that takes longer than --timeout in
 * all, however steadily it trickles in, is cut off; --max-connections caps
 * the connections; and libmicrohttpd's pool threads wait on epoll, so one
 * slow connection holds no thread that others need. */
#include <arpa/inet.h>
#include <errno.h>
#include <microhttpd.h>
#include <netdb.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "serve.h"

struct serve_http {
    struct MHD_Daemon *daemon;
    serve_context *ctx;
    _Atomic int in_flight;   /* requests begun and not yet completed */
    serve_committer *committer; /* with a decision log */
    char *tls_cert, *tls_key;
};

/* One request, from its headers to its completion. */
typedef struct request {
    struct timespec start;
    char *body;
    size_t length, cap;
    unsigned status;         /* the status sent; 0 until then */
    bool counted;            /* its answer is in the metrics already */
    serve_reply early;       /* an answer decided before the body's end */
    bool discard;            /* the body is thrown away (early is set) */
    const char *client;      /* the token's name; borrowed from the tokens */
    serve_held held;         /* decide, batch, explain: the policy retained
                                when the headers came, released at the end */
    bool awaiting;           /* suspended until its log lines are committed;
                                early holds the answer */
    serve_commit_wait wait;
} request;

static double seconds_since(const struct timespec *start)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - start->tv_sec) + (double)(now.tv_nsec - start->tv_nsec) / 1e9;
}

static enum MHD_Result send_reply(struct MHD_Connection *connection, request *req,
                                  serve_reply *reply)
{
    struct MHD_Response *response = MHD_create_response_from_buffer(
        reply->length, reply->body, MHD_RESPMEM_MUST_FREE);
    if (!response) {
        free(reply->body);
        reply->body = NULL;
        return MHD_NO;
    }
    reply->body = NULL; /* the response owns it now */
    MHD_add_response_header(response, MHD_HTTP_HEADER_CONTENT_TYPE,
                            reply->content_type ? reply->content_type : "application/json");
    if (reply->allow)
        MHD_add_response_header(response, MHD_HTTP_HEADER_ALLOW, reply->allow);
    if (reply->status == 401)
        MHD_add_response_header(response, MHD_HTTP_HEADER_WWW_AUTHENTICATE,
                                "Bearer realm=\"sharepol\"");
    if (reply->status == 503)
        MHD_add_response_header(response, MHD_HTTP_HEADER_RETRY_AFTER, "1");
    /* counted before the client can read the answer, so that a /metrics it
       asks for next already holds it (counting on completion raced it) */
    serve_metrics_request(reply->status, seconds_since(&req->start));
    req->counted = true;
    enum MHD_Result ret = MHD_queue_response(connection, reply->status, response);
    MHD_destroy_response(response);
    if (ret == MHD_YES)
        req->status = reply->status;
    return ret;
}

/* The token of "Authorization: Bearer TOKEN" checked; on failure *reply
 * is a 401. */
static bool authorized(serve_context *ctx, struct MHD_Connection *connection, request *req,
                       serve_reply *reply)
{
    const char *header =
        MHD_lookup_connection_value(connection, MHD_HEADER_KIND, MHD_HTTP_HEADER_AUTHORIZATION);
    if (!header) {
        serve_reply_error(reply, 401, "a bearer token is required: send 'Authorization: Bearer "
                          "TOKEN'");
        return false;
    }
    if (strncasecmp(header, "Bearer ", 7) != 0) {
        serve_reply_error(reply, 401, "the Authorization header must be 'Bearer TOKEN'");
        return false;
    }
    const char *token = header + 7;
    while (*token == ' ')
        token++;
    size_t n = strlen(token);
    while (n > 0 && token[n - 1] == ' ')
        n--;
    req->client = serve_tokens_check(ctx->tokens, token, n);
    if (!req->client) {
        serve_reply_error(reply, 401, "the bearer token is not one of the service's tokens");
        return false;
    }
    return true;
}

static bool json_content_type(struct MHD_Connection *connection)
{
    const char *type =
        MHD_lookup_connection_value(connection, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_TYPE);
    if (!type)
        return true;
    static const char json[] = "application/json";
    return strncasecmp(type, json, sizeof json - 1) == 0 &&
           (type[sizeof json - 1] == '\0' || type[sizeof json - 1] == ';' ||
            type[sizeof json - 1] == ' ');
}

/* What can be answered from the headers alone; false when the request may
 * go on to its body. */
static bool answer_from_headers(serve_http *h, struct MHD_Connection *connection,
                                const char *path, const char *method, request *req,
                                serve_reply *reply)
{
    serve_context *ctx = h->ctx;
    const char *takes = serve_route_method(path);
    if (!takes || (strcmp(method, takes) != 0 && strcmp(method, "HEAD") != 0)) {
        serve_route(ctx, method, path, NULL, 0, NULL, NULL, reply); /* its 404 or 405 */
        return true;
    }
    if (ctx->tokens && strncmp(path, "/v1/", 4) == 0 && !authorized(ctx, connection, req, reply))
        return true;
    if (strcmp(method, "POST") != 0)
        return false;
    const char *declared =
        MHD_lookup_connection_value(connection, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
    if (declared) {
        char *end;
        errno = 0;
        unsigned long long size = strtoull(declared, &end, 10);
        if (errno == 0 && *end == '\0' && size > ctx->config->max_body) {
            serve_reply_error(reply, 413, "the body has %llu bytes; the limit is %zu bytes "
                              "(--max-body)", size, ctx->config->max_body);
            return true;
        }
        if (errno == 0 && *end == '\0' && size > 0) {
            req->body = malloc((size_t)size + 1);
            req->cap = req->body ? (size_t)size + 1 : 0;
        }
    }
    if (strcmp(path, "/v1/reload") != 0 && !json_content_type(connection)) {
        serve_reply_error(reply, 415, "the body must be JSON: send 'Content-Type: "
                          "application/json' (or no Content-Type)");
        return true;
    }
    if (serve_route_decides(path)) {
        /* the request is answered on the policy served now, whatever a
         * reload swaps in while its body comes */
        req->held.policy = serve_policy_acquire(ctx->policy, req->held.rev);
        if (!req->held.policy) {
            serve_reply_error(reply, 503, "no policy is compiled yet; see the log for why");
            return true;
        }
    }
    return false;
}

static bool append_body(serve_http *h, request *req, const char *data, size_t size)
{
    size_t limit = h->ctx->config->max_body;
    if (req->length + size > limit) {
        serve_reply_error(&req->early, 413, "the body has more than %zu bytes, the limit "
                          "(--max-body)", limit);
        return false;
    }
    if (req->length + size + 1 > req->cap) {
        size_t cap = req->cap ? req->cap : 4096;
        while (cap < req->length + size + 1)
            cap *= 2;
        char *body = realloc(req->body, cap);
        if (!body) {
            serve_reply_error(&req->early, 500, "out of memory");
            return false;
        }
        req->body = body;
        req->cap = cap;
    }
    memcpy(req->body + req->length, data, size);
    req->length += size;
    return true;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *connection, const char *url,
                                  const char *method, const char *version,
                                  const char *upload_data, size_t *upload_data_size,
                                  void **con_cls)
{
    (void)version;
    serve_http *h = cls;
    request *req = *con_cls;
    if (!req) {
        req = calloc(1, sizeof *req);
        if (!req)
            return MHD_NO;
        *con_cls = req;
        clock_gettime(CLOCK_MONOTONIC, &req->start);
        atomic_fetch_add(&h->in_flight, 1);
        serve_reply reply = { 0 };
        if (answer_from_headers(h, connection, url, method, req, &reply))
            return send_reply(connection, req, &reply);
        return MHD_YES;
    }
    if (req->awaiting) {
        /* resumed by serve_commit.c: the lines are committed, or failed */
        req->awaiting = false;
        if (req->wait.failed)
            serve_reply_log_failed(h->ctx, &req->early);
        return send_reply(connection, req, &req->early);
    }
    if (*upload_data_size > 0) {
        size_t size = *upload_data_size;
        *upload_data_size = 0;
        if (seconds_since(&req->start) > h->ctx->config->timeout) {
            serve_log("warn", "timeout", json_pack("{s:s, s:i}", "path", url, "seconds",
                                                   (int)h->ctx->config->timeout));
            req->status = 408;
            return MHD_NO; /* mid-body no answer can be sent: cut it off */
        }
        if (!req->discard && !append_body(h, req, upload_data, size))
            req->discard = true;
        return MHD_YES;
    }
    if (req->discard)
        return send_reply(connection, req, &req->early);
    serve_reply reply = { 0 };
    if (req->body)
        req->body[req->length] = '\0';
    serve_route(h->ctx, method, url, req->body ? req->body : "", req->length, req->client,
                &req->held, &reply);
    if (reply.log_commit && h->committer) {
        /* the answer waits, without holding this thread, for the commit */
        req->early = reply;
        req->awaiting = true;
        req->wait.connection = connection;
        MHD_suspend_connection(connection);
        serve_committer_add(h->committer, &req->wait);
        return MHD_YES;
    }
    return send_reply(connection, req, &reply);
}

static void on_completed(void *cls, struct MHD_Connection *connection, void **con_cls,
                         enum MHD_RequestTerminationCode toe)
{
    (void)connection;
    (void)toe;
    serve_http *h = cls;
    request *req = *con_cls;
    if (!req)
        return;
    if (req->status && !req->counted) /* cut off without an answer: 408 */
        serve_metrics_request(req->status, seconds_since(&req->start));
    sharepol_policy_release(req->held.policy);
    free(req->body);
    free(req->early.body);
    free(req);
    *con_cls = NULL;
    atomic_fetch_sub(&h->in_flight, 1);
}

/* libmicrohttpd's messages come as its own format and arguments */
#if defined(__GNUC__)
__attribute__((format(printf, 2, 0)))
#endif
static void on_mhd_message(void *cls, const char *fmt, va_list ap)
{
    (void)cls;
    char text[512];
    vsnprintf(text, sizeof text, fmt, ap);
    size_t n = strlen(text);
    while (n > 0 && (text[n - 1] == '\n' || text[n - 1] == ' '))
        text[--n] = '\0';
    serve_log("warn", "http", json_pack("{s:s}", "message", text));
}

static char *read_file(const char *path, const char *what)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "sharepol serve: cannot read the %s %s: %s\n", what, path,
                serve_strerror(errno));
        return NULL;
    }
    size_t cap = 8192, len = 0;
    char *text = malloc(cap);
    size_t got;
    while (text && (got = fread(text + len, 1, cap - len - 1, f)) > 0) {
        len += got;
        if (len + 1 == cap) {
            char *more = cap < (1u << 20) ? realloc(text, cap * 2) : NULL;
            if (!more) {
                free(text);
                text = NULL;
                break;
            }
            text = more;
            cap *= 2;
        }
    }
    fclose(f);
    if (!text) {
        fprintf(stderr, "sharepol serve: the %s %s is over 1 MiB or memory ran out\n", what, path);
        return NULL;
    }
    text[len] = '\0';
    return text;
}

serve_http *serve_http_start(serve_context *ctx, unsigned *port)
{
    const serve_config *config = ctx->config;
    serve_http *h = calloc(1, sizeof *h);
    if (!h)
        return NULL;
    h->ctx = ctx;
    char service[16];
    snprintf(service, sizeof service, "%u", config->port);
    struct addrinfo hints = { 0 }, *addr = NULL;
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
    int gai = getaddrinfo(config->host, service, &hints, &addr);
    if (gai != 0) {
        fprintf(stderr, "sharepol serve: cannot listen on %s: %s\n", config->host,
                gai_strerror(gai));
        free(h);
        return NULL;
    }
    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ITC | MHD_USE_ERROR_LOG;
    if (ctx->decision_log) {
        h->committer = serve_committer_start(ctx->decision_log);
        if (!h->committer) {
            free(h);
            freeaddrinfo(addr);
            return NULL;
        }
        flags |= MHD_ALLOW_SUSPEND_RESUME;
    }
    flags |= strcmp(config->poll, "epoll") == 0 ? MHD_USE_EPOLL : MHD_USE_POLL;
    if (addr->ai_family == AF_INET6)
        flags |= MHD_USE_IPv6;
    struct MHD_OptionItem tls[3] = { { MHD_OPTION_END, 0, NULL } };
    if (config->tls_cert) {
        h->tls_cert = read_file(config->tls_cert, "TLS certificate");
        h->tls_key = h->tls_cert ? read_file(config->tls_key, "TLS key") : NULL;
        if (!h->tls_key) {
            freeaddrinfo(addr);
            free(h->tls_cert);
            serve_committer_stop(h->committer);
            free(h);
            return NULL;
        }
        flags |= MHD_USE_TLS;
        tls[0] = (struct MHD_OptionItem){ MHD_OPTION_HTTPS_MEM_CERT, 0, h->tls_cert };
        tls[1] = (struct MHD_OptionItem){ MHD_OPTION_HTTPS_MEM_KEY, 0, h->tls_key };
    }
    h->daemon = MHD_start_daemon(
        flags, (uint16_t)config->port, NULL, NULL, on_request, h,
        MHD_OPTION_EXTERNAL_LOGGER, on_mhd_message, NULL, /* first, to catch every message */
        MHD_OPTION_SOCK_ADDR, addr->ai_addr,
        MHD_OPTION_THREAD_POOL_SIZE, (unsigned)(config->threads > 1 ? config->threads : 0),
        MHD_OPTION_CONNECTION_LIMIT, config->max_connections,
        MHD_OPTION_CONNECTION_TIMEOUT, config->timeout,
        MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)32768, /* headers; cleared each request */
        MHD_OPTION_NOTIFY_COMPLETED, on_completed, h,
        MHD_OPTION_ARRAY, tls,
        MHD_OPTION_END);
    freeaddrinfo(addr);
    if (!h->daemon) {
        fprintf(stderr, "sharepol serve: cannot listen on %s:%u: %s\n", config->host,
                config->port, errno ? serve_strerror(errno) : "libmicrohttpd refused the options");
        free(h->tls_cert);
        free(h->tls_key);
        serve_committer_stop(h->committer);
        free(h);
        return NULL;
    }
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(h->daemon, MHD_DAEMON_INFO_BIND_PORT);
    *port = info ? info->port : config->port;
    return h;
}

void serve_http_stop(serve_http *h)
{
    if (!h)
        return;
    /* stop accepting; the listening socket is ours to close */
    MHD_socket listener = MHD_quiesce_daemon(h->daemon);
    if (listener != MHD_INVALID_SOCKET)
        close(listener);
    struct timespec start;
    clock_gettime(CLOCK_MONOTONIC, &start);
    while (atomic_load(&h->in_flight) > 0 && seconds_since(&start) < h->ctx->config->timeout) {
        struct timespec pause = { 0, 10000000L }; /* 10 ms */
        nanosleep(&pause, NULL);
    }
    int left = atomic_load(&h->in_flight);
    MHD_stop_daemon(h->daemon);
    serve_committer_stop(h->committer);
    if (left > 0)
        serve_log("warn", "shutdown", json_pack("{s:i}", "unfinished_requests", left));
    free(h->tls_cert);
    free(h->tls_key);
    free(h);
}
