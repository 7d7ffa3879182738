/* test_reload.c — hot reload and concurrent compiles, the way docs/api.md,
 * "Threads and hot reload", tells an embedder to do it:
 *
 *  - one slot holds the current policy; a mutex guards only taking a
 *    reference to it and swapping it, never a decision;
 *  - 8 reader threads take a reference, decide a set of queries without any
 *    lock, and let go; a writer recompiles and swaps between two known
 *    policies A and B 1,000 times.  Every answer must be A's or B's, all
 *    the answers under one reference from the same policy, and the same one
 *    the slot said it swapped in (its tag);
 *  - 8 threads compile the same texts at once and get identical results:
 *    diagnostics, decisions and the DOT graph, as on one thread.
 *
 * Run under ThreadSanitizer by scripts/test (zero reports).  Only the
 * public header is used. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"

#define READERS 8
#define SWAPS 1000

/* Two policies over the same names: every query below is answered
 * differently by each, and each rule's name says which policy it is from. */
static const char policy_a[] =
    "party MOD; party SDF in MOD; party METI; party IPA; party CAS;\n"
    "group signatories = MOD, METI, IPA;\n"
    "category threat-intel; category vulnerabilities in threat-intel; category research;\n"
    "rule A-mutual allow threat-intel from signatories to signatories;\n"
    "rule A-cas allow * from signatories to CAS with consent of MOD;\n"
    "rule A-no-research deny research from * to *;\n";

static const char policy_b[] =
    "party MOD; party SDF in MOD; party METI; party IPA; party CAS;\n"
    "group signatories = MOD, METI, IPA;\n"
    "category threat-intel; category vulnerabilities in threat-intel; category research;\n"
    "rule B-research allow research from * to *;\n"
    "rule B-cas allow * from signatories to CAS with consent of METI and IPA;\n"
    "rule B-no-vulnerabilities deny vulnerabilities from * to *;\n";

typedef struct probe {
    const char *text;
    int decision[2];      /* under A, under B */
    const char *rule[2];  /* the deciding rule's name, or NULL */
} probe;

static const probe probes[] = {
    { "vulnerabilities from MOD to METI", { SHAREPOL_ALLOW, SHAREPOL_DENY },
      { "A-mutual", "B-no-vulnerabilities" } },
    { "research from IPA to CAS", { SHAREPOL_DENY, SHAREPOL_ALLOW },
      { "A-no-research", "B-research" } },
    { "threat-intel from IPA to CAS", { SHAREPOL_NEEDS_CONSENT, SHAREPOL_NEEDS_CONSENT },
      { "A-cas", "B-cas" } },
};
#define N_PROBES (sizeof probes / sizeof probes[0])

/* ---- the slot ----------------------------------------------------------------- */

typedef struct slot {
    pthread_mutex_t lock;
    sharepol_policy *policy; /* holds one reference */
    int which;               /* 0: A, 1: B */
    unsigned long generation;
} slot;

static slot current = { PTHREAD_MUTEX_INITIALIZER, NULL, 0, 0 };

/* A reference to the current policy, with its tag. */
static sharepol_policy *acquire(int *which, unsigned long *generation)
{
    pthread_mutex_lock(&current.lock);
    sharepol_policy *p = sharepol_policy_retain(current.policy);
    *which = current.which;
    *generation = current.generation;
    pthread_mutex_unlock(&current.lock);
    return p;
}

/* Swaps a freshly compiled policy in; the old one dies with its last user. */
static void publish(sharepol_policy *p, int which)
{
    pthread_mutex_lock(&current.lock);
    sharepol_policy *old = current.policy;
    current.policy = p;
    current.which = which;
    current.generation++;
    pthread_mutex_unlock(&current.lock);
    sharepol_policy_release(old);
}

static sharepol_policy *compile_text(const char *text)
{
    sharepol_policy *p = NULL;
    int st = sharepol_compile_string(&p, text, strlen(text), "reload.spol", NULL, NULL);
    return st == SHAREPOL_OK ? p : NULL;
}

/* The probes' queries, by name: the ids are the same in A and B. */
static sharepol_query queries[N_PROBES];
static sharepol_parsed_query *parsed[N_PROBES];

static atomic_int writer_done;

typedef struct reader_stats {
    unsigned long rounds, decisions, from[2], wrong, generations_seen;
} reader_stats;

