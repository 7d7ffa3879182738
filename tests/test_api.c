/* test_api.c — the contract of sharepol.h: status codes, ownership, NULL
 * handling, ids, diagnostics, and that every error is a deny. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "helpers.h"

static const char small[] =
    "party A \"Alpha\"; party A1 in A; party B; group g = A, B;\n"
    "category c; category d in c; purpose p; scope s = g;\n"
    "agreement ag { signed 2024-01-01; rule r1 \"first\" allow c from A to B; }\n"
    "rule r2 deny d from A1 to *;\n"
    "test \"t\" { expect c from A to B at 2024-06-01 => allow; }\n";

/* A query of category cat from one party to another on day (days since
 * 1970-01-01), its names looked up in p. */
static sharepol_query query_of(const sharepol_policy *p, const char *cat, const char *from,
                               const char *to, int32_t day)
{
    sharepol_query q = SHAREPOL_QUERY_INIT;
    q.category = sharepol_category(p, cat);
    q.from = sharepol_party(p, from);
    q.to = sharepol_party(p, to);
    q.date = day;
    return q;
}

/* The version is the header's, at compile and at run time. */
static void version_matches_header(void **state)
{
    (void)state;
    assert_int_equal(sharepol_version_number(), SHAREPOL_VERSION_NUMBER);
    assert_string_equal(sharepol_version(), SHAREPOL_VERSION_STRING);
}

/* Every status has a text; an unknown number says so. */
static void every_status_has_a_text(void **state)
{
    (void)state;
    const int codes[] = { SHAREPOL_OK, SHAREPOL_ENOMEM, SHAREPOL_EINVAL, SHAREPOL_EIO,
                          SHAREPOL_EPARSE, SHAREPOL_EUNKNOWN, SHAREPOL_EKIND,
                          SHAREPOL_ELIMIT, SHAREPOL_ERANGE };
    for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++) {
        assert_non_null(sharepol_strerror(codes[i]));
        assert_string_not_equal(sharepol_strerror(codes[i]), "unknown status");
    }
    assert_string_equal(sharepol_strerror(-999), "unknown status");
}

/* Each decision has the name eval's JSON lines use; anything else, errors
 * included, has one fixed text. */
static void every_decision_has_a_name(void **state)
{
    (void)state;
    assert_string_equal(sharepol_decision_name(SHAREPOL_ALLOW), "allow");
    assert_string_equal(sharepol_decision_name(SHAREPOL_DENY), "deny");
    assert_string_equal(sharepol_decision_name(SHAREPOL_NEEDS_CONSENT), "needs-consent");
    const int others[] = { 0, 4, -1, SHAREPOL_EUNKNOWN, SHAREPOL_ERANGE, INT_MIN, INT_MAX };
    for (size_t i = 0; i < sizeof others / sizeof others[0]; i++)
        assert_string_equal(sharepol_decision_name(others[i]), "unknown decision");
}

/* Freeing NULL does nothing; functions given NULL say EINVAL. */
static void null_is_safe(void **state)
{
    (void)state;
    sharepol_policy_release(NULL);
    sharepol_diagnostics_free(NULL);
    sharepol_string_free(NULL);
    sharepol_residual_free(NULL);
    sharepol_explanation_free(NULL);
    sharepol_parsed_query_free(NULL);
    assert_null(sharepol_policy_retain(NULL));
    assert_int_equal(sharepol_compile_string(NULL, "", 0, NULL, NULL, NULL), SHAREPOL_EINVAL);
    sharepol_policy *p = (sharepol_policy *)1;
    assert_int_equal(sharepol_compile_files(&p, NULL, 0, NULL, NULL), SHAREPOL_EINVAL);
    assert_null(p);
    sharepol_query q = SHAREPOL_QUERY_INIT;
    assert_int_equal(sharepol_decide(NULL, &q, NULL), SHAREPOL_EINVAL);
    assert_int_equal(sharepol_diagnostics_render(NULL, NULL, 0), SHAREPOL_EINVAL);
    assert_int_equal(sharepol_diagnostics_count(NULL), 0);
    assert_null(sharepol_diagnostics_get(NULL, 0));
    assert_int_equal(sharepol_party(NULL, "A"), SHAREPOL_ID_UNKNOWN);
}

