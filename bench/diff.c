/* diff.c — the benchmark of `sharepol diff` (bench/README.md, "diff"):
 * sharepol_diff_new() on the seed policies against each change of
 * tests/diff/changes/ applied to them in memory (tests/diff/README.md), and
 * on a generated policy set (gen.c) against copies of it in which one named
 * rule gains `when unmarked` (or `and unmarked`).
 *
 *   build/bench/bench-diff [--parties N] [--rules K] [--rule R] [--seed S]
 *
 * prints, per pair, the time of the diff alone (the compilations apart),
 * wall clock and CPU (on a shared machine the CPU time is the steadier),
 * and how many classes differ.  K rules are tried, spread over the set. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <time.h>

#include "gen.h"
#include "sharepol.h"

static double now(clockid_t clock)
{
    struct timespec t;
    clock_gettime(clock, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void timed(const char *what, const sharepol_policy *a, const sharepol_policy *b)
{
    sharepol_diff *d = NULL;
    double t0 = now(CLOCK_MONOTONIC), c0 = now(CLOCK_PROCESS_CPUTIME_ID);
    int st = sharepol_diff_new(&d, a, b, NULL);
    double t1 = now(CLOCK_MONOTONIC), c1 = now(CLOCK_PROCESS_CPUTIME_ID);
    if (st != SHAREPOL_OK)
        printf("%-40s %9.3f s (CPU %7.3f s)  %s\n", what, t1 - t0, c1 - c0, sharepol_strerror(st));
    else
        printf("%-40s %9.3f s (CPU %7.3f s)  %zu classes differ\n", what, t1 - t0, c1 - c0,
               sharepol_diff_count(d));
    fflush(stdout);
    sharepol_diff_free(d);
}

static sharepol_policy *compile_dir(const char *dir)
{
    sharepol_policy *p = NULL;
    const char *paths[1] = { dir };
    if (sharepol_compile_files(&p, paths, 1, NULL, NULL) != SHAREPOL_OK) {
        fprintf(stderr, "bench-diff: %s does not compile\n", dir);
        exit(2);
    }
    return p;
}

static sharepol_policy *compile_text(const char *text, size_t len)
{
    sharepol_policy *p = NULL;
    if (sharepol_compile_string(&p, text, len, "gen.spol", NULL, NULL) != SHAREPOL_OK) {
        fprintf(stderr, "bench-diff: the generated policy does not compile\n");
        exit(2);
    }
    return p;
}

/* The whole of a file, NUL-terminated; exits when it cannot be read. */
static char *read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *s = NULL;
    size_t n = 0, cap = 0, got = 1;
    while (f && got) {
        if (n + 4096 + 1 > cap) {
            cap = (n + 4096 + 1) * 2;
            char *p = realloc(s, cap);
            if (!p)
                break;
            s = p;
        }
        got = fread(s + n, 1, 4096, f);
        n += got;
    }
    if (!f || got || ferror(f)) {
        fprintf(stderr, "bench-diff: cannot read %s\n", path);
        exit(2);
    }
    fclose(f);
    s[n] = '\0';
    *len = n;
    return s;
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The seed policies with tests/diff/changes/NAME.change applied, compiled
 * from memory: the `- ` lines of its one `file:` replaced by its `+ `
 * lines.  Exits when the lines are not in the file. */
static sharepol_policy *compile_changed(const char *name)
{
    char path[4096];
    size_t len;
    snprintf(path, sizeof path, "%s/tests/diff/changes/%s.change", SHAREPOL_SOURCE_DIR, name);
    char *change = read_all(path, &len);
    char file[256] = "", *old = calloc(len + 1, 1), *new = calloc(len + 1, 1);
    for (char *line = strtok(change, "\n"); line && old && new; line = strtok(NULL, "\n")) {
        if (!strncmp(line, "file: ", 6))
            snprintf(file, sizeof file, "%s", line + 6);
        else if (!strncmp(line, "- ", 2) || !strncmp(line, "+ ", 2))
            strcat(strcat(line[0] == '-' ? old : new, line + 2), "\n");
    }
    DIR *dir = opendir(SHAREPOL_SOURCE_DIR "/policies");
    char *names[64];
    size_t n = 0;
    for (struct dirent *e; dir && n < 64 && (e = readdir(dir));) {
        size_t l = strlen(e->d_name);
        if (l > 5 && !strcmp(e->d_name + l - 5, ".spol"))
            names[n++] = strdup(e->d_name);
    }
    if (dir)
        closedir(dir);
    qsort(names, n, sizeof *names, compare_names);
    sharepol_text texts[64];
    char *bufs[64];
    bool applied = false;
    for (size_t i = 0; i < n; i++) {
        snprintf(path, sizeof path, "%s/policies/%s", SHAREPOL_SOURCE_DIR, names[i]);
        bufs[i] = read_all(path, &len);
        char *at = strcmp(names[i], file) || !old ? NULL : strstr(bufs[i], old);
        if (at) {
            size_t before = (size_t)(at - bufs[i]), o = strlen(old), m = strlen(new);
            char *s = malloc(len - o + m + 1);
            memcpy(s, bufs[i], before);
            memcpy(s + before, new, m);
            memcpy(s + before + m, at + o, len - before - o + 1);
            free(bufs[i]);
            bufs[i] = s;
            len = len - o + m;
            applied = true;
        }
        texts[i] = (sharepol_text){ names[i], bufs[i], len };
    }
    if (!applied) {
        fprintf(stderr, "bench-diff: %s.change does not apply to policies/\n", name);
        exit(2);
    }
    sharepol_policy *p = NULL;
    if (sharepol_compile_texts(&p, texts, n, NULL, NULL) != SHAREPOL_OK) {
        fprintf(stderr, "bench-diff: policies/ with %s.change does not compile\n", name);
        exit(2);
    }
    for (size_t i = 0; i < n; i++) {
        free(bufs[i]);
        free(names[i]);
    }
    free(change);
    free(old);
    free(new);
    return p;
}

