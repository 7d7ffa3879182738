/* test_alloc_fail.c — every allocation fails in turn (SQLite style).
 *
 * For each operation below, a clean run first counts the allocations it
 * makes (T).  Then, for every N from 1 to T, the operation runs again with
 * an allocator that fails the Nth allocation — once ("transient"), or that
 * one and every later one ("persistent").  Every run must:
 *  - return SHAREPOL_ENOMEM when the failed allocation happened (or the
 *    clean result when the operation did not need it), with no output;
 *  - leave no block allocated (the allocator counts live blocks);
 *  - be followed by a retry without failures that gives the clean result.
 * And deciding allocates nothing: the counter must not move.
 *
 * Operations: compiling each seed policy (from text and from its files) and
 * small texts with errors and warnings; formatting; parsing a query;
 * residuals; explanations; rendering diagnostics; the DOT graph; running
 * test expectations.  Only the public header is used. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"

/* ---- the failing allocator ----------------------------------------------------- */

typedef struct failing {
    long live;            /* blocks allocated and not freed */
    unsigned long count;  /* allocations (and growing resizes) so far */
    unsigned long fail_at; /* 0: never fail */
    bool persistent;      /* fail every allocation from fail_at on */
    bool failed;          /* a failure was injected */
} failing;

static void *failing_alloc(void *ctx, void *ptr, size_t old_size, size_t new_size)
{
    failing *f = ctx;
    (void)old_size;
    if (new_size == 0) {
        if (ptr)
            f->live--;
        free(ptr);
        return NULL;
    }
    f->count++;
    if (f->fail_at &&
        (f->count == f->fail_at || (f->persistent && f->count > f->fail_at))) {
        f->failed = true;
        return NULL;
    }
    void *p = realloc(ptr, new_size);
    if (p && !ptr)
        f->live++;
    return p;
}

static sharepol_compile_options options_for(failing *f)
{
    sharepol_compile_options o = SHAREPOL_COMPILE_OPTIONS_INIT;
    o.allocator.fn = failing_alloc;
    o.allocator.ctx = f;
    return o;
}

/* ---- the harness ----------------------------------------------------------------- */

/* One operation: runs with allocator f (through the options, or through a
 * policy compiled with it), returns its status, frees what it made. */
typedef int (*operation)(failing *f, const void *arg);

/* The allocator that owns the long-lived objects of an operation (a policy
 * compiled once, without failures, then used with failures injected). */
static failing shared;

static void run_every_failure(const char *what, operation op, const void *arg)
{
    long base = shared.live;
    failing clean = { 0, 0, 0, false, false };
    unsigned long before = shared.count;
    int expected = op(&clean, arg);
    /* The operation may allocate from its own options and from the policy's
     * allocator (shared); the Nth allocation counts the first ones first. */
    unsigned long own = clean.count, through_policy = shared.count - before;
    assert_int_equal(clean.live, 0);
    assert_int_equal(shared.live, base);
    unsigned long n_total = own + through_policy;
    if (n_total == 0)
        fail_msg("%s: allocates nothing; nothing to test", what);
    for (int persistent = 0; persistent < 2; persistent++) {
        for (unsigned long n = 1; n <= n_total; n++) {
            failing f = { 0, 0, 0, persistent != 0, false };
            /* the Nth allocation of the run, wherever it comes from */
            if (n <= own) {
                f.fail_at = n;
            } else {
                shared.fail_at = shared.count + (n - own);
                shared.persistent = persistent != 0;
                shared.failed = false;
            }
            int st = op(&f, arg);
            bool injected = f.failed || shared.failed;
            shared.fail_at = 0;
            shared.persistent = false;
            shared.failed = false;
            if (injected ? st != SHAREPOL_ENOMEM && st != expected : st != expected)
                fail_msg("%s: allocation %lu of %lu failed (%s): status %d (%s), expected "
                         "SHAREPOL_ENOMEM or %d",
                         what, n, n_total, persistent ? "persistent" : "transient", st,
                         sharepol_strerror(st), expected);
            if (injected && st != SHAREPOL_ENOMEM)
                fail_msg("%s: allocation %lu of %lu failed (%s) but the operation "
                         "reported %s",
                         what, n, n_total, persistent ? "persistent" : "transient",
                         sharepol_strerror(st));
            if (f.live != 0 || shared.live != base)
                fail_msg("%s: allocation %lu of %lu failed (%s): %ld block(s) leaked", what,
                         n, n_total, persistent ? "persistent" : "transient",
                         f.live + (shared.live - base));
            failing retry = { 0, 0, 0, false, false };
            assert_int_equal(op(&retry, arg), expected);
            assert_int_equal(retry.live, 0);
        }
    }
}