/* Names become dense ids of their own kind; anything else is UNKNOWN. */
static void ids_are_interned_by_kind(void **state)
{
    (void)state;
    sharepol_policy *p = compile_ok(small);
    assert_int_equal(sharepol_party(p, "A"), 0);
    assert_int_equal(sharepol_party(p, "B"), 2);
    assert_int_equal(sharepol_party(p, "g"), SHAREPOL_ID_UNKNOWN);
    assert_int_equal(sharepol_party(p, "nobody"), SHAREPOL_ID_UNKNOWN);
    assert_int_equal(sharepol_party(p, NULL), SHAREPOL_ID_UNKNOWN);
    assert_int_equal(sharepol_category(p, "d"), 1);
    assert_int_equal(sharepol_scope(p, "s"), 0);
    assert_int_equal(sharepol_purpose(p, "p"), 0);
    assert_int_equal(sharepol_kind_of(p, "g"), SHAREPOL_KIND_GROUP);
    assert_int_equal(sharepol_kind_of(p, "r1"), SHAREPOL_KIND_RULE);
    assert_int_equal(sharepol_kind_of(p, "ag"), SHAREPOL_KIND_AGREEMENT);
    assert_int_equal(sharepol_kind_of(p, "zzz"), 0);
    assert_int_equal(sharepol_count(p, SHAREPOL_KIND_PARTY), 3);
    assert_int_equal(sharepol_count(p, SHAREPOL_KIND_RULE), 2);
    assert_string_equal(sharepol_name(p, SHAREPOL_KIND_PARTY, 1), "A1");
    assert_null(sharepol_name(p, SHAREPOL_KIND_PARTY, 3));
    const sharepol_rule_info *r = sharepol_rule(p, 0);
    assert_string_equal(r->name, "r1");
    assert_string_equal(r->label, "first");
    assert_string_equal(r->file, "t.spol");
    assert_int_equal(r->line, 3);
    assert_int_equal(r->column, 35);
    assert_string_equal(r->agreement, "ag");
    assert_null(sharepol_rule(p, 2));
    sharepol_policy_release(p);
}

/* A misspelt name suggests the declared name of its kind it is closest to;
 * a name too far from any, a declared one, or another kind suggests none. */
static void suggestions(void **state)
{
    (void)state;
    static const char text[] = "party METI; party MOD; party MODERN; group signatories = METI;\n"
                               "category vulnerabilities; category research;\n"
                               "scope tlp-red; purpose defence;\n"
                               "allow * from signatories to MOD, MODERN;\n";
    sharepol_policy *p = compile_ok(text);
    assert_string_equal(sharepol_suggest(p, SHAREPOL_KIND_PARTY, "Meti"), "METI");
    assert_string_equal(sharepol_suggest(p, SHAREPOL_KIND_PARTY, "MODD"), "MOD");
    assert_string_equal(sharepol_suggest(p, SHAREPOL_KIND_PARTY, "MODRN"), "MODERN");
    assert_string_equal(sharepol_suggest(p, SHAREPOL_KIND_CATEGORY, "vulnerabilites"),
                        "vulnerabilities");
    assert_string_equal(sharepol_suggest(p, SHAREPOL_KIND_CATEGORY, "reserach"), "research");
    assert_string_equal(sharepol_suggest(p, SHAREPOL_KIND_GROUP, "signatory"), "signatories");
    assert_string_equal(sharepol_suggest(p, SHAREPOL_KIND_SCOPE, "tlp-rde"), "tlp-red");
    assert_string_equal(sharepol_suggest(p, SHAREPOL_KIND_PURPOSE, "defense"), "defence");
    assert_null(sharepol_suggest(p, SHAREPOL_KIND_PARTY, "CISA"));      /* nothing close */
    assert_null(sharepol_suggest(p, SHAREPOL_KIND_PARTY, "METI"));      /* declared */
    assert_null(sharepol_suggest(p, SHAREPOL_KIND_PARTY, "research"));  /* another kind */
    assert_null(sharepol_suggest(p, SHAREPOL_KIND_RULE, "r1"));
    assert_null(sharepol_suggest(p, SHAREPOL_KIND_PARTY, NULL));
    assert_null(sharepol_suggest(NULL, SHAREPOL_KIND_PARTY, "MOD"));
    sharepol_policy_release(p);
}

/* An error is never an allow: bad ids give a status and a deny result. */
static void errors_fail_closed(void **state)
{
    (void)state;
    sharepol_policy *p = compile_ok(small);
    sharepol_query q = query_of(p, "c", "A", "B", 19875); /* 2024-06-01 */
    sharepol_result r;
    assert_int_equal(sharepol_decide(p, &q, &r), SHAREPOL_ALLOW);

    sharepol_query bad = q;
    bad.to = sharepol_party(p, "nobody");
    assert_int_equal(sharepol_decide(p, &bad, &r), SHAREPOL_EUNKNOWN);
    assert_int_equal(r.decision, SHAREPOL_DENY);
    assert_null(r.rule);

    bad = q;
    bad.originator = SHAREPOL_ID_UNKNOWN; /* never read as "not given" */
    assert_int_equal(sharepol_decide(p, &bad, &r), SHAREPOL_EUNKNOWN);
    bad = q;
    bad.from = 99;
    assert_int_equal(sharepol_decide(p, &bad, &r), SHAREPOL_EINVAL);
    bad = q;
    bad.category = SHAREPOL_ID_NONE;
    assert_int_equal(sharepol_decide(p, &bad, &r), SHAREPOL_EINVAL);
    bad = q;
    bad.date = -30000; /* before 1900 */
    assert_int_equal(sharepol_decide(p, &bad, &r), SHAREPOL_ERANGE);
    bad = q;
    sharepol_id aud[1] = { 0 };
    bad.audience = aud;
    bad.n_audience = 1;
    bad.scope = 0;
    assert_int_equal(sharepol_decide(p, &bad, &r), SHAREPOL_EINVAL);
    bad = q;
    sharepol_id *many = calloc(5000, sizeof *many);
    bad.consents = many;
    bad.n_consents = 5000;
    assert_int_equal(sharepol_decide(p, &bad, &r), SHAREPOL_ELIMIT);
    assert_int_equal(r.decision, SHAREPOL_DENY);
    free(many);
    bad = q;
    bad.consents = NULL;
    bad.n_consents = 2;
    assert_int_equal(sharepol_decide(p, &bad, &r), SHAREPOL_EINVAL);
    sharepol_policy_release(p);
}