static void *reader(void *arg)
{
    reader_stats *st = arg;
    unsigned long last_generation = 0;
    do {
        int which;
        unsigned long generation;
        sharepol_policy *p = acquire(&which, &generation);
        if (generation < last_generation)
            st->wrong++; /* the slot never goes back */
        if (generation != last_generation)
            st->generations_seen++;
        last_generation = generation;
        for (size_t i = 0; i < N_PROBES; i++) {
            sharepol_result r;
            int d = sharepol_decide(p, &queries[i], &r);
            st->decisions++;
            const char *name = r.rule ? r.rule->name : NULL;
            /* the answer names its policy, which must be the tagged one */
            if (d != probes[i].decision[which] || !name ||
                strcmp(name, probes[i].rule[which]) != 0)
                st->wrong++;
        }
        st->from[which]++;
        st->rounds++;
        sharepol_policy_release(p);
    } while (!atomic_load(&writer_done));
    return NULL;
}

static void *writer(void *arg)
{
    int *failures = arg;
    for (int i = 1; i <= SWAPS; i++) {
        int which = i % 2;
        sharepol_policy *p = compile_text(which ? policy_b : policy_a);
        if (!p) {
            (*failures)++;
            continue;
        }
        publish(p, which);
    }
    atomic_store(&writer_done, 1);
    return NULL;
}

static void readers_during_reloads(void **state)
{
    (void)state;
    publish(compile_text(policy_a), 0);
    assert_non_null(current.policy);
    for (size_t i = 0; i < N_PROBES; i++) {
        assert_int_equal(sharepol_query_parse(&parsed[i], current.policy, probes[i].text,
                                              strlen(probes[i].text), NULL),
                         SHAREPOL_OK);
        queries[i] = *sharepol_parsed_query_get(parsed[i]);
        sharepol_date_parse(&queries[i].date, "2025-06-01");
    }
    atomic_store(&writer_done, 0);
    pthread_t readers[READERS], w;
    reader_stats stats[READERS];
    memset(stats, 0, sizeof stats);
    for (int i = 0; i < READERS; i++)
        assert_int_equal(pthread_create(&readers[i], NULL, reader, &stats[i]), 0);
    int failures = 0;
    assert_int_equal(pthread_create(&w, NULL, writer, &failures), 0);
    assert_int_equal(pthread_join(w, NULL), 0);
    unsigned long from[2] = { 0, 0 }, decisions = 0;
    for (int i = 0; i < READERS; i++) {
        assert_int_equal(pthread_join(readers[i], NULL), 0);
        if (stats[i].wrong)
            fail_msg("reader %d: %lu wrong answers in %lu rounds", i, stats[i].wrong,
                     stats[i].rounds);
        from[0] += stats[i].from[0];
        from[1] += stats[i].from[1];
        decisions += stats[i].decisions;
    }
    assert_int_equal(failures, 0);
    assert_int_equal(current.generation, SWAPS + 1);
    assert_int_equal(current.which, SWAPS % 2);
    print_message("%lu decisions: %lu rounds under A, %lu under B\n", decisions, from[0],
                  from[1]);
    assert_true(decisions > 0);
    /* the ids the queries hold belong to a policy that has been released,
     * but the names are the same in every generation */
    for (size_t i = 0; i < N_PROBES; i++)
        sharepol_parsed_query_free(parsed[i]);
    publish(NULL, 0);
}

/* ---- concurrent compiles ------------------------------------------------------ */

typedef struct digest {
    int status;
    char *diagnostics; /* rendered */
    char *dot;         /* the graph, when it compiled */
    char decisions[512];
} digest;

static const char *texts[6];
static size_t text_len[6];
static digest reference[6];

