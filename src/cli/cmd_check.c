/* cmd_check.c — `sharepol check`: compile and report. */
#include <string.h>

#include "cli.h"

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
    "  --Werror     treat warnings as errors\n"
    "  -q, --quiet  do not report warnings\n"
    "  -h, --help   show this help\n"
    "\n"
    "exit codes: 0 compiled, 1 the policy has errors, 2 usage or unreadable file\n";

/* Agreements that have ended, or not begun, by the date of --at. */
static size_t warn_not_in_force(const sharepol_policy *policy, int32_t at)
{
    size_t n = 0;
    char day[11], when[11];
    sharepol_date_format(day, at);
    for (size_t i = 0; i < sharepol_count(policy, SHAREPOL_KIND_AGREEMENT); i++) {
        const sharepol_agreement_info *ag = sharepol_agreement(policy, i);
        bool ended = ag->last_day != SHAREPOL_DATE_NONE && ag->last_day < at;
        bool early = ag->first_day != SHAREPOL_DATE_NONE && ag->first_day > at;
        if (!ended && !early)
            continue;
        sharepol_date_format(when, ended ? ag->last_day : ag->first_day);
        fprintf(stderr, "%s:%u:%u: warning: agreement %s %s %s, so on %s its rules do not apply\n",
                ag->file, ag->line, ag->column, ag->name,
                ended ? "ended after" : "starts on", when, day);
        n++;
    }
    return n;
}

static int check_option(void *ctx, int argc, char **argv, int *i)
{
    (void)argc;
    if (strcmp(argv[*i], "--dump") != 0)
        return 0;
    *(bool *)ctx = true;
    return 1;
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
    bool want_dump = false;
    int done = cli_parse_args(&common, "check", help, argc, argv, check_option, &want_dump,
                              NULL);
    if (done >= 0)
        return done;
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
    if (want_dump) {
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