/* Retained policies outlive the releases of other holders. */
static void retain_and_release(void **state)
{
    (void)state;
    sharepol_policy *p = compile_ok(small);
    sharepol_policy *q = sharepol_policy_retain(p);
    assert_ptr_equal(p, q);
    sharepol_policy_release(p);
    assert_int_equal(sharepol_party(q, "B"), 2); /* still alive */
    sharepol_policy_release(q);
}

/* The diagnostics list can be walked: severities, places, codes, notes. */
static void diagnostics_are_walkable(void **state)
{
    (void)state;
    const char *text = "party A;\nparty A;\ncategory c;\n";
    sharepol_policy *p = NULL;
    sharepol_diagnostics *d = NULL;
    assert_int_equal(sharepol_compile_string(&p, text, strlen(text), "w.spol", NULL, &d),
                     SHAREPOL_EPARSE);
    assert_null(p);
    assert_int_equal(sharepol_diagnostics_errors(d), 1);
    assert_int_equal(sharepol_diagnostics_count(d), 2);
    const sharepol_diagnostic *e = sharepol_diagnostics_get(d, 0);
    assert_int_equal(e->severity, SHAREPOL_SEVERITY_ERROR);
    assert_string_equal(e->code, "duplicate-name");
    assert_string_equal(e->file, "w.spol");
    assert_int_equal(e->line, 2);
    assert_int_equal(e->column, 7);
    assert_int_equal(e->end_line, 2);
    assert_int_equal(e->end_column, 7);
    const sharepol_diagnostic *n = sharepol_diagnostics_get(d, 1);
    assert_int_equal(n->severity, SHAREPOL_SEVERITY_NOTE);
    assert_int_equal(n->line, 1);
    assert_null(sharepol_diagnostics_get(d, 2));
    char *out = NULL;
    assert_int_equal(sharepol_diagnostics_render(&out, d, SHAREPOL_RENDER_COLOR), SHAREPOL_OK);
    assert_non_null(strstr(out, "\033[1;31merror[duplicate-name]:"));
    sharepol_string_free(out);
    /* the code goes with the severity; a note has none of its own */
    assert_int_equal(sharepol_diagnostics_render(&out, d, 0), SHAREPOL_OK);
    assert_non_null(strstr(out, "w.spol:2:7: error[duplicate-name]: 'A' is already declared\n"));
    assert_non_null(strstr(out, "w.spol:1:7: note: 'A' was first declared here"));
    sharepol_string_free(out);
    sharepol_diagnostics_free(d);
}

/* A byte that is not allowed is found wherever it is: the check reads
 * eight bytes at a time, so each offset of several words is tried, and the
 * diagnostic must point at that very column. */
static void bad_bytes_at_every_offset(void **state)
{
    (void)state;
    static const struct {
        const char *bytes, *code;
    } bad[] = {
        { "\x00", "nul-byte" },
        { "\x80", "encoding" },
        { "\xff", "encoding" },
        { "\xe2\x80\xae", "bidi-control" }, /* U+202E */
    };
    static const char line[] = "party MOD; # a comment of plain ASCII, long enough\n";
    const size_t first = 12; /* the comment's first byte after "# " */
    for (size_t b = 0; b < sizeof bad / sizeof bad[0]; b++) {
        size_t n = b == 0 ? 1 : strlen(bad[b].bytes);
        for (size_t at = first; at + n < sizeof line - 1; at++) {
            char text[sizeof line];
            memcpy(text, line, sizeof line);
            memcpy(text + at, bad[b].bytes, n);
            sharepol_policy *p = NULL;
            sharepol_diagnostics *d = NULL;
            assert_int_equal(sharepol_compile_string(&p, text, sizeof line - 1, NULL, NULL, &d),
                             SHAREPOL_EPARSE);
            const sharepol_diagnostic *e = sharepol_diagnostics_get(d, 0);
            assert_non_null(e);
            assert_string_equal(e->code, bad[b].code);
            assert_int_equal(e->line, 1);
            assert_int_equal(e->column, at + 1);
            sharepol_diagnostics_free(d);
        }
    }
}

/* Warnings do not stop compilation, unless asked; they can be silenced. */
static void warning_options(void **state)
{
    (void)state;
    const char *text = "party A; party B; category c; category unused; allow c from A to B;\n";
    sharepol_policy *p = NULL;
    sharepol_diagnostics *d = NULL;
    assert_int_equal(sharepol_compile_string(&p, text, strlen(text), NULL, NULL, &d), SHAREPOL_OK);
    assert_int_equal(sharepol_diagnostics_warnings(d), 2); /* unused, no tests */
    assert_string_equal(sharepol_diagnostics_get(d, 0)->file, "<string>");
    sharepol_diagnostics_free(d);
    sharepol_policy_release(p);

    sharepol_compile_options o = SHAREPOL_COMPILE_OPTIONS_INIT;
    o.flags = SHAREPOL_COMPILE_WERROR;
    assert_int_equal(sharepol_compile_string(&p, text, strlen(text), NULL, &o, &d), SHAREPOL_EPARSE);
    assert_null(p);
    sharepol_diagnostics_free(d);
    o.flags = SHAREPOL_COMPILE_NO_WARNINGS;
    assert_int_equal(sharepol_compile_string(&p, text, strlen(text), NULL, &o, &d), SHAREPOL_OK);
    assert_int_equal(sharepol_diagnostics_count(d), 0);
    sharepol_diagnostics_free(d);
    sharepol_policy_release(p);
    o.version = 99;
    assert_int_equal(sharepol_compile_string(&p, text, strlen(text), NULL, &o, NULL),
                     SHAREPOL_EINVAL);
}

