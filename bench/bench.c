/* bench.c — the figures of docs/design.md, "The targets", at 100, 1,000 and
 * 10,000 parties (bench/README.md says how to read them).
 *
 * For each size: generate the policy text (gen.c), then
 *   compile     sharepol_compile_string on the text; median of --runs
 *   memory      bytes the compiled policy holds and the compilation's peak,
 *               both counted by an allocator passed in the options; peak RSS
 *               of a fresh process that reads the text and compiles it
 *   decide      decisions per second on one thread, ids interned, over a
 *               shuffled mix of --queries queries with known shares
 *   by name     the same with every name looked up per query
 *   draft 2     decide over the same queries with a relational mix of
 *               rules appended (gen_relational_text), printed apart
 *   latency     p50/p99/p99.9 of single decisions timed with rdtsc, the
 *               timer's own cost subtracted
 *   eval        `sharepol eval` lines per second through pipes: the time for
 *               every line less the time for none (start and compile)
 * and at the end how each figure grows from the smallest size to the
 * largest, and the targets at the largest. */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <spawn.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#if defined(__x86_64__) || defined(__i386__)
#include <x86intrin.h>
#define HAVE_TSC 1
#endif

#include "gen.h"
#include "sharepol.h"

extern char **environ;

#define MAX_SIZES 8
#define APPLYING_SAMPLE 5000  /* queries whose applying rules are counted */
#define MAX_RUNS 31

typedef struct options {
    uint32_t sizes[MAX_SIZES];
    int n_sizes;
    int runs;
    size_t queries;
    uint64_t seed;
    gen_mix mix;
    const char *cli;
    const char *dump;
    bool no_eval;
    int slowest;       /* print this many of the slowest queries */
} options;

/* The figures of one size (medians over the runs). */
typedef struct figures {
    uint32_t parties, rules;
    size_t text_bytes;
    double gen_s, compile_s;
    size_t policy_bytes, compile_peak_bytes;
    long rss_peak_kb, rss_after_kb, rss_base_kb;
    double shares[4], deny_by_rule;
    double applying_mean, applying_allow, applying_deny, applying_require;
    size_t applying_p99, applying_max;
    double decide_per_s, by_name_per_s;
    double p50_ns, p99_ns, p999_ns, max_ns;
    double kind_p50[4], kind_p99[4];  /* by decision (index SHAREPOL_*) */
    double eval_lines_per_s;
} figures;

/* ---- time ------------------------------------------------------------------ */

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static int cmp_size(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return (x > y) - (x < y);
}

static double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, cmp_double);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* ---- a counting allocator ------------------------------------------------------ */

typedef struct counter {
    size_t current, peak;
} counter;

static void *counting_alloc(void *ctx, void *ptr, size_t old_size, size_t new_size)
{
    counter *c = ctx;
    if (new_size == 0) {
        free(ptr);
        c->current -= old_size;
        return NULL;
    }
    void *p = realloc(ptr, new_size);
    if (!p)
        return NULL;
    c->current += new_size - old_size;
    if (c->current > c->peak)
        c->peak = c->current;
    return p;
}

/* ---- compile ------------------------------------------------------------------- */

static sharepol_policy *compile(const char *text, size_t len, counter *count, double *secs,
                                bool say_warnings)
{
    sharepol_compile_options opts = SHAREPOL_COMPILE_OPTIONS_INIT;
    opts.allocator.fn = counting_alloc;
    opts.allocator.ctx = count;
    sharepol_policy *policy = NULL;
    sharepol_diagnostics *diags = NULL;
    double t0 = now();
    int st = sharepol_compile_string(&policy, text, len, "bench.spol", &opts, &diags);
    *secs = now() - t0;
    if (st != SHAREPOL_OK) {
        char *msg = NULL;
        sharepol_diagnostics_render(&msg, diags, 0);
        fprintf(stderr, "bench: the generated policy does not compile (%s):\n%.4000s\n",
                sharepol_strerror(st), msg ? msg : "");
        sharepol_string_free(msg);
        sharepol_diagnostics_free(diags);
        return NULL;
    }
    size_t warnings = sharepol_diagnostics_warnings(diags);
    if (warnings && say_warnings) {
        /* once, in one line: generated units that no rule names, and such */
        size_t codes[3] = { 0 };
        static const char *const kinds[] = { "unused", "never-applies", "overridden" };
        for (size_t i = 0; i < sharepol_diagnostics_count(diags); i++)
            for (int k = 0; k < 3; k++)
                codes[k] += strcmp(sharepol_diagnostics_get(diags, i)->code, kinds[k]) == 0;
        printf("          the text compiles with %zu warnings (%zu unused, %zu never-applies, "
               "%zu overridden, %zu other)\n",
               warnings, codes[0], codes[1], codes[2], warnings - codes[0] - codes[1] - codes[2]);
    }
    sharepol_diagnostics_free(diags);
    return policy;
}

/* ---- peak RSS in a fresh process ----------------------------------------------- */

