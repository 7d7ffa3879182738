/* test_format.c — sharepol_format: the canonical layout is exact, formatting
 * twice changes nothing, comments survive, and the meaning never changes. */
#include <dirent.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"

static char *format(const char *text)
{
    char *out = NULL;
    sharepol_diagnostics *d = NULL;
    int st = sharepol_format(&out, text, strlen(text), "t.spol", NULL, &d);
    if (st != SHAREPOL_OK) {
        char *r = NULL;
        sharepol_diagnostics_render(&r, d, 0);
        print_error("%s", r ? r : "");
        sharepol_string_free(r);
        fail_msg("formatting failed: %s", sharepol_strerror(st));
    }
    sharepol_diagnostics_free(d);
    char *copy = strdup(out);
    sharepol_string_free(out);
    return copy;
}

/* Every category, sender, recipient, date, scope, originator and consent
 * combination gets the same answer from both policies. */
static void assert_same_meaning(const sharepol_policy *a, const sharepol_policy *b)
{
    const int kinds[] = { SHAREPOL_KIND_PARTY, SHAREPOL_KIND_GROUP, SHAREPOL_KIND_CATEGORY,
                          SHAREPOL_KIND_PURPOSE, SHAREPOL_KIND_SCOPE, SHAREPOL_KIND_RULE,
                          SHAREPOL_KIND_AGREEMENT };
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
        assert_int_equal(sharepol_count(a, kinds[k]), sharepol_count(b, kinds[k]));
    /* Unnamed rules are named by their line, which formatting may move. */
    for (size_t i = 0; i < sharepol_count(a, SHAREPOL_KIND_RULE); i++)
        assert_int_equal(sharepol_rule(a, i)->kind, sharepol_rule(b, i)->kind);
    int32_t dates[32];
    size_t n_dates = 0;
    sharepol_date_parse(&dates[n_dates++], "2000-01-01");
    sharepol_date_parse(&dates[n_dates++], "2025-06-01");
    sharepol_date_parse(&dates[n_dates++], "2026-06-01");
    for (size_t i = 0; i < sharepol_count(a, SHAREPOL_KIND_AGREEMENT) && n_dates < 28; i++) {
        const sharepol_agreement_info *ag = sharepol_agreement(a, i);
        if (ag->first_day != SHAREPOL_DATE_NONE) {
            dates[n_dates++] = ag->first_day - 1;
            dates[n_dates++] = ag->first_day;
        }
        if (ag->last_day != SHAREPOL_DATE_NONE) {
            dates[n_dates++] = ag->last_day;
            dates[n_dates++] = ag->last_day + 1;
        }
    }
    size_t np = sharepol_count(a, SHAREPOL_KIND_PARTY);
    size_t nc = sharepol_count(a, SHAREPOL_KIND_CATEGORY);
    size_t ns = sharepol_count(a, SHAREPOL_KIND_SCOPE);
    sharepol_id all[256];
    for (size_t p = 0; p < np && p < 256; p++)
        all[p] = (sharepol_id)p;
    for (size_t c = 0; c < nc; c++)
        for (size_t f = 0; f < np; f++)
            for (size_t t = 0; t < np; t++)
                for (size_t d = 0; d < n_dates; d++)
                    for (size_t variant = 0; variant < 3 + ns; variant++) {
                        sharepol_query q = SHAREPOL_QUERY_INIT;
                        q.category = (sharepol_id)c;
                        q.from = (sharepol_id)f;
                        q.to = (sharepol_id)t;
                        q.date = dates[d];
                        if (variant == 1) {
                            q.consents = all;
                            q.n_consents = np < 256 ? np : 256;
                        } else if (variant == 2) {
                            q.originator = 0;
                        } else if (variant >= 3) {
                            q.scope = (sharepol_id)(variant - 3);
                            q.originator = (sharepol_id)((f + 1) % np);
                        }
                        sharepol_result ra, rb;
                        int da = sharepol_decide(a, &q, &ra);
                        int db = sharepol_decide(b, &q, &rb);
                        if (da != db || ra.rule_index != rb.rule_index ||
                            ra.residual_size != rb.residual_size)
                            fail_msg("different answers for %s from %s to %s",
                                     sharepol_name(a, SHAREPOL_KIND_CATEGORY, q.category),
                                     sharepol_name(a, SHAREPOL_KIND_PARTY, q.from),
                                     sharepol_name(a, SHAREPOL_KIND_PARTY, q.to));
                    }
}

/* Formats, checks the fixed point and the comments, and compares meanings. */
static void check_round_trip(const char *text)
{
    char *once = format(text);
    char *twice = format(once);
    assert_string_equal(once, twice);
    /* every comment's text is still there */
    for (const char *p = strchr(text, '#'); p; p = strchr(p + 1, '#')) {
        const char *end = strpbrk(p, "\r\n");
        size_t len = end ? (size_t)(end - p) : strlen(p);
        while (len > 0 && (p[len - 1] == ' ' || p[len - 1] == '\t'))
            len--;
        char *comment = strndup(p, len);
        bool in_string = false;
        for (const char *q = text; q < p; q++)
            if (*q == '"' && (q == text || q[-1] != '\\'))
                in_string = !in_string;
        if (!in_string && !strstr(once, comment))
            fail_msg("comment lost: %s", comment);
        free(comment);
    }
    int st;
    char *diags = diagnostics_of(text, &st);
    free(diags);
    if (st == SHAREPOL_OK) {
        sharepol_policy *a = compile_ok(text);
        sharepol_policy *b = compile_ok(once);
        assert_same_meaning(a, b);
        sharepol_policy_release(a);
        sharepol_policy_release(b);
    }
    free(once);
    free(twice);
}