/* text with the rule that starts at the k-th "\nrule " narrowed by
 * `unmarked`; NULL when there is no k-th rule.  free() it. */
static char *one_rule_changed(const char *text, size_t len, unsigned k, size_t *out_len)
{
    const char *p = text;
    for (unsigned i = 0; p && i <= k; i++)
        p = strstr(p + 1, "\nrule ");
    if (!p)
        return NULL;
    const char *semi = strchr(p + 1, ';');
    const char *nl = p + 1;
    bool has_when = false;
    for (; nl < semi; nl++)
        has_when |= !strncmp(nl, " when ", 6);
    const char *add = has_when ? " and unmarked" : " when unmarked";
    size_t at = (size_t)(semi - text), n = strlen(add);
    char *s = malloc(len + n + 1);
    memcpy(s, text, at);
    memcpy(s + at, add, n);
    memcpy(s + at + n, text + at, len - at + 1);
    *out_len = len + n;
    return s;
}

int main(int argc, char **argv)
{
    unsigned parties = 1000, rules = 5;
    int only = -1; /* --rule: that named rule alone */
    uint64_t seed = 1;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!strcmp(argv[i], "--parties"))
            parties = (unsigned)strtoul(argv[i + 1], NULL, 10);
        else if (!strcmp(argv[i], "--rules"))
            rules = (unsigned)strtoul(argv[i + 1], NULL, 10);
        else if (!strcmp(argv[i], "--rule"))
            only = (int)strtol(argv[i + 1], NULL, 10);
        else if (!strcmp(argv[i], "--seed"))
            seed = strtoull(argv[i + 1], NULL, 10);
    }
    sharepol_policy *seed_policies = compile_dir(SHAREPOL_SOURCE_DIR "/policies");
    static const char *const changed[] = { "ipa-leaves", "no-renewal", "art-3-2-no-consent" };
    for (size_t i = 0; i < sizeof changed / sizeof *changed; i++) {
        char what[128];
        snprintf(what, sizeof what, "seed policies -- %s", changed[i]);
        sharepol_policy *b = compile_changed(changed[i]);
        timed(what, seed_policies, b);
        sharepol_policy_release(b);
    }
    sharepol_policy_release(seed_policies);

    gen_policy *g = gen_policy_new(parties, seed);
    size_t len;
    const char *text = gen_policy_text(g, &len);
    sharepol_policy *a = compile_text(text, len);
    unsigned n_rules = (unsigned)sharepol_count(a, SHAREPOL_KIND_RULE), n_named = 0;
    for (const char *p = strstr(text, "\nrule "); p; p = strstr(p + 1, "\nrule "))
        n_named++;
    for (unsigned r = 0; r < rules; r++) {
        /* the named rules, evenly spread */
        unsigned k = only >= 0 ? (unsigned)only
                               : (unsigned)((uint64_t)n_named * (2 * r + 1) / (2 * rules));
        if (only >= 0 && r > 0)
            break;
        size_t blen;
        char *b_text = one_rule_changed(text, len, k, &blen);
        if (!b_text)
            continue;
        sharepol_policy *b = compile_text(b_text, blen);
        char what[128];
        snprintf(what, sizeof what, "%u parties, named rule %u of %u", parties, k, n_named);
        timed(what, a, b);
        sharepol_policy_release(b);
        free(b_text);
    }
    printf("(%u rules in all)\n", n_rules);
    sharepol_policy_release(a);
    gen_policy_free(g);
    return 0;
}