/* Every option struct's version is checked the same way: 0 and a version
 * newer than the library are EINVAL with nothing handed out, the INIT
 * macro's version works. */
static void option_versions(void **state)
{
    (void)state;
    sharepol_policy *p = NULL;
    sharepol_diagnostics *d = NULL;
    assert_int_equal(sharepol_compile_string(&p, small, strlen(small), NULL, NULL, NULL),
                     SHAREPOL_OK);
    const unsigned bad[] = { 0, SHAREPOL_COMPILE_OPTIONS_VERSION + 1, 99 };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        sharepol_compile_options co = SHAREPOL_COMPILE_OPTIONS_INIT;
        co.version = bad[i];
        sharepol_policy *q = (sharepol_policy *)&co; /* must be set to NULL */
        d = (sharepol_diagnostics *)&co;
        assert_int_equal(sharepol_compile_string(&q, small, strlen(small), NULL, &co, &d),
                         SHAREPOL_EINVAL);
        assert_null(q);
        assert_null(d);
        char *text = (char *)&co;
        d = (sharepol_diagnostics *)&co;
        assert_int_equal(sharepol_format(&text, small, strlen(small), NULL, &co, &d),
                         SHAREPOL_EINVAL);
        assert_null(text);
        assert_null(d);
    }
    const unsigned bad_graph[] = { 0, SHAREPOL_GRAPH_OPTIONS_VERSION + 1, 99 };
    for (size_t i = 0; i < sizeof bad_graph / sizeof bad_graph[0]; i++) {
        sharepol_graph_options go = SHAREPOL_GRAPH_OPTIONS_INIT;
        go.version = bad_graph[i];
        char *dot = (char *)&go;
        assert_int_equal(sharepol_graph_dot(&dot, p, &go), SHAREPOL_EINVAL);
        assert_null(dot);
    }
    sharepol_compile_options co = SHAREPOL_COMPILE_OPTIONS_INIT;
    assert_int_equal(co.version, SHAREPOL_COMPILE_OPTIONS_VERSION);
    char *text = NULL;
    assert_int_equal(sharepol_format(&text, small, strlen(small), NULL, &co, NULL), SHAREPOL_OK);
    sharepol_string_free(text);
    sharepol_graph_options go = SHAREPOL_GRAPH_OPTIONS_INIT;
    assert_int_equal(go.version, SHAREPOL_GRAPH_OPTIONS_VERSION);
    char *dot = NULL;
    assert_int_equal(sharepol_graph_dot(&dot, p, &go), SHAREPOL_OK);
    sharepol_string_free(dot);
    sharepol_policy_release(p);
}

/* Files: a missing one is EIO naming it; a directory means its .spol files
 * in sorted order, which is the source order; a file reached twice is read
 * once. */
