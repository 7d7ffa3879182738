/* test_limits.c — every limit of sharepol_limits, with its error, and the
 * huge, long and deep inputs (docs/language.md, "Limits"; docs/errors.md,
 * "limit", "too-deep", "too-large"): each is rejected with a clear
 * diagnostic at the right place,
 * or accepted, in about linear time and without reading more than the
 * limit.  The deepest policy the limits allow also compiles, decides,
 * explains, formats, dumps and draws on a thread with a 96 KiB stack, which
 * checks that the recursion in check.c, check_closed.c, lower.c, eval.c,
 * consent.c, residual_size.c, residual.c, explain.c, format.c and dump.c,
 * bounded by the nesting limit, fits.
 *
 * Time bounds are generous (several times what a laptop needs) and are
 * multiplied by SHAREPOL_TIME_FACTOR from the environment, which the
 * valgrind run sets.  They bound the processor time this process used, not
 * the time on the clock, so that other jobs sharing the machine cannot make
 * them fail; ctest's timeout catches a step that waits forever.  Only the
 * public header is used. */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "helpers.h"

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define SANITIZED 1
#endif
#endif
#ifndef SANITIZED
#define SANITIZED 0
#endif

/* Sanitizer builds (unoptimised, instrumented) take the big inputs one
 * size smaller: a tenth of the items, the same shapes.  The plain builds
 * (strict, valgrind's is left out) take them whole. */
#define BIG(n) (SANITIZED ? (n) / 10 : (n))

/* ---- helpers ------------------------------------------------------------ */

typedef struct text {
    char *s;
    size_t n, cap;
} text;

static void add_n(text *t, const char *s, size_t len)
{
    if (t->n + len + 1 > t->cap) {
        size_t cap = t->cap ? t->cap : 1024;
        while (cap < t->n + len + 1)
            cap *= 2;
        char *s2 = realloc(t->s, cap);
        assert_non_null(s2);
        t->s = s2;
        t->cap = cap;
    }
    memcpy(t->s + t->n, s, len);
    t->n += len;
    t->s[t->n] = '\0';
}

static void add(text *t, const char *s)
{
    add_n(t, s, strlen(s));
}

static void add_times(text *t, const char *s, size_t times)
{
    size_t len = strlen(s);
    for (size_t i = 0; i < times; i++)
        add_n(t, s, len);
}

