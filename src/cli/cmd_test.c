/* cmd_test.c — `sharepol test`: run every test block of a policy set. */
#include <stdlib.h>
#include <string.h>

#include "format.h"

static const char help[] =
    "usage: sharepol test [options] FILE...|DIR\n"
    "\n"
    "Run every 'test' block of the policy set.  Each block passes when all its\n"
    "expectations hold; each failing expectation is shown with what it expected\n"
    "and what the policy answers.  The last line is 'N passed, N failed'.\n"
    "\n"
    "options:\n"
    "  --coverage       also report the rules that no expectation reaches\n"
    "  --require-tests  exit 1 when the policy set has no test blocks (for CI)\n"
    "  -v               list every expectation, not only failing ones\n"
    "  --format F       text (default), json or sarif (SARIF 2.1.0): every test and\n"
    "                   expectation as one document on stdout (docs/formats.md)\n"
    "  --Werror         treat the policy's warnings as errors\n"
    "  -q, --quiet      do not report the policy's warnings\n"
    "  -h, --help       show this help\n"
    "\n"
    "exit codes: 0 every test passed, 1 a test failed, the policy has errors\n"
    "            or (with --require-tests) has no test blocks, 2 usage or\n"
    "            unreadable file\n";

static void print_actual(const sharepol_policy *policy, const sharepol_expectation *e,
                         const sharepol_result *r)
{
    printf("        actual:   %s", cli_decision_text(r->decision));
    if (r->decision == SHAREPOL_NEEDS_CONSENT) {
        sharepol_residual *res = NULL;
        if (sharepol_residual_new(&res, policy, &e->query, r) == SHAREPOL_OK)
            printf(" of %s", sharepol_residual_text(res));
        sharepol_residual_free(res);
    }
    if (r->rule) {
        printf(", by rule %s (", r->rule->name);
        cli_put_escaped(stdout, r->rule->file);
        printf(":%u:%u)", r->rule->line, r->rule->column);
    } else
        printf(", no rule allows this transfer");
    putchar('\n');
}

static void print_expected(const sharepol_expectation *e)
{
    printf("        expected: %s", cli_decision_text(e->expected));
    if (e->expected_residual)
        printf(" of %s", e->expected_residual);
    putchar('\n');
}

/* Marks the rules that apply to an expectation's query. */
static void mark_reached(const sharepol_policy *policy, const sharepol_expectation *e,
                         bool *reached, size_t *scratch, size_t n_rules)
{
    int n = sharepol_applying_rules(policy, &e->query, scratch, n_rules);
    for (int i = 0; i < n && (size_t)i < n_rules; i++)
        reached[scratch[i]] = true;
}

static void report_coverage(const sharepol_policy *policy, const bool *reached, size_t n_rules)
{
    size_t count = 0;
    for (size_t r = 0; r < n_rules; r++)
        count += reached[r];
    for (size_t r = 0; r < n_rules; r++) {
        if (reached[r])
            continue;
        const sharepol_rule_info *info = sharepol_rule(policy, r);
        fprintf(stderr, "%s:%u:%u: warning[not-reached]: rule %s is not reached by any test\n",
                info->file, info->line, info->column, info->name);
    }
    printf("coverage: %zu of %zu rule%s reached by a test\n", count, n_rules,
           n_rules == 1 ? "" : "s");
}

