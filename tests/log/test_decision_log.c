/* test_decision_log.c — white-box tests of the decision log's writer
 * (src/cli/decision_log.c) under threads, also run under ThreadSanitizer
 * (scripts/test, stage tsan): many threads appending at once get every
 * sequence number once, in one unbroken chain, with fewer fsyncs than
 * lines (group commit); an append returns only once its line is in the
 * file; rotation under concurrency splits no line and breaks no link; a
 * write error stops the log without a torn line; reopening continues.
 * Temp dirs only. */
#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "decision_log.h"
#include "decision_log_line.h"

#define THREADS 8
#define PER_THREAD 150

static const char revision[] =
    "1f94fc8389698348d4b978c17b186acb0339e4214aaa0da323eb9366e82a1d0f";

static char *make_dir(void)
{
    char *dir = strdup("/tmp/sharepol-dlog-XXXXXX");
    assert_non_null(mkdtemp(dir));
    return dir;
}

static void remove_dir(char *dir)
{
    DIR *d = opendir(dir);
    assert_non_null(d);
    for (struct dirent *e; (e = readdir(d));) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        char path[512];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        unlink(path);
    }
    closedir(d);
    rmdir(dir);
    free(dir);
}

static char *read_all(const char *path, size_t *len)
{
    struct stat st;
    assert_int_equal(stat(path, &st), 0);
    char *buf = malloc((size_t)st.st_size + 1);
    assert_non_null(buf);
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    *len = fread(buf, 1, (size_t)st.st_size, f);
    assert_int_equal(*len, (size_t)st.st_size);
    buf[*len] = '\0';
    fclose(f);
    return buf;
}

/* A new log d.log in a new temp dir (*dir; path receives the log's path). */
static struct decision_log *open_new(char **dir, char path[512], const decision_log_options *opts)
{
    *dir = make_dir();
    snprintf(path, 512, "%s/d.log", *dir);
    struct decision_log *log = NULL;
    char err[600];
    if (decision_log_open(&log, path, opts, err, sizeof err) != 0)
        fail_msg("%s", err);
    return log;
}

/* Walks the chain through the files in order.  @return the number of lines
 * (every line checked: form, hash, seq, link). */
static uint64_t verify_chain(const char *const *paths, size_t n, uint64_t first_seq)
{
    uint8_t last[DECISION_LOG_HASH_SIZE];
    memset(last, 0, sizeof last);
    uint64_t seq = first_seq, lines = 0;
    for (size_t i = 0; i < n; i++) {
        size_t len;
        char *buf = read_all(paths[i], &len);
        assert_true(len == 0 || buf[len - 1] == '\n'); /* no torn line */
        for (char *p = buf; p < buf + len;) {
            char *nl = memchr(p, '\n', (size_t)(buf + len - p));
            decision_log_line line;
            char why[300];
            int st = decision_log_line_check(p, (size_t)(nl - p), &line, why, sizeof why);
            if (st != DECISION_LOG_LINE_OK)
                fail_msg("%s: seq %llu: %s", paths[i], (unsigned long long)seq, why);
            assert_int_equal(line.seq, seq);
            if (lines > 0 || first_seq == 1)
                assert_memory_equal(line.prev, last, sizeof last);
            memcpy(last, line.hash, sizeof last);
            seq++;
            lines++;
            p = nl + 1;
        }
        free(buf);
    }
    return lines;
}

/* Does the file hold this text?  (No cmocka asserts: threads call it.) */
static bool file_has(const char *path, const char *text)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return false;
    char *line = NULL;
    size_t cap = 0;
    bool found = false;
    while (!found && getline(&line, &cap, f) > 0)
        found = strstr(line, text) != NULL;
    free(line);
    fclose(f);
    return found;
}

typedef struct worker {
    struct decision_log *log;
    const char *path;     /* the live file, to look for own lines; NULL: don't */
    int index;
    bool use_queue;       /* queue + commit instead of append */
    uint64_t seqs[PER_THREAD];
    int failures;
} worker;