static void files_and_directories(void **state)
{
    (void)state;
    char dir[] = "/tmp/sharepol-api-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[256];
    snprintf(path, sizeof path, "%s/sub", dir);
    assert_int_equal(mkdir(path, 0700), 0);
    const char *files[][2] = {
        { "b.spol", "rule second allow c from A to B;\n" },
        { "a.spol", "party A; party B; category c;\nrule first allow c from A to B;\n" },
        { "sub/c.spol", "test \"t\" { expect c from A to B => allow; }\n" },
        { "notes.txt", "not a policy" },
    };
    for (size_t i = 0; i < 4; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, files[i][0]);
        FILE *f = fopen(path, "w");
        assert_non_null(f);
        fputs(files[i][1], f);
        fclose(f);
    }
    sharepol_policy *p = NULL;
    sharepol_diagnostics *d = NULL;
    const char *paths[] = { dir };
    assert_int_equal(sharepol_compile_files(&p, paths, 1, NULL, &d), SHAREPOL_OK);
    assert_string_equal(sharepol_rule(p, 0)->name, "first");
    assert_string_equal(sharepol_rule(p, 1)->name, "second");
    assert_int_equal(sharepol_test_count(p), 1);
    /* The sources in source order, with the bytes compiled, even after the
     * files change. */
    assert_int_equal(sharepol_source_count(p), 3);
    const size_t order[] = { 1, 0, 2 }; /* a.spol, b.spol, sub/c.spol */
    for (size_t i = 0; i < 3; i++) {
        const sharepol_source_info *src = sharepol_source(p, i);
        assert_non_null(src);
        snprintf(path, sizeof path, "%s/%s", dir, files[order[i]][0]);
        assert_string_equal(src->name, path);
        assert_int_equal(src->length, strlen(files[order[i]][1]));
        assert_memory_equal(src->text, files[order[i]][1], src->length);
        assert_int_equal(src->text[src->length], '\0');
    }
    assert_null(sharepol_source(p, 3));
    snprintf(path, sizeof path, "%s/a.spol", dir);
    FILE *rewritten = fopen(path, "w");
    assert_non_null(rewritten);
    fputs("party Z;\n", rewritten);
    fclose(rewritten);
    assert_memory_equal(sharepol_source(p, 0)->text, files[1][1], strlen(files[1][1]));
    sharepol_diagnostics_free(d);
    sharepol_policy_release(p);
    rewritten = fopen(path, "w"); /* as it was, for the cases below */
    assert_non_null(rewritten);
    fputs(files[1][1], rewritten);
    fclose(rewritten);

    /* A file reached twice, under any spelling, is read once, where it is
     * first reached: its declarations are not duplicates of themselves. */
    char again[3][256];
    snprintf(again[0], sizeof again[0], "%s/./b.spol", dir);
    snprintf(again[1], sizeof again[1], "%s/", dir);
    snprintf(again[2], sizeof again[2], "%s/sub/../a.spol", dir);
    const char *twice[] = { again[0], dir, again[1], again[2], dir };
    assert_int_equal(sharepol_compile_files(&p, twice, 5, NULL, &d), SHAREPOL_OK);
    assert_int_equal(sharepol_diagnostics_errors(d), 0);
    assert_int_equal(sharepol_count(p, SHAREPOL_KIND_RULE), 2);
    assert_string_equal(sharepol_rule(p, 0)->name, "second");
    assert_string_equal(sharepol_rule(p, 0)->file, again[0]);
    assert_string_equal(sharepol_rule(p, 1)->name, "first");
    assert_int_equal(sharepol_test_count(p), 1);
    sharepol_diagnostics_free(d);
    sharepol_policy_release(p);

    const char *missing[] = { "/nonexistent/x.spol" };
    assert_int_equal(sharepol_compile_files(&p, missing, 1, NULL, &d), SHAREPOL_EIO);
    assert_null(p);
    assert_string_equal(sharepol_diagnostics_get(d, 0)->file, "/nonexistent/x.spol");
    assert_string_equal(sharepol_diagnostics_get(d, 0)->code, "io");
    sharepol_diagnostics_free(d);

    sharepol_compile_options o = SHAREPOL_COMPILE_OPTIONS_INIT;
    o.limits.max_file_size = 10;
    assert_int_equal(sharepol_compile_files(&p, paths, 1, &o, &d), SHAREPOL_ELIMIT);
    sharepol_diagnostics_free(d);

    for (size_t i = 0; i < 4; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, files[i][0]);
        unlink(path);
    }
    snprintf(path, sizeof path, "%s/sub", dir);
    rmdir(path);
    rmdir(dir);
}

/* A text in memory is one source, under the name given or "<string>", its
 * bytes as given (a byte-order mark too); NULL and out of range say NULL. */
static void sources_of_a_string(void **state)
{
    (void)state;
    static const char text[] = "\xef\xbb\xbfparty A;\n";
    sharepol_policy *p = NULL;
    assert_int_equal(sharepol_compile_string(&p, text, sizeof text - 1, "mem.spol", NULL, NULL),
                     SHAREPOL_OK);
    assert_int_equal(sharepol_source_count(p), 1);
    assert_string_equal(sharepol_source(p, 0)->name, "mem.spol");
    assert_int_equal(sharepol_source(p, 0)->length, sizeof text - 1);
    assert_memory_equal(sharepol_source(p, 0)->text, text, sizeof text - 1);
    assert_null(sharepol_source(p, 1));
    assert_null(sharepol_source(p, (size_t)-1));
    sharepol_policy_release(p);

    assert_int_equal(sharepol_compile_string(&p, "", 0, NULL, NULL, NULL), SHAREPOL_OK);
    assert_int_equal(sharepol_source_count(p), 1);
    assert_string_equal(sharepol_source(p, 0)->name, "<string>");
    assert_int_equal(sharepol_source(p, 0)->length, 0);
    assert_string_equal(sharepol_source(p, 0)->text, "");
    sharepol_policy_release(p);

    assert_int_equal(sharepol_source_count(NULL), 0);
    assert_null(sharepol_source(NULL, 0));
}

/* Queries in the language's syntax: syntax errors, undeclared names with a
 * suggestion, names of the wrong kind. */
