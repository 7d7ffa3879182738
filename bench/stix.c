/* stix.c — the benchmark of `sharepol stix` (bench/README.md, "stix"):
 * objects per second end to end through the real binary on a generated
 * bundle (stix_gen.c), the time split into its stages, and peak memory.
 *
 *   build/bench/bench-stix [--objects N] [--runs N] [--seed N] [--cli PATH]
 *                          [--keep DIR]
 *
 * Writes the bundle and the policy's STIX mappings into a fresh directory
 * (DIR with --keep, and left there), then runs
 *
 *   sharepol stix -q examples/tlp/ DIR/stix-map.spol --from MSSP-1 --to BankCo
 *       --originator NatCERT --at 2026-06-01 --report DIR/held.jsonl
 *       < DIR/bundle.json > DIR/out.json
 *
 * --runs times with SHAREPOL_STIX_TIMES=1 in its environment, which makes
 * the command print the time of each of its stages on stderr
 * (docs/stix.md, "Size and speed").  For each run: the wall-clock time from
 * spawn to exit, the stages, and the child's peak RSS (wait4's ru_maxrss);
 * then the medians, with min and max.  A binary without the stage line
 * (an older build, given with --cli) is timed end to end only. */
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stddef.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "stix_gen.h"

extern char **environ;

#define MAX_RUNS 31
#define N_STAGES 5

static const char *const stage_names[N_STAGES] = { "read", "parse", "decide", "references",
                                                   "write" };

typedef struct run {
    double wall, cpu;             /* cpu: user + system, all threads */
    double stage[N_STAGES];       /* by the clock */
    double stage_cpu[N_STAGES];   /* in CPU time */
    bool have_stages;
    long rss_kb;
    int exit_code;
} run;

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void die(const char *what)
{
    fprintf(stderr, "bench-stix: %s: %s\n", what, strerror(errno));
    exit(2);
}

/* DIR/NAME into out (PATH_SIZE bytes). */
#define PATH_SIZE 4096
static char *in_dir(char *out, const char *dir, const char *name)
{
    if (snprintf(out, PATH_SIZE, "%s/%s", dir, name) >= PATH_SIZE) {
        fprintf(stderr, "bench-stix: %s: the path is too long\n", dir);
        exit(2);
    }
    return out;
}

static void write_file(const char *path, const char *s, size_t len)
{
    FILE *f = fopen(path, "w");
    if (!f || fwrite(s, 1, len, f) != len || fclose(f) != 0)
        die(path);
}

/* One stage line of stderr: "sharepol stix: times: read 0.010 s, parse ...". */
static bool parse_stage_line(const char *err, const char *start, double *stage)
{
    const char *line = strstr(err, start);
    if (!line)
        return false;
    for (int i = 0; i < N_STAGES; i++) {
        const char *at = strstr(line, stage_names[i]);
        if (!at || sscanf(at + strlen(stage_names[i]), "%lf", &stage[i]) != 1)
            return false;
    }
    return true;
}

static void parse_stages(const char *err, run *r)
{
    r->have_stages = parse_stage_line(err, "sharepol stix: times:", r->stage) &&
                     parse_stage_line(err, "sharepol stix: cpu times:", r->stage_cpu);
}

