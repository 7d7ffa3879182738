/* fuzz_compile.c — a policy from arbitrary bytes, through everything that
 * takes a compiled policy, and through the formatter.
 *
 * Properties checked on every input (a failure aborts, so libFuzzer keeps
 * the input):
 *  - compilation returns a status the header documents; a failure has at
 *    least one error diagnostic, success none; diagnostics render;
 *  - on success: deciding allocates nothing (the counter does not move),
 *    gives the same answer twice, and an error is a deny without a rule;
 *    residuals, explanations, applying rules, test expectations and the DOT
 *    graph all run;
 *  - formatting succeeds exactly when the text parses: a syntax error makes
 *    both fail with the same first error; when formatting succeeds, the
 *    formatted text compiles to the same status with the same diagnostic
 *    codes (and, when it compiles, the same names and decisions), and
 *    formatting it again changes nothing;
 *  - every block the library allocated is freed at the end. */
#include <string.h>

#include "fuzz_common.h"

#define MAX_SIDE 4   /* categories, senders and recipients tried per policy */
#define MAX_EXPECT 32

static int32_t fixed_day(void)
{
    int32_t d = 0;
    sharepol_date_parse(&d, "2025-06-01");
    return d;
}

static size_t min_size(size_t a, size_t b)
{
    return a < b ? a : b;
}

static void check_status(int st)
{
    FUZZ_CHECK(st == SHAREPOL_OK || st == SHAREPOL_EPARSE || st == SHAREPOL_ELIMIT ||
               st == SHAREPOL_ENOMEM);
}

static void render(const sharepol_diagnostics *d, int status)
{
    if (status == SHAREPOL_OK)
        FUZZ_CHECK(sharepol_diagnostics_errors(d) == 0);
    else if (status != SHAREPOL_ENOMEM)
        FUZZ_CHECK(sharepol_diagnostics_errors(d) > 0);
    for (unsigned flags = 0; flags <= SHAREPOL_RENDER_COLOR; flags += SHAREPOL_RENDER_COLOR) {
        char *text = NULL;
        FUZZ_CHECK(sharepol_diagnostics_render(&text, d, flags) == SHAREPOL_OK);
        FUZZ_CHECK(text != NULL);
        /* a policy cannot put raw control characters on a terminal */
        for (const char *s = text; *s; s++)
            FUZZ_CHECK((unsigned char)*s >= 0x20 || *s == '\n' || *s == '\t' ||
                       (*s == '\x1b' && flags == SHAREPOL_RENDER_COLOR));
        sharepol_string_free(text);
    }
}

/* A query over small ids: variant 0 is the bare transfer, 1 fills every
 * optional field. */
static sharepol_query make_query(const sharepol_policy *p, size_t c, size_t f, size_t t,
                                 int variant, const sharepol_id *all, size_t n_all)
{
    sharepol_query q = SHAREPOL_QUERY_INIT;
    q.category = (sharepol_id)c;
    q.from = (sharepol_id)f;
    q.to = (sharepol_id)t;
    q.date = fixed_day();
    if (variant) {
        q.originator = (sharepol_id)((f + 1) % sharepol_count(p, SHAREPOL_KIND_PARTY));
        if (sharepol_count(p, SHAREPOL_KIND_SCOPE))
            q.scope = 0;
        if (sharepol_count(p, SHAREPOL_KIND_PURPOSE))
            q.purpose = 0;
        q.consents = all;
        q.n_consents = n_all;
    }
    return q;
}

/* Decides; checks the no-allocation and determinism properties. */
static int decide(const sharepol_policy *p, const sharepol_query *q, sharepol_result *r,
                  fuzz_counter *c)
{
    unsigned long calls = c->calls;
    long live = c->live;
    int d = sharepol_decide(p, q, r);
    FUZZ_CHECK(c->calls == calls && c->live == live);
    FUZZ_CHECK(d == SHAREPOL_ALLOW || d == SHAREPOL_DENY || d == SHAREPOL_NEEDS_CONSENT ||
               d < 0);
    FUZZ_CHECK(r->decision == (d < 0 ? SHAREPOL_DENY : d));
    if (d < 0 || r->rule == NULL)
        FUZZ_CHECK(d < 0 ? r->rule == NULL : d == SHAREPOL_DENY);
    sharepol_result again;
    FUZZ_CHECK(sharepol_decide(p, q, &again) == d);
    FUZZ_CHECK(again.rule == r->rule && again.residual_size == r->residual_size);
    return d;
}