/* The layout: indentation, aligned labels, wrapped rules, kept comments. */
static void canonical_layout(void **state)
{
    (void)state;
    const char *in =
        "party   MOD \"防衛省\";party SDF in MOD;   # units\n"
        "party CAS;\n\n\n\n"
        "group g=MOD,CAS except SDF;\n"
        "category c; category d in c;\n"
        "agreement a \"A\" { parties g; signed 2024-12-27; term 1y renews 1y unless notice 1mo;\n"
        "# the rule\n"
        "rule r1 \"R\" allow c, d from g to * except SDF with consent of (MOD or CAS) and originator when not not onward and (marked s or unmarked);\n"
        "deny d from SDF to CAS when since 2025-01-01;\n"
        "}\n"
        "scope s = g;\n"
        "test \"t\" at 2025-06-01 { expect d from MOD to CAS consent CAS => allow; }\n";
    const char *want =
        "party MOD \"防衛省\";\n"
        "party SDF in MOD;  # units\n"
        "party CAS;\n"
        "\n"
        "group g = MOD, CAS except SDF;\n"
        "category c;\n"
        "category d in c;\n"
        "agreement a \"A\" {\n"
        "  parties g;\n"
        "  signed 2024-12-27;\n"
        "  term 1y renews 1y unless notice 1mo;\n"
        "  # the rule\n"
        "  rule r1 \"R\"\n"
        "    allow c, d\n"
        "      from g to * except SDF with consent of (MOD or CAS) and originator\n"
        "      when not not onward and (marked s or unmarked);\n"
        "  deny d from SDF to CAS when since 2025-01-01;\n"
        "}\n"
        "scope s = g;\n"
        "test \"t\" at 2025-06-01 {\n"
        "  expect d from MOD to CAS consent CAS => allow;\n"
        "}\n";
    char *out = format(in);
    assert_string_equal(out, want);
    free(out);
    check_round_trip(in);
}

/* Strings are re-escaped; control and bidi characters stay escaped. */
static void strings_are_escaped(void **state)
{
    (void)state;
    char *out = format("party A \"a \\\"q\\\" \\\\ \\t \\u{202E} \\u{41}\";\n");
    assert_string_equal(out, "party A \"a \\\"q\\\" \\\\ \\t \\u{202E} A\";\n");
    free(out);
}

/* A comment inside a statement moves before it; blank lines collapse to one. */
static void comments_inside_statements(void **state)
{
    (void)state;
    char *out = format("party A;\n\n\n# before\nparty B # inside\n  in A;\n# last\n");
    assert_string_equal(out, "party A;\n\n# before\n# inside\nparty B in A;\n# last\n");
    free(out);
}

/* Syntax errors are reported and nothing is printed. */
static void syntax_errors_are_reported(void **state)
{
    (void)state;
    char *out = NULL;
    sharepol_diagnostics *d = NULL;
    assert_int_equal(sharepol_format(&out, "party A", 7, "x.spol", NULL, &d), SHAREPOL_EPARSE);
    assert_null(out);
    assert_true(sharepol_diagnostics_errors(d) > 0);
    sharepol_diagnostics_free(d);
}

/* Awkward but valid texts: CRLF, a BOM, no final newline, deep nesting. */
static void awkward_texts_round_trip(void **state)
{
    (void)state;
    check_round_trip("\xEF\xBB\xBFparty A;\r\nparty B;\r\ncategory c;\r\n"
                     "allow c from A to B when ((((not (since 2020-01-01)))));");
    check_round_trip("party A; party B; group g = *; category c;\n"
                     "require consent of 1 of {A, B} or A and (B or originator) for c;\n"
                     "allow * from * to g except B;   # trailing");
    check_round_trip("");
    check_round_trip("# only a comment");
}

/* Every policy and fixture in the tree is a fixed point of fmt, means the
 * same formatted, and the seed policies are already formatted. */
static void tree_round_trips(void **state)
{
    (void)state;
    const char *dirs[] = { "policies", "examples", "tests/cli" };
    for (size_t i = 0; i < sizeof dirs / sizeof dirs[0]; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", SHAREPOL_SOURCE_DIR, dirs[i]);
        DIR *d = opendir(path);
        if (!d)
            continue;
        struct dirent *e;
        while ((e = readdir(d)) != NULL) {
            size_t n = strlen(e->d_name);
            if (n < 6 || strcmp(e->d_name + n - 5, ".spol") != 0)
                continue;
            char rel[4096];
            snprintf(rel, sizeof rel, "%s/%s", dirs[i], e->d_name);
            char *text = source_file(rel, NULL);
            check_round_trip(text);
            if (i == 0) {
                char *out = format(text);
                if (strcmp(out, text) != 0)
                    fail_msg("%s is not formatted: run sharepol fmt -w", rel);
                free(out);
            }
            free(text);
        }
        closedir(d);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(canonical_layout),
        cmocka_unit_test(strings_are_escaped),
        cmocka_unit_test(comments_inside_statements),
        cmocka_unit_test(syntax_errors_are_reported),
        cmocka_unit_test(awkward_texts_round_trip),
        cmocka_unit_test(tree_round_trips),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
