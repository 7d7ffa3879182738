/* log_bench.c — the decision log's writer alone (bench/README.md, "The
 * decision log"): THREADS threads append as fast as they can, each waiting
 * for its line as serve's request threads do, for SECONDS seconds; prints
 * appends per second, the batches (writes, and fdatasyncs with `always`)
 * and lines per batch, and the latency of one write + fdatasync of a line
 * on the same file system measured alone.  Without HTTP in the way, this is
 * what the log itself costs and how much group commit shares.
 *
 * usage: log_bench DIR [THREADS [SECONDS]]     (DIR: where the log goes)
 * Nothing here is a test: the figures depend on the machine and its disk. */
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "decision_log.h"

static const char revision[] =
    "1f94fc8389698348d4b978c17b186acb0339e4214aaa0da323eb9366e82a1d0f";
/* a query and an answer of /v1/decide on the seed policies */
static const char query[] = "{\"category\": \"best-practices\", \"from\": \"METI\", "
                            "\"to\": \"ASEAN\", \"at\": \"2025-06-01\"}";
static const char answer[] =
    "{\"decision\":\"allow\",\"rule\":\"moc-2-best-practices\",\"location\":"
    "\"policies/meti-dhs-moc.spol:31:3\",\"revision\":"
    "\"1f94fc8389698348d4b978c17b186acb0339e4214aaa0da323eb9366e82a1d0f\"}";

static struct decision_log *bench_log;
static atomic_bool stop;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void *appender(void *arg)
{
    (void)arg;
    while (!atomic_load(&stop))
        if (decision_log_append(bench_log, revision, "bench", query, sizeof query - 1, answer,
                                sizeof answer - 1, NULL) != 0) {
            fprintf(stderr, "log_bench: %s\n", decision_log_error(bench_log));
            exit(1);
        }
    return NULL;
}

/* One run: appends/s, and batches. */
static void run(const char *dir, enum decision_log_sync sync, int threads, double seconds)
{
    char path[4096], err[600];
    snprintf(path, sizeof path, "%s/log-bench-%d.log", dir, (int)getpid());
    unlink(path);
    decision_log_options opts = DECISION_LOG_OPTIONS_INIT;
    opts.sync = sync;
    if (decision_log_open(&bench_log, path, &opts, err, sizeof err) != 0) {
        fprintf(stderr, "log_bench: %s\n", err);
        exit(2);
    }
    atomic_store(&stop, false);
    pthread_t *t = calloc((size_t)threads, sizeof *t);
    double start = now();
    for (int i = 0; i < threads; i++)
        pthread_create(&t[i], NULL, appender, NULL);
    struct timespec wait = { (time_t)seconds, (long)((seconds - (double)(time_t)seconds) * 1e9) };
    nanosleep(&wait, NULL);
    atomic_store(&stop, true);
    for (int i = 0; i < threads; i++)
        pthread_join(t[i], NULL);
    double took = now() - start;
    uint64_t lines, batches;
    decision_log_counts(bench_log, &lines, &batches);
    decision_log_close(bench_log);
    unlink(path);
    free(t);
    printf("%-7s %3d threads  %9.0f appends/s  %8llu batches  %6.1f lines a batch  "
           "%7.1f us a batch\n",
           sync == DECISION_LOG_SYNC_ALWAYS ? "always" : "never", threads,
           (double)lines / took, (unsigned long long)batches,
           batches ? (double)lines / (double)batches : 0.0,
           batches ? took / (double)batches * 1e6 : 0.0);
}

/* The latency of one append + fdatasync of a line, alone. */
static void fsync_latency(const char *dir)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/log-bench-fsync-%d", dir, (int)getpid());
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND, 0600);
    if (fd < 0) {
        perror(path);
        exit(2);
    }
    char line[600];
    memset(line, 'x', sizeof line);
    line[sizeof line - 1] = '\n';
    int n = 200;
    double start = now();
    for (int i = 0; i < n; i++)
        if (write(fd, line, sizeof line) != (ssize_t)sizeof line || fdatasync(fd) != 0) {
            perror(path);
            exit(2);
        }
    double took = now() - start;
    close(fd);
    unlink(path);
    printf("one write + fdatasync of a %zu-byte line alone: %.0f us (%d in a row)\n",
           sizeof line, took / n * 1e6, n);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fputs("usage: log_bench DIR [THREADS [SECONDS]]\n", stderr);
        return 2;
    }
    int threads = argc > 2 ? atoi(argv[2]) : 32;
    double seconds = argc > 3 ? atof(argv[3]) : 3;
    if (threads < 1 || threads > 4096 || seconds <= 0) {
        fputs("log_bench: THREADS from 1 to 4096, SECONDS > 0\n", stderr);
        return 2;
    }
    fsync_latency(argv[1]);
    run(argv[1], DECISION_LOG_SYNC_ALWAYS, 1, seconds);
    run(argv[1], DECISION_LOG_SYNC_ALWAYS, threads, seconds);
    run(argv[1], DECISION_LOG_SYNC_NEVER, 1, seconds);
    run(argv[1], DECISION_LOG_SYNC_NEVER, threads, seconds);
    return 0;
}