static long status_kb(const char *field)
{
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    long kb = -1;
    size_t n = strlen(field);
    while (f && fgets(line, sizeof line, f))
        if (strncmp(line, field, n) == 0 && line[n] == ':')
            kb = strtol(line + n + 1, NULL, 10);
    if (f)
        fclose(f);
    return kb;
}

/* `bench --rss-probe FILE`: reads FILE, compiles it, prints the peak RSS,
 * the RSS before compiling (the text read), and after (the text freed). */
static int rss_probe(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return 2;
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *text = malloc((size_t)size + 1);
    if (!text || fread(text, 1, (size_t)size, f) != (size_t)size)
        return 2;
    fclose(f);
    long base = status_kb("VmRSS");
    sharepol_policy *policy = NULL;
    if (sharepol_compile_string(&policy, text, (size_t)size, path, NULL, NULL) != SHAREPOL_OK)
        return 1;
    long peak = status_kb("VmHWM");
    free(text);
    long after = status_kb("VmRSS");
    printf("%ld %ld %ld\n", peak, base, after);
    sharepol_policy_release(policy);
    return 0;
}

static int write_file(const char *path, const char *data, size_t len)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        return -1;
    size_t put = fwrite(data, 1, len, f);
    return fclose(f) == 0 && put == len ? 0 : -1;
}

static void measure_rss(const char *self, const char *policy_path, figures *fig)
{
    int fds[2];
    if (pipe(fds) != 0)
        return;
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, fds[1], 1);
    posix_spawn_file_actions_addclose(&fa, fds[0]);
    char *argv[] = { (char *)self, (char *)"--rss-probe", (char *)policy_path, NULL };
    pid_t pid;
    if (posix_spawn(&pid, self, &fa, NULL, argv, environ) != 0) {
        posix_spawn_file_actions_destroy(&fa);
        close(fds[0]);
        close(fds[1]);
        return;
    }
    posix_spawn_file_actions_destroy(&fa);
    close(fds[1]);
    char buf[128] = { 0 };
    ssize_t got = read(fds[0], buf, sizeof buf - 1);
    close(fds[0]);
    int status;
    waitpid(pid, &status, 0);
    if (got > 0)
        sscanf(buf, "%ld %ld %ld", &fig->rss_peak_kb, &fig->rss_base_kb, &fig->rss_after_kb);
}

/* ---- queries in the public form ---------------------------------------------- */

typedef struct query_set {
    sharepol_query *q;
    sharepol_id *ids;  /* GEN_MAX_CONSENTS + GEN_MAX_AUDIENCE per query */
    size_t n;
} query_set;

static int intern_queries(const gen_policy *g, const sharepol_policy *policy,
                          const gen_query *gq, size_t n, query_set *out)
{
    out->n = n;
    out->q = malloc(sizeof *out->q * n);
    out->ids = malloc(sizeof *out->ids * n * (GEN_MAX_CONSENTS + GEN_MAX_AUDIENCE));
    if (!out->q || !out->ids)
        return -1;
    for (size_t i = 0; i < n; i++)
        gen_query_ids(g, policy, &gq[i], &out->q[i],
                      out->ids + i * (GEN_MAX_CONSENTS + GEN_MAX_AUDIENCE));
    return 0;
}

static double decide_throughput(const sharepol_policy *policy, const query_set *qs,
                                 unsigned long *check)
{
    sharepol_result r;
    unsigned long sum = 0;
    double t0 = now();
    for (size_t i = 0; i < qs->n; i++)
        sum += (unsigned long)sharepol_decide(policy, &qs->q[i], &r) + r.rule_index;
    double t = now() - t0;
    *check += sum;
    return (double)qs->n / t;
}

/* Every name looked up for every query, as a caller without a cache would. */
static double by_name_throughput(const gen_policy *g, const sharepol_policy *policy,
                                 const gen_query *gq, size_t n, unsigned long *check)
{
    sharepol_result r;
    unsigned long sum = 0;
    double t0 = now();
    for (size_t i = 0; i < n; i++) {
        const gen_query *x = &gq[i];
        sharepol_query q = SHAREPOL_QUERY_INIT;
        sharepol_id consents[GEN_MAX_CONSENTS], audience[GEN_MAX_AUDIENCE];
        q.category = sharepol_category(policy, gen_category_name(g, x->cat));
        q.from = sharepol_party(policy, gen_party_name(g, x->from));
        q.to = sharepol_party(policy, gen_party_name(g, x->to));
        if (x->originator >= 0)
            q.originator = sharepol_party(policy, gen_party_name(g, (uint32_t)x->originator));
        if (x->n_audience) {
            for (uint32_t k = 0; k < x->n_audience; k++)
                audience[k] = sharepol_party(policy, gen_party_name(g, x->audience[k]));
            q.audience = audience;
            q.n_audience = x->n_audience;
        } else if (x->scope >= 0) {
            q.scope = sharepol_scope(policy, gen_scope_name(g, (uint32_t)x->scope));
        }
        if (x->purpose >= 0)
            q.purpose = sharepol_purpose(policy, gen_purpose_name(g, (uint32_t)x->purpose));
        for (uint32_t k = 0; k < x->n_consents; k++)
            consents[k] = sharepol_party(policy, gen_party_name(g, x->consents[k]));
        q.consents = consents;
        q.n_consents = x->n_consents;
        q.date = x->date;
        sum += (unsigned long)sharepol_decide(policy, &q, &r) + r.rule_index;
    }
    double t = now() - t0;
    *check += sum;
    return (double)n / t;
}

