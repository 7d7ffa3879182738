/* serve_metrics.c — the service's counters, kept with atomic adds (no lock
 * on the request path), and their Prometheus text for /metrics:
 *
 *   sharepol_decisions_total{decision="allow|deny|needs-consent"}
 *   sharepol_query_errors_total          queries answered with an error
 *   sharepol_http_requests_total{code}   requests by status
 *   sharepol_http_request_duration_seconds   histogram, every request
 *   sharepol_reloads_total{result="ok|failed"}
 *   sharepol_policy_revision{revision}   1 for the revision served
 */
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

#include "serve.h"

static const double bucket_bounds[] = { 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01,
                                        0.025,  0.05,    0.1,    0.25,  0.5,    1,     2.5 };
#define N_BUCKETS (sizeof bucket_bounds / sizeof bucket_bounds[0])

static const unsigned status_codes[] = { 200, 400, 401, 404, 405, 408, 413, 415, 422, 500, 503 };
#define N_CODES (sizeof status_codes / sizeof status_codes[0])

static _Atomic unsigned long long decisions[4];
static _Atomic unsigned long long requests[N_CODES + 1]; /* the last: any other code */
static _Atomic unsigned long long buckets[N_BUCKETS + 1]; /* the last: +Inf */
static _Atomic unsigned long long duration_ns;
static _Atomic unsigned long long reloads[2];

void serve_metrics_decision(int decision)
{
    int i = decision == SHAREPOL_ALLOW           ? SERVE_ANSWER_ALLOW
            : decision == SHAREPOL_DENY          ? SERVE_ANSWER_DENY
            : decision == SHAREPOL_NEEDS_CONSENT ? SERVE_ANSWER_NEEDS_CONSENT
                                                 : SERVE_ANSWER_ERROR;
    atomic_fetch_add_explicit(&decisions[i], 1, memory_order_relaxed);
}

void serve_metrics_request(unsigned status, double seconds)
{
    size_t c = 0;
    while (c < N_CODES && status_codes[c] != status)
        c++;
    atomic_fetch_add_explicit(&requests[c], 1, memory_order_relaxed);
    size_t b = 0;
    while (b < N_BUCKETS && seconds > bucket_bounds[b])
        b++;
    atomic_fetch_add_explicit(&buckets[b], 1, memory_order_relaxed);
    atomic_fetch_add_explicit(&duration_ns, (unsigned long long)(seconds * 1e9),
                              memory_order_relaxed);
}

void serve_metrics_reload(bool ok)
{
    atomic_fetch_add_explicit(&reloads[ok ? 0 : 1], 1, memory_order_relaxed);
}

/* A growing text; on a failed allocation it stays failed. */
typedef struct text {
    char *s;
    size_t len, cap;
    bool failed;
} text;

#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
static void add(text *t, const char *fmt, ...)
{
    if (t->failed)
        return;
    for (;;) {
        va_list ap;
        va_start(ap, fmt);
        int n = vsnprintf(t->s + t->len, t->cap - t->len, fmt, ap);
        va_end(ap);
        if (n < 0) {
            t->failed = true;
            return;
        }
        if ((size_t)n < t->cap - t->len) {
            t->len += (size_t)n;
            return;
        }
        size_t cap = t->cap * 2 + (size_t)n;
        char *s = realloc(t->s, cap);
        if (!s) {
            t->failed = true;
            return;
        }
        t->s = s;
        t->cap = cap;
    }
}

static unsigned long long get(_Atomic unsigned long long *counter)
{
    return atomic_load_explicit(counter, memory_order_relaxed);
}

char *serve_metrics_render(const char *revision, size_t *length)
{
    text t = { malloc(4096), 0, 4096, false };
    if (!t.s)
        return NULL;
    t.s[0] = '\0';
    add(&t, "# HELP sharepol_decisions_total Decisions answered, by decision.\n"
            "# TYPE sharepol_decisions_total counter\n");
    static const char *names[] = { "allow", "deny", "needs-consent" };
    for (int i = 0; i < 3; i++)
        add(&t, "sharepol_decisions_total{decision=\"%s\"} %llu\n", names[i], get(&decisions[i]));
    add(&t, "# HELP sharepol_query_errors_total Queries answered with an error (bad or "
            "undeclared names, bad JSON).\n"
            "# TYPE sharepol_query_errors_total counter\n"
            "sharepol_query_errors_total %llu\n",
        get(&decisions[SERVE_ANSWER_ERROR]));
    add(&t, "# HELP sharepol_http_requests_total HTTP requests answered, by status code.\n"
            "# TYPE sharepol_http_requests_total counter\n");
    for (size_t c = 0; c < N_CODES; c++)
        add(&t, "sharepol_http_requests_total{code=\"%u\"} %llu\n", status_codes[c],
            get(&requests[c]));
    add(&t, "sharepol_http_requests_total{code=\"other\"} %llu\n", get(&requests[N_CODES]));
    add(&t, "# HELP sharepol_http_request_duration_seconds Time from a request's headers "
            "to its answer.\n"
            "# TYPE sharepol_http_request_duration_seconds histogram\n");
    unsigned long long cumulative = 0;
    for (size_t b = 0; b < N_BUCKETS; b++) {
        cumulative += get(&buckets[b]);
        add(&t, "sharepol_http_request_duration_seconds_bucket{le=\"%g\"} %llu\n",
            bucket_bounds[b], cumulative);
    }
    cumulative += get(&buckets[N_BUCKETS]);
    add(&t, "sharepol_http_request_duration_seconds_bucket{le=\"+Inf\"} %llu\n", cumulative);
    add(&t, "sharepol_http_request_duration_seconds_sum %.9f\n", (double)get(&duration_ns) / 1e9);
    add(&t, "sharepol_http_request_duration_seconds_count %llu\n", cumulative);
    add(&t, "# HELP sharepol_reloads_total Policy reloads, by result.\n"
            "# TYPE sharepol_reloads_total counter\n"
            "sharepol_reloads_total{result=\"ok\"} %llu\n"
            "sharepol_reloads_total{result=\"failed\"} %llu\n",
        get(&reloads[0]), get(&reloads[1]));
    add(&t, "# HELP sharepol_policy_revision The revision served (SHA-256 of the sources), "
            "as a label; 1 while served.\n"
            "# TYPE sharepol_policy_revision gauge\n");
    if (revision)
        add(&t, "sharepol_policy_revision{revision=\"%s\"} 1\n", revision);
    if (t.failed) {
        free(t.s);
        return NULL;
    }
    *length = t.len;
    return t.s;
}