/* ---- compiling ---------------------------------------------------------------------- */

typedef struct text_arg {
    const char *text;
    size_t len;
    unsigned flags;
} text_arg;

static int op_compile_string(failing *f, const void *arg)
{
    const text_arg *t = arg;
    sharepol_compile_options o = options_for(f);
    o.flags = t->flags;
    sharepol_policy *p = NULL;
    sharepol_diagnostics *d = NULL;
    int st = sharepol_compile_string(&p, t->text, t->len, "t.spol", &o, &d);
    if (st == SHAREPOL_ENOMEM)
        assert_null(p);
    if (st == SHAREPOL_OK)
        assert_non_null(p);
    /* the diagnostics render with the same allocator */
    if (d) {
        char *r = NULL;
        int rs = sharepol_diagnostics_render(&r, d, SHAREPOL_RENDER_COLOR);
        if (rs != SHAREPOL_OK) {
            assert_int_equal(rs, SHAREPOL_ENOMEM);
            st = rs;
        }
        sharepol_string_free(r);
    }
    sharepol_diagnostics_free(d);
    sharepol_policy_release(p);
    return st;
}

static void compile_text(const char *what, const char *text, unsigned flags)
{
    text_arg t = { text, strlen(text), flags };
    run_every_failure(what, op_compile_string, &t);
}

static const char *const seeds[] = {
    "policies/parties.spol",
    "policies/mod-meti-ipa-2024.spol",
    "policies/meti-dhs-moc-2023.spol",
};

static void compile_seed_policies(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof seeds / sizeof seeds[0]; i++) {
        /* each file with the parties it needs, as one text */
        size_t n0, n1;
        char *parties = source_file(seeds[0], &n0);
        char *own = source_file(seeds[i], &n1);
        size_t len = i ? n0 + n1 : n0;
        char *text = malloc(len + 1);
        assert_non_null(text);
        memcpy(text, parties, n0);
        if (i)
            memcpy(text + n0, own, n1);
        text[len] = '\0';
        text_arg t = { text, len, 0 };
        run_every_failure(seeds[i], op_compile_string, &t);
        free(text);
        free(parties);
        free(own);
    }
}

typedef struct paths_arg {
    const char *paths[4];
    size_t n;
} paths_arg;

static int op_compile_files(failing *f, const void *arg)
{
    const paths_arg *a = arg;
    sharepol_compile_options o = options_for(f);
    sharepol_policy *p = NULL;
    sharepol_diagnostics *d = NULL;
    int st = sharepol_compile_files(&p, a->paths, a->n, &o, &d);
    if (st != SHAREPOL_OK)
        assert_null(p);
    sharepol_diagnostics_free(d);
    sharepol_policy_release(p);
    return st;
}

static void compile_seed_files_and_directory(void **state)
{
    (void)state;
    static char dir[4096], f0[4096], f1[4096], missing[4096];
    snprintf(dir, sizeof dir, "%s/policies", SHAREPOL_SOURCE_DIR);
    snprintf(f0, sizeof f0, "%s/policies/parties.spol", SHAREPOL_SOURCE_DIR);
    snprintf(f1, sizeof f1, "%s/policies/mod-meti-ipa-2024.spol", SHAREPOL_SOURCE_DIR);
    snprintf(missing, sizeof missing, "%s/policies/no-such-file.spol", SHAREPOL_SOURCE_DIR);
    paths_arg a = { { dir }, 1 };
    run_every_failure("the policies directory", op_compile_files, &a);
    paths_arg b = { { f0, f1 }, 2 };
    run_every_failure("two policy files", op_compile_files, &b);
    paths_arg c = { { f0, missing }, 2 };
    run_every_failure("a missing file", op_compile_files, &c);
}

