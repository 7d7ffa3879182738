/* cmd_serve.c — `sharepol serve`: the decision service (docs/serve.md).
 * This file reads the options, compiles the policy, starts the HTTP daemon
 * (serve_http.c), and then waits for signals and file changes: SIGHUP and
 * --watch reload, SIGTERM and SIGINT shut down gracefully (stop accepting,
 * finish the requests in flight, close the decision log). */
#include <errno.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/signalfd.h>
#include <unistd.h>

#include "cli.h"
#include "decision_log.h"
#include "serve.h"

static const char help[] =
    "usage: sharepol serve [options] FILE...|DIR\n"
    "\n"
    "Answer decisions over HTTP: the answers of 'sharepol eval', as a service\n"
    "(docs/serve.md).  Endpoints:\n"
    "  POST /v1/decide         one query            -> eval's answer + \"revision\"\n"
    "  POST /v1/decide/batch   {\"queries\": [...]}   -> {\"revision\", \"answers\": [...]}\n"
    "  POST /v1/explain        one query            -> the explanation as JSON\n"
    "  GET  /v1/policy         the revision, files and counts of the policy served\n"
    "  POST /v1/reload         compile the files again and serve them if they compile\n"
    "  GET  /health, /ready    alive; ready once a policy is compiled\n"
    "  GET  /metrics           Prometheus text\n"
    "SIGHUP reloads too; SIGTERM or SIGINT stop it gracefully.\n"
    "\n"
    "options:\n"
    "  --listen HOST:PORT    where to listen (default 127.0.0.1:8181); port 0 picks a\n"
    "                        free port; the address is printed on stdout\n"
    "  --token-file FILE     require 'Authorization: Bearer TOKEN' on /v1/: FILE has\n"
    "                        one 'NAME SHA256-OF-TOKEN' a line\n"
    "  --tls-cert FILE       serve HTTPS with this PEM certificate (and --tls-key)\n"
    "  --tls-key FILE        its PEM private key\n"
    "  --watch               reload when a policy file or folder changes\n"
    "  --decision-log FILE   append every decision to a hash-chained log before\n"
    "                        answering (docs/decision-log.md)\n"
    "  --log-sync MODE       always (default: on disk before the answer) or never\n"
    "  --log-rotate-size N   start a new log file (the chain goes on) past N bytes,\n"
    "                        with K, M or G (default: never)\n"
    "  --max-body BYTES      largest request body (default 4194304)\n"
    "  --max-batch N         most queries in one batch (default 10000)\n"
    "  --max-connections N   most open connections (default 512)\n"
    "  --timeout SECONDS     longest a request may take, and a connection may idle\n"
    "                        (default 10)\n"
    "  --threads N           HTTP threads (default: the CPUs)\n"
    "  --poll epoll|poll     how the threads wait for sockets (default epoll)\n"
    "  --Werror              treat the policy's warnings as errors\n"
    "  -q, --quiet           do not report the policy's warnings\n"
    "  -h, --help            show this help\n"
    "\n"
    "Log lines on stderr are JSON objects, one a line.\n"
    "exit codes: 0 stopped by a signal, 1 the policy has errors at start,\n"
    "            2 usage error, unreadable file, or the port cannot be had\n";

static bool parse_number(const char *option, const char *text, unsigned long long min,
                         unsigned long long max, unsigned long long *out)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(text, &end, 10);
    if (errno || end == text || *end || text[0] == '-' || v < min || v > max) {
        cli_usage_error("serve", "%s takes a number from %llu to %llu, not '%s'", option, min,
                        max, text);
        return false;
    }
    *out = v;
    return true;
}

/* --listen HOST:PORT, [V6]:PORT or :PORT.  host points into text or a copy. */
static bool parse_listen(serve_config *config, const char *text, char *host, size_t size)
{
    const char *colon = strrchr(text, ':');
    if (!colon) {
        cli_usage_error("serve", "--listen takes HOST:PORT, e.g. 127.0.0.1:8181, not '%s'", text);
        return false;
    }
    size_t n = (size_t)(colon - text);
    const char *start = text;
    if (n >= 2 && text[0] == '[' && text[n - 1] == ']') {
        start++;
        n -= 2;
    }
    if (n >= size) {
        cli_usage_error("serve", "--listen: the host is too long");
        return false;
    }
    memcpy(host, start, n);
    host[n] = '\0';
    if (n == 0)
        snprintf(host, size, "127.0.0.1");
    unsigned long long port;
    if (!parse_number("--listen's port", colon + 1, 0, 65535, &port))
        return false;
    config->host = host;
    config->port = (unsigned)port;
    return true;
}