static int run_tests(const sharepol_policy *policy, bool verbose, bool coverage)
{
    size_t n_rules = sharepol_count(policy, SHAREPOL_KIND_RULE);
    bool *reached = calloc(n_rules + 1, sizeof *reached);
    size_t *scratch = calloc(n_rules + 1, sizeof *scratch);
    if (!reached || !scratch) {
        free(reached);
        free(scratch);
        fputs("sharepol test: out of memory\n", stderr);
        return EXIT_USAGE;
    }
    size_t passed = 0, failed = 0;
    int status = EXIT_OK;
    for (size_t t = 0; t < sharepol_test_count(policy); t++) {
        const sharepol_test_info *test = sharepol_test(policy, t);
        bool block_ok = true;
        /* First decide everything, so the block's verdict comes first. */
        int *ok = calloc(test->n_expectations + 1, sizeof *ok);
        sharepol_result *results = calloc(test->n_expectations + 1, sizeof *results);
        int *errors = calloc(test->n_expectations + 1, sizeof *errors);
        if (!ok || !results || !errors) {
            free(ok);
            free(results);
            free(errors);
            status = EXIT_USAGE;
            break;
        }
        for (size_t i = 0; i < test->n_expectations; i++) {
            size_t index = test->first + i;
            errors[i] = sharepol_expectation_run(policy, index, &results[i], &ok[i]);
            block_ok = block_ok && errors[i] == SHAREPOL_OK && ok[i];
            if (coverage)
                mark_reached(policy, sharepol_expectation_get(policy, index), reached, scratch,
                             n_rules);
        }
        printf("%s  ", block_ok ? "PASS" : "FAIL");
        cli_put_escaped(stdout, test->label);
        fputs(" (", stdout);
        cli_put_escaped(stdout, test->file);
        printf(":%u)\n", test->line);
        for (size_t i = 0; i < test->n_expectations; i++) {
            const sharepol_expectation *e = sharepol_expectation_get(policy, test->first + i);
            bool good = errors[i] == SHAREPOL_OK && ok[i];
            if (good && !verbose)
                continue;
            printf("    %s ", good ? "ok  " : "FAIL");
            cli_put_escaped(stdout, e->file);
            printf(":%u:%u: ", e->line, e->column);
            cli_put_escaped(stdout, e->text);
            putchar('\n');
            if (errors[i] != SHAREPOL_OK) {
                printf("        error: %s\n", sharepol_strerror(errors[i]));
            } else if (!good) {
                print_expected(e);
                print_actual(policy, e, &results[i]);
            }
        }
        free(ok);
        free(results);
        free(errors);
        if (block_ok)
            passed++;
        else
            failed++;
    }
    printf("%zu passed, %zu failed\n", passed, failed);
    if (coverage)
        report_coverage(policy, reached, n_rules);
    free(reached);
    free(scratch);
    if (status != EXIT_OK)
        return status;
    return failed ? EXIT_REJECTED : EXIT_OK;
}

typedef struct test_options {
    bool verbose, coverage;
    bool require_tests; /* no test block at all is a failure, not a warning */
    cli_format format;
} test_options;

static int test_option(void *ctx, int argc, char **argv, int *i)
{
    test_options *o = ctx;
    if (strcmp(argv[*i], "-v") == 0 || strcmp(argv[*i], "--verbose") == 0)
        o->verbose = true;
    else if (strcmp(argv[*i], "--coverage") == 0)
        o->coverage = true;
    else if (strcmp(argv[*i], "--require-tests") == 0)
        o->require_tests = true;
    else
        return cli_format_option(&o->format, "test", true, argc, argv, i);
    return 1;
}

int cmd_test(int argc, char **argv)
{
    cli_common common = { NULL, 0, false, false, SHAREPOL_DATE_TODAY };
    test_options o = { false, false, false, CLI_FORMAT_TEXT };
    int done = cli_parse_args(&common, "test", help, argc, argv, test_option, &o, NULL);
    if (done >= 0)
        return done;
    if (o.format != CLI_FORMAT_TEXT)
        return cli_test_report(&common, o.format, o.coverage, o.require_tests);
    int exit_code = EXIT_OK;
    sharepol_policy *policy = cli_compile(&common, &exit_code, NULL);
    if (!policy)
        return exit_code;
    exit_code = run_tests(policy, o.verbose, o.coverage);
    if (o.require_tests && sharepol_test_count(policy) == 0 && exit_code == EXIT_OK) {
        fputs("sharepol test: the policy set has no test blocks, and --require-tests "
              "asks for some\n", stderr);
        exit_code = EXIT_REJECTED;
    }
    sharepol_policy_release(policy);
    return exit_code;
}