/* Texts that make the compiler report each kind of thing. */
static void compile_errors_and_warnings(void **state)
{
    (void)state;
    compile_text("a syntax error",
                 "party a; party b; category k;\nallow k from a to b with;\nparty c\n", 0);
    compile_text("an unexpected end", "party a; category k; allow k from a", 0);
    compile_text("undefined names with suggestions",
                 "party alice; party bob; category research;\n"
                 "allow reserch from alise to bob;\nallow research from alice to bobb;\n", 0);
    compile_text("a duplicate and a cycle",
                 "party a; party a; group g = h; group h = g; category k in k;\n", 0);
    compile_text("bad characters and escapes",
                 "party a \"\\q \\u{D800}\"; party \xc3\xa9t\xc3\xa9; party \x1b[31m;\n", 0);
    compile_text("invalid UTF-8", "party a; # \xc0\x80\n", 0);
    compile_text("a bad literal and date", "party a; agreement x { signed 2023-02-29; "
                                           "term 12q; }\n",
                 0);
    compile_text("warnings", "party a; party b; party unused; category k;\n"
                             "allow k from a to b;\n",
                 0);
    compile_text("warnings as errors",
                 "party a; party b; party unused; category k;\nallow k from a to b;\n",
                 SHAREPOL_COMPILE_WERROR);
    compile_text("too deep", "party a; party b; category k;\nallow k from a to b when "
                             "not not not not not not not not not not not not not not not "
                             "not (((((((((onward)))))))));\n",
                 0);
    char many[8192] = "party a; category k;\n";
    for (int i = 0; i < 120; i++)
        snprintf(many + strlen(many), sizeof many - strlen(many), "allow k from a to u%d;\n", i);
    compile_text("too many errors", many, 0);
    compile_text("an empty text", "", 0);
}

/* ---- formatting -------------------------------------------------------------------------- */

static int op_format(failing *f, const void *arg)
{
    const text_arg *t = arg;
    sharepol_compile_options o = options_for(f);
    char *out = NULL;
    sharepol_diagnostics *d = NULL;
    int st = sharepol_format(&out, t->text, t->len, "t.spol", &o, &d);
    if (st == SHAREPOL_OK)
        assert_non_null(out);
    else
        assert_null(out);
    sharepol_string_free(out);
    sharepol_diagnostics_free(d);
    return st;
}

static void format_policies(void **state)
{
    (void)state;
    const char *files[] = { "policies/parties.spol", "policies/mod-meti-ipa-2024.spol",
                            "policies/meti-dhs-moc-2023.spol", "tests/cli/messy.spol" };
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        size_t n;
        char *text = source_file(files[i], &n);
        text_arg t = { text, n, 0 };
        run_every_failure(files[i], op_format, &t);
        free(text);
    }
    text_arg bad = { "party a; allow", 14, 0 };
    run_every_failure("formatting a syntax error", op_format, &bad);
}

/* ---- symbols and texts, for editors ------------------------------------------------------ */

typedef struct texts_arg {
    const sharepol_text *texts;
    size_t n;
} texts_arg;

static int op_symbols(failing *f, const void *arg)
{
    const texts_arg *t = arg;
    sharepol_compile_options o = options_for(f);
    sharepol_symbols *s = NULL;
    int st = sharepol_symbols_new(&s, t->texts, t->n, &o);
    if (st == SHAREPOL_OK)
        assert_true(sharepol_symbols_count(s) > 0);
    else
        assert_null(s);
    sharepol_symbols_free(s);
    return st;
}

static int op_compile_texts(failing *f, const void *arg)
{
    const texts_arg *t = arg;
    sharepol_compile_options o = options_for(f);
    sharepol_policy *p = NULL;
    sharepol_diagnostics *d = NULL;
    int st = sharepol_compile_texts(&p, t->texts, t->n, &o, &d);
    if (st != SHAREPOL_OK)
        assert_null(p);
    sharepol_policy_release(p);
    sharepol_diagnostics_free(d);
    return st;
}