static void *work(void *arg)
{
    worker *w = arg;
    char client[32];
    snprintf(client, sizeof client, "client-%d", w->index);
    for (int i = 0; i < PER_THREAD; i++) {
        char query[128], answer[128];
        int ql = snprintf(query, sizeof query,
                          "{\"id\":\"t%d-%d\",\n\"category\":\"c\",\"from\":\"A\",\"to\":\"B\"}",
                          w->index, i);
        int al = snprintf(answer, sizeof answer, "{\"id\":\"t%d-%d\",\"decision\":\"allow\"}",
                          w->index, i);
        int r;
        if (w->use_queue && i % 2) {
            r = decision_log_queue(w->log, revision, client, query, (size_t)ql, answer,
                                   (size_t)al, &w->seqs[i]);
            if (r == 0)
                r = decision_log_commit(w->log);
        } else {
            r = decision_log_append(w->log, revision, client, query, (size_t)ql, answer,
                                    (size_t)al, &w->seqs[i]);
        }
        if (r != 0)
            w->failures++;
        if (w->path && i % 25 == 0) {
            /* Returned: so the line is in the file now. */
            char want[48];
            snprintf(want, sizeof want, "{\"seq\":%llu,", (unsigned long long)w->seqs[i]);
            if (!file_has(w->path, want))
                w->failures++;
        }
    }
    return NULL;
}

static void run_workers(struct decision_log *log, const char *path, bool use_queue,
                        worker *workers)
{
    pthread_t threads[THREADS];
    for (int t = 0; t < THREADS; t++) {
        workers[t] = (worker){ log, path, t, use_queue, { 0 }, 0 };
        assert_int_equal(pthread_create(&threads[t], NULL, work, &workers[t]), 0);
    }
    for (int t = 0; t < THREADS; t++)
        assert_int_equal(pthread_join(threads[t], NULL), 0);
}

/* Every seq once, each thread's in increasing order. */
static void check_seqs(const worker *workers, uint64_t first)
{
    static bool seen[THREADS * PER_THREAD + 1];
    memset(seen, 0, sizeof seen);
    for (int t = 0; t < THREADS; t++) {
        assert_int_equal(workers[t].failures, 0);
        for (int i = 0; i < PER_THREAD; i++) {
            uint64_t s = workers[t].seqs[i] - first + 1;
            assert_true(s >= 1 && s <= THREADS * PER_THREAD);
            assert_false(seen[s]);
            seen[s] = true;
            if (i > 0)
                assert_true(workers[t].seqs[i] > workers[t].seqs[i - 1]);
        }
    }
}