static void addf(text *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void addf(text *t, const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    assert_true(n >= 0 && (size_t)n < sizeof buf);
    add_n(t, buf, (size_t)n);
}

/* Processor time used so far, in seconds. */
static double seconds_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* The time bound of one step: `base` seconds, scaled for slow builds. */
static double bound(double base)
{
    const char *f = getenv("SHAREPOL_TIME_FACTOR");
    double factor = f ? atof(f) : 1.0;
    if (factor < 1.0)
        factor = 1.0;
    return base * factor * (SANITIZED ? 8.0 : 1.0);
}

/* What a compilation said: its status, its first error, how long it took. */
typedef struct outcome {
    int status;
    size_t errors;
    char code[64];
    unsigned line, column;
    char message[512];
    bool has_note_too_many;
    double seconds;
} outcome;

static outcome summarize(int status, sharepol_diagnostics *d, double seconds)
{
    outcome o;
    memset(&o, 0, sizeof o);
    o.status = status;
    o.seconds = seconds;
    o.errors = sharepol_diagnostics_errors(d);
    for (size_t i = 0; i < sharepol_diagnostics_count(d); i++) {
        const sharepol_diagnostic *g = sharepol_diagnostics_get(d, i);
        if (strcmp(g->code, "too-many-errors") == 0)
            o.has_note_too_many = true;
        if (g->severity == SHAREPOL_SEVERITY_ERROR && !o.code[0]) {
            snprintf(o.code, sizeof o.code, "%s", g->code);
            snprintf(o.message, sizeof o.message, "%s", g->message);
            o.line = g->line;
            o.column = g->column;
        }
    }
    /* rendering must cope with whatever was found, however long the line */
    char *r = NULL;
    assert_int_equal(sharepol_diagnostics_render(&r, d, 0), SHAREPOL_OK);
    sharepol_string_free(r);
    return o;
}

static outcome compile_with(const char *s, size_t n, const sharepol_compile_options *opts,
                            sharepol_policy **keep)
{
    sharepol_policy *p = NULL;
    sharepol_diagnostics *d = NULL;
    double t0 = seconds_now();
    int st = sharepol_compile_string(&p, s, n, "big.spol", opts, &d);
    outcome o = summarize(st, d, seconds_now() - t0);
    sharepol_diagnostics_free(d);
    if (keep)
        *keep = p;
    else
        sharepol_policy_release(p);
    return o;
}

static outcome compile_path(const char *path, const sharepol_compile_options *opts)
{
    sharepol_policy *p = NULL;
    sharepol_diagnostics *d = NULL;
    double t0 = seconds_now();
    int st = sharepol_compile_files(&p, &path, 1, opts, &d);
    outcome o = summarize(st, d, seconds_now() - t0);
    sharepol_diagnostics_free(d);
    sharepol_policy_release(p);
    return o;
}

static void expect_error(const outcome *o, int status, const char *code, unsigned line,
                         unsigned column, const char *message)
{
    if (o->status != status || strcmp(o->code, code) != 0 || o->line != line ||
        o->column != column || (message && strcmp(o->message, message) != 0))
        fail_msg("expected %s %s at %u:%u '%s'\n  got %s %s at %u:%u '%s'",
                 sharepol_strerror(status), code, line, column, message ? message : "*",
                 sharepol_strerror(o->status), o->code, o->line, o->column, o->message);
}

static void expect_time(const outcome *o, double base, const char *what)
{
    if (o->seconds > bound(base))
        fail_msg("%s took %.2f s; the bound is %.2f s", what, o->seconds, bound(base));
}

static const char header[] = "party a; party b; party c; category k;\n";

/* ---- nesting ------------------------------------------------- */

static void nested_parentheses_100k(void **state)
{
    (void)state;
    text t = { 0 };
    add(&t, header);
    const char *head = "allow k from a to b with consent of ";
    add(&t, head);
    add_times(&t, "(", 100000);
    add(&t, "a");
    add_times(&t, ")", 100000);
    add(&t, ";\n");
    outcome o = compile_with(t.s, t.n, NULL, NULL);
    expect_error(&o, SHAREPOL_EPARSE, "too-deep", 2, (unsigned)strlen(head) + 257,
                 "parentheses nested more than 256 deep");
    assert_int_equal(o.errors, 1);
    expect_time(&o, 1.0, "100,000 parentheses");
    free(t.s);
}

static void nots_100k(void **state)
{
    (void)state;
    text t = { 0 };
    add(&t, header);
    const char *head = "allow k from a to b when ";
    add(&t, head);
    add_times(&t, "not ", 100000);
    add(&t, "onward;\n");
    outcome o = compile_with(t.s, t.n, NULL, NULL);
    expect_error(&o, SHAREPOL_EPARSE, "too-deep", 2, (unsigned)strlen(head) + 256 * 4 + 1,
                 "more than 256 'not' in a row");
    assert_int_equal(o.errors, 1);
    expect_time(&o, 1.0, "100,000 'not'");
    free(t.s);
}

static void not_and_parentheses_100k(void **state)
{
    (void)state;
    text t = { 0 };
    add(&t, header);
    const char *head = "allow k from a to b when ";
    add(&t, head);
    add_times(&t, "not (", 100000);
    add(&t, "onward");
    add_times(&t, ")", 100000);
    add(&t, ";\n");
    outcome o = compile_with(t.s, t.n, NULL, NULL);
    expect_error(&o, SHAREPOL_EPARSE, "too-deep", 2, (unsigned)strlen(head) + 256 * 5 + 5,
                 "parentheses nested more than 256 deep");
    expect_time(&o, 1.0, "100,000 'not ('");
    free(t.s);
}

/* The embedder's depth limit, and the exact boundary. */
static void depth_limit_is_settable(void **state)
{
    (void)state;
    sharepol_compile_options opts = SHAREPOL_COMPILE_OPTIONS_INIT;
    opts.limits.max_depth = 3;
    const char *ok = "party a; party b; category k;\n"
                     "allow k from a to b with consent of (((a)));\n"
                     "allow k from a to b when not not not onward;\n";
    outcome o = compile_with(ok, strlen(ok), &opts, NULL);
    assert_int_equal(o.status, SHAREPOL_OK);
    const char *deep = "party a; party b; category k;\n"
                       "allow k from a to b with consent of ((((a))));\n";
    o = compile_with(deep, strlen(deep), &opts, NULL);
    expect_error(&o, SHAREPOL_EPARSE, "too-deep", 2, 40,
                 "parentheses nested more than 3 deep");
    const char *nots = "party a; party b; category k;\n"
                       "allow k from a to b when not not not not onward;\n";
    o = compile_with(nots, strlen(nots), &opts, NULL);
    expect_error(&o, SHAREPOL_EPARSE, "too-deep", 2, 38, "more than 3 'not' in a row");
}

/* ---- long chains are accepted, in linear time ------------------ */

static double compile_chain(const char *op, const char *atom, const char *head, size_t n,
                            const char *query)
{
    text t = { 0 };
    add(&t, header);
    add(&t, head);
    for (size_t i = 0; i < n; i++) {
        if (i)
            add(&t, op);
        add(&t, atom);
    }
    add(&t, ";\n");
    sharepol_policy *p = NULL;
    outcome o = compile_with(t.s, t.n, NULL, &p);
    if (o.status != SHAREPOL_OK)
        fail_msg("a chain of %zu: %s %s", n, o.code, o.message);
    answer a = ask(p, query);
    assert_true(a.decision == SHAREPOL_ALLOW || a.decision == SHAREPOL_NEEDS_CONSENT);
    sharepol_policy_release(p);
    free(t.s);
    return o.seconds;
}

static void consent_or_chain_1m(void **state)
{
    (void)state;
    const char *head = "allow k from a to b with consent of ";
    const char *q = "k from a to b at 2025-01-01";
    double small = compile_chain(" or ", "c", head, BIG(100000), q);
    double big = compile_chain(" or ", "c", head, BIG(1000000), q);
    /* linear: ten times the terms, not a hundred times the time */
    if (big > bound(3.0) || big > 30.0 * small + bound(0.5))
        fail_msg("1M terms: %.2f s, 100k terms: %.2f s", big, small);
    compile_chain(" and ", "c", head, BIG(1000000), q);
}

static void condition_and_chain_1m(void **state)
{
    (void)state;
    const char *head = "allow k from a to b when ";
    const char *q = "k from a to b at 2025-01-01";
    double small = compile_chain(" and ", "unmarked", head, BIG(100000), q);
    double big = compile_chain(" and ", "unmarked", head, BIG(1000000), q);
    if (big > bound(5.0) || big > 30.0 * small + bound(0.5))
        fail_msg("1M terms: %.2f s, 100k terms: %.2f s", big, small);
}

static void name_list_1m(void **state)
{
    (void)state;
    text t = { 0 };
    for (int i = 0; i < 1000; i++)
        addf(&t, "party p%d;\n", i);
    add(&t, "category k;\ngroup g = ");
    for (int i = 0; i < BIG(1000000); i++)
        addf(&t, "%sp%d", i ? ", " : "", i % 1000);
    add(&t, ";\nallow k from g to g;\n");
    sharepol_policy *p = NULL;
    outcome o = compile_with(t.s, t.n, NULL, &p);
    assert_int_equal(o.status, SHAREPOL_OK);
    expect_time(&o, 3.0, "a list of 1,000,000 names");
    expect_answer(p, "k from p1 to p999", SHAREPOL_ALLOW, "big.spol:1003", NULL);
    sharepol_policy_release(p);
    free(t.s);
}

/* ---- long tokens ------------------------------------------------------- */

static void name_10mb(void **state)
{
    (void)state;
    text t = { 0 };
    add(&t, "party ");
    add_times(&t, "abcdefghij", 1024 * 1024);
    add(&t, ";\n");
    outcome o = compile_with(t.s, t.n, NULL, NULL);
    expect_error(&o, SHAREPOL_EPARSE, "name-too-long", 1, 7,
                 "this name is 10485760 bytes long; names may have at most 255");
    expect_time(&o, 1.0, "a 10 MB name");
    free(t.s);
}

static void name_limit_is_settable(void **state)
{
    (void)state;
    sharepol_compile_options opts = SHAREPOL_COMPILE_OPTIONS_INIT;
    opts.limits.max_name_length = 4;
    const char *ok = "party abcd;";
    assert_int_equal(compile_with(ok, strlen(ok), &opts, NULL).status, SHAREPOL_OK);
    const char *bad = "party abcd; party abcde;";
    outcome o = compile_with(bad, strlen(bad), &opts, NULL);
    expect_error(&o, SHAREPOL_EPARSE, "name-too-long", 1, 19,
                 "this name is 5 bytes long; names may have at most 4");
    /* exactly at the default */
    text t = { 0 };
    add(&t, "party ");
    add_times(&t, "n", 255);
    add(&t, ";");
    assert_int_equal(compile_with(t.s, t.n, NULL, NULL).status, SHAREPOL_OK);
    add(&t, " party ");
    add_times(&t, "m", 256);
    add(&t, ";");
    o = compile_with(t.s, t.n, NULL, NULL);
    expect_error(&o, SHAREPOL_EPARSE, "name-too-long", 1, 270, NULL);
    free(t.s);
}

static void string_limit(void **state)
{
    (void)state;
    text t = { 0 };
    add(&t, "party a \"");
    add_times(&t, "x", 64 * 1024);
    add(&t, "\";\n");
    assert_int_equal(compile_with(t.s, t.n, NULL, NULL).status, SHAREPOL_OK);
    free(t.s);
    memset(&t, 0, sizeof t);
    add(&t, "party a \"");
    add_times(&t, "xyzxyzxyzx", 1024 * 1024);
    add(&t, "\";\n");
    outcome o = compile_with(t.s, t.n, NULL, NULL);
    expect_error(&o, SHAREPOL_EPARSE, "string-too-long", 1, 9,
                 "this string is 10485760 bytes long; strings may have at most 65536");
    expect_time(&o, 1.0, "a 10 MB string");
    /* 100 MB is over the size limit of a source: refused before scanning */
    add_times(&t, "party b; ", 10 * 1024 * 1024);
    o = compile_with(t.s, t.n, NULL, NULL);
    expect_error(&o, SHAREPOL_ELIMIT, "limit", 0, 0,
                 "this file is larger than the limit of 16777216 bytes");
    expect_time(&o, 0.1, "a 100 MB text");
    free(t.s);

    sharepol_compile_options opts = SHAREPOL_COMPILE_OPTIONS_INIT;
    opts.limits.max_string_length = 3;
    /* the limit counts bytes after escapes: \u{e9} is two */
    const char *ok = "party a \"\\u{e9}x\";";
    assert_int_equal(compile_with(ok, strlen(ok), &opts, NULL).status, SHAREPOL_OK);
    const char *bad = "party a \"abcd\";";
    o = compile_with(bad, strlen(bad), &opts, NULL);
    expect_error(&o, SHAREPOL_EPARSE, "string-too-long", 1, 9,
                 "this string is 4 bytes long; strings may have at most 3");
}

static void number_1m_digits(void **state)
{
    (void)state;
    text t = { 0 };
    add(&t, header);
    add(&t, "allow k from a to b with consent of ");
    add_times(&t, "1234567890", 100000);
    add(&t, " of {a, b};\n");
    outcome o = compile_with(t.s, t.n, NULL, NULL);
    expect_error(&o, SHAREPOL_EPARSE, "number-too-large", 2, 37,
                 "number too large: integers have at most 9 digits");
    expect_time(&o, 1.0, "a number of 1,000,000 digits");
    free(t.s);
}

/* ---- files ---------------------------------------------------------- */

static char temp_dir[64];

static int make_temp_dir(void **state)
{
    (void)state;
    strcpy(temp_dir, "/tmp/sharepol-limits-XXXXXX");
    return mkdtemp(temp_dir) ? 0 : -1;
}

static int remove_temp_dir(void **state)
{
    (void)state;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", temp_dir);
    return system(cmd) == 0 ? 0 : -1;
}

static void temp_path(char *out, size_t size, const char *name)
{
    snprintf(out, size, "%s/%s", temp_dir, name);
}

static void write_text(const char *path, const char *s, size_t n)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(s, 1, n, f), n);
    assert_int_equal(fclose(f), 0);
}