/* The symbols of the seed policies and of a broken text, and the seed
 * policies compiled from texts. */
static void symbols_and_texts(void **state)
{
    (void)state;
    const char *files[] = { "policies/parties.spol", "policies/mod-meti-ipa-2024.spol" };
    sharepol_text texts[3];
    char *owned[2];
    for (size_t i = 0; i < 2; i++) {
        size_t n;
        owned[i] = source_file(files[i], &n);
        texts[i] = (sharepol_text){ files[i], owned[i], n };
    }
    static const char broken[] = "party a;\nparty b in ;\ngroup g = a, c;\nallow";
    texts[2] = (sharepol_text){ "broken.spol", broken, sizeof broken - 1 };
    texts_arg seed = { texts, 2 }, all = { texts, 3 };
    run_every_failure("symbols of the seed policies", op_symbols, &seed);
    run_every_failure("symbols of a broken set", op_symbols, &all);
    run_every_failure("compiling texts", op_compile_texts, &seed);
    for (size_t i = 0; i < 2; i++)
        free(owned[i]);
}

/* ---- what takes a compiled policy ----------------------------------------------------- */

static sharepol_policy *policy; /* compiled with `shared` */

static int setup_policy(void **state)
{
    (void)state;
    size_t n0, n1;
    char *parties = source_file("policies/parties.spol", &n0);
    char *own = source_file("policies/mod-meti-ipa-2024.spol", &n1);
    char *text = malloc(n0 + n1 + 1);
    if (!text)
        return -1;
    memcpy(text, parties, n0);
    memcpy(text + n0, own, n1);
    sharepol_compile_options o = options_for(&shared);
    int st = sharepol_compile_string(&policy, text, n0 + n1, "seed.spol", &o, NULL);
    free(text);
    free(parties);
    free(own);
    return st == SHAREPOL_OK ? 0 : -1;
}

static int teardown_policy(void **state)
{
    (void)state;
    sharepol_policy_release(policy);
    return shared.live == 0 ? 0 : -1;
}

static int op_query_parse(failing *f, const void *arg)
{
    (void)f;
    const char *q = arg;
    sharepol_parsed_query *pq = NULL;
    sharepol_diagnostics *d = NULL;
    int st = sharepol_query_parse(&pq, policy, q, strlen(q), &d);
    if (st != SHAREPOL_OK)
        assert_null(pq);
    if (d) {
        char *r = NULL;
        int rs = sharepol_diagnostics_render(&r, d, 0);
        if (rs != SHAREPOL_OK)
            st = rs;
        sharepol_string_free(r);
    }
    sharepol_diagnostics_free(d);
    sharepol_parsed_query_free(pq);
    return st;
}

static void parse_queries(void **state)
{
    (void)state;
    run_every_failure("a query",
                      op_query_parse, "vulnerabilities from IPA to CAS originator MOD "
                                      "consent MOD, METI at 2025-06-01");
    run_every_failure("a query with an audience", op_query_parse,
                      "prevention from METI to IPA originator MOD scope {MOD, METI}");
    run_every_failure("a query naming unknowns", op_query_parse,
                      "vulnerabilites from IPAA to CAS");
    run_every_failure("a query of the wrong kind", op_query_parse,
                      "vulnerabilities from signatories to CAS");
    run_every_failure("a query with a syntax error", op_query_parse,
                      "vulnerabilities from IPA CAS");
}

/* A query of the seed policy, parsed without failures. */
static sharepol_query seed_query(const char *text, sharepol_parsed_query **keep)
{
    sharepol_parsed_query *pq = NULL;
    int st = sharepol_query_parse(&pq, policy, text, strlen(text), NULL);
    if (st != SHAREPOL_OK)
        fail_msg("query '%s': %s", text, sharepol_strerror(st));
    *keep = pq;
    return *sharepol_parsed_query_get(pq);
}

typedef struct query_arg {
    sharepol_query q;
} query_arg;