static run run_once(const char *cli, const char *dir, const char *tlp)
{
    char bundle[PATH_SIZE], out[PATH_SIZE], map[PATH_SIZE], report[PATH_SIZE],
        err_path[PATH_SIZE];
    in_dir(bundle, dir, "bundle.json");
    in_dir(out, dir, "out.json");
    in_dir(map, dir, "stix-map.spol");
    in_dir(report, dir, "held.jsonl");
    in_dir(err_path, dir, "stderr.txt");
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 0, bundle, O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 1, out, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&fa, 2, err_path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    char *argv[] = { (char *)cli, (char *)"stix", (char *)"-q", (char *)tlp, map,
                     (char *)"--from", (char *)STIX_GEN_FROM, (char *)"--to",
                     (char *)STIX_GEN_TO, (char *)"--originator", (char *)STIX_GEN_ORIGINATOR,
                     (char *)"--at", (char *)STIX_GEN_AT, (char *)"--report", report, NULL };
    /* the environment, with the stage times asked for */
    size_t n_env = 0;
    while (environ[n_env])
        n_env++;
    char **env = calloc(n_env + 2, sizeof *env);
    if (!env)
        die("calloc");
    memcpy(env, environ, n_env * sizeof *env);
    env[n_env] = (char *)"SHAREPOL_STIX_TIMES=1";
    run r;
    memset(&r, 0, sizeof r);
    pid_t pid;
    double t0 = now();
    int st = posix_spawn(&pid, cli, &fa, NULL, argv, env);
    posix_spawn_file_actions_destroy(&fa);
    free(env);
    if (st != 0) {
        errno = st;
        die(cli);
    }
    int status;
    struct rusage ru;
    if (wait4(pid, &status, 0, &ru) < 0)
        die("wait4");
    r.wall = now() - t0;
    r.cpu = (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6 +
            (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6;
    r.rss_kb = ru.ru_maxrss;
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    char err[4096] = { 0 };
    FILE *f = fopen(err_path, "r");
    if (f) {
        size_t got = fread(err, 1, sizeof err - 1, f);
        err[got] = '\0';
        fclose(f);
    }
    if (r.exit_code != 0 && r.exit_code != 1 && r.exit_code != 3) {
        fprintf(stderr, "bench-stix: %s exited %d:\n%s", cli, r.exit_code, err);
        exit(2);
    }
    parse_stages(err, &r);
    return r;
}

static int by_value(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Median, min and max of one figure over the runs. */
static void spread(const run *runs, int n, size_t offset, double out[3])
{
    double v[MAX_RUNS];
    for (int i = 0; i < n; i++)
        v[i] = *(const double *)((const char *)&runs[i] + offset);
    qsort(v, (size_t)n, sizeof v[0], by_value);
    out[0] = v[n / 2];
    out[1] = v[0];
    out[2] = v[n - 1];
}

static size_t count_lines(const char *path)
{
    FILE *f = fopen(path, "r");
    size_t n = 0;
    int c;
    while (f && (c = getc(f)) != EOF)
        n += c == '\n';
    if (f)
        fclose(f);
    return n;
}

static void usage(void)
{
    fputs("usage: bench-stix [--objects N] [--runs N] [--seed N] [--cli PATH] [--keep DIR]\n",
          stderr);
    exit(2);
}

int main(int argc, char **argv)
{
    size_t objects = 100000;
    int runs = 5;
    unsigned long long seed = 1;
    const char *cli = NULL, *keep = NULL;
#ifdef SHAREPOL_BENCH_CLI
    cli = SHAREPOL_BENCH_CLI;
#endif
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(a, "--objects") == 0 && v)
            objects = strtoul(v, NULL, 10);
        else if (strcmp(a, "--runs") == 0 && v)
            runs = atoi(v);
        else if (strcmp(a, "--seed") == 0 && v)
            seed = strtoull(v, NULL, 10);
        else if (strcmp(a, "--cli") == 0 && v)
            cli = v;
        else if (strcmp(a, "--keep") == 0 && v)
            keep = v;
        else
            usage();
        i++;
    }
    if (!cli || runs < 1 || runs > MAX_RUNS || objects < 100)
        usage();

    char dir[PATH_SIZE - 64];
    if (keep) {
        if (strlen(keep) >= sizeof dir)
            usage();
        memcpy(dir, keep, strlen(keep) + 1);
        if (mkdir(dir, 0755) != 0 && errno != EEXIST)
            die(dir);
    } else {
        snprintf(dir, sizeof dir, "/tmp/sharepol-bench-stix-XXXXXX");
        if (!mkdtemp(dir))
            die("mkdtemp");
    }
    char path[PATH_SIZE];
    double g0 = now();
    size_t len;
    char *bundle = stix_gen_bundle(objects, seed, &len);
    char *policy = stix_gen_policy();
    if (!bundle || !policy) {
        fputs("bench-stix: out of memory\n", stderr);
        return 2;
    }
    write_file(in_dir(path, dir, "bundle.json"), bundle, len);
    write_file(in_dir(path, dir, "stix-map.spol"), policy, strlen(policy));
    free(bundle);
    free(policy);
    printf("bundle: %zu objects, %.1f MB (%s/bundle.json), generated in %.2f s\n", objects,
           (double)len / 1e6, dir, now() - g0);
    printf("gate:   %s stix examples/tlp/ stix-map.spol --from %s --to %s --originator %s\n",
           cli, STIX_GEN_FROM, STIX_GEN_TO, STIX_GEN_ORIGINATOR);
    fflush(stdout);

    run all[MAX_RUNS];
    for (int i = 0; i < runs; i++) {
        all[i] = run_once(cli, dir, SHAREPOL_SOURCE_DIR "/examples/tlp");
        printf("run %d: %.3f s (CPU %.3f s), %.0f objects/s, peak RSS %.1f MB", i + 1,
               all[i].wall, all[i].cpu, (double)objects / all[i].wall,
               (double)all[i].rss_kb / 1024.0);
        if (all[i].have_stages)
            for (int s = 0; s < N_STAGES; s++)
                printf("%s %s %.3f", s ? "," : ";", stage_names[s], all[i].stage[s]);
        printf("\n");
        fflush(stdout);
    }
    size_t held = count_lines(in_dir(path, dir, "held.jsonl"));
    double wall[3], cpu[3], stage[N_STAGES][3], stage_cpu[N_STAGES][3];
    spread(all, runs, offsetof(run, wall), wall);
    spread(all, runs, offsetof(run, cpu), cpu);
    bool stages = true;
    for (int i = 0; i < runs; i++)
        stages = stages && all[i].have_stages;
    for (int s = 0; stages && s < N_STAGES; s++) {
        spread(all, runs, offsetof(run, stage) + (size_t)s * sizeof(double), stage[s]);
        spread(all, runs, offsetof(run, stage_cpu) + (size_t)s * sizeof(double), stage_cpu[s]);
    }
    long rss[MAX_RUNS];
    for (int i = 0; i < runs; i++)
        rss[i] = all[i].rss_kb;
    long rss_max = rss[0];
    for (int i = 1; i < runs; i++)
        rss_max = rss[i] > rss_max ? rss[i] : rss_max;

    printf("\nexit %d; %zu objects held back (%s/held.jsonl)\n", all[0].exit_code, held, dir);
    printf("end to end    %.3f s (%.3f-%.3f)   %.0f objects/s (%.0f-%.0f)   target >= 200000\n",
           wall[0], wall[1], wall[2], (double)objects / wall[0], (double)objects / wall[2],
           (double)objects / wall[1]);
    printf("CPU time      %.3f s (%.3f-%.3f)   %.0f objects per CPU second\n", cpu[0], cpu[1],
           cpu[2], (double)objects / cpu[0]);
    if (stages) {
        double staged = 0, staged_cpu = 0;
        for (int s = 0; s < N_STAGES; s++) {
            staged += stage[s][0];
            staged_cpu += stage_cpu[s][0];
        }
        printf("  stage       clock (min-max)          CPU (min-max)\n");
        for (int s = 0; s < N_STAGES; s++)
            printf("  %-11s %.3f s (%.3f-%.3f)  %.3f s (%.3f-%.3f)\n", stage_names[s],
                   stage[s][0], stage[s][1], stage[s][2], stage_cpu[s][0], stage_cpu[s][1],
                   stage_cpu[s][2]);
        printf("  %-11s %.3f s                  %.3f s          (start, policy, exit)\n",
               "other", wall[0] - staged, cpu[0] - staged_cpu);
        printf("reading JSON  %.3f s (CPU %.3f)   deciding %.3f s (CPU %.3f)   "
               "writing %.3f s (CPU %.3f)\n",
               stage[0][0] + stage[1][0], stage_cpu[0][0] + stage_cpu[1][0],
               stage[2][0] + stage[3][0], stage_cpu[2][0] + stage_cpu[3][0], stage[4][0],
               stage_cpu[4][0]);
    }
    printf("peak RSS      %.1f MB (highest of the runs) = %.2f x the bundle   target <= 3 x\n",
           (double)rss_max / 1024.0, (double)rss_max * 1024.0 / (double)len);
    if (!keep) {
        const char *names[] = { "bundle.json", "stix-map.spol", "out.json", "held.jsonl",
                                "stderr.txt" };
        for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
            unlink(in_dir(path, dir, names[i]));
        rmdir(dir);
    }
    return 0;
}