/* A 1 GiB file, sparse (nothing is really written), is refused from its
 * size alone, at once. */
static void file_1gb_sparse(void **state)
{
    (void)state;
    char path[128];
    temp_path(path, sizeof path, "huge.spol");
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    assert_true(fd >= 0);
    assert_int_equal(ftruncate(fd, (off_t)1 << 30), 0);
    close(fd);
    outcome o = compile_path(path, NULL);
    char msg[128];
    snprintf(msg, sizeof msg, "this file is larger than the limit of %zu bytes",
             (size_t)16 << 20);
    expect_error(&o, SHAREPOL_ELIMIT, "limit", 0, 0, msg);
    expect_time(&o, 0.5, "a 1 GiB file");
    unlink(path);
}

static void file_limit_is_settable(void **state)
{
    (void)state;
    char path[128];
    temp_path(path, sizeof path, "small.spol");
    char text100[101];
    memset(text100, ' ', 100);
    memcpy(text100, "party a;", 8);
    sharepol_compile_options opts = SHAREPOL_COMPILE_OPTIONS_INIT;
    opts.limits.max_file_size = 100;
    write_text(path, text100, 100);
    assert_int_equal(compile_path(path, &opts).status, SHAREPOL_OK);
    write_text(path, text100, 100);
    FILE *f = fopen(path, "ab");
    assert_non_null(f);
    fputc('\n', f);
    fclose(f);
    outcome o = compile_path(path, &opts);
    expect_error(&o, SHAREPOL_ELIMIT, "limit", 0, 0,
                 "this file is larger than the limit of 100 bytes");
    unlink(path);
}

