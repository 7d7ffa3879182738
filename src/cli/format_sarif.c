/* format_sarif.c — a check or test report (the JSON document of
 * report_check.c or report_test.c) as a SARIF 2.1.0 log, for code-scanning
 * services: each diagnostic, failed expectation and unreached rule is a
 * result at its place, and each code of docs/errors.md a rule
 * (docs/formats.md, "SARIF"). */
#include <stdlib.h>
#include <string.h>

#include "error_codes.h"
#include "format.h"

#define SARIF_SCHEMA \
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

/* {"text": ...} */
static json_t *message(json_t *text)
{
    json_t *m = json_object();
    json_object_set_new(m, "text", text);
    return m;
}

static json_t *message_of(const char *text)
{
    return message(cli_json_string(text));
}

/* Every code of errors.md with its summary. */
static const struct code_summary {
    const char *code, *summary;
} codes[] = {
#define X(code, summary) { code, summary },
    CLI_ERROR_CODES(X)
#undef X
};

#define N_CODES (sizeof codes / sizeof codes[0])

/* The rule of a code, described from the table. */
static json_t *rule_of(const char *code)
{
    const char *summary = "A finding of sharepol.";
    for (size_t i = 0; i < N_CODES; i++)
        if (strcmp(codes[i].code, code) == 0)
            summary = codes[i].summary;
    json_t *rule = json_object();
    char help[600];
    snprintf(help, sizeof help, "%s See docs/errors.md, section '%.100s'.", summary, code);
    json_object_set_new(rule, "id", cli_json_string(code));
    json_object_set_new(rule, "shortDescription", message_of(summary));
    json_object_set_new(rule, "help", message_of(help));
#ifdef SHAREPOL_DOCS_URL
    char uri[600];
    snprintf(uri, sizeof uri, "%s/errors.md#%.100s", SHAREPOL_DOCS_URL, code);
    json_object_set_new(rule, "helpUri", json_string(uri));
#endif
    return rule;
}

/* The index of code's rule in the driver's rules, adding the rule the first
 * time: a log describes the codes its results use, in order of first use. */
static size_t rule_index(json_t *rules, const char *code)
{
    size_t i;
    const json_t *rule;
    json_array_foreach(rules, i, rule) {
        const char *id = json_string_value(json_object_get(rule, "id"));
        if (id && strcmp(id, code) == 0)
            return i;
    }
    json_array_append_new(rules, rule_of(code));
    return json_array_size(rules) - 1;
}

/* A file name as a URI reference: relative names stay relative (to where
 * sharepol ran), absolute ones become file: URIs; every byte but the
 * unreserved ones and '/' is percent-encoded. */
static json_t *uri_of(const char *file)
{
    static const char hex[] = "0123456789ABCDEF";
    size_t n = strlen(file);
    char *uri = malloc(3 * n + 8);
    if (!uri) {
        cli_json_fail();
        return NULL;
    }
    size_t at = 0;
    if (file[0] == '/') {
        memcpy(uri, "file://", 7);
        at = 7;
    }
    for (const unsigned char *p = (const unsigned char *)file; *p; p++) {
        if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
            strchr("-._~/", *p)) {
            uri[at++] = (char)*p;
        } else {
            uri[at++] = '%';
            uri[at++] = hex[*p >> 4];
            uri[at++] = hex[*p & 15];
        }
    }
    uri[at] = '\0';
    json_t *j = json_string(uri);
    free(uri);
    return j;
}

/* A location object of the report as a SARIF location, with `text` (taken;
 * may be NULL) as its message; NULL when there is neither a file nor a
 * text. */
static json_t *location(const json_t *loc, json_t *text)
{
    const char *file = json_string_value(json_object_get(loc, "file"));
    if (!file && !text)
        return NULL;
    json_t *l = json_object();
    if (file) {
        json_t *artifact = json_object();
        json_object_set_new(artifact, "uri", uri_of(file));
        json_t *physical = json_object();
        json_object_set_new(physical, "artifactLocation", artifact);
        if (json_object_get(loc, "line")) {
            json_t *region = json_object();
            json_object_set(region, "startLine", json_object_get(loc, "line"));
            json_object_set(region, "startColumn", json_object_get(loc, "column"));
            if (json_object_get(loc, "endLine")) {
                json_object_set(region, "endLine", json_object_get(loc, "endLine"));
                json_object_set(region, "endColumn", json_object_get(loc, "endColumn"));
            }
            json_object_set_new(physical, "region", region);
        }
        json_object_set_new(l, "physicalLocation", physical);
    }
    if (text)
        json_object_set_new(l, "message", message(text));
    return l;
}

/* A result; takes `text` and `related` (may be NULL). */
static json_t *result(json_t *rules, const char *code, const char *level, json_t *text,
                      const json_t *loc, json_t *related)
{
    json_t *r = json_object();
    if (!code)
        code = "note";
    json_object_set_new(r, "ruleId", cli_json_string(code));
    json_object_set_new(r, "ruleIndex", json_integer((json_int_t)rule_index(rules, code)));
    json_object_set_new(r, "level", json_string(level));
    json_object_set_new(r, "message", message(text));
    json_t *where = location(loc, NULL);
    if (where) {
        json_t *locations = json_array();
        json_array_append_new(locations, where);
        json_object_set_new(r, "locations", locations);
    }
    if (related && json_array_size(related) > 0)
        json_object_set(r, "relatedLocations", related);
    json_decref(related);
    return r;
}

/* Appends place to a relatedLocations array, numbering it. */
static void add_related(json_t *related, const json_t *loc, json_t *text)
{
    json_t *l = location(loc, text);
    if (!l)
        return;
    json_object_set_new(l, "id", json_integer((json_int_t)json_array_size(related)));
    json_array_append_new(related, l);
}

