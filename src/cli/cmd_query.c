/* cmd_query.c — `sharepol query` and `sharepol explain`: one decision for a
 * query written in the language's QUERY syntax. */
#include <stdlib.h>
#include <string.h>

#include "format.h"

/* The options and exit codes that query and explain share. */
#define QUERY_OPTIONS_HELP \
    "options:\n" \
    "  --at DATE    the date of the transfer when QUERY has no 'at' (default: today, UTC)\n" \
    "  --format F   text (default) or json: the answer as one JSON document on\n" \
    "               stdout (docs/formats.md)\n" \
    "  -q, --quiet  do not report the policy's warnings\n" \
    "  -h, --help   show this help\n" \
    "\n" \
    "exit codes: 0 allow, 1 deny (or policy errors), 2 usage or bad query, 3 needs consent\n"

static const char query_help[] =
    "usage: sharepol query [options] FILE...|DIR -- QUERY\n"
    "\n"
    "Decide one transfer.  QUERY is written as in a test block:\n"
    "  CATEGORY from PARTY to PARTY [originator PARTY] [scope MARKING, ...]\n"
    "           [purpose NAME] [at DATE] [consent A, B, ...]\n"
    "where a MARKING is a scope's name or an explicit audience {A, B}.\n"
    "e.g.  sharepol query policies/ -- vulnerabilities from IPA to CAS consent MOD, METI\n"
    "\n"
    "Prints the decision, the deciding rule with its place, and for needs-consent\n"
    "the consent still missing.\n"
    "\n"
    QUERY_OPTIONS_HELP;

static const char explain_help[] =
    "usage: sharepol explain [options] FILE...|DIR -- QUERY\n"
    "\n"
    "Decide one transfer and show the reasoning: the deciding rule and its place,\n"
    "every rule that applies, and for a deny by default the allow rules that came\n"
    "closest with the first part of each that did not hold.  QUERY is as for\n"
    "'sharepol query'.\n"
    "\n"
    QUERY_OPTIONS_HELP;

static char *join_words(char **words, int n)
{
    size_t len = 1;
    for (int i = 0; i < n; i++)
        len += strlen(words[i]) + 1;
    char *s = malloc(len);
    if (!s)
        return NULL;
    size_t at = 0;
    for (int i = 0; i < n; i++) {
        if (i)
            s[at++] = ' ';
        size_t w = strlen(words[i]);
        memcpy(s + at, words[i], w);
        at += w;
    }
    s[at] = '\0';
    return s;
}

static void print_decision(const sharepol_policy *policy, const sharepol_query *q,
                           const sharepol_result *r)
{
    printf("decision: %s\n", cli_decision_text(r->decision));
    if (r->rule) {
        printf("rule: %s (", r->rule->name);
        cli_put_escaped(stdout, r->rule->file);
        printf(":%u:%u)", r->rule->line, r->rule->column);
        if (r->rule->label) {
            fputs(" \"", stdout);
            cli_put_escaped(stdout, r->rule->label);
            putchar('"');
        }
        putchar('\n');
    } else {
        printf("rule: none (no rule allows this transfer)\n");
    }
    if (r->decision == SHAREPOL_NEEDS_CONSENT) {
        sharepol_residual *res = NULL;
        if (sharepol_residual_new(&res, policy, q, r) == SHAREPOL_OK)
            printf("residual: %s\n", sharepol_residual_text(res));
        sharepol_residual_free(res);
    }
}

typedef struct query_options {
    const char *command;
    cli_format format;
} query_options;

static int query_option(void *ctx, int argc, char **argv, int *i)
{
    query_options *o = ctx;
    return cli_format_option(&o->format, o->command, false, argc, argv, i);
}

int cmd_query(int argc, char **argv, bool explain)
{
    const char *command = explain ? "explain" : "query";
    cli_common common = { NULL, 0, false, false, SHAREPOL_DATE_TODAY };
    query_options o = { command, CLI_FORMAT_TEXT };
    int query_at;
    int done = cli_parse_args(&common, command, explain ? explain_help : query_help, argc, argv,
                              query_option, &o, &query_at);
    if (done >= 0)
        return done;
    if (query_at < 0 || query_at >= argc)
        return cli_usage_error(command, "no query given: put it after '--'");
    char *text = join_words(argv + query_at, argc - query_at);
    if (!text) {
        fputs("sharepol: out of memory\n", stderr);
        return EXIT_USAGE;
    }
    if (o.format != CLI_FORMAT_TEXT) {
        int code = cli_query_report(&common, o.format, text, explain);
        free(text);
        return code;
    }
    int exit_code = EXIT_OK;
    sharepol_policy *policy = cli_compile(&common, &exit_code, NULL);
    if (!policy) {
        free(text);
        return exit_code;
    }
    sharepol_parsed_query *pq = NULL;
    sharepol_diagnostics *diags = NULL;
    int st = sharepol_query_parse(&pq, policy, text, strlen(text), &diags);
    free(text);
    cli_print_diagnostics(diags);
    sharepol_diagnostics_free(diags);
    if (st != SHAREPOL_OK) {
        if (st == SHAREPOL_ENOMEM)
            fputs("sharepol: out of memory\n", stderr);
        sharepol_policy_release(policy);
        return EXIT_USAGE;
    }
    sharepol_query q = *sharepol_parsed_query_get(pq);
    if (q.date == SHAREPOL_DATE_TODAY)
        q.date = common.at;
    if (explain) {
        sharepol_explanation *ex = NULL;
        st = sharepol_explain(&ex, policy, &q);
        if (st > 0) {
            fputs(sharepol_explanation_text(ex), stdout);
            exit_code = cli_exit_for_decision(st);
        }
        sharepol_explanation_free(ex);
    } else {
        sharepol_result r;
        st = sharepol_decide(policy, &q, &r);
        if (st > 0) {
            print_decision(policy, &q, &r);
            exit_code = cli_exit_for_decision(st);
        }
    }
    if (st < 0) {
        fprintf(stderr, "sharepol %s: %s\n", command, sharepol_strerror(st));
        exit_code = EXIT_USAGE;
    }
    sharepol_parsed_query_free(pq);
    sharepol_policy_release(policy);
    return exit_code;
}