/* Writes comments into a FIFO until the reader goes away. */
static void *endless_writer(void *arg)
{
    const char *path = arg;
    int fd = open(path, O_WRONLY);
    if (fd < 0)
        return NULL;
    char block[4096];
    memset(block, ' ', sizeof block);
    block[0] = '#';
    block[sizeof block - 1] = '\n';
    while (write(fd, block, sizeof block) > 0)
        ;
    close(fd);
    return NULL;
}

/* A FIFO that never ends is read up to the limit, not forever. */
static void fifo_never_ends(void **state)
{
    (void)state;
    signal(SIGPIPE, SIG_IGN); /* the writer learns of the end from EPIPE */
    char path[128];
    temp_path(path, sizeof path, "endless.spol");
    assert_int_equal(mkfifo(path, 0600), 0);
    pthread_t writer;
    assert_int_equal(pthread_create(&writer, NULL, endless_writer, path), 0);
    sharepol_compile_options opts = SHAREPOL_COMPILE_OPTIONS_INIT;
    opts.limits.max_file_size = 1 << 20;
    outcome o = compile_path(path, &opts);
    expect_error(&o, SHAREPOL_ELIMIT, "limit", 0, 0,
                 "this file is larger than the limit of 1048576 bytes");
    expect_time(&o, 2.0, "an endless FIFO");
    pthread_join(writer, NULL);
    unlink(path);
    /* the zero device: the same, with the default limit */
    o = compile_path("/dev/zero", NULL);
    assert_int_equal(o.status, SHAREPOL_ELIMIT);
    assert_string_equal(o.code, "limit");
    expect_time(&o, 2.0, "/dev/zero");
}

static void files_limit_is_settable(void **state)
{
    (void)state;
    char dir[128], path[160];
    temp_path(dir, sizeof dir, "set");
    assert_int_equal(mkdir(dir, 0700), 0);
    for (int i = 0; i < 3; i++) {
        snprintf(path, sizeof path, "%s/f%d.spol", dir, i);
        char body[32];
        snprintf(body, sizeof body, "party p%d;\n", i);
        write_text(path, body, strlen(body));
    }
    sharepol_compile_options opts = SHAREPOL_COMPILE_OPTIONS_INIT;
    opts.limits.max_files = 3;
    assert_int_equal(compile_path(dir, &opts).status, SHAREPOL_OK);
    opts.limits.max_files = 2;
    outcome o = compile_path(dir, &opts);
    expect_error(&o, SHAREPOL_ELIMIT, "limit", 0, 0, "too many files in the policy set");
    for (int i = 0; i < 3; i++) {
        snprintf(path, sizeof path, "%s/f%d.spol", dir, i);
        unlink(path);
    }
    rmdir(dir);
}

/* ---- errors reported ------------------------------------------------------- */

static void errors_limit(void **state)
{
    (void)state;
    text t = { 0 };
    add(&t, "party a; category k;\n");
    for (int i = 0; i < 10000; i++)
        addf(&t, "allow k from a to undeclared%d;\n", i);
    outcome o = compile_with(t.s, t.n, NULL, NULL);
    assert_int_equal(o.status, SHAREPOL_EPARSE);
    assert_int_equal(o.errors, 100);
    assert_true(o.has_note_too_many);
    expect_time(&o, 2.0, "10,000 errors");
    sharepol_compile_options opts = SHAREPOL_COMPILE_OPTIONS_INIT;
    opts.limits.max_errors = 5;
    o = compile_with(t.s, t.n, &opts, NULL);
    assert_int_equal(o.errors, 5);
    assert_true(o.has_note_too_many);
    free(t.s);
    /* one stray token early in a 10k-rule file: a few errors, not thousands */
    memset(&t, 0, sizeof t);
    add(&t, "party a; party b; category k;\n)\n");
    for (int i = 0; i < 10000; i++)
        add(&t, "allow k from a to b;\n");
    o = compile_with(t.s, t.n, NULL, NULL);
    assert_int_equal(o.status, SHAREPOL_EPARSE);
    assert_true(o.errors >= 1 && o.errors <= 100);
    free(t.s);
}

/* 100,000 names that are not declared, among 100,000 that are: the search
 * for a "did you mean" (which looks at every declaration) is made for the
 * first few only, so this stays linear. */