static int op_residual(failing *f, const void *arg)
{
    (void)f;
    const query_arg *a = arg;
    sharepol_result r;
    unsigned long before = shared.count;
    long live = shared.live;
    int d = sharepol_decide(policy, &a->q, &r);
    /* deciding allocates nothing */
    assert_int_equal(shared.count, before);
    assert_int_equal(shared.live, live);
    assert_int_equal(d, SHAREPOL_NEEDS_CONSENT);
    sharepol_residual *res = NULL;
    int st = sharepol_residual_new(&res, policy, &a->q, &r);
    if (st == SHAREPOL_OK)
        assert_non_null(sharepol_residual_text(res));
    else
        assert_null(res);
    sharepol_residual_free(res);
    return st;
}

/* The decision survives a failed residual: result holds it, none leaks. */
static int op_decide_residual(failing *f, const void *arg)
{
    (void)f;
    const query_arg *a = arg;
    sharepol_result r;
    sharepol_residual *res = NULL;
    int st = sharepol_decide_residual(policy, &a->q, &r, &res);
    assert_int_equal(r.decision, SHAREPOL_NEEDS_CONSENT);
    if (st == SHAREPOL_NEEDS_CONSENT) {
        assert_non_null(sharepol_residual_text(res));
        st = SHAREPOL_OK;
    } else {
        assert_null(res);
    }
    sharepol_residual_free(res);
    return st;
}

static int op_explain(failing *f, const void *arg)
{
    (void)f;
    const query_arg *a = arg;
    sharepol_explanation *e = NULL;
    int st = sharepol_explain(&e, policy, &a->q);
    if (st > 0)
        assert_non_null(sharepol_explanation_text(e));
    else
        assert_null(e);
    sharepol_explanation_free(e);
    return st;
}

static void residuals_and_explanations(void **state)
{
    (void)state;
    const char *needs[] = {
        "vulnerabilities from IPA to CAS originator IPA at 2025-06-01",
        "vulnerabilities from METI to CAS originator IPA scope signatories-only at 2025-06-01",
    };
    const char *others[] = {
        "vulnerabilities from IPA to METI at 2025-06-01",
        "vulnerabilities from IPA to CAS at 2019-06-01",
        "research from CAS to IPA at 2025-06-01",
    };
    for (size_t i = 0; i < sizeof needs / sizeof needs[0]; i++) {
        sharepol_parsed_query *pq;
        query_arg a = { seed_query(needs[i], &pq) };
        sharepol_result r;
        if (sharepol_decide(policy, &a.q, &r) == SHAREPOL_NEEDS_CONSENT) {
            run_every_failure(needs[i], op_residual, &a);
            run_every_failure(needs[i], op_decide_residual, &a);
        }
        run_every_failure(needs[i], op_explain, &a);
        sharepol_parsed_query_free(pq);
    }
    for (size_t i = 0; i < sizeof others / sizeof others[0]; i++) {
        sharepol_parsed_query *pq;
        query_arg a = { seed_query(others[i], &pq) };
        run_every_failure(others[i], op_explain, &a);
        sharepol_parsed_query_free(pq);
    }
}

/* A residual made irredundant (its scratch decision diagram included)
 * fails cleanly at every allocation. */
static void irredundant_residuals(void **state)
{
    (void)state;
    const char *text = "party A; party B; party C; party D; party S; party R; category c;\n"
                       "rule r allow c from * to * with consent of\n"
                       "  (A and B) or (A and C) or (A and B and C and D) or D;\n";
    sharepol_policy *seed = policy;
    sharepol_compile_options o = options_for(&shared);
    assert_int_equal(sharepol_compile_string(&policy, text, strlen(text), "r.spol", &o, NULL),
                     SHAREPOL_OK);
    const char *q = "c from S to R consent B at 2025-06-01";
    sharepol_parsed_query *pq;
    query_arg a = { seed_query(q, &pq) };
    run_every_failure(q, op_residual, &a);
    run_every_failure(q, op_decide_residual, &a);
    sharepol_parsed_query_free(pq);
    sharepol_policy_release(policy);
    policy = seed;
}