static void concurrent_appends_share_fsyncs(void **state)
{
    (void)state;
    char *dir, path[512], err[600];
    struct decision_log *log = open_new(&dir, path, NULL);
    static worker workers[THREADS];
    run_workers(log, path, false, workers);
    check_seqs(workers, 1);
    uint64_t lines, batches;
    decision_log_counts(log, &lines, &batches);
    assert_int_equal(lines, THREADS * PER_THREAD);
    /* Group commit: concurrent appends shared batches. */
    assert_true(batches < lines);
    print_message("%llu lines in %llu batches (fsyncs)\n", (unsigned long long)lines,
                  (unsigned long long)batches);
    assert_int_equal(decision_log_close(log), 0);
    const char *paths[] = { path };
    assert_int_equal(verify_chain(paths, 1, 1), THREADS * PER_THREAD);

    /* Reopening continues the chain; queue + commit mixed with appends. */
    assert_int_equal(decision_log_open(&log, path, NULL, err, sizeof err), 0);
    run_workers(log, NULL, true, workers);
    check_seqs(workers, THREADS * PER_THREAD + 1);
    assert_int_equal(decision_log_close(log), 0);
    assert_int_equal(verify_chain(paths, 1, 1), 2 * THREADS * PER_THREAD);
    remove_dir(dir);
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void rotation_under_concurrency(void **state)
{
    (void)state;
    decision_log_options opts = DECISION_LOG_OPTIONS_INIT;
    opts.sync = DECISION_LOG_SYNC_NEVER;
    opts.rotate_size = 8192;
    char *dir, path[512];
    struct decision_log *log = open_new(&dir, path, &opts);
    static worker workers[THREADS];
    run_workers(log, NULL, false, workers);
    check_seqs(workers, 1);
    assert_int_equal(decision_log_close(log), 0);

    char *names[1024];
    size_t n = 0;
    DIR *d = opendir(dir);
    for (struct dirent *e; (e = readdir(d));)
        if (strncmp(e->d_name, "d.log.", 6) == 0 && n < 1024)
            names[n++] = strdup(e->d_name);
    closedir(d);
    qsort(names, n, sizeof names[0], by_name);
    assert_true(n > 10);
    const char **paths = calloc(n + 1, sizeof *paths);
    char (*full)[600] = calloc(n, sizeof *full);
    for (size_t i = 0; i < n; i++) {
        snprintf(full[i], sizeof full[i], "%s/%s", dir, names[i]);
        paths[i] = full[i];
        struct stat st;
        assert_int_equal(stat(full[i], &st), 0);
        assert_true(st.st_size >= 8192 && st.st_size < 8192 + 400); /* full, by one line */
        free(names[i]);
    }
    paths[n] = path;
    assert_int_equal(verify_chain(paths, n + 1, 1), THREADS * PER_THREAD);
    free(paths);
    free(full);
    remove_dir(dir);
}

static void a_write_error_stops_the_log(void **state)
{
    (void)state;
    char *dir, path[512], err[600];
    struct decision_log *log = open_new(&dir, path, NULL);
    static const char q[] = "{\"id\":\"x\"}";
    for (int i = 0; i < 3; i++)
        assert_int_equal(decision_log_append(log, revision, NULL, q, sizeof q - 1, q,
                                             sizeof q - 1, NULL), 0);
    struct stat st;
    assert_int_equal(stat(path, &st), 0);
    /* A file size limit: the next line cannot be written whole. */
    struct rlimit old, lim;
    getrlimit(RLIMIT_FSIZE, &old);
    lim = old;
    lim.rlim_cur = (rlim_t)st.st_size + 100;
    signal(SIGXFSZ, SIG_IGN);
    assert_int_equal(setrlimit(RLIMIT_FSIZE, &lim), 0);
    int r = 0;
    for (int i = 0; i < 3 && r == 0; i++)
        r = decision_log_append(log, revision, NULL, q, sizeof q - 1, q, sizeof q - 1, NULL);
    assert_int_equal(r, -1);
    assert_non_null(decision_log_error(log));
    assert_non_null(strstr(decision_log_error(log), "cannot write"));
    /* Stopped: later appends fail too, without writing. */
    assert_int_equal(decision_log_append(log, revision, NULL, q, sizeof q - 1, q, sizeof q - 1,
                                         NULL),
                     -1);
    assert_int_equal(decision_log_commit(log), -1);
    assert_int_equal(decision_log_close(log), -1);
    setrlimit(RLIMIT_FSIZE, &old);
    signal(SIGXFSZ, SIG_DFL);
    /* No torn line: the file verifies and ends with a whole line. */
    const char *paths[] = { path };
    uint64_t lines = verify_chain(paths, 1, 1);
    assert_true(lines >= 3 && lines < 6);
    /* And it can be continued once the cause is gone. */
    assert_int_equal(decision_log_open(&log, path, NULL, err, sizeof err), 0);
    uint64_t seq;
    assert_int_equal(decision_log_append(log, revision, NULL, q, sizeof q - 1, q, sizeof q - 1,
                                         &seq),
                     0);
    assert_int_equal(seq, lines + 1);
    assert_int_equal(decision_log_close(log), 0);
    remove_dir(dir);
}

static void parsing_options(void **state)
{
    (void)state;
    uint64_t size;
    enum decision_log_sync sync;
    assert_int_equal(decision_log_parse_size("0", &size), 0);
    assert_int_equal(size, 0);
    assert_int_equal(decision_log_parse_size("1500", &size), 0);
    assert_int_equal(size, 1500);
    assert_int_equal(decision_log_parse_size("64K", &size), 0);
    assert_int_equal(size, 65536);
    assert_int_equal(decision_log_parse_size("100M", &size), 0);
    assert_int_equal(size, 100u << 20);
    assert_int_equal(decision_log_parse_size("2G", &size), 0);
    assert_int_equal(size, (uint64_t)2 << 30);
    const char *bad[] = { "", "-1", "K", "12k", "1.5M", "12 ", "99999999999999999999",
                          "17179869184G" };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        assert_int_equal(decision_log_parse_size(bad[i], &size), -1);
    assert_int_equal(decision_log_parse_sync("always", &sync), 0);
    assert_int_equal(sync, DECISION_LOG_SYNC_ALWAYS);
    assert_int_equal(decision_log_parse_sync("never", &sync), 0);
    assert_int_equal(sync, DECISION_LOG_SYNC_NEVER);
    assert_int_equal(decision_log_parse_sync("Always", &sync), -1);
    assert_int_equal(decision_log_parse_sync("", &sync), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(concurrent_appends_share_fsyncs),
        cmocka_unit_test(rotation_under_concurrency),
        cmocka_unit_test(a_write_error_stops_the_log),
        cmocka_unit_test(parsing_options),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