static void many_undefined_names(void **state)
{
    (void)state;
    text t = { 0 };
    for (int i = 0; i < BIG(100000); i++)
        addf(&t, "party p%d;\n", i);
    add(&t, "group g = ");
    for (int i = 0; i < BIG(100000); i++)
        addf(&t, "%sq%d", i ? ", " : "", i);
    add(&t, ";\n");
    outcome o = compile_with(t.s, t.n, NULL, NULL);
    expect_error(&o, SHAREPOL_EPARSE, "undefined-name", BIG(100000) + 1, 11,
                 "'q0' is not declared (expected a party or group)");
    assert_int_equal(o.errors, 100);
    expect_time(&o, 3.0, "100,000 undefined names");
    free(t.s);
}

/* The nesting limit cannot be raised above 256: the parser's stack and the
 * recursion over expressions are sized for it. */
static void depth_limit_has_a_ceiling(void **state)
{
    (void)state;
    sharepol_compile_options opts = SHAREPOL_COMPILE_OPTIONS_INIT;
    opts.limits.max_depth = 100000;
    text t = { 0 };
    add(&t, header);
    add(&t, "allow k from a to b with consent of ");
    add_times(&t, "(", 300);
    add(&t, "a");
    add_times(&t, ")", 300);
    add(&t, ";\n");
    outcome o = compile_with(t.s, t.n, &opts, NULL);
    expect_error(&o, SHAREPOL_EPARSE, "too-deep", 2, 36 + 257,
                 "parentheses nested more than 256 deep");
    free(t.s);
}

/* ---- groups: chains, cycles, exponential definitions --------------- */

static void group_chain_100k(void **state)
{
    (void)state;
    text t = { 0 };
    add(&t, "party p; party q; category k;\ngroup g0 = p;\n");
    for (int i = 1; i < BIG(100000); i++)
        addf(&t, "group g%d = g%d;\n", i, i - 1);
    addf(&t, "allow k from g%d to q;\n", BIG(100000) - 1);
    sharepol_policy *p = NULL;
    outcome o = compile_with(t.s, t.n, NULL, &p);
    assert_int_equal(o.status, SHAREPOL_OK);
    expect_time(&o, 2.0, "a chain of 100,000 groups");
    char rule[32];
    snprintf(rule, sizeof rule, "big.spol:%d", BIG(100000) + 2);
    expect_answer(p, "k from p to q", SHAREPOL_ALLOW, rule, NULL);
    expect_answer(p, "k from q to p", SHAREPOL_DENY, "", NULL);
    sharepol_policy_release(p);
    free(t.s);
}

/* Tables of who is in what grow as the square of the policy: beyond a
 * fixed size the compiler refuses with `too-large` before it allocates. */
static void groups_times_parties_too_large(void **state)
{
    (void)state;
    text t = { 0 };
    add(&t, "category k;\n");
    for (int i = 0; i < 100000; i++)
        addf(&t, "party p%d; group g%d = p%d;\n", i, i, i);
    outcome o = compile_with(t.s, t.n, NULL, NULL);
    expect_error(&o, SHAREPOL_EPARSE, "too-large", 2, 17,
                 "100000 groups over 100000 parties are too many to compile: their tables "
                 "would need 2384 MiB, more than 256");
    free(t.s);
}

static void category_chain_too_large(void **state)
{
    (void)state;
    text t = { 0 };
    add(&t, "party p;\ncategory c0;\n");
    for (int i = 1; i < 100000; i++)
        addf(&t, "category c%d in c%d;\n", i, i - 1);
    outcome o = compile_with(t.s, t.n, NULL, NULL);
    expect_error(&o, SHAREPOL_EPARSE, "too-large", 2, 10,
                 "100000 categories are too many to compile: their tables would need "
                 "1192 MiB, more than 256");
    free(t.s);
}

/* Each group of the chain holds the parties of all below it: 12,000 groups
 * make 72 million memberships, each a list entry of the compiled policy. */
static void nested_memberships_too_many(void **state)
{
    (void)state;
    text t = { 0 };
    add(&t, "party p0; category k;\ngroup g0 = p0;\n");
    for (int i = 1; i < 12000; i++)
        addf(&t, "party p%d; group g%d = g%d, p%d;\n", i, i, i - 1, i);
    add(&t, "allow k from g11999 to p0;\n");
    outcome o = compile_with(t.s, t.n, NULL, NULL);
    expect_error(&o, SHAREPOL_EPARSE, "too-large", 12001, 21,
                 "the groups nest too deeply to compile: they make 72006000 memberships, "
                 "more than 67108864");
    free(t.s);
}

static void category_chain_links_too_many(void **state)
{
    (void)state;
    text t = { 0 };
    add(&t, "party p;\ncategory c0;\n");
    for (int i = 1; i < 12000; i++)
        addf(&t, "category c%d in c%d;\n", i, i - 1);
    add(&t, "allow c11999 from p to p;\n");
    outcome o = compile_with(t.s, t.n, NULL, NULL);
    expect_error(&o, SHAREPOL_EPARSE, "too-large", 12001, 10,
                 "the categories nest too deeply to compile: they make 72006000 ancestor "
                 "links, more than 67108864");
    free(t.s);
}

static void group_cycle_100k(void **state)
{
    (void)state;
    text t = { 0 };
    add(&t, "party p;\n");
    for (int i = 0; i < BIG(100000); i++)
        addf(&t, "group g%d = g%d;\n", i, (i + 1) % BIG(100000));
    outcome o = compile_with(t.s, t.n, NULL, NULL);
    expect_error(&o, SHAREPOL_EPARSE, "cycle", 2, 7,
                 "the groups form a cycle: 'g0' contains 'g1' contains 'g2' contains 'g3' "
                 "contains 'g4' contains 'g5' contains 'g6' contains 'g7' contains 'g8' "
                 "contains 'g9' contains ... contains 'g0'");
    assert_int_equal(o.errors, 1);
    expect_time(&o, 2.0, "a cycle of 100,000 groups");
    free(t.s);
}

/* A counting allocator: the most bytes ever held at once. */
typedef struct peak {
    size_t now, max;
} peak;