typedef struct serve_options {
    serve_config *config;
    char host[256];
} serve_options;

static int own_option(void *ctx, int argc, char **argv, int *i)
{
    serve_options *o = ctx;
    serve_config *c = o->config;
    const char *v;
    unsigned long long n;
    if (strcmp(argv[*i], "--watch") == 0) {
        c->watch = true;
        return 1;
    }
    if ((v = cli_option_value("--listen", argc, argv, i)))
        return parse_listen(c, v, o->host, sizeof o->host) ? 1 : -1;
    if ((v = cli_option_value("--token-file", argc, argv, i))) {
        c->token_file = v;
        return 1;
    }
    if ((v = cli_option_value("--tls-cert", argc, argv, i))) {
        c->tls_cert = v;
        return 1;
    }
    if ((v = cli_option_value("--tls-key", argc, argv, i))) {
        c->tls_key = v;
        return 1;
    }
    if ((v = cli_option_value("--decision-log", argc, argv, i))) {
        c->decision_log = v;
        return 1;
    }
    if ((v = cli_option_value("--log-sync", argc, argv, i))) {
        enum decision_log_sync sync;
        if (decision_log_parse_sync(v, &sync) != 0) {
            cli_usage_error("serve", "--log-sync takes always or never, not '%s'", v);
            return -1;
        }
        c->log_sync = v;
        return 1;
    }
    if ((v = cli_option_value("--log-rotate-size", argc, argv, i))) {
        uint64_t size;
        if (decision_log_parse_size(v, &size) != 0) {
            cli_usage_error("serve", "--log-rotate-size takes bytes, with K, M or G, not '%s'", v);
            return -1;
        }
        c->log_rotate = size;
        return 1;
    }
    if ((v = cli_option_value("--poll", argc, argv, i))) {
        if (strcmp(v, "epoll") != 0 && strcmp(v, "poll") != 0) {
            cli_usage_error("serve", "--poll takes epoll or poll, not '%s'", v);
            return -1;
        }
        c->poll = v;
        return 1;
    }
    if ((v = cli_option_value("--max-body", argc, argv, i))) {
        if (!parse_number("--max-body", v, 1, 1ull << 30, &n))
            return -1;
        c->max_body = (size_t)n;
        return 1;
    }
    if ((v = cli_option_value("--max-batch", argc, argv, i))) {
        if (!parse_number("--max-batch", v, 1, 10000000, &n))
            return -1;
        c->max_batch = (size_t)n;
        return 1;
    }
    if ((v = cli_option_value("--max-connections", argc, argv, i))) {
        if (!parse_number("--max-connections", v, 1, 100000, &n))
            return -1;
        c->max_connections = (unsigned)n;
        return 1;
    }
    if ((v = cli_option_value("--timeout", argc, argv, i))) {
        if (!parse_number("--timeout", v, 1, 86400, &n))
            return -1;
        c->timeout = (unsigned)n;
        return 1;
    }
    if ((v = cli_option_value("--threads", argc, argv, i))) {
        if (!parse_number("--threads", v, 1, 1024, &n))
            return -1;
        c->threads = (unsigned)n;
        return 1;
    }
    return 0;
}

/* Waits for signals and, with --watch, file changes; returns on SIGTERM or
 * SIGINT.  A burst of file events (an editor's save, a deploy's many files)
 * becomes one reload, 200 ms after the last event. */
static void wait_and_reload(serve_policy *policy, int signals, serve_watch *watch)
{
    bool pending = false;
    for (;;) {
        struct pollfd fds[2] = { { signals, POLLIN, 0 }, { watch ? serve_watch_fd(watch) : -1, POLLIN, 0 } };
        int ready = poll(fds, watch ? 2 : 1, pending ? 200 : -1);
        if (ready < 0 && errno != EINTR)
            return;
        if (ready == 0 && pending) {
            pending = false;
            serve_policy_reload(policy, "watch", NULL);
            serve_watch_refresh(watch);
            continue;
        }
        if (ready > 0 && watch && (fds[1].revents & POLLIN) && serve_watch_read(watch))
            pending = true;
        if (ready > 0 && (fds[0].revents & POLLIN)) {
            struct signalfd_siginfo si;
            if (read(signals, &si, sizeof si) != (ssize_t)sizeof si)
                continue;
            if (si.ssi_signo == SIGHUP) {
                serve_policy_reload(policy, "SIGHUP", NULL);
                if (watch)
                    serve_watch_refresh(watch);
            } else {
                serve_log("info", "shutdown", json_pack("{s:s}", "signal",
                                                        si.ssi_signo == SIGINT ? "SIGINT" : "SIGTERM"));
                return;
            }
        }
    }
}