static void exercise(const sharepol_policy *p, fuzz_counter *c)
{
    size_t np = sharepol_count(p, SHAREPOL_KIND_PARTY);
    size_t nc = sharepol_count(p, SHAREPOL_KIND_CATEGORY);
    sharepol_id all[8];
    size_t n_all = min_size(np, 8);
    for (size_t i = 0; i < n_all; i++)
        all[i] = (sharepol_id)i;
    int explained = 0;
    for (size_t ci = 0; ci < min_size(nc, MAX_SIDE); ci++)
        for (size_t f = 0; f < min_size(np, MAX_SIDE); f++)
            for (size_t t = 0; t < min_size(np, MAX_SIDE); t++)
                for (int variant = 0; variant < 2; variant++) {
                    sharepol_query q = make_query(p, ci, f, t, variant, all, n_all);
                    sharepol_result r;
                    int d = decide(p, &q, &r, c);
                    if (d == SHAREPOL_NEEDS_CONSENT) {
                        sharepol_residual *res = NULL;
                        int st = sharepol_residual_new(&res, p, &q, &r);
                        FUZZ_CHECK(st == SHAREPOL_OK || st == SHAREPOL_ELIMIT);
                        if (st == SHAREPOL_OK) {
                            FUZZ_CHECK(sharepol_residual_root(res) != NULL);
                            FUZZ_CHECK(sharepol_residual_text(res) != NULL);
                        }
                        sharepol_residual_free(res);
                    }
                    size_t rules[4];
                    int n = sharepol_applying_rules(p, &q, rules, 4);
                    FUZZ_CHECK(n >= 0 || n == d);
                    if (explained < 4 && (d == SHAREPOL_DENY || explained < 2)) {
                        explained++;
                        sharepol_explanation *e = NULL;
                        int st = sharepol_explain(&e, p, &q);
                        FUZZ_CHECK(st == d);
                        if (st > 0) {
                            FUZZ_CHECK(sharepol_explanation_text(e) != NULL);
                            FUZZ_CHECK(sharepol_explanation_result(e)->decision == d);
                            FUZZ_CHECK((sharepol_explanation_residual(e) != NULL) ==
                                       (d == SHAREPOL_NEEDS_CONSENT));
                        }
                        sharepol_explanation_free(e);
                    }
                }

    size_t n_tests = sharepol_test_count(p), n_expect = 0;
    for (size_t i = 0; i < n_tests; i++)
        n_expect += sharepol_test(p, i)->n_expectations;
    for (size_t i = 0; i < min_size(n_expect, MAX_EXPECT); i++) {
        const sharepol_expectation *e = sharepol_expectation_get(p, i);
        FUZZ_CHECK(e != NULL && e->text != NULL);
        sharepol_result r;
        int passed = -1;
        int st = sharepol_expectation_run(p, i, &r, &passed);
        FUZZ_CHECK(st <= 0);
        if (st == SHAREPOL_OK)
            FUZZ_CHECK(passed == 0 || passed == 1);
    }

    char *dot = NULL;
    FUZZ_CHECK(sharepol_graph_dot(&dot, p, NULL) == SHAREPOL_OK);
    sharepol_string_free(dot);
    FUZZ_CHECK(sharepol_policy_dump(&dot, p) == SHAREPOL_OK);
    sharepol_string_free(dot);
    sharepol_graph_options go = SHAREPOL_GRAPH_OPTIONS_INIT;
    if (nc) {
        go.category = 0;
        FUZZ_CHECK(sharepol_graph_dot(&dot, p, &go) == SHAREPOL_OK);
        sharepol_string_free(dot);
    }
    if (sharepol_count(p, SHAREPOL_KIND_AGREEMENT)) {
        go.category = SHAREPOL_ID_NONE;
        go.agreement = 0;
        FUZZ_CHECK(sharepol_graph_dot(&dot, p, &go) == SHAREPOL_OK);
        sharepol_string_free(dot);
    }
}

/* The same names, and the same decisions, for a policy and its formatted
 * text. */
static void same_meaning(const sharepol_policy *a, const sharepol_policy *b, fuzz_counter *c)
{
    static const int kinds[] = { SHAREPOL_KIND_PARTY, SHAREPOL_KIND_GROUP,
                                 SHAREPOL_KIND_CATEGORY, SHAREPOL_KIND_PURPOSE,
                                 SHAREPOL_KIND_SCOPE, SHAREPOL_KIND_AGREEMENT,
                                 SHAREPOL_KIND_RULE };
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
        FUZZ_CHECK(sharepol_count(a, kinds[k]) == sharepol_count(b, kinds[k]));
    FUZZ_CHECK(sharepol_test_count(a) == sharepol_test_count(b));
    size_t np = sharepol_count(a, SHAREPOL_KIND_PARTY);
    size_t nc = sharepol_count(a, SHAREPOL_KIND_CATEGORY);
    for (size_t i = 0; i < np; i++)
        FUZZ_CHECK(strcmp(sharepol_name(a, SHAREPOL_KIND_PARTY, (sharepol_id)i),
                          sharepol_name(b, SHAREPOL_KIND_PARTY, (sharepol_id)i)) == 0);
    sharepol_id all[8];
    size_t n_all = min_size(np, 8);
    for (size_t i = 0; i < n_all; i++)
        all[i] = (sharepol_id)i;
    for (size_t ci = 0; ci < min_size(nc, MAX_SIDE); ci++)
        for (size_t f = 0; f < min_size(np, MAX_SIDE); f++)
            for (size_t t = 0; t < min_size(np, MAX_SIDE); t++)
                for (int variant = 0; variant < 2; variant++) {
                    sharepol_query q = make_query(a, ci, f, t, variant, all, n_all);
                    sharepol_result ra, rb;
                    FUZZ_CHECK(decide(a, &q, &ra, c) == decide(b, &q, &rb, c));
                    FUZZ_CHECK(ra.rule_index == rb.rule_index);
                    FUZZ_CHECK(ra.residual_size == rb.residual_size);
                }
}