static void parsing_queries(void **state)
{
    (void)state;
    sharepol_policy *p = compile_ok(small);
    sharepol_parsed_query *pq = NULL;
    sharepol_diagnostics *d = NULL;
    const char *ok = "d from A1 to B originator A scope {A, B} purpose p at 2024-06-01 consent B";
    assert_int_equal(sharepol_query_parse(&pq, p, ok, strlen(ok), &d), SHAREPOL_OK);
    const sharepol_query *q = sharepol_parsed_query_get(pq);
    assert_int_equal(q->from, 1);
    assert_int_equal(q->n_audience, 2);
    assert_int_equal(q->n_consents, 1);
    sharepol_parsed_query_free(pq);
    sharepol_diagnostics_free(d);

    const char *typo = "c from A to Bb";
    assert_int_equal(sharepol_query_parse(&pq, p, typo, strlen(typo), &d), SHAREPOL_EUNKNOWN);
    assert_null(pq);
    assert_string_equal(sharepol_diagnostics_get(d, 0)->code, "undefined-name");
    assert_int_equal(sharepol_diagnostics_get(d, 0)->column, 13);
    assert_string_equal(sharepol_diagnostics_get(d, 1)->message, "did you mean 'B'?");
    sharepol_diagnostics_free(d);

    const char *kind = "c from g to B";
    assert_int_equal(sharepol_query_parse(&pq, p, kind, strlen(kind), &d), SHAREPOL_EKIND);
    sharepol_diagnostics_free(d);
    const char *syntax = "c from A B";
    assert_int_equal(sharepol_query_parse(&pq, p, syntax, strlen(syntax), &d), SHAREPOL_EPARSE);
    sharepol_diagnostics_free(d);
    const char *twice = "c from A to B at 2024-01-01 at 2024-01-02";
    assert_int_equal(sharepol_query_parse(&pq, p, twice, strlen(twice), &d), SHAREPOL_EPARSE);
    sharepol_diagnostics_free(d);

    /* a query ends where its text does: not at the end of a file */
    const char *extra = "c from A to B extra";
    assert_int_equal(sharepol_query_parse(&pq, p, extra, strlen(extra), &d), SHAREPOL_EPARSE);
    assert_non_null(strstr(sharepol_diagnostics_get(d, 0)->message, "expected end of the query"));
    sharepol_diagnostics_free(d);
    /* a label written as on a marking: what a name is, and which there are
     * (tests/cli/query-scope-colon.t shows the "did you mean") */
    const char *label = "c from A to B scope S:x";
    assert_int_equal(sharepol_query_parse(&pq, p, label, strlen(label), &d), SHAREPOL_EPARSE);
    assert_int_equal(sharepol_diagnostics_count(d), 3);
    assert_string_equal(sharepol_diagnostics_get(d, 0)->code, "unexpected-character");
    assert_string_equal(sharepol_diagnostics_get(d, 1)->message,
                        "scope names are declared names like 's-x'; ':' is not part of a name");
    assert_string_equal(sharepol_diagnostics_get(d, 2)->message,
                        "the policy declares the scope 's'");
    assert_int_equal(sharepol_diagnostics_get(d, 2)->column, 21);
    sharepol_diagnostics_free(d);
    const char *none = "c from A to B scope TLP-RED";
    assert_int_equal(sharepol_query_parse(&pq, p, none, strlen(none), &d), SHAREPOL_EUNKNOWN);
    assert_string_equal(sharepol_diagnostics_get(d, 1)->message,
                        "the policy declares the scope 's'");
    sharepol_diagnostics_free(d);
    sharepol_policy_release(p);
}

/* An explanation names the deciding rule and its place; a deny by default
 * names the closest rules and what failed. */
static void explanations(void **state)
{
    (void)state;
    sharepol_policy *p = compile_ok(small);
    sharepol_parsed_query *pq = NULL;
    const char *text = "c from B to A at 2024-06-01";
    assert_int_equal(sharepol_query_parse(&pq, p, text, strlen(text), NULL), SHAREPOL_OK);
    sharepol_explanation *ex = NULL;
    assert_int_equal(sharepol_explain(&ex, p, sharepol_parsed_query_get(pq)), SHAREPOL_DENY);
    const char *t = sharepol_explanation_text(ex);
    assert_non_null(strstr(t, "no rule allows this transfer"));
    assert_non_null(strstr(t, "allow r1 \"first\" (t.spol:3:35)"));
    assert_non_null(strstr(t, "sender B is not in 'from A'"));
    assert_null(sharepol_explanation_residual(ex));
    assert_null(sharepol_explanation_result(ex)->rule);
    sharepol_explanation_free(ex);
    sharepol_parsed_query_free(pq);

    text = "c from A to B at 2023-06-01";
    assert_int_equal(sharepol_query_parse(&pq, p, text, strlen(text), NULL), SHAREPOL_OK);
    assert_int_equal(sharepol_explain(&ex, p, sharepol_parsed_query_get(pq)), SHAREPOL_DENY);
    assert_non_null(strstr(sharepol_explanation_text(ex), "agreement ag is not yet in force"));
    sharepol_explanation_free(ex);
    sharepol_parsed_query_free(pq);
    sharepol_policy_release(p);
}

/* The rules that apply, whatever their kind, in source order. */
static void applying_rules(void **state)
{
    (void)state;
    sharepol_policy *p = compile_ok(small);
    sharepol_parsed_query *pq = NULL;
    const char *text = "d from A1 to B at 2024-06-01";
    assert_int_equal(sharepol_query_parse(&pq, p, text, strlen(text), NULL), SHAREPOL_OK);
    size_t rules[4];
    assert_int_equal(sharepol_applying_rules(p, sharepol_parsed_query_get(pq), rules, 4), 2);
    assert_int_equal(rules[0], 0);
    assert_int_equal(rules[1], 1);
    assert_int_equal(sharepol_applying_rules(p, sharepol_parsed_query_get(pq), NULL, 0), 2);
    assert_int_equal(sharepol_decide(p, sharepol_parsed_query_get(pq), NULL), SHAREPOL_DENY);
    sharepol_parsed_query_free(pq);
    sharepol_policy_release(p);
}

/* The dump of the rule graph: names, the lowered rules, the same text
 * every time, labels escaped so they cannot drive a terminal. */