static void add_diagnostics(json_t *results, json_t *rules, const json_t *diagnostics)
{
    size_t i;
    const json_t *d;
    json_array_foreach(diagnostics, i, d) {
        json_t *related = json_array();
        size_t k;
        const json_t *note;
        json_array_foreach(json_object_get(d, "notes"), k, note) {
            add_related(related, json_object_get(note, "location"),
                        json_copy(json_object_get(note, "message")));
        }
        json_array_append_new(results,
                              result(rules, json_string_value(json_object_get(d, "code")),
                                     json_string_value(json_object_get(d, "severity")),
                                     json_copy(json_object_get(d, "message")),
                                     json_object_get(d, "location"), related));
    }
}

static const char *text_of(const json_t *object, const char *key)
{
    const char *s = json_string_value(json_object_get(object, key));
    return s ? s : "";
}

/* A decision of the report in words: "needs-consent" is "needs consent". */
static const char *decision_words(const json_t *object)
{
    const char *d = text_of(object, "decision");
    return strcmp(d, "needs-consent") == 0 ? "needs consent" : d;
}

/* "test "LABEL": expected deny, but the policy answers allow (rule R)". */
static json_t *failure_text(const json_t *block, const json_t *e)
{
    const json_t *expected = json_object_get(e, "expected");
    const json_t *actual = json_object_get(e, "actual");
    char *buf = NULL;
    size_t size = 0;
    FILE *f = open_memstream(&buf, &size);
    if (!f) {
        cli_json_fail();
        return NULL;
    }
    fprintf(f, "test \"%s\": expected %s", text_of(block, "label"), decision_words(expected));
    if (json_is_string(json_object_get(expected, "residual")))
        fprintf(f, " of %s", text_of(expected, "residual"));
    if (!json_is_object(actual)) {
        fprintf(f, ", but it cannot be decided: %s", text_of(e, "error"));
    } else {
        fprintf(f, ", but the policy answers %s", decision_words(actual));
        if (json_is_string(json_object_get(actual, "residual")))
            fprintf(f, " of %s", text_of(actual, "residual"));
        const json_t *rule = json_object_get(actual, "rule");
        if (json_is_object(rule))
            fprintf(f, " (rule %s)", text_of(rule, "name"));
        else
            fputs(" (no rule allows this transfer)", f);
    }
    if (fclose(f) != 0) {
        free(buf);
        cli_json_fail();
        return NULL;
    }
    json_t *j = cli_json_string(buf);
    free(buf);
    return j;
}

static void add_failed_tests(json_t *results, json_t *rules, const json_t *tests)
{
    size_t t, i;
    const json_t *block, *e;
    json_array_foreach(tests, t, block) {
        json_array_foreach(json_object_get(block, "expectations"), i, e) {
            if (json_is_true(json_object_get(e, "passed")))
                continue;
            json_t *related = json_array();
            const json_t *rule = json_object_get(json_object_get(e, "actual"), "rule");
            if (json_is_object(rule)) {
                char text[300];
                snprintf(text, sizeof text, "the deciding rule %.255s", text_of(rule, "name"));
                add_related(related, json_object_get(rule, "location"), cli_json_string(text));
            }
            add_related(related, json_object_get(block, "location"),
                        json_string("the test block"));
            json_array_append_new(results, result(rules, "test-failed", "error", failure_text(block, e),
                                                  json_object_get(e, "location"), related));
        }
    }
}

static void add_unreached(json_t *results, json_t *rules, const json_t *coverage)
{
    size_t i;
    const json_t *rule;
    json_array_foreach(json_object_get(coverage, "unreached"), i, rule) {
        char text[300];
        snprintf(text, sizeof text, "rule %.255s is not reached by any test",
                 text_of(rule, "name"));
        json_array_append_new(results, result(rules, "not-reached", "warning", cli_json_string(text),
                                              json_object_get(rule, "location"), NULL));
    }
}

json_t *cli_sarif_log(const json_t *report, int exit_code)
{
    json_t *results = json_array(), *rules = json_array();
    add_diagnostics(results, rules, json_object_get(report, "diagnostics"));
    add_failed_tests(results, rules, json_object_get(report, "tests"));
    add_unreached(results, rules, json_object_get(report, "coverage"));

    json_t *driver = json_object();
    json_object_set_new(driver, "name", json_string("sharepol"));
    json_object_set_new(driver, "version", json_string(sharepol_version()));
    json_object_set_new(driver, "rules", rules);
    json_t *tool = json_object();
    json_object_set_new(tool, "driver", driver);
    json_t *invocation = json_object();
    json_object_set_new(invocation, "executionSuccessful", json_boolean(exit_code != EXIT_USAGE));
    json_object_set_new(invocation, "exitCode", json_integer(exit_code));
    json_t *invocations = json_array();
    json_array_append_new(invocations, invocation);

    json_t *run = json_object();
    json_object_set_new(run, "tool", tool);
    json_object_set_new(run, "invocations", invocations);
    /* sharepol counts columns in Unicode characters (a tab is one). */
    json_object_set_new(run, "columnKind", json_string("unicodeCodePoints"));
    json_object_set_new(run, "results", results);
    json_t *runs = json_array();
    json_array_append_new(runs, run);

    json_t *log = json_object();
    json_object_set_new(log, "$schema", json_string(SARIF_SCHEMA));
    json_object_set_new(log, "version", json_string("2.1.0"));
    json_object_set_new(log, "runs", runs);
    return log;
}
