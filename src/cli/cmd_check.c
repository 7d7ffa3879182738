/* cmd_check.c — `sharepol check`: compile and report. */
#include <string.h>

#include "format.h"

static const char help[] =
    "usage: sharepol check [options] FILE...|DIR\n"
    "\n"
    "Compile a policy set and print its errors and warnings as\n"
    "file:line:col: error[code]: message, with the source line and a caret.\n"
    "\n"
    "options:\n"
    "  --at DATE    also warn about agreements not in force on DATE\n"
    "  --dump       print the compiled rule graph instead of the summary:\n"
    "               parties, groups, categories, each rule as lowered, and\n"
    "               the rule index\n"
    "  --format F   text (default), json or sarif (SARIF 2.1.0): the diagnostics\n"
    "               as one document on stdout (docs/formats.md)\n"
    "  --Werror     treat warnings as errors\n"
    "  -q, --quiet  do not report warnings\n"
    "  -h, --help   show this help\n"
    "\n"
    "exit codes: 0 compiled, 1 the policy has errors, 2 usage or unreadable file\n";

/* Agreements that have ended, or not begun, by the date of --at. */
static size_t warn_not_in_force(const sharepol_policy *policy, int32_t at)
{
    size_t n = 0, i = 0;
    char message[400];
    const sharepol_agreement_info *ag;
    for (; (ag = cli_next_not_in_force(policy, at, &i, message, sizeof message)); n++)
        fprintf(stderr, "%s:%u:%u: warning[not-in-force]: %s\n", ag->file, ag->line,
                ag->column, message);
    return n;
}

/* What check's own options ask for. */
typedef struct check_options {
    cli_format format;
    bool dump;
} check_options;

static int check_option(void *ctx, int argc, char **argv, int *i)
{
    check_options *o = ctx;
    if (strcmp(argv[*i], "--dump") == 0) {
        o->dump = true;
        return 1;
    }
    return cli_format_option(&o->format, "check", true, argc, argv, i);
}

/* --dump: the compiled rule graph on stdout. */
static int dump(const sharepol_policy *policy)
{
    char *text = NULL;
    int st = sharepol_policy_dump(&text, policy);
    if (st == SHAREPOL_OK)
        fputs(text, stdout);
    else
        fprintf(stderr, "sharepol check: %s\n", sharepol_strerror(st));
    sharepol_string_free(text);
    return cli_exit_for(st);
}

int cmd_check(int argc, char **argv)
{
    cli_common common = { NULL, 0, false, false, SHAREPOL_DATE_TODAY };
    check_options o = { CLI_FORMAT_TEXT, false };
    int done = cli_parse_args(&common, "check", help, argc, argv, check_option, &o, NULL);
    if (done >= 0)
        return done;
    if (o.dump && o.format != CLI_FORMAT_TEXT)
        return cli_usage_error("check", "--dump prints text: it cannot be combined with --format");
    if (o.format != CLI_FORMAT_TEXT)
        return cli_check_report(&common, o.format);
    int exit_code = EXIT_OK;
    size_t warnings = 0;
    sharepol_policy *policy = cli_compile(&common, &exit_code, &warnings);
    if (!policy)
        return exit_code;
    if (common.at != SHAREPOL_DATE_TODAY)
        warnings += warn_not_in_force(policy, common.at);
    if (common.werror && warnings) {
        fprintf(stderr, "sharepol: warnings are errors (--Werror)\n");
        sharepol_policy_release(policy);
        return EXIT_REJECTED;
    }
    if (o.dump) {
        int code = dump(policy);
        sharepol_policy_release(policy);
        return code;
    }
    size_t rules = sharepol_count(policy, SHAREPOL_KIND_RULE);
    size_t agreements = sharepol_count(policy, SHAREPOL_KIND_AGREEMENT);
    printf("ok: %zu rule%s, %zu agreement%s, %zu warning%s\n", rules, rules == 1 ? "" : "s",
           agreements, agreements == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s");
    sharepol_policy_release(policy);
    return EXIT_OK;
}