/* ---- latency ------------------------------------------------------------------- */

#ifdef HAVE_TSC
static inline uint64_t tsc_begin(void)
{
    _mm_lfence();
    uint64_t t = __rdtsc();
    _mm_lfence();
    return t;
}

static inline uint64_t tsc_end(void)
{
    unsigned aux;
    uint64_t t = __rdtscp(&aux);
    _mm_lfence();
    return t;
}

/* TSC ticks per nanosecond, against the monotonic clock over 200 ms. */
static double tsc_per_ns(void)
{
    double t0 = now();
    uint64_t c0 = tsc_begin();
    while (now() - t0 < 0.2)
        ;
    uint64_t c1 = tsc_end();
    double t1 = now();
    return (double)(c1 - c0) / ((t1 - t0) * 1e9);
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

/* Each decision timed alone; the cost of an empty timing is subtracted. */
static void latency(const sharepol_policy *policy, const query_set *qs, double ticks_per_ns,
                    figures *fig, unsigned long *check, size_t *slow, int n_slow)
{
    size_t n = qs->n;
    uint64_t *t = malloc(sizeof *t * n);
    uint64_t *raw = n_slow > 0 ? malloc(sizeof *raw * n) : NULL;
    if (!t)
        return;
    for (size_t i = 0; i < 100000 && i < n; i++) {
        uint64_t a = tsc_begin();
        uint64_t b = tsc_end();
        t[i] = b - a;
    }
    size_t n_empty = n < 100000 ? n : 100000;
    qsort(t, n_empty, sizeof *t, cmp_u64);
    uint64_t empty = t[n_empty / 2];
    sharepol_result r;
    unsigned long sum = 0;
    uint8_t *kind = malloc(n);
    for (size_t i = 0; i < n; i++) {
        uint64_t a = tsc_begin();
        int d = sharepol_decide(policy, &qs->q[i], &r);
        uint64_t b = tsc_end();
        sum += (unsigned long)d;
        t[i] = b - a > empty ? b - a - empty : 0;
        if (kind)
            kind[i] = (uint8_t)(d & 3);
    }
    *check += sum;
    /* by decision */
    uint64_t *by = kind ? malloc(sizeof *by * n) : NULL;
    for (int d = 1; by && d <= 3; d++) {
        size_t m = 0;
        for (size_t i = 0; i < n; i++)
            if (kind[i] == d)
                by[m++] = t[i];
        if (m == 0)
            continue;
        qsort(by, m, sizeof *by, cmp_u64);
        fig->kind_p50[d] = (double)by[m / 2] / ticks_per_ns;
        fig->kind_p99[d] = (double)by[m - m / 100 - 1] / ticks_per_ns;
    }
    free(by);
    free(kind);
    for (int k = 0; raw && k < n_slow; k++) {
        /* the k-th slowest, by selection (n_slow is small) */
        size_t at = 0;
        for (size_t i = 0; i < n; i++)
            if (t[i] > t[at])
                at = i;
        slow[k] = at;
        raw[k] = t[at];
        t[at] = 0;
    }
    for (int k = 0; raw && k < n_slow; k++)
        t[slow[k]] = raw[k];
    free(raw);
    qsort(t, n, sizeof *t, cmp_u64);
    fig->p50_ns = (double)t[n / 2] / ticks_per_ns;
    fig->p99_ns = (double)t[n - n / 100 - 1] / ticks_per_ns;
    fig->p999_ns = (double)t[n - n / 1000 - 1] / ticks_per_ns;
    fig->max_ns = (double)t[n - 1] / ticks_per_ns;
    free(t);
}
#else
/* Without a cycle counter: batches of 16 decisions, each batch's mean. */
static void latency(const sharepol_policy *policy, const query_set *qs, double unused,
                    figures *fig, unsigned long *check, size_t *slow, int n_slow)
{
    (void)unused;
    for (int k = 0; k < n_slow; k++)
        slow[k] = 0;
    size_t nb = qs->n / 16;
    double *t = malloc(sizeof *t * (nb ? nb : 1));
    sharepol_result r;
    for (size_t b = 0; t && b < nb; b++) {
        double t0 = now();
        for (size_t i = b * 16; i < b * 16 + 16; i++)
            *check += (unsigned long)sharepol_decide(policy, &qs->q[i], &r);
        t[b] = (now() - t0) * 1e9 / 16;
    }
    if (t && nb) {
        qsort(t, nb, sizeof *t, cmp_double);
        fig->p50_ns = t[nb / 2];
        fig->p99_ns = t[nb - nb / 100 - 1];
        fig->p999_ns = t[nb - nb / 1000 - 1];
        fig->max_ns = t[nb - 1];
    }
    free(t);
}
#endif

/* ---- sharepol eval through a pipe ------------------------------------------------- */

typedef struct feeder {
    int fd;
    const char *data;
    size_t len;
} feeder;

static void *feed(void *arg)
{
    feeder *f = arg;
    size_t off = 0;
    while (off < f->len) {
        ssize_t k = write(f->fd, f->data + off, f->len - off);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)
            break;
        off += (size_t)k;
    }
    close(f->fd);
    return NULL;
}