int cmd_serve(int argc, char **argv)
{
    long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    serve_config config = {
        .host = "127.0.0.1", .port = 8181, .max_body = 4u << 20, .max_batch = 10000,
        .max_connections = 512, .timeout = 10, .threads = cpus > 0 ? (unsigned)cpus : 1,
        .poll = "epoll", .log_sync = "always",
    };
    serve_options options = { &config, "" };
    cli_common common = { NULL, 0, false, false, SHAREPOL_DATE_TODAY };
    int done = cli_parse_args(&common, "serve", help, argc, argv, own_option, &options, NULL);
    if (done >= 0)
        return done;
    if (common.at != SHAREPOL_DATE_TODAY)
        return cli_usage_error("serve", "--at does not apply: a query without \"at\" is "
                               "decided on the day it comes");
    if (!config.tls_cert != !config.tls_key)
        return cli_usage_error("serve", "--tls-cert and --tls-key go together");
    config.files = common.files;
    config.n_files = common.n_files;
    config.werror = common.werror;
    config.quiet = common.quiet;
    enum decision_log_sync sync = DECISION_LOG_SYNC_ALWAYS;
    decision_log_parse_sync(config.log_sync, &sync);

    /* Every thread started from here on inherits the blocked signals; the
     * main thread takes them from a signalfd. */
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGHUP);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    pthread_sigmask(SIG_BLOCK, &set, NULL);
    int signals = signalfd(-1, &set, SFD_CLOEXEC);
    if (signals < 0) {
        fprintf(stderr, "sharepol serve: signalfd: %s\n", serve_strerror(errno));
        return EXIT_USAGE;
    }

    int exit_code = EXIT_USAGE;
    serve_context ctx = { &config, NULL, NULL, NULL };
    serve_watch *watch = NULL;
    serve_http *http = NULL;
    if (config.token_file && !(ctx.tokens = serve_tokens_load(config.token_file)))
        goto out;
    if (config.decision_log) {
        decision_log_options lo = DECISION_LOG_OPTIONS_INIT;
        lo.sync = sync;
        lo.rotate_size = config.log_rotate;
        char err[512];
        if (decision_log_open(&ctx.decision_log, config.decision_log, &lo, err, sizeof err) != 0) {
            fprintf(stderr, "sharepol serve: %s\n", err);
            goto out;
        }
    }
    ctx.policy = serve_policy_new(&config);
    if (!ctx.policy) {
        fputs("sharepol serve: out of memory\n", stderr);
        goto out;
    }
    if (!serve_policy_reload(ctx.policy, "start", NULL) && !config.watch) {
        exit_code = EXIT_REJECTED;
        goto out;
    }
    if (config.watch && !(watch = serve_watch_new(&config)))
        goto out;
    unsigned port = 0;
    if (!(http = serve_http_start(&ctx, &port)))
        goto out;
    bool v6 = strchr(config.host, ':') != NULL;
    printf("listening on %s%s%s:%u\n", v6 ? "[" : "", config.host, v6 ? "]" : "", port);
    fflush(stdout);
    serve_log("info", "listening",
              json_pack("{s:s, s:i, s:b, s:b, s:i, s:s, s:s?}", "host", config.host, "port",
                        (int)port, "tls", config.tls_cert != NULL, "tokens", ctx.tokens != NULL,
                        "threads", (int)config.threads, "poll", config.poll, "decision_log",
                        config.decision_log));
    wait_and_reload(ctx.policy, signals, watch);
    exit_code = EXIT_OK;
out:
    serve_http_stop(http); /* finishes the requests in flight first */
    if (ctx.decision_log && decision_log_close(ctx.decision_log) != 0) {
        fprintf(stderr, "sharepol serve: the decision log could not be closed cleanly\n");
        exit_code = EXIT_USAGE;
    }
    serve_watch_free(watch);
    serve_policy_free(ctx.policy);
    serve_tokens_free(ctx.tokens);
    close(signals);
    if (http)
        serve_log("info", "stopped", NULL);
    return exit_code;
}
