/* test_symbols.c — sharepol_symbols_new and sharepol_compile_texts: every
 * declaration and every written name with its place, across files, in
 * texts with errors too; places in characters under Japanese labels. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"

static sharepol_symbols *symbols_of(const sharepol_text *texts, size_t n)
{
    sharepol_symbols *s = NULL;
    assert_int_equal(sharepol_symbols_new(&s, texts, n, NULL), SHAREPOL_OK);
    assert_non_null(s);
    return s;
}

static const sharepol_symbol *symbol(const sharepol_symbols *s, const char *name)
{
    long i = sharepol_symbols_find(s, name);
    assert_true(i >= 0);
    return sharepol_symbols_get(s, (size_t)i);
}

/* How many times name is written, and how many of those declare it. */
static void count_refs(const sharepol_symbols *s, const char *name, size_t *uses,
                       size_t *decls)
{
    *uses = *decls = 0;
    for (size_t i = 0; i < sharepol_references_count(s); i++) {
        const sharepol_reference *r = sharepol_references_get(s, i);
        if (strcmp(r->name, name) != 0)
            continue;
        (*uses)++;
        *decls += (size_t)r->is_declaration;
    }
}

static const char parties[] =
    "party MOD \"防衛省\";\n"
    "party SDF \"自衛隊\" in MOD;\n"
    "party IPA;\n";

static const char rules[] =
    "group signatories \"署名者\" = MOD, IPA except SDF;\n"
    "category threat \"脅威\";\n"
    "category vulns \"脆弱性\" in threat;\n"
    "scope tlp-red = signatories;\n"
    "agreement pact \"協定\" {\n"
    "  parties signatories;\n"
    "  rule r1 \"第3条\" allow vulns from signatories to   IPA  # why\n"
    "    when marked tlp-red;\n"
    "}\n";

/* Declarations of both files, with kinds, labels, in-lists and sets. */
static void declarations_across_files(void **state)
{
    (void)state;
    sharepol_text texts[] = { { "parties.spol", parties, strlen(parties) },
                              { "rules.spol", rules, strlen(rules) } };
    sharepol_symbols *s = symbols_of(texts, 2);
    assert_int_equal(sharepol_symbols_count(s), 9);
    const sharepol_symbol *sdf = symbol(s, "SDF");
    assert_int_equal(sdf->kind, SHAREPOL_KIND_PARTY);
    assert_string_equal(sdf->kind_name, "party");
    assert_string_equal(sdf->label, "自衛隊");
    assert_int_equal(sdf->n_parents, 1);
    assert_string_equal(sdf->parents[0], "MOD");
    assert_string_equal(sdf->name_span.file, "parties.spol");
    const sharepol_symbol *g = symbol(s, "signatories");
    assert_int_equal(g->kind, SHAREPOL_KIND_GROUP);
    assert_int_equal(g->n_members, 2);
    assert_string_equal(g->members[1], "IPA");
    assert_int_equal(g->n_excepts, 1);
    assert_string_equal(g->excepts[0], "SDF");
    assert_int_equal(symbol(s, "tlp-red")->n_members, 1);
    const sharepol_symbol *r1 = symbol(s, "r1");
    assert_int_equal(r1->kind, SHAREPOL_KIND_RULE);
    assert_string_equal(r1->agreement, "pact");
    /* One line, comments and runs of spaces made one space. */
    assert_string_equal(r1->text, "rule r1 \"第3条\" allow vulns from signatories to IPA "
                                  "when marked tlp-red;");
    assert_null(symbol(s, "MOD")->agreement);
    assert_int_equal(sharepol_symbols_find(s, "nobody"), -1);
    assert_int_equal(sharepol_symbols_find(s, NULL), -1);
    assert_null(sharepol_symbols_get(s, 9));
    sharepol_symbols_free(s);
}

/* Places count characters, not bytes, after a Japanese label. */
static void places_in_characters(void **state)
{
    (void)state;
    sharepol_text texts[] = { { "rules.spol", rules, strlen(rules) } };
    sharepol_symbols *s = symbols_of(texts, 1);
    const sharepol_symbol *g = symbol(s, "signatories");
    assert_int_equal(g->name_span.line, 1);
    assert_int_equal(g->name_span.column, 7);
    assert_int_equal(g->name_span.end_column, 18);
    assert_int_equal(g->name_span.start, 6);
    assert_int_equal(g->name_span.end, 17);
    /* `MOD` after `"署名者" = `: column 27 in characters, byte 32. */
    for (size_t i = 0; i < sharepol_references_count(s); i++) {
        const sharepol_reference *r = sharepol_references_get(s, i);
        if (strcmp(r->name, "MOD") == 0) {
            assert_int_equal(r->span.line, 1);
            assert_int_equal(r->span.column, 27);
            assert_int_equal(r->span.start, 32);
            assert_int_equal(r->symbol, -1);  /* declared in the other file */
            assert_false(r->is_declaration);
        }
    }
    assert_int_equal(g->span.start, 0);
    assert_int_equal(rules[g->span.end - 1], ';');
    sharepol_symbols_free(s);
}