/* Runs `cli eval -q policy` with the lines on its stdin (written by a
 * thread), reads its answers and counts them by decision.  @return the
 * seconds from the start to the last answer, or -1. */
static double eval_run(const char *cli, const char *policy_path, const char *lines, size_t len,
                       size_t n_lines, size_t counts[4])
{
    int in[2], out[2];
    if (pipe(in) != 0)
        return -1;
    if (pipe(out) != 0) {
        close(in[0]);
        close(in[1]);
        return -1;
    }
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, in[0], 0);
    posix_spawn_file_actions_adddup2(&fa, out[1], 1);
    posix_spawn_file_actions_addclose(&fa, in[1]);
    posix_spawn_file_actions_addclose(&fa, out[0]);
    char *argv[] = { (char *)cli, (char *)"eval", (char *)"-q", (char *)policy_path, NULL };
    pid_t pid;
    double t0 = now();
    int err = posix_spawn(&pid, cli, &fa, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    close(in[0]);
    close(out[1]);
    if (err != 0) {
        fprintf(stderr, "bench: cannot run %s: %s\n", cli, strerror(err));
        close(in[1]);
        close(out[0]);
        return -1;
    }
    pthread_t thread;
    feeder f = { in[1], lines, len };
    if (pthread_create(&thread, NULL, feed, &f) != 0) {
        close(in[1]);
        close(out[0]);
        waitpid(pid, NULL, 0);
        return -1;
    }
    static char buf[1 << 16];
    /* a decision is told by the first letter after "decision":" */
    static const char key[] = "\"decision\":\"";
    size_t matched = 0, answers = 0;
    memset(counts, 0, sizeof(size_t) * 4);
    for (;;) {
        ssize_t k = read(out[0], buf, sizeof buf);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)
            break;
        for (ssize_t i = 0; i < k; i++) {
            char c = buf[i];
            if (matched == sizeof key - 1) {
                counts[c == 'a' ? SHAREPOL_ALLOW : c == 'd' ? SHAREPOL_DENY
                                                            : SHAREPOL_NEEDS_CONSENT]++;
                matched = 0;
            }
            matched = c == key[matched] ? matched + 1 : c == key[0] ? 1 : 0;
            answers += c == '\n';
        }
    }
    double t = now() - t0;
    close(out[0]);
    pthread_join(thread, NULL);
    int status = 0;
    waitpid(pid, &status, 0);
    if (answers != n_lines || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        fprintf(stderr, "bench: sharepol eval answered %zu of %zu lines (status %d)\n",
                answers, n_lines, status);
        return -1;
    }
    return t;
}

/* Lines per second through `sharepol eval`: the time for every line less
 * the time for none (starting and compiling the policy), each the median
 * of `runs`. */
static double eval_throughput(const char *cli, const char *policy_path, const char *lines,
                              size_t len, size_t n_lines, int runs, size_t counts[4],
                              double *startup)
{
    double full[MAX_RUNS], empty[MAX_RUNS];
    size_t none[4];
    for (int r = 0; r < runs; r++) {
        empty[r] = eval_run(cli, policy_path, "", 0, 0, none);
        full[r] = eval_run(cli, policy_path, lines, len, n_lines, counts);
        if (empty[r] < 0 || full[r] < 0)
            return 0;
    }
    *startup = median(empty, runs);
    double t = median(full, runs) - *startup;
    return t > 0 ? (double)n_lines / t : 0;
}

/* ---- one size -------------------------------------------------------------------- */

static void print_machine(void)
{
    FILE *f = fopen("/proc/cpuinfo", "r");
    char line[512], model[256] = "unknown";
    while (f && fgets(line, sizeof line, f))
        if (strncmp(line, "model name", 10) == 0) {
            char *colon = strchr(line, ':');
            if (colon) {
                snprintf(model, sizeof model, "%s", colon + 2);
                model[strcspn(model, "\n")] = '\0';
            }
            break;
        }
    if (f)
        fclose(f);
    printf("machine: %s, %ld CPUs online; compiler %s; libsharepol %s\n", model,
           sysconf(_SC_NPROCESSORS_ONLN), __VERSION__, sharepol_version());
}