static void *peak_alloc(void *ctx, void *ptr, size_t old_size, size_t new_size)
{
    peak *pk = ctx;
    void *p = new_size ? realloc(ptr, new_size) : (free(ptr), NULL);
    if (new_size == 0 || p) {
        pk->now = pk->now - (ptr ? old_size : 0) + new_size;
        if (pk->now > pk->max)
            pk->max = pk->now;
    }
    return p;
}

/* 64 levels of groups, each holding the previous one twice: 2^64 members if
 * expanded; the compiled policy stays small and the compile fast. */
static void billion_laughs(void **state)
{
    (void)state;
    text t = { 0 };
    add(&t, "party a; party b; party c; category k;\ngroup l0 = a, b;\n");
    for (int i = 1; i < 64; i++)
        addf(&t, "group l%d = l%d, l%d;\n", i, i - 1, i - 1);
    add(&t, "allow k from l63 to l63 with consent of all of l63;\n"
            "allow k from l63 to c with consent of 1 of {l63, l62, l61};\n"
            "test \"laughs\" { expect k from a to b => needs consent of b; }\n");
    peak pk = { 0, 0 };
    sharepol_compile_options opts = SHAREPOL_COMPILE_OPTIONS_INIT;
    opts.allocator.fn = peak_alloc;
    opts.allocator.ctx = &pk;
    sharepol_policy *p = NULL;
    outcome o = compile_with(t.s, t.n, &opts, &p);
    assert_int_equal(o.status, SHAREPOL_OK);
    expect_time(&o, 0.5, "64 levels of doubled groups");
    if (pk.max > (size_t)2 << 20)
        fail_msg("compiling took %zu bytes at its peak", pk.max);
    expect_answer(p, "k from a to b", SHAREPOL_NEEDS_CONSENT, "big.spol:66", "b");
    expect_answer(p, "k from a to b consent b", SHAREPOL_ALLOW, "big.spol:66", NULL);
    expect_answer(p, "k from a to c", SHAREPOL_ALLOW, "big.spol:67", NULL);
    int passed = 0;
    assert_int_equal(sharepol_expectation_run(p, 0, NULL, &passed), SHAREPOL_OK);
    assert_true(passed);
    char *dot = NULL;
    assert_int_equal(sharepol_graph_dot(&dot, p, NULL), SHAREPOL_OK);
    assert_true(strlen(dot) < (size_t)1 << 20);
    sharepol_string_free(dot);
    sharepol_policy_release(p);
    free(t.s);
}

/* "any principal may share any item with any principal" over many parties:
 * nothing is materialised per pair, and a query is fast. */
static void cartesian_product(void **state)
{
    (void)state;
    text t = { 0 };
    for (int i = 0; i < BIG(100000); i++)
        addf(&t, "party p%d;\n", i);
    add(&t, "group everyone = *;\ncategory k;\n"
            "allow * from * to * with consent of any of everyone;\n"
            "deny k from * to * when before 2000-01-01;\n");
    sharepol_policy *p = NULL;
    outcome o = compile_with(t.s, t.n, NULL, &p);
    assert_int_equal(o.status, SHAREPOL_OK);
    expect_time(&o, 3.0, "any to any over 100,000 parties");
    double t0 = seconds_now();
    char query[64], rule[32];
    snprintf(query, sizeof query, "k from p1 to p%d at 2025-01-01", BIG(100000) - 1);
    snprintf(rule, sizeof rule, "big.spol:%d", BIG(100000) + 3);
    expect_answer(p, query, SHAREPOL_ALLOW, rule, NULL);
    sharepol_query q = SHAREPOL_QUERY_INIT;
    q.category = 0;
    q.from = 5;
    q.to = BIG(100000) - 2;
    q.date = 20000;
    for (int i = 0; i < 1000; i++)
        assert_int_equal(sharepol_decide(p, &q, NULL), SHAREPOL_ALLOW);
    double per_query = (seconds_now() - t0) / 1000;
    if (per_query > bound(0.05))
        fail_msg("%.3f ms per query", per_query * 1e3);
    /* the graph of 100,000 parties is drawn in linear time */
    t0 = seconds_now();
    char *dot = NULL;
    assert_int_equal(sharepol_graph_dot(&dot, p, NULL), SHAREPOL_OK);
    sharepol_string_free(dot);
    if (seconds_now() - t0 > bound(2.0))
        fail_msg("the graph of 100,000 parties took %.2f s", seconds_now() - t0);
    /* and dumped in linear time */
    t0 = seconds_now();
    assert_int_equal(sharepol_policy_dump(&dot, p), SHAREPOL_OK);
    sharepol_string_free(dot);
    if (seconds_now() - t0 > bound(2.0))
        fail_msg("the dump of 100,000 parties took %.2f s", seconds_now() - t0);
    sharepol_policy_release(p);
    free(t.s);
}

/* A rule needing the consent of 100,000 parties: the residual of a query
 * that has two of them (and the sender's own) is the 99,997 others, built in
 * linear time. */