static void dumping_the_graph(void **state)
{
    (void)state;
    char *text = (char *)"unchanged";
    assert_int_equal(sharepol_policy_dump(&text, NULL), SHAREPOL_EINVAL);
    assert_null(text);
    sharepol_policy *p = compile_ok("party A \"\\u{1b}[31mred\";\n"
                                    "party A1 in A;\n"
                                    "party B;\n"
                                    "category c;\n"
                                    "rule r allow c from A to B with consent of 2 of {A, A1, B}\n"
                                    "  when not not before 2025-01-01;\n");
    assert_int_equal(sharepol_policy_dump(NULL, p), SHAREPOL_EINVAL);
    char *again = NULL;
    assert_int_equal(sharepol_policy_dump(&text, p), SHAREPOL_OK);
    assert_int_equal(sharepol_policy_dump(&again, p), SHAREPOL_OK);
    assert_string_equal(text, again);
    assert_non_null(strstr(text, "  A #0 \"\\x1b[31mred\": [0, 2), organisation\n"));
    assert_non_null(strstr(text, "    A1 #1: [1, 2), in A\n"));
    assert_non_null(strstr(text, "    consent of\n      2 of {A, A1, B}\n"));
    assert_non_null(strstr(text, "    when\n      before 2025-01-01\n"));
    assert_non_null(strstr(text, "  key from org A: 1 category in 2 slots\n    c\n"
                                 "      r [to in B by root]\n"));
    assert_null(strchr(text, '\x1b'));
    sharepol_string_free(text);
    sharepol_string_free(again);
    sharepol_policy_release(p);

    /* an unnamed rule is called FILE:LINE, and a file name may hold anything */
    const char *unnamed = "party A;\ncategory c;\nallow c from A to A;\n";
    assert_int_equal(sharepol_compile_string(&p, unnamed, strlen(unnamed), "\x1b[2J.spol",
                                             NULL, NULL),
                     SHAREPOL_OK);
    assert_int_equal(sharepol_policy_dump(&text, p), SHAREPOL_OK);
    assert_non_null(strstr(text, "  rule #0 \\x1b[2J.spol:3 at \\x1b[2J.spol:3:1\n"));
    assert_non_null(strstr(text, "      \\x1b[2J.spol:3 [to in A by root]\n"));
    assert_null(strchr(text, '\x1b'));
    sharepol_string_free(text);
    sharepol_policy_release(p);
}

/* More applying rules than the array holds: the count is all of them, the
 * array gets the first cap in source order and nothing past it, and an
 * error writes nothing. */
static void applying_rules_past_cap(void **state)
{
    (void)state;
    sharepol_policy *p = compile_ok(small);
    sharepol_query q = query_of(p, "d", "A1", "B", 19875); /* 2024-06-01 */
    size_t rules[3] = { 77, 77, 77 };
    assert_int_equal(sharepol_applying_rules(p, &q, rules, 1), 2);
    assert_int_equal(rules[0], 0);
    assert_int_equal(rules[1], 77);
    assert_int_equal(sharepol_applying_rules(p, &q, NULL, 1), SHAREPOL_EINVAL);
    assert_int_equal(sharepol_applying_rules(NULL, &q, rules, 3), SHAREPOL_EINVAL);
    sharepol_query bad = q;
    bad.from = SHAREPOL_ID_UNKNOWN;
    rules[0] = 77;
    assert_int_equal(sharepol_applying_rules(p, &bad, rules, 3), SHAREPOL_EUNKNOWN);
    bad = q;
    bad.date = -30000; /* 1887 */
    assert_int_equal(sharepol_applying_rules(p, &bad, rules, 3), SHAREPOL_ERANGE);
    bad = q;
    static sharepol_id many[4097];
    bad.consents = many;
    bad.n_consents = 4097;
    assert_int_equal(sharepol_applying_rules(p, &bad, rules, 3), SHAREPOL_ELIMIT);
    assert_int_equal(rules[0], 77);
    sharepol_policy_release(p);
}

/* sharepol_residual_new: EINVAL for NULLs, for an answer that is not needs
 * consent and for a query that no longer decides so; the errors of deciding
 * again; *out NULL after every failure. */