/* Deciding every query of a grid allocates nothing. */
static void deciding_allocates_nothing(void **state)
{
    (void)state;
    size_t np = sharepol_count(policy, SHAREPOL_KIND_PARTY);
    size_t nc = sharepol_count(policy, SHAREPOL_KIND_CATEGORY);
    sharepol_id consents[3] = { 0, 1, 2 };
    unsigned long before = shared.count;
    long live = shared.live;
    for (size_t c = 0; c < nc; c++)
        for (size_t from = 0; from < np; from++)
            for (size_t to = 0; to < np; to++) {
                sharepol_query q = SHAREPOL_QUERY_INIT;
                q.category = (sharepol_id)c;
                q.from = (sharepol_id)from;
                q.to = (sharepol_id)to;
                q.date = 20000;
                q.consents = consents;
                q.n_consents = 3;
                sharepol_result r;
                assert_true(sharepol_decide(policy, &q, &r) > 0);
                size_t rules[4];
                assert_true(sharepol_applying_rules(policy, &q, rules, 4) >= 0);
            }
    sharepol_query bad = SHAREPOL_QUERY_INIT;
    bad.category = SHAREPOL_ID_UNKNOWN;
    assert_true(sharepol_decide(policy, &bad, NULL) < 0);
    assert_int_equal(shared.count, before);
    assert_int_equal(shared.live, live);
}

/* A string is made on success and only then; frees it.  @return st. */
static int string_made(int st, char *out)
{
    if (st == SHAREPOL_OK)
        assert_non_null(out);
    else
        assert_null(out);
    sharepol_string_free(out);
    return st;
}

static int op_dot(failing *f, const void *arg)
{
    (void)f;
    const sharepol_graph_options *o = arg;
    char *out = NULL;
    int st = sharepol_graph_dot(&out, policy, o);
    return string_made(st, out);
}

static void graph_dot(void **state)
{
    (void)state;
    run_every_failure("the whole graph", op_dot, NULL);
    sharepol_graph_options o = SHAREPOL_GRAPH_OPTIONS_INIT;
    o.category = sharepol_category(policy, "vulnerabilities");
    run_every_failure("one category's graph", op_dot, &o);
}

static int op_dump(failing *f, const void *arg)
{
    (void)f;
    (void)arg;
    char *out = NULL;
    int st = sharepol_policy_dump(&out, policy);
    return string_made(st, out);
}

static void policy_dump(void **state)
{
    (void)state;
    run_every_failure("the dump of the rule graph", op_dump, NULL);
}

static int op_expectations(failing *f, const void *arg)
{
    (void)f;
    (void)arg;
    size_t n = 0;
    for (size_t i = 0; i < sharepol_test_count(policy); i++)
        n += sharepol_test(policy, i)->n_expectations;
    int st = SHAREPOL_OK;
    for (size_t i = 0; i < n && st == SHAREPOL_OK; i++) {
        int passed = 0;
        st = sharepol_expectation_run(policy, i, NULL, &passed);
        if (st == SHAREPOL_OK && !passed)
            fail_msg("expectation %zu of the seed policy fails", i);
    }
    return st;
}

static void expectations(void **state)
{
    (void)state;
    failing probe = { 0, 0, 0, false, false };
    unsigned long before = shared.count;
    op_expectations(&probe, NULL);
    if (shared.count == before)
        return; /* running expectations allocates nothing: nothing to fail */
    run_every_failure("the seed policy's expectations", op_expectations, NULL);
}

int main(void)
{
    const struct CMUnitTest compiling[] = {
        cmocka_unit_test(compile_seed_policies),
        cmocka_unit_test(compile_seed_files_and_directory),
        cmocka_unit_test(compile_errors_and_warnings),
        cmocka_unit_test(format_policies),
        cmocka_unit_test(symbols_and_texts),
    };
    const struct CMUnitTest using[] = {
        cmocka_unit_test(parse_queries),
        cmocka_unit_test(residuals_and_explanations),
        cmocka_unit_test(irredundant_residuals),
        cmocka_unit_test(deciding_allocates_nothing),
        cmocka_unit_test(graph_dot),
        cmocka_unit_test(policy_dump),
        cmocka_unit_test(expectations),
    };
    int failed = cmocka_run_group_tests_name("compiling", compiling, NULL, NULL);
    failed += cmocka_run_group_tests_name("using a policy", using, setup_policy,
                                          teardown_policy);
    return failed;
}
