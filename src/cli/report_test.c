/* report_test.c — `sharepol test --format json|sarif`: every test block and
 * every expectation with its outcome, as one document (docs/formats.md,
 * "test"). */
#include <stdlib.h>
#include <string.h>

#include "format.h"

/* The place of an expectation: its text when it fits on one line gives the
 * end (the character after its ';'). */
static json_t *expectation_location(const sharepol_expectation *e)
{
    if (!e->text || strchr(e->text, '\n'))
        return cli_json_location(e->file, e->line, e->column, 0, 0);
    unsigned chars = 0;
    for (const unsigned char *p = (const unsigned char *)e->text; *p; p++)
        chars += (*p & 0xc0) != 0x80;
    return cli_json_location(e->file, e->line, e->column, e->line, e->column + chars);
}

static json_t *residual_of(const sharepol_policy *policy, const sharepol_query *q,
                           const sharepol_result *r)
{
    if (r->decision != SHAREPOL_NEEDS_CONSENT)
        return json_null();
    sharepol_residual *res = NULL;
    json_t *text = NULL;
    if (sharepol_residual_new(&res, policy, q, r) == SHAREPOL_OK)
        text = cli_json_string(sharepol_residual_text(res));
    sharepol_residual_free(res);
    return text;
}

/* One expectation: decided, compared, and described.  Marks the rules that
 * apply to its query in reached (when not NULL). */
static json_t *run_expectation(const sharepol_policy *policy, size_t index, bool *passed,
                               bool *reached, size_t *scratch, size_t n_rules)
{
    const sharepol_expectation *e = sharepol_expectation_get(policy, index);
    sharepol_result r;
    int ok = 0;
    int st = sharepol_expectation_run(policy, index, &r, &ok);
    *passed = st == SHAREPOL_OK && ok;
    if (reached) {
        int n = sharepol_applying_rules(policy, &e->query, scratch, n_rules);
        for (int i = 0; i < n && (size_t)i < n_rules; i++)
            reached[scratch[i]] = true;
    }
    json_t *j = json_object();
    json_object_set_new(j, "text", cli_json_string(e->text));
    json_object_set_new(j, "location", expectation_location(e));
    json_object_set_new(j, "passed", json_boolean(*passed));
    json_t *expected = json_object();
    json_object_set_new(expected, "decision", json_string(cli_json_decision(e->expected)));
    json_object_set_new(expected, "residual", cli_json_string(e->expected_residual));
    json_object_set_new(j, "expected", expected);
    if (st != SHAREPOL_OK) {
        json_object_set_new(j, "actual", json_null());
        json_object_set_new(j, "error", json_string(sharepol_strerror(st)));
        return j;
    }
    json_t *actual = json_object();
    json_object_set_new(actual, "decision", json_string(cli_json_decision(r.decision)));
    json_object_set_new(actual, "residual", residual_of(policy, &e->query, &r));
    json_object_set_new(actual, "rule", cli_json_rule(r.rule));
    json_object_set_new(j, "actual", actual);
    json_object_set_new(j, "error", json_null());
    return j;
}

static json_t *coverage_of(const sharepol_policy *policy, const bool *reached, size_t n_rules)
{
    json_t *unreached = json_array();
    size_t count = 0;
    for (size_t r = 0; r < n_rules; r++) {
        if (reached[r])
            count++;
        else
            json_array_append_new(unreached, cli_json_rule(sharepol_rule(policy, r)));
    }
    json_t *c = json_object();
    json_object_set_new(c, "rules", json_integer((json_int_t)n_rules));
    json_object_set_new(c, "reached", json_integer((json_int_t)count));
    json_object_set_new(c, "unreached", unreached);
    return c;
}

/* Every test block into report's "tests"; @return how many failed, or -1
 * when memory ran out. */
static long run_blocks(json_t *report, const sharepol_policy *policy, bool coverage)
{
    size_t n_rules = sharepol_count(policy, SHAREPOL_KIND_RULE);
    bool *reached = coverage ? calloc(n_rules + 1, sizeof *reached) : NULL;
    size_t *scratch = coverage ? calloc(n_rules + 1, sizeof *scratch) : NULL;
    if (coverage && (!reached || !scratch)) {
        free(reached);
        free(scratch);
        return -1;
    }
    json_t *tests = json_array();
    size_t passed = 0, failed = 0;
    for (size_t t = 0; t < sharepol_test_count(policy); t++) {
        const sharepol_test_info *test = sharepol_test(policy, t);
        json_t *block = json_object();
        json_t *list = json_array();
        bool block_ok = true;
        for (size_t i = 0; i < test->n_expectations; i++) {
            bool ok;
            json_array_append_new(list, run_expectation(policy, test->first + i, &ok, reached,
                                                        scratch, n_rules));
            block_ok = block_ok && ok;
        }
        json_object_set_new(block, "label", cli_json_string(test->label));
        json_object_set_new(block, "location",
                            cli_json_location(test->file, test->line, test->column, 0, 0));
        json_object_set_new(block, "passed", json_boolean(block_ok));
        json_object_set_new(block, "expectations", list);
        json_array_append_new(tests, block);
        if (block_ok)
            passed++;
        else
            failed++;
    }
    json_object_set_new(report, "passed", json_integer((json_int_t)passed));
    json_object_set_new(report, "failed", json_integer((json_int_t)failed));
    if (coverage)
        json_object_set_new(report, "coverage", coverage_of(policy, reached, n_rules));
    json_object_set_new(report, "tests", tests);
    free(reached);
    free(scratch);
    return (long)failed;
}

int cli_test_report(const cli_common *common, cli_format format, bool coverage,
                    bool require_tests)
{
    sharepol_policy *policy = NULL;
    sharepol_diagnostics *diags = NULL;
    int st = cli_compile_quiet(&policy, common, &diags);
    json_t *report = cli_json_report("test");
    json_t *list = cli_json_diagnostics(diags);
    sharepol_diagnostics_free(diags);
    int exit_code = cli_exit_for(st);
    if (policy) {
        long failed = run_blocks(report, policy, coverage);
        exit_code = failed < 0 ? EXIT_USAGE : failed > 0 ? EXIT_REJECTED : EXIT_OK;
        if (require_tests && sharepol_test_count(policy) == 0 && exit_code == EXIT_OK)
            exit_code = EXIT_REJECTED;
        sharepol_policy_release(policy);
        if (failed < 0) {
            json_decref(report);
            json_decref(list);
            return cli_format_print(NULL, format, EXIT_USAGE);
        }
    } else {
        json_object_set_new(report, "passed", json_integer(0));
        json_object_set_new(report, "failed", json_integer(0));
        json_object_set_new(report, "tests", json_array());
    }
    json_object_set_new(report, "ok", json_boolean(exit_code == EXIT_OK));
    json_object_set_new(report, "diagnostics", list);
    return cli_format_print(report, format, exit_code);
}