/* Draft 2: the same queries on the policy with a relational mix added
 * (gen_relational_text), apart from the figures of the draft 1 policy. */
static void relational_mix(const options *o, const gen_policy *g, const query_set *qs,
                           unsigned long *check)
{
    size_t len;
    uint32_t added;
    char *text = gen_relational_text(g, o->seed, &len, &added);
    if (!text) {
        printf("draft 2   (out of memory generating the relational mix)\n");
        return;
    }
    counter count = { 0, 0 };
    double secs;
    sharepol_policy *policy = compile(text, len, &count, &secs, false);
    free(text);
    if (!policy)
        return;
    double rates[MAX_RUNS];
    decide_throughput(policy, qs, check); /* warm-up */
    for (int r = 0; r < o->runs; r++)
        rates[r] = decide_throughput(policy, qs, check);
    printf("draft 2   %8.2f M decisions/s (the same queries, %u relational rules added: "
           "organisation of from, clients of organisation of from, originator; median of %d)\n",
           median(rates, o->runs) / 1e6, added, o->runs);
    fflush(stdout);
    sharepol_policy_release(policy);
}

static int run_size(const options *o, const char *self, uint32_t parties, figures *fig)
{
    memset(fig, 0, sizeof *fig);
    double t0 = now();
    gen_policy *g = gen_policy_new(parties, o->seed);
    if (!g) {
        fprintf(stderr, "bench: out of memory generating %u parties\n", parties);
        return -1;
    }
    fig->gen_s = now() - t0;
    const gen_stats *st = gen_policy_stats(g);
    size_t len;
    const char *text = gen_policy_text(g, &len);
    fig->parties = st->parties;
    fig->rules = st->rules;
    fig->text_bytes = len;
    printf("\n== %u parties: %u organisations (trees of depth 2-%u), %u groups, %u categories "
           "(%.1f ancestors each), %u purposes, %u scopes, %u agreements\n"
           "   %u rules (%u allow, %u deny, %u require); a party is in %.1f nodes; "
           "text %.1f MB, generated in %.2f s\n",
           st->parties, st->organisations, st->max_depth, st->groups, st->categories,
           st->mean_ancestors, st->purposes, st->scopes, st->agreements, st->rules, st->allows,
           st->denies, st->requires, st->mean_in, (double)len / 1e6, fig->gen_s);
    fflush(stdout);

    /* The policy file goes to DIR, or to a directory of this run's own, so
     * that two runs at once do not overwrite each other's. */
    char dir[4096];
    const char *tmp = getenv("TMPDIR");
    if (o->dump)
        snprintf(dir, sizeof dir, "%s", o->dump);
    else
        snprintf(dir, sizeof dir, "%s/sharepol-bench-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!o->dump && !mkdtemp(dir)) {
        perror("bench: mkdtemp");
        gen_policy_free(g);
        return -1;
    }
    char policy_path[4200], lines_path[4200];
    snprintf(policy_path, sizeof policy_path, "%s/sharepol-bench-%u.spol", dir, parties);
    snprintf(lines_path, sizeof lines_path, "%s/sharepol-bench-%u.jsonl", dir, parties);
    if (write_file(policy_path, text, len) != 0) {
        fprintf(stderr, "bench: cannot write %s\n", policy_path);
        gen_policy_free(g);
        return -1;
    }

    /* compile */
    double secs[MAX_RUNS];
    sharepol_policy *policy = NULL;
    for (int r = 0; r < o->runs; r++) {
        counter count = { 0, 0 };
        sharepol_policy *p = compile(text, len, &count, &secs[r], r == 0);
        if (!p) {
            gen_policy_free(g);
            return -1;
        }
        fig->policy_bytes = count.current;
        fig->compile_peak_bytes = count.peak;
        if (policy)
            sharepol_policy_release(policy);
        policy = p;
    }
    fig->compile_s = median(secs, o->runs);
    measure_rss(self, policy_path, fig);
    printf("compile   %8.3f s    (median of %d; min %.3f max %.3f)\n", fig->compile_s, o->runs,
           secs[0], secs[o->runs - 1]);
    printf("memory    %8.1f MB held by the compiled policy; compile peak %.1f MB (counted)\n"
           "          peak RSS %.1f MB compiling in a fresh process (%.1f MB before: the "
           "text); %.1f MB after freeing the text\n",
           (double)fig->policy_bytes / 1e6, (double)fig->compile_peak_bytes / 1e6,
           (double)fig->rss_peak_kb / 1e3, (double)fig->rss_base_kb / 1e3,
           (double)fig->rss_after_kb / 1e3);
    fflush(stdout);

    /* queries */
    gen_query *gq = NULL;
    size_t got[4];
    t0 = now();
    if (gen_queries(g, policy, o->queries, o->mix, o->seed + parties, &gq, got) != 0) {
        fprintf(stderr, "bench: could not draw the query mix\n");
        sharepol_policy_release(policy);
        gen_policy_free(g);
        return -1;
    }
    query_set qs;
    if (intern_queries(g, policy, gq, o->queries, &qs) != 0) {
        fprintf(stderr, "bench: out of memory\n");
        return -1;
    }
    size_t by_rule = 0, applying_kind[4] = { 0 }, applying_total = 0;
    size_t *applying = malloc(sizeof *applying * qs.n);
    size_t idx[512];
    for (size_t i = 0; i < qs.n; i++) {
        sharepol_result r;
        if (sharepol_decide(policy, &qs.q[i], &r) == SHAREPOL_DENY && r.rule)
            by_rule++;
        if (i >= APPLYING_SAMPLE)
            continue; /* the count walks every rule: a sample is enough */
        int k = sharepol_applying_rules(policy, &qs.q[i], idx, 512);
        size_t n = k > 0 ? (size_t)k : 0;
        for (size_t j = 0; j < n && j < 512; j++)
            applying_kind[sharepol_rule(policy, idx[j])->kind & 3]++;
        applying_total += n;
        if (applying)
            applying[i] = n;
    }
    size_t sample = qs.n < APPLYING_SAMPLE ? qs.n : APPLYING_SAMPLE;
    fig->applying_mean = (double)applying_total / (double)sample;
    fig->applying_allow = (double)applying_kind[SHAREPOL_RULE_ALLOW] / (double)sample;
    fig->applying_deny = (double)applying_kind[SHAREPOL_RULE_DENY] / (double)sample;
    fig->applying_require = (double)applying_kind[SHAREPOL_RULE_REQUIRE] / (double)sample;
    if (applying) {
        qsort(applying, sample, sizeof *applying, cmp_size);
        fig->applying_p99 = applying[sample - sample / 100 - 1];
        fig->applying_max = applying[sample - 1];
        free(applying);
    }
    for (int k = 1; k <= 3; k++)
        fig->shares[k] = 100.0 * (double)got[k] / (double)o->queries;
    fig->deny_by_rule = 100.0 * (double)by_rule / (double)o->queries;
    printf("queries   %zu drawn in %.1f s: allow %.1f%%, deny %.1f%% (%.1f%% by a deny rule, "
           "%.1f%% by default), needs consent %.1f%%\n",
           o->queries, now() - t0, fig->shares[SHAREPOL_ALLOW], fig->shares[SHAREPOL_DENY],
           fig->deny_by_rule, fig->shares[SHAREPOL_DENY] - fig->deny_by_rule,
           fig->shares[SHAREPOL_NEEDS_CONSENT]);
    printf("          rules that apply to a query (of %d): mean %.1f (%.1f allow, %.1f deny, "
           "%.1f require), p99 %zu, max %zu\n",
           APPLYING_SAMPLE,
           fig->applying_mean, fig->applying_allow, fig->applying_deny, fig->applying_require,
           fig->applying_p99, fig->applying_max);
    fflush(stdout);

    unsigned long check = 0;
    double rates[MAX_RUNS], names[MAX_RUNS], p50[MAX_RUNS], p99[MAX_RUNS], p999[MAX_RUNS],
        mx[MAX_RUNS];
    decide_throughput(policy, &qs, &check); /* warm-up */
    for (int r = 0; r < o->runs; r++)
        rates[r] = decide_throughput(policy, &qs, &check);
    fig->decide_per_s = median(rates, o->runs);
    printf("decide    %8.2f M decisions/s (ids interned; median of %d; min %.2f max %.2f)\n",
           fig->decide_per_s / 1e6, o->runs, rates[0] / 1e6, rates[o->runs - 1] / 1e6);
    for (int r = 0; r < o->runs; r++)
        names[r] = by_name_throughput(g, policy, gq, o->queries, &check);
    fig->by_name_per_s = median(names, o->runs);
    printf("by name   %8.2f M decisions/s (every name looked up per query)\n",
           fig->by_name_per_s / 1e6);
    fflush(stdout);
    relational_mix(o, g, &qs, &check);

#ifdef HAVE_TSC
    double tpn = tsc_per_ns();
#else
    double tpn = 0;
#endif
    size_t slow[64];
    double kp50[4][MAX_RUNS], kp99[4][MAX_RUNS];
    for (int r = 0; r < o->runs; r++) {
        figures l;
        memset(&l, 0, sizeof l);
        latency(policy, &qs, tpn, &l, &check, slow, r == 0 ? o->slowest : 0);
        p50[r] = l.p50_ns;
        p99[r] = l.p99_ns;
        p999[r] = l.p999_ns;
        mx[r] = l.max_ns;
        for (int d = 1; d <= 3; d++) {
            kp50[d][r] = l.kind_p50[d];
            kp99[d][r] = l.kind_p99[d];
        }
    }
    for (int d = 1; d <= 3; d++) {
        fig->kind_p50[d] = median(kp50[d], o->runs);
        fig->kind_p99[d] = median(kp99[d], o->runs);
    }
    fig->p50_ns = median(p50, o->runs);
    fig->p99_ns = median(p99, o->runs);
    fig->p999_ns = median(p999, o->runs);
    fig->max_ns = median(mx, o->runs);
    printf("latency   p50 %.0f ns, p99 %.0f ns, p99.9 %.0f ns, max %.0f ns (one decision, "
           "rdtsc; medians of %d runs)\n",
           fig->p50_ns, fig->p99_ns, fig->p999_ns, fig->max_ns, o->runs);
    printf("          by decision: allow p50 %.0f / p99 %.0f ns, deny %.0f / %.0f ns, "
           "needs consent %.0f / %.0f ns\n",
           fig->kind_p50[SHAREPOL_ALLOW], fig->kind_p99[SHAREPOL_ALLOW],
           fig->kind_p50[SHAREPOL_DENY], fig->kind_p99[SHAREPOL_DENY],
           fig->kind_p50[SHAREPOL_NEEDS_CONSENT], fig->kind_p99[SHAREPOL_NEEDS_CONSENT]);
    for (int k = 0; k < o->slowest; k++) {
        char *line = NULL;
        size_t llen = 0, lcap = 0;
        if (gen_query_json(g, &gq[slow[k]], slow[k], &line, &llen, &lcap) == 0)
            printf("  slow #%d: %s", k + 1, line);
        free(line);
    }
    fflush(stdout);

    if (!o->no_eval && o->cli) {
        char *lines = NULL;
        size_t llen = 0, lcap = 0;
        for (size_t i = 0; i < o->queries; i++)
            if (gen_query_json(g, &gq[i], i, &lines, &llen, &lcap) != 0) {
                fprintf(stderr, "bench: out of memory\n");
                return -1;
            }
        if (o->dump) {
            write_file(lines_path, lines, llen);
            /* the library's answers, one word a line, to compare */
            char path[4300];
            snprintf(path, sizeof path, "%s/sharepol-bench-%u.decisions", dir, parties);
            FILE *f = fopen(path, "w");
            for (size_t i = 0; f && i < qs.n; i++) {
                int d = sharepol_decide(policy, &qs.q[i], NULL);
                fprintf(f, "%s\n", sharepol_decision_name(d));
            }
            if (f)
                fclose(f);
        }
        size_t counts[4] = { 0 };
        double startup = 0;
        fig->eval_lines_per_s = eval_throughput(o->cli, policy_path, lines, llen, o->queries,
                                                o->runs, counts, &startup);
        if (fig->eval_lines_per_s > 0) {
            bool same = counts[SHAREPOL_ALLOW] == got[SHAREPOL_ALLOW] &&
                        counts[SHAREPOL_DENY] == got[SHAREPOL_DENY] &&
                        counts[SHAREPOL_NEEDS_CONSENT] == got[SHAREPOL_NEEDS_CONSENT];
            printf("eval      %8.0f lines/s through a pipe (%zu lines, %.1f MB; %.2f s to start "
                   "and compile subtracted; answers %s the library's)\n",
                   fig->eval_lines_per_s, o->queries, (double)llen / 1e6, startup,
                   same ? "match" : "DIFFER FROM");
        }
        free(lines);
    }
    if (check == 42)
        printf(" \n"); /* keeps the decisions from being optimised away */

    if (!o->dump) {
        remove(policy_path);
        rmdir(dir);
    }
    free(qs.q);
    free(qs.ids);
    free(gq);
    sharepol_policy_release(policy);
    gen_policy_free(g);
    return 0;
}