static void make_digest(digest *dg, const char *text, size_t len)
{
    sharepol_policy *p = NULL;
    sharepol_diagnostics *d = NULL;
    dg->status = sharepol_compile_string(&p, text, len, "same.spol", NULL, &d);
    dg->diagnostics = NULL;
    sharepol_diagnostics_render(&dg->diagnostics, d, 0);
    sharepol_diagnostics_free(d);
    dg->dot = NULL;
    dg->decisions[0] = '\0';
    if (p) {
        sharepol_graph_dot(&dg->dot, p, NULL);
        size_t np = sharepol_count(p, SHAREPOL_KIND_PARTY);
        size_t nc = sharepol_count(p, SHAREPOL_KIND_CATEGORY);
        size_t k = 0;
        for (size_t c = 0; c < nc && k + 1 < sizeof dg->decisions; c++)
            for (size_t f = 0; f < np && k + 1 < sizeof dg->decisions; f++)
                for (size_t t = 0; t < np && k + 1 < sizeof dg->decisions; t++) {
                    sharepol_query q = SHAREPOL_QUERY_INIT;
                    q.category = (sharepol_id)c;
                    q.from = (sharepol_id)f;
                    q.to = (sharepol_id)t;
                    q.date = 20000;
                    sharepol_result r;
                    int dec = sharepol_decide(p, &q, &r);
                    dg->decisions[k++] = (char)('0' + dec + 5) + (char)(r.rule_index % 7);
                }
        dg->decisions[k] = '\0';
    }
    sharepol_policy_release(p);
}

static void free_digest(digest *dg)
{
    sharepol_string_free(dg->diagnostics);
    sharepol_string_free(dg->dot);
}

static bool same_digest(const digest *a, const digest *b)
{
    return a->status == b->status && a->diagnostics && b->diagnostics &&
           strcmp(a->diagnostics, b->diagnostics) == 0 && (a->dot == NULL) == (b->dot == NULL) &&
           (!a->dot || strcmp(a->dot, b->dot) == 0) && strcmp(a->decisions, b->decisions) == 0;
}

#define COMPILERS 8
#define ROUNDS 20

static void *compiler(void *arg)
{
    int *mismatches = arg;
    for (int round = 0; round < ROUNDS; round++)
        for (size_t i = 0; i < 6; i++) {
            size_t k = (i + (size_t)round) % 6; /* each thread in its own order */
            digest dg;
            make_digest(&dg, texts[k], text_len[k]);
            if (!same_digest(&dg, &reference[k]))
                (*mismatches)++;
            free_digest(&dg);
        }
    return NULL;
}

static void concurrent_compiles_agree(void **state)
{
    (void)state;
    char *parties = source_file("policies/parties.spol", &text_len[0]);
    size_t n1, n2;
    char *mod = source_file("policies/mod-meti-ipa-2024.spol", &n1);
    char *dhs = source_file("policies/meti-dhs-moc-2023.spol", &n2);
    char *set1 = malloc(text_len[0] + n1 + 1), *set2 = malloc(text_len[0] + n2 + 1);
    assert_non_null(set1);
    assert_non_null(set2);
    memcpy(set1, parties, text_len[0]);
    memcpy(set1 + text_len[0], mod, n1 + 1);
    memcpy(set2, parties, text_len[0]);
    memcpy(set2 + text_len[0], dhs, n2 + 1);
    texts[0] = parties;
    texts[1] = set1;
    text_len[1] = text_len[0] + n1;
    texts[2] = set2;
    text_len[2] = text_len[0] + n2;
    texts[3] = policy_a;
    texts[4] = "party a; party a; category k in k;\nallow k from a to bb;\nallow\n";
    texts[5] = "party a; party b; category k;\nallow k from a to b when not (onward or "
               "before 2020-01-01);\nparty unused;\n";
    for (size_t i = 3; i < 6; i++)
        text_len[i] = strlen(texts[i]);
    for (size_t i = 0; i < 6; i++)
        make_digest(&reference[i], texts[i], text_len[i]);
    assert_int_equal(reference[1].status, SHAREPOL_OK);
    assert_int_equal(reference[4].status, SHAREPOL_EPARSE);
    pthread_t threads[COMPILERS];
    int mismatches[COMPILERS];
    for (int i = 0; i < COMPILERS; i++) {
        mismatches[i] = 0;
        assert_int_equal(pthread_create(&threads[i], NULL, compiler, &mismatches[i]), 0);
    }
    for (int i = 0; i < COMPILERS; i++) {
        assert_int_equal(pthread_join(threads[i], NULL), 0);
        assert_int_equal(mismatches[i], 0);
    }
    for (size_t i = 0; i < 6; i++)
        free_digest(&reference[i]);
    free(parties);
    free(mod);
    free(dhs);
    free(set1);
    free(set2);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(readers_during_reloads),
        cmocka_unit_test(concurrent_compiles_agree),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
