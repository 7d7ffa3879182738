/* test_threads.c — one compiled policy, eight threads deciding at once,
 * each with its own reference, while the compiling thread lets go of its
 * own: every answer equals the single-threaded one.  scripts/test also runs
 * it under ThreadSanitizer, which reports any data race among them (on the
 * policy or on its reference count). */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"

#define THREADS 8
#define ROUNDS 200

static const char policy_text[] =
    "party MOD; party SDF in MOD; party METI; party IPA; party CAS;\n"
    "group signatories = MOD, METI, IPA;\n"
    "category threat-intel; category vulnerabilities in threat-intel; category research;\n"
    "scope inside = signatories;\n"
    "agreement a { parties signatories; signed 2024-12-27; term 1y renews 1y unless notice 1mo;\n"
    "  rule mutual allow threat-intel from signatories to signatories;\n"
    "  rule from-meti allow research from METI to signatories;\n"
    "  rule designated require consent of originator when to outside scope;\n"
    "  rule cas allow * from signatories to CAS with consent of all of signatories;\n"
    "  notice by METI on 2026-11-20; }\n";

typedef struct job {
    const sharepol_policy *policy;
    const sharepol_query *queries;
    const sharepol_result *expected;
    size_t n;
    int mismatches;
} job;

static void *worker(void *arg)
{
    job *j = arg;
    sharepol_policy *p = (sharepol_policy *)j->policy;
    for (int round = 0; round < ROUNDS; round++)
        for (size_t i = 0; i < j->n; i++) {
            sharepol_result r;
            int d = sharepol_decide(p, &j->queries[i], &r);
            if (d != j->expected[i].decision || r.rule != j->expected[i].rule ||
                r.residual_size != j->expected[i].residual_size)
                j->mismatches++;
        }
    sharepol_policy_release(p);
    return NULL;
}

/* Eight threads get exactly the single-threaded answers. */
static void eight_threads_agree(void **state)
{
    (void)state;
    sharepol_policy *p = compile_ok(policy_text);
    size_t np = sharepol_count(p, SHAREPOL_KIND_PARTY);
    size_t nc = sharepol_count(p, SHAREPOL_KIND_CATEGORY);
    const char *days[] = { "2024-12-26", "2025-06-01", "2026-06-01", "2027-06-01" };
    size_t n = nc * np * np * 4 * 2;
    sharepol_query *queries = calloc(n, sizeof *queries);
    sharepol_result *expected = calloc(n, sizeof *expected);
    sharepol_id consent = sharepol_party(p, "MOD");
    assert_non_null(queries);
    assert_non_null(expected);
    size_t k = 0;
    for (size_t c = 0; c < nc; c++)
        for (size_t f = 0; f < np; f++)
            for (size_t t = 0; t < np; t++)
                for (size_t d = 0; d < 4; d++)
                    for (int variant = 0; variant < 2; variant++, k++) {
                        sharepol_query q = SHAREPOL_QUERY_INIT;
                        q.category = (sharepol_id)c;
                        q.from = (sharepol_id)f;
                        q.to = (sharepol_id)t;
                        sharepol_date_parse(&q.date, days[d]);
                        if (variant) {
                            q.scope = sharepol_scope(p, "inside");
                            q.originator = (sharepol_id)((f + 1) % np);
                            q.consents = &consent;
                            q.n_consents = 1;
                        }
                        queries[k] = q;
                        int decision = sharepol_decide(p, &q, &expected[k]);
                        assert_true(decision > 0);
                    }
    pthread_t threads[THREADS];
    job jobs[THREADS];
    for (int i = 0; i < THREADS; i++) {
        /* each thread holds its own reference, taken for it before it starts */
        jobs[i] = (job){ sharepol_policy_retain(p), queries, expected, n, 0 };
        assert_int_equal(pthread_create(&threads[i], NULL, worker, &jobs[i]), 0);
    }
    /* the compiling thread lets go while the others still decide */
    sharepol_policy_release(p);
    for (int i = 0; i < THREADS; i++) {
        assert_int_equal(pthread_join(threads[i], NULL), 0);
        assert_int_equal(jobs[i].mismatches, 0);
    }
    free(queries);
    free(expected);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(eight_threads_agree),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
