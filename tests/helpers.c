/* helpers.c — compile, ask, compare. */
#include "helpers.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *diagnostics_of(const char *text, int *status)
{
    sharepol_policy *p = NULL;
    sharepol_diagnostics *d = NULL;
    int st = sharepol_compile_string(&p, text, strlen(text), "t.spol", NULL, &d);
    if (status)
        *status = st;
    char *rendered = NULL;
    assert_int_equal(sharepol_diagnostics_render(&rendered, d, 0), SHAREPOL_OK);
    char *copy = strdup(rendered);
    sharepol_string_free(rendered);
    sharepol_diagnostics_free(d);
    sharepol_policy_release(p);
    return copy;
}

sharepol_policy *compile_ok(const char *text)
{
    sharepol_policy *p = NULL;
    sharepol_diagnostics *d = NULL;
    int st = sharepol_compile_string(&p, text, strlen(text), "t.spol", NULL, &d);
    if (st != SHAREPOL_OK) {
        char *rendered = NULL;
        sharepol_diagnostics_render(&rendered, d, 0);
        print_error("%s", rendered ? rendered : "");
        sharepol_string_free(rendered);
        sharepol_diagnostics_free(d);
        fail_msg("the policy did not compile: %s", sharepol_strerror(st));
    }
    sharepol_diagnostics_free(d);
    return p;
}

char *compile_fails(const char *text)
{
    int st;
    char *diags = diagnostics_of(text, &st);
    if (st == SHAREPOL_OK)
        fail_msg("the policy compiled, but it should not have");
    return diags;
}

answer ask(const sharepol_policy *policy, const char *query)
{
    answer a;
    memset(&a, 0, sizeof a);
    sharepol_parsed_query *pq = NULL;
    sharepol_diagnostics *d = NULL;
    int st = sharepol_query_parse(&pq, policy, query, strlen(query), &d);
    if (st != SHAREPOL_OK) {
        char *rendered = NULL;
        sharepol_diagnostics_render(&rendered, d, 0);
        print_error("%s", rendered ? rendered : "");
        sharepol_string_free(rendered);
        fail_msg("bad query '%s': %s", query, sharepol_strerror(st));
    }
    sharepol_diagnostics_free(d);
    const sharepol_query *q = sharepol_parsed_query_get(pq);
    sharepol_result r;
    a.decision = sharepol_decide(policy, q, &r);
    if (r.rule)
        snprintf(a.rule, sizeof a.rule, "%s", r.rule->name);
    if (a.decision == SHAREPOL_NEEDS_CONSENT) {
        sharepol_residual *res = NULL;
        assert_int_equal(sharepol_residual_new(&res, policy, q, &r), SHAREPOL_OK);
        snprintf(a.residual, sizeof a.residual, "%s", sharepol_residual_text(res));
        sharepol_residual_free(res);
    }
    /* deciding and building the residual in one call says the same */
    sharepol_result r1;
    sharepol_residual *res1 = NULL;
    assert_int_equal(sharepol_decide_residual(policy, q, &r1, &res1), a.decision);
    assert_int_equal(r1.decision, r.decision);
    assert_ptr_equal(r1.rule, r.rule);
    assert_int_equal(r1.rule_index, r.rule_index);
    assert_int_equal(r1.residual_size, r.residual_size);
    if (a.decision == SHAREPOL_NEEDS_CONSENT)
        assert_string_equal(sharepol_residual_text(res1), a.residual);
    else
        assert_null(res1);
    sharepol_residual_free(res1);
    sharepol_parsed_query_free(pq);
    return a;
}

static const char *decision_name(int d)
{
    switch (d) {
    case SHAREPOL_ALLOW: return "allow";
    case SHAREPOL_DENY: return "deny";
    case SHAREPOL_NEEDS_CONSENT: return "needs consent";
    default: return sharepol_strerror(d);
    }
}

void expect_answer_at(const sharepol_policy *policy, const char *query, int decision,
                      const char *rule, const char *residual, const char *file, int line)
{
    answer a = ask(policy, query);
    bool ok = a.decision == decision && strcmp(a.rule, rule ? rule : "") == 0 &&
              strcmp(a.residual, residual ? residual : "") == 0;
    if (ok)
        return;
    print_error("query: %s\n  expected: %s, rule '%s', residual '%s'\n"
                "  actual:   %s, rule '%s', residual '%s'\n",
                query, decision_name(decision), rule ? rule : "", residual ? residual : "",
                decision_name(a.decision), a.rule, a.residual);
    _fail(file, line);
}

char *source_file(const char *relative, size_t *len)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", SHAREPOL_SOURCE_DIR, relative);
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    assert_non_null(buf);
    assert_int_equal(fread(buf, 1, (size_t)n, f), (size_t)n);
    buf[n] = '\0';
    fclose(f);
    if (len)
        *len = (size_t)n;
    return buf;
}