static void residual_of_100k_parties(void **state)
{
    (void)state;
    text t = { 0 };
    for (int i = 0; i < BIG(100000); i++)
        addf(&t, "party p%d;\n", i);
    add(&t, "group everyone = *;\ncategory k;\n"
            "allow k from p0 to p1 with consent of all of everyone;\n"
            "allow k from p2 to p3 with consent of all of {everyone, p5, p6} and (p7 or p8);\n");
    sharepol_policy *p = NULL;
    outcome o = compile_with(t.s, t.n, NULL, &p);
    assert_int_equal(o.status, SHAREPOL_OK);
    for (int rule = 0; rule < 2; rule++) {
        sharepol_query q = SHAREPOL_QUERY_INIT;
        q.category = 0;
        q.from = rule ? 2 : 0;
        q.to = rule ? 3 : 1;
        q.date = 20000;
        sharepol_id given[2] = { 5, 7 };
        q.consents = given;
        q.n_consents = 2;
        sharepol_result r;
        assert_int_equal(sharepol_decide(p, &q, &r), SHAREPOL_NEEDS_CONSENT);
        assert_int_equal(r.residual_size, BIG(100000) - 3);
        double t0 = seconds_now();
        sharepol_residual *res = NULL;
        assert_int_equal(sharepol_residual_new(&res, p, &q, &r), SHAREPOL_OK);
        double took = seconds_now() - t0;
        const sharepol_consent_node *root = sharepol_residual_root(res);
        assert_int_equal(root->kind, SHAREPOL_CONSENT_AND);
        assert_int_equal(root->n_children, BIG(100000) - 3);
        if (took > bound(0.5))
            fail_msg("a residual of 99,997 parties took %.2f s", took);
        sharepol_residual_free(res);
    }
    sharepol_policy_release(p);
    free(t.s);
}

/* ---- the deepest policies allowed, on a small stack ------------------------------ */

/* Parentheses 256 deep in a consent and in a condition, alternating `and`
 * and `or`, `not` and `and`; a test block expecting the same consent. */
static char *deepest_policy(void)
{
    text consent = { 0 }, cond = { 0 }, t = { 0 };
    for (int i = 0; i < 256; i++)
        add(&consent, i % 2 ? "(b or " : "(c and ");
    add(&consent, "c");
    add_times(&consent, ")", 256);
    for (int i = 0; i < 256; i++)
        add(&cond, i % 2 ? "not (" : "(since 2000-01-01 and ");
    add(&cond, "not onward");
    add_times(&cond, ")", 256);
    add(&t, "party a; party b; party c; party d in c; category k;\n"
            "group g = a, b, c;\n");
    add(&t, "rule deep allow k from a to b with consent of ");
    add(&t, consent.s);
    add(&t, "\n  when ");
    add(&t, cond.s);
    add(&t, ";\n");
    add(&t, "rule nots deny k from a to d when ");
    add_times(&t, "not ", 256);
    add(&t, "onward;\n");
    add(&t, "require consent of ");
    add(&t, consent.s);
    add(&t, " for k to c when ");
    add(&t, cond.s);
    add(&t, ";\n");
    add(&t, "test \"deep\" at 2025-01-01 {\n  expect k from a to b => needs consent of ");
    add(&t, consent.s);
    add(&t, ";\n  expect k from a to c => deny;\n}\n");
    free(consent.s);
    free(cond.s);
    return t.s;
}

typedef struct deep_job {
    const char *text;
    int compiled, decided, residual_ok, explained, formatted, drawn, dumped, tested, queried;
    char residual[32];
} deep_job;

static void *deep_worker(void *arg)
{
    deep_job *j = arg;
    sharepol_policy *p = NULL;
    j->compiled = sharepol_compile_string(&p, j->text, strlen(j->text), "deep.spol", NULL, NULL);
    if (j->compiled != SHAREPOL_OK)
        return NULL;
    sharepol_query q = SHAREPOL_QUERY_INIT;
    q.category = sharepol_category(p, "k");
    q.from = sharepol_party(p, "a");
    q.to = sharepol_party(p, "b");
    q.date = 20000;
    sharepol_result r;
    j->decided = sharepol_decide(p, &q, &r);
    if (j->decided == SHAREPOL_NEEDS_CONSENT) {
        sharepol_residual *res = NULL;
        j->residual_ok = sharepol_residual_new(&res, p, &q, &r);
        if (res)
            snprintf(j->residual, sizeof j->residual, "%s", sharepol_residual_text(res));
        sharepol_residual_free(res);
    }
    sharepol_explanation *e = NULL;
    j->explained = sharepol_explain(&e, p, &q);
    sharepol_explanation_free(e);
    char *out = NULL;
    j->formatted = sharepol_format(&out, j->text, strlen(j->text), "deep.spol", NULL, NULL);
    if (out) {
        /* and the formatted text compiles the same */
        sharepol_policy *p2 = NULL;
        if (sharepol_compile_string(&p2, out, strlen(out), "deep.spol", NULL, NULL) !=
            SHAREPOL_OK)
            j->formatted = -100;
        sharepol_policy_release(p2);
    }
    sharepol_string_free(out);
    char *dot = NULL;
    j->drawn = sharepol_graph_dot(&dot, p, NULL);
    sharepol_string_free(dot);
    j->dumped = sharepol_policy_dump(&dot, p);
    sharepol_string_free(dot);
    j->tested = 0;
    for (size_t i = 0; i < 2; i++) {
        int passed = 0;
        if (sharepol_expectation_run(p, i, NULL, &passed) == SHAREPOL_OK && passed)
            j->tested++;
    }
    sharepol_parsed_query *pq = NULL;
    const char *qt = "k from a to c consent b, c at 2025-01-01";
    j->queried = sharepol_query_parse(&pq, p, qt, strlen(qt), NULL);
    if (pq)
        j->queried = sharepol_decide(p, sharepol_parsed_query_get(pq), NULL);
    sharepol_parsed_query_free(pq);
    sharepol_policy_release(p);
    return NULL;
}

/* Runs fn(arg) on a thread with a stack of kib KiB.  Sanitizers put
 * redzones around every frame: they get eight times the room, and the plain
 * builds (strict, valgrind) check the size itself. */
static void run_on_stack(size_t kib, void *(*fn)(void *), void *arg)
{
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    size_t stack = kib << 10;
    if (SANITIZED)
        stack *= 8;
    assert_int_equal(pthread_attr_setstacksize(&attr, stack), 0);
    pthread_t th;
    assert_int_equal(pthread_create(&th, &attr, fn, arg), 0);
    assert_int_equal(pthread_join(th, NULL), 0);
    pthread_attr_destroy(&attr);
}