/* ---- the report -------------------------------------------------------------------- */

static void growth(const char *what, double small, double big, const char *unit)
{
    printf("  %-34s %12.4g -> %-12.4g %-12s x%.2f\n", what, small, big, unit,
           small > 0 ? big / small : 0);
}

static void summary(const options *o, const figures *f, int n)
{
    const figures *a = &f[0], *b = &f[n - 1];
    if (n > 1) {
        printf("\n== growth from %u to %u parties (%ux the parties, %ux the rules)\n",
               a->parties, b->parties, b->parties / (a->parties ? a->parties : 1),
               b->rules / (a->rules ? a->rules : 1));
        growth("compile time", a->compile_s, b->compile_s, "s");
        growth("policy memory", (double)a->policy_bytes / 1e6, (double)b->policy_bytes / 1e6,
               "MB");
        growth("decisions/s (interned)", a->decide_per_s / 1e6, b->decide_per_s / 1e6, "M/s");
        growth("decisions/s (by name)", a->by_name_per_s / 1e6, b->by_name_per_s / 1e6, "M/s");
        growth("p50 latency", a->p50_ns, b->p50_ns, "ns");
        growth("p99 latency", a->p99_ns, b->p99_ns, "ns");
        if (a->eval_lines_per_s > 0 && b->eval_lines_per_s > 0)
            growth("eval throughput", a->eval_lines_per_s, b->eval_lines_per_s, "lines/s");
    }
    printf("\n== targets (docs/design.md) at %u parties, %u rules\n", b->parties,
           b->rules);
    printf("  decisions/s       %12.2f M   >= 10 M      %s\n", b->decide_per_s / 1e6,
           b->decide_per_s >= 1e7 ? "met" : "NOT MET");
    printf("  p99 latency       %12.0f ns  <= 1000 ns   %s\n", b->p99_ns,
           b->p99_ns <= 1000 ? "met" : "NOT MET");
    printf("  compile           %12.3f s   <= 1 s       %s\n", b->compile_s,
           b->compile_s <= 1 ? "met" : "NOT MET");
    double mb = (double)(b->rss_after_kb > 0 ? b->rss_after_kb * 1000 : 0) / 1e6;
    printf("  memory            %12.1f MB  <= 200 MB    %s (held: %.1f MB; peak RSS while "
           "compiling: %.1f MB)\n",
           (double)b->policy_bytes / 1e6, b->policy_bytes <= 200000000 ? "met" : "NOT MET",
           (double)b->policy_bytes / 1e6, (double)b->rss_peak_kb / 1e3);
    (void)mb;
    if (!o->no_eval)
        printf("  eval              %12.0f /s  >= 500000/s  %s\n", b->eval_lines_per_s,
               b->eval_lines_per_s >= 5e5 ? "met" : "NOT MET");
}