/* The (severity, code) sequence of two lists is the same, notes aside. */
static void same_codes(const sharepol_diagnostics *a, const sharepol_diagnostics *b)
{
    size_t i = 0, j = 0, na = sharepol_diagnostics_count(a), nb = sharepol_diagnostics_count(b);
    for (;;) {
        while (i < na && sharepol_diagnostics_get(a, i)->severity == SHAREPOL_SEVERITY_NOTE)
            i++;
        while (j < nb && sharepol_diagnostics_get(b, j)->severity == SHAREPOL_SEVERITY_NOTE)
            j++;
        if (i == na || j == nb)
            break;
        const sharepol_diagnostic *x = sharepol_diagnostics_get(a, i++);
        const sharepol_diagnostic *y = sharepol_diagnostics_get(b, j++);
        if (x->severity != y->severity || strcmp(x->code, y->code) != 0) {
            fprintf(stderr, "diagnostic %zu: %s %s vs %s %s\n", i - 1, x->code, x->message,
                    y->code, y->message);
        }
        FUZZ_CHECK(x->severity == y->severity && strcmp(x->code, y->code) == 0);
    }
    FUZZ_CHECK(i == na && j == nb);
}

static const sharepol_diagnostic *first_error(const sharepol_diagnostics *d)
{
    for (size_t i = 0; i < sharepol_diagnostics_count(d); i++)
        if (sharepol_diagnostics_get(d, i)->severity == SHAREPOL_SEVERITY_ERROR)
            return sharepol_diagnostics_get(d, i);
    return NULL;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_counter counter = { 0, 0 };
    sharepol_compile_options opts = fuzz_options(&counter);
    const char *text = (const char *)data;

    sharepol_policy *p = NULL;
    sharepol_diagnostics *cd = NULL;
    int cs = sharepol_compile_string(&p, text, size, "fuzz.spol", &opts, &cd);
    check_status(cs);
    FUZZ_CHECK((cs == SHAREPOL_OK) == (p != NULL));
    render(cd, cs);
    if (p)
        exercise(p, &counter);

    char *formatted = NULL;
    sharepol_diagnostics *fd = NULL;
    int fs = sharepol_format(&formatted, text, size, "fuzz.spol", &opts, &fd);
    FUZZ_CHECK(fs == SHAREPOL_OK || fs == SHAREPOL_EPARSE || fs == SHAREPOL_ELIMIT);
    FUZZ_CHECK((fs == SHAREPOL_OK) == (formatted != NULL));
    if (fs == SHAREPOL_EPARSE) {
        /* A syntax (or encoding) error: compiling stops at the same place. */
        FUZZ_CHECK(cs == SHAREPOL_EPARSE);
        const sharepol_diagnostic *x = first_error(fd), *y = first_error(cd);
        FUZZ_CHECK(x && y);
        FUZZ_CHECK(strcmp(x->code, y->code) == 0 && x->line == y->line &&
                   x->column == y->column && strcmp(x->message, y->message) == 0);
    } else if (fs == SHAREPOL_OK) {
        size_t flen = strlen(formatted);
        sharepol_policy *p2 = NULL;
        sharepol_diagnostics *cd2 = NULL;
        int cs2 = sharepol_compile_string(&p2, formatted, flen, "fuzz.spol", &opts, &cd2);
        FUZZ_CHECK(cs2 == cs);
        same_codes(cd, cd2);
        if (p && p2)
            same_meaning(p, p2, &counter);
        sharepol_policy_release(p2);
        sharepol_diagnostics_free(cd2);

        char *again = NULL;
        FUZZ_CHECK(sharepol_format(&again, formatted, flen, "fuzz.spol", &opts, NULL) ==
                   SHAREPOL_OK);
        if (strcmp(again, formatted) != 0)
            fprintf(stderr, "---- formatted once ----\n%s---- twice ----\n%s----\n",
                    formatted, again);
        FUZZ_CHECK(strcmp(again, formatted) == 0);
        sharepol_string_free(again);
    }
    sharepol_string_free(formatted);
    sharepol_diagnostics_free(fd);
    sharepol_diagnostics_free(cd);
    sharepol_policy_release(p);
    FUZZ_CHECK(counter.live == 0);
    return 0;
}