/* Each use and the declaration of a name, across files. */
static void references_name_their_symbol(void **state)
{
    (void)state;
    sharepol_text texts[] = { { "parties.spol", parties, strlen(parties) },
                              { "rules.spol", rules, strlen(rules) } };
    sharepol_symbols *s = symbols_of(texts, 2);
    size_t uses, decls;
    count_refs(s, "signatories", &uses, &decls);
    assert_int_equal(uses, 4);
    assert_int_equal(decls, 1);
    count_refs(s, "IPA", &uses, &decls);
    assert_int_equal(uses, 3);
    assert_int_equal(decls, 1);
    long ipa = sharepol_symbols_find(s, "IPA");
    for (size_t i = 0; i < sharepol_references_count(s); i++) {
        const sharepol_reference *r = sharepol_references_get(s, i);
        assert_true(r->symbol >= 0);  /* every name here is declared */
        if (strcmp(r->name, "IPA") == 0)
            assert_int_equal(r->symbol, ipa);
    }
    assert_null(sharepol_references_get(s, sharepol_references_count(s)));
    sharepol_symbols_free(s);
}

/* A file with a syntax error and an undefined name still has the symbols
 * of every statement the parser could read. */
static void symbols_of_a_broken_file(void **state)
{
    (void)state;
    static const char broken[] =
        "party A;\n"
        "party B in ;\n"             /* a syntax error */
        "group G = A, C;\n"          /* C is not declared */
        "category x;\n"
        "allow x from G to A\n";     /* unfinished */
    sharepol_text texts[] = { { "broken.spol", broken, strlen(broken) } };
    sharepol_symbols *s = symbols_of(texts, 1);
    assert_true(sharepol_symbols_find(s, "A") >= 0);
    assert_true(sharepol_symbols_find(s, "G") >= 0);
    assert_true(sharepol_symbols_find(s, "x") >= 0);
    bool saw_c = false;
    for (size_t i = 0; i < sharepol_references_count(s); i++) {
        const sharepol_reference *r = sharepol_references_get(s, i);
        if (strcmp(r->name, "C") == 0) {
            saw_c = true;
            assert_int_equal(r->symbol, -1);
            assert_int_equal(r->span.line, 3);
            assert_int_equal(r->span.column, 14);
        }
    }
    assert_true(saw_c);
    /* The compiler reports the errors of the same text. */
    sharepol_policy *p = NULL;
    assert_int_equal(sharepol_compile_texts(&p, texts, 1, NULL, NULL), SHAREPOL_EPARSE);
    assert_null(p);
    sharepol_symbols_free(s);
}

/* A name declared twice: a symbol per declaration, uses name the first. */
static void duplicate_declarations(void **state)
{
    (void)state;
    static const char dup[] = "party A;\nparty A;\ngroup G = A;\n";
    sharepol_text texts[] = { { NULL, dup, strlen(dup) } };
    sharepol_symbols *s = symbols_of(texts, 1);
    assert_int_equal(sharepol_symbols_count(s), 3);
    size_t uses, decls;
    count_refs(s, "A", &uses, &decls);
    assert_int_equal(uses, 3);
    assert_int_equal(decls, 2);
    const sharepol_reference *second = sharepol_references_get(s, 1);
    assert_true(second->is_declaration);
    assert_int_equal(second->symbol, 1);
    assert_string_equal(second->span.file, "<string>");
    assert_int_equal(sharepol_references_get(s, 3)->symbol, 0);
    sharepol_symbols_free(s);
}