static void usage(void)
{
    fputs("usage: bench [--sizes 100,1000,10000] [--runs 5] [--queries 500000] [--seed 1]\n"
          "             [--mix ALLOW,DENY,NEEDS] [--cli PATH] [--no-eval] [--dump DIR]\n"
          "             [--slowest N]\n",
          stderr);
}

int main(int argc, char **argv)
{
    if (argc == 3 && strcmp(argv[1], "--rss-probe") == 0)
        return rss_probe(argv[2]);
    options o;
    memset(&o, 0, sizeof o);
    o.sizes[0] = 100;
    o.sizes[1] = 1000;
    o.sizes[2] = 10000;
    o.n_sizes = 3;
    o.runs = 5;
    o.queries = 500000;
    o.seed = 1;
    o.mix.allow = 40;
    o.mix.deny = 30;
    o.mix.needs_consent = 30;
#ifdef SHAREPOL_BENCH_CLI
    o.cli = SHAREPOL_BENCH_CLI;
#endif
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(a, "--sizes") == 0 && v) {
            o.n_sizes = 0;
            for (char *s = argv[++i]; *s && o.n_sizes < MAX_SIZES;) {
                o.sizes[o.n_sizes++] = (uint32_t)strtoul(s, &s, 10);
                if (*s == ',')
                    s++;
            }
        } else if (strcmp(a, "--runs") == 0 && v) {
            o.runs = atoi(argv[++i]);
        } else if (strcmp(a, "--queries") == 0 && v) {
            o.queries = strtoul(argv[++i], NULL, 10);
        } else if (strcmp(a, "--seed") == 0 && v) {
            o.seed = strtoull(argv[++i], NULL, 10);
        } else if (strcmp(a, "--mix") == 0 && v) {
            if (sscanf(argv[++i], "%u,%u,%u", &o.mix.allow, &o.mix.deny,
                       &o.mix.needs_consent) != 3 ||
                o.mix.allow + o.mix.deny + o.mix.needs_consent != 100) {
                usage();
                return 2;
            }
        } else if (strcmp(a, "--cli") == 0 && v) {
            o.cli = argv[++i];
        } else if (strcmp(a, "--dump") == 0 && v) {
            o.dump = argv[++i];
        } else if (strcmp(a, "--slowest") == 0 && v) {
            o.slowest = atoi(argv[++i]);
            if (o.slowest < 0 || o.slowest > 64) {
                usage();
                return 2;
            }
        } else if (strcmp(a, "--no-eval") == 0) {
            o.no_eval = true;
        } else {
            usage();
            return 2;
        }
    }
    if (o.runs < 1 || o.runs > MAX_RUNS || o.queries < 1000 || o.n_sizes < 1) {
        usage();
        return 2;
    }
    if (!o.cli)
        o.no_eval = true;
    print_machine();
    printf("seed %llu, %zu queries per size (mix: %u%% allow, %u%% deny, %u%% needs consent), "
           "medians of %d runs\n",
           (unsigned long long)o.seed, o.queries, o.mix.allow, o.mix.deny, o.mix.needs_consent,
           o.runs);
    char self[4096];
    ssize_t k = readlink("/proc/self/exe", self, sizeof self - 1);
    if (k <= 0)
        snprintf(self, sizeof self, "%s", argv[0]);
    else
        self[k] = '\0';
    figures f[MAX_SIZES];
    for (int s = 0; s < o.n_sizes; s++)
        if (run_size(&o, self, o.sizes[s], &f[s]) != 0)
            return 1;
    summary(&o, f, o.n_sizes);
    return 0;
}