static void residual_new_statuses(void **state)
{
    (void)state;
    static const char text[] =
        "party A; party B; party C; category c;\n"
        "rule r allow c from A to B with consent of C;\n";
    sharepol_policy *p = compile_ok(text);
    sharepol_id c = sharepol_party(p, "C");
    sharepol_query q = query_of(p, "c", "A", "B", 20000);
    sharepol_result r;
    assert_int_equal(sharepol_decide(p, &q, &r), SHAREPOL_NEEDS_CONSENT);
    sharepol_residual *res = (sharepol_residual *)&q; /* must be set to NULL */
    assert_int_equal(sharepol_residual_new(NULL, p, &q, &r), SHAREPOL_EINVAL);
    assert_int_equal(sharepol_residual_new(&res, NULL, &q, &r), SHAREPOL_EINVAL);
    assert_null(res);
    assert_int_equal(sharepol_residual_new(&res, p, NULL, &r), SHAREPOL_EINVAL);
    assert_int_equal(sharepol_residual_new(&res, p, &q, NULL), SHAREPOL_EINVAL);
    /* the query changed: C has consented, so it is an allow now */
    sharepol_query changed = q;
    changed.consents = &c;
    changed.n_consents = 1;
    res = (sharepol_residual *)&q;
    assert_int_equal(sharepol_residual_new(&res, p, &changed, &r), SHAREPOL_EINVAL);
    assert_null(res);
    /* the result names another rule */
    sharepol_result other = r;
    other.rule_index = 5;
    assert_int_equal(sharepol_residual_new(&res, p, &q, &other), SHAREPOL_EINVAL);
    /* deciding again fails as sharepol_decide does */
    changed = q;
    changed.from = SHAREPOL_ID_UNKNOWN;
    res = (sharepol_residual *)&q;
    assert_int_equal(sharepol_residual_new(&res, p, &changed, &r), SHAREPOL_EUNKNOWN);
    assert_null(res);
    changed = q;
    changed.date = 3000000; /* after 9999 */
    assert_int_equal(sharepol_residual_new(&res, p, &changed, &r), SHAREPOL_ERANGE);
    changed = q;
    changed.to = 99;
    assert_int_equal(sharepol_residual_new(&res, p, &changed, &r), SHAREPOL_EINVAL);
    assert_int_equal(sharepol_residual_new(&res, p, &q, &r), SHAREPOL_OK);
    assert_string_equal(sharepol_residual_text(res), "C");
    sharepol_residual_free(res);
    sharepol_policy_release(p);
}

/* Dates: real calendar dates, 1900 to 9999, round trip. */
static void dates(void **state)
{
    (void)state;
    int32_t d;
    assert_int_equal(sharepol_date_parse(&d, "1970-01-01"), SHAREPOL_OK);
    assert_int_equal(d, 0);
    assert_int_equal(sharepol_date_parse(&d, "2024-02-29"), SHAREPOL_OK);
    assert_int_equal(sharepol_date_parse(&d, "2025-02-29"), SHAREPOL_EINVAL);
    assert_int_equal(sharepol_date_parse(&d, "2025-13-01"), SHAREPOL_EINVAL);
    assert_int_equal(sharepol_date_parse(&d, "1899-12-31"), SHAREPOL_ERANGE);
    assert_int_equal(sharepol_date_parse(&d, "2025-1-01"), SHAREPOL_EINVAL);
    assert_int_equal(sharepol_date_parse(&d, "2025-01-011"), SHAREPOL_EINVAL);
    char buf[11];
    assert_int_equal(sharepol_date_parse(&d, "9999-12-31"), SHAREPOL_OK);
    assert_int_equal(sharepol_date_format(buf, d), SHAREPOL_OK);
    assert_string_equal(buf, "9999-12-31");
    assert_int_equal(sharepol_date_format(buf, d + 1), SHAREPOL_ERANGE);
    assert_true(sharepol_date_today() > 20000);
}

/* Test blocks run through the library, residuals compared as expressions. */
static void running_expectations(void **state)
{
    (void)state;
    sharepol_policy *p = compile_ok(
        "party A; party B; party C; group g = A, B, C; category c;\n"
        "rule r allow c from * to * with consent of all of g;\n"
        "test \"t\" at 2025-01-01 {\n"
        "  expect c from A to C => needs consent of C and B;\n"
        "  expect c from A to C => needs consent of (B and C) or (C and B);\n"
        "  expect c from A to C => needs consent of B;\n"
        "  expect c from A to C consent B => needs consent;\n"
        "}\n");
    assert_int_equal(sharepol_test_count(p), 1);
    const sharepol_test_info *t = sharepol_test(p, 0);
    assert_int_equal(t->n_expectations, 4);
    int expected[] = { 1, 1, 0, 1 };
    for (size_t i = 0; i < 4; i++) {
        int passed = -1;
        assert_int_equal(sharepol_expectation_run(p, t->first + i, NULL, &passed), SHAREPOL_OK);
        assert_int_equal(passed, expected[i]);
    }
    assert_string_equal(sharepol_expectation_get(p, 2)->expected_residual, "B");
    assert_int_equal(sharepol_expectation_run(p, 4, NULL, NULL), SHAREPOL_EINVAL);
    sharepol_policy_release(p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(version_matches_header),
        cmocka_unit_test(every_status_has_a_text),
        cmocka_unit_test(every_decision_has_a_name),
        cmocka_unit_test(null_is_safe),
        cmocka_unit_test(ids_are_interned_by_kind),
        cmocka_unit_test(suggestions),
        cmocka_unit_test(errors_fail_closed),
        cmocka_unit_test(retain_and_release),
        cmocka_unit_test(diagnostics_are_walkable),
        cmocka_unit_test(bad_bytes_at_every_offset),
        cmocka_unit_test(warning_options),
        cmocka_unit_test(option_versions),
        cmocka_unit_test(files_and_directories),
        cmocka_unit_test(sources_of_a_string),
        cmocka_unit_test(parsing_queries),
        cmocka_unit_test(explanations),
        cmocka_unit_test(applying_rules),
        cmocka_unit_test(dumping_the_graph),
        cmocka_unit_test(applying_rules_past_cap),
        cmocka_unit_test(residual_new_statuses),
        cmocka_unit_test(dates),
        cmocka_unit_test(running_expectations),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