static void deepest_policy_on_64k_stack(void **state)
{
    (void)state;
    char *policy = deepest_policy();
    deep_job j;
    memset(&j, 0, sizeof j);
    j.text = policy;
    run_on_stack(64, deep_worker, &j);
    assert_int_equal(j.compiled, SHAREPOL_OK);
    assert_int_equal(j.decided, SHAREPOL_NEEDS_CONSENT);
    assert_int_equal(j.residual_ok, SHAREPOL_OK);
    /* nobody has consented, and `c` alone would do: the irredundant
     * residual (docs/language.md, "Decisions") is `c`, found by walking the
     * whole depth */
    assert_string_equal(j.residual, "c");
    assert_int_equal(j.explained, SHAREPOL_NEEDS_CONSENT);
    assert_int_equal(j.formatted, SHAREPOL_OK);
    assert_int_equal(j.drawn, SHAREPOL_OK);
    assert_int_equal(j.dumped, SHAREPOL_OK);
    assert_int_equal(j.tested, 2);
    assert_true(j.queried > 0);
    free(policy);
}

/* The deepest recursion deciding can meet: a consent and a condition nested
 * on the left, 256 parentheses deep, each level adding two consent nodes
 * (`or` over `and`) or three condition nodes (`or` over `and` over `not`),
 * every one of them read, as nobody has consented and each `not` has to be
 * looked into.  This is the policy docs/design.md, "The stack a decision
 * needs", measures. */
static char *deepest_left_policy(void)
{
    text t = { 0 };
    add(&t, "party a; party b; party c; party c0; party c1; party c2; party c3;\n"
            "category k;\nrule deep allow k from a to b with consent of ");
    add_times(&t, "(", 256);
    add(&t, "c0 or c1 and c2");
    for (int i = 0; i < 256; i++)
        addf(&t, ") and c%d or c%d", i % 4, (i + 1) % 4);
    add(&t, "\n  when ");
    add_times(&t, "not (", 256);
    add(&t, "not onward");
    add_times(&t, ") and since 2000-01-01 or onward", 256);
    add(&t, ";\ntest \"deep\" at 2025-01-01 {\n  expect k from a to b => needs consent;\n"
            "  expect k from a to c => deny;\n}\n");
    return t.s;
}

/* Every function of the library fits on that policy in the stack docs/api.md
 * asks for: 96 KiB. */
static void deepest_nesting_on_96k_stack(void **state)
{
    (void)state;
    char *policy = deepest_left_policy();
    deep_job j;
    memset(&j, 0, sizeof j);
    j.text = policy;
    run_on_stack(96, deep_worker, &j);
    assert_int_equal(j.compiled, SHAREPOL_OK);
    assert_int_equal(j.decided, SHAREPOL_NEEDS_CONSENT);
    assert_int_equal(j.residual_ok, SHAREPOL_OK);
    assert_int_equal(j.explained, SHAREPOL_NEEDS_CONSENT);
    assert_int_equal(j.formatted, SHAREPOL_OK);
    assert_int_equal(j.drawn, SHAREPOL_OK);
    assert_int_equal(j.tested, 2);
    assert_int_equal(j.queried, SHAREPOL_DENY);
    free(policy);
}

/* The same text with one more parenthesis is refused, not crashed on. */
static void one_level_deeper_is_refused(void **state)
{
    (void)state;
    text t = { 0 };
    add(&t, header);
    add(&t, "allow k from a to b when ");
    for (int i = 0; i < 257; i++)
        add(&t, i % 2 ? "not (" : "(since 2000-01-01 and ");
    add(&t, "onward");
    add_times(&t, ")", 257);
    add(&t, ";\n");
    outcome o = compile_with(t.s, t.n, NULL, NULL);
    assert_int_equal(o.status, SHAREPOL_EPARSE);
    assert_string_equal(o.code, "too-deep");
    free(t.s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(nested_parentheses_100k),
        cmocka_unit_test(nots_100k),
        cmocka_unit_test(not_and_parentheses_100k),
        cmocka_unit_test(depth_limit_is_settable),
        cmocka_unit_test(consent_or_chain_1m),
        cmocka_unit_test(condition_and_chain_1m),
        cmocka_unit_test(name_list_1m),
        cmocka_unit_test(name_10mb),
        cmocka_unit_test(name_limit_is_settable),
        cmocka_unit_test(string_limit),
        cmocka_unit_test(number_1m_digits),
        cmocka_unit_test(file_1gb_sparse),
        cmocka_unit_test(file_limit_is_settable),
        cmocka_unit_test(fifo_never_ends),
        cmocka_unit_test(files_limit_is_settable),
        cmocka_unit_test(errors_limit),
        cmocka_unit_test(many_undefined_names),
        cmocka_unit_test(depth_limit_has_a_ceiling),
        cmocka_unit_test(group_chain_100k),
        cmocka_unit_test(group_cycle_100k),
        cmocka_unit_test(groups_times_parties_too_large),
        cmocka_unit_test(category_chain_too_large),
        cmocka_unit_test(nested_memberships_too_many),
        cmocka_unit_test(category_chain_links_too_many),
        cmocka_unit_test(billion_laughs),
        cmocka_unit_test(cartesian_product),
        cmocka_unit_test(residual_of_100k_parties),
        cmocka_unit_test(deepest_policy_on_64k_stack),
        cmocka_unit_test(deepest_nesting_on_96k_stack),
        cmocka_unit_test(one_level_deeper_is_refused),
    };
    return cmocka_run_group_tests(tests, make_temp_dir, remove_temp_dir);
}