/* Bad arguments, no texts, and a long declaration cut at a character. */
static void edges(void **state)
{
    (void)state;
    sharepol_symbols *s = NULL;
    assert_int_equal(sharepol_symbols_new(NULL, NULL, 0, NULL), SHAREPOL_EINVAL);
    sharepol_text bad = { "x", NULL, 3 };
    assert_int_equal(sharepol_symbols_new(&s, &bad, 1, NULL), SHAREPOL_EINVAL);
    assert_null(s);
    sharepol_compile_options o = SHAREPOL_COMPILE_OPTIONS_INIT;
    o.version = 99;
    assert_int_equal(sharepol_symbols_new(&s, NULL, 0, &o), SHAREPOL_EINVAL);
    assert_int_equal(sharepol_symbols_new(&s, NULL, 0, NULL), SHAREPOL_OK);
    assert_int_equal(sharepol_symbols_count(s), 0);
    assert_int_equal(sharepol_references_count(s), 0);
    sharepol_symbols_free(s);
    sharepol_symbols_free(NULL);
    assert_int_equal(sharepol_symbols_count(NULL), 0);

    char label[1200] = "party P \"";
    for (int i = 0; i < 200; i++)
        strcat(label, "脅");  /* 3 bytes each: 400 falls inside one */
    strcat(label, "\";");
    sharepol_text t = { "long.spol", label, strlen(label) };
    s = symbols_of(&t, 1);
    const char *text = sharepol_symbols_get(s, 0)->text;
    size_t n = strlen(text);
    assert_true(n <= 403);
    assert_string_equal(text + n - 3, "...");
    assert_int_equal((n - 3 - 9) % 3, 0);  /* whole characters only */
    sharepol_symbols_free(s);
}

/* A text over the size limit is left out; the others still count. */
static void text_over_a_limit(void **state)
{
    (void)state;
    sharepol_text texts[] = { { "big.spol", rules, strlen(rules) },
                              { "parties.spol", parties, strlen(parties) } };
    sharepol_compile_options o = SHAREPOL_COMPILE_OPTIONS_INIT;
    o.limits.max_file_size = 100;  /* parties fits, rules does not */
    sharepol_symbols *s = NULL;
    assert_int_equal(sharepol_symbols_new(&s, texts, 2, &o), SHAREPOL_OK);
    assert_int_equal(sharepol_symbols_count(s), 3);
    assert_true(sharepol_symbols_find(s, "IPA") >= 0);
    assert_int_equal(sharepol_symbols_find(s, "signatories"), -1);
    sharepol_symbols_free(s);
}

/* compile_texts: one set of several texts, in order, within the limits. */
static void compile_texts(void **state)
{
    (void)state;
    sharepol_text texts[] = { { "parties.spol", parties, strlen(parties) },
                              { "rules.spol", rules, strlen(rules) } };
    sharepol_policy *p = NULL;
    sharepol_diagnostics *d = NULL;
    assert_int_equal(sharepol_compile_texts(&p, texts, 2, NULL, &d), SHAREPOL_OK);
    assert_int_equal(sharepol_kind_of(p, "SDF"), SHAREPOL_KIND_PARTY);
    assert_int_equal(sharepol_kind_of(p, "r1"), SHAREPOL_KIND_RULE);
    assert_string_equal(sharepol_rule(p, 0)->file, "rules.spol");
    sharepol_policy_release(p);
    sharepol_diagnostics_free(d);

    assert_int_equal(sharepol_compile_texts(&p, texts, 0, NULL, NULL), SHAREPOL_EINVAL);
    assert_int_equal(sharepol_compile_texts(NULL, texts, 2, NULL, NULL), SHAREPOL_EINVAL);
    sharepol_compile_options o = SHAREPOL_COMPILE_OPTIONS_INIT;
    o.limits.max_files = 1;
    assert_int_equal(sharepol_compile_texts(&p, texts, 2, &o, &d), SHAREPOL_ELIMIT);
    assert_null(p);
    assert_non_null(strstr(sharepol_diagnostics_get(d, 0)->message, "too many files"));
    sharepol_diagnostics_free(d);
    o.limits.max_files = 0;
    o.limits.max_file_size = 10;
    assert_int_equal(sharepol_compile_texts(&p, texts, 2, &o, NULL), SHAREPOL_ELIMIT);
}

/* The reserved words, for completion. */
static void keywords(void **state)
{
    (void)state;
    size_t n = 0;
    bool allow = false, consent = false;
    for (; sharepol_keyword(n); n++) {
        allow = allow || strcmp(sharepol_keyword(n), "allow") == 0;
        consent = consent || strcmp(sharepol_keyword(n), "consent") == 0;
    }
    assert_true(n > 30);
    assert_true(allow && consent);
    assert_null(sharepol_keyword(n));
    assert_null(sharepol_keyword((size_t)-1));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(declarations_across_files),
        cmocka_unit_test(places_in_characters),
        cmocka_unit_test(references_name_their_symbol),
        cmocka_unit_test(symbols_of_a_broken_file),
        cmocka_unit_test(duplicate_declarations),
        cmocka_unit_test(edges),
        cmocka_unit_test(text_over_a_limit),
        cmocka_unit_test(compile_texts),
        cmocka_unit_test(keywords),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
