/* cmd_graph.c — `sharepol graph`: the rule graph in Graphviz DOT. */
#include <string.h>

#include "cli.h"

static const char help[] =
    "usage: sharepol graph [options] FILE...|DIR\n"
    "\n"
    "Print the rule graph in Graphviz DOT: parties clustered by organisation,\n"
    "groups joined to their members, allow rules as edges labelled with their\n"
    "categories, consent and condition, deny rules in red, require rules in a\n"
    "note.  Render it with Graphviz, e.g.\n"
    "  sharepol graph policies/ | dot -Tsvg > policy.svg\n"
    "\n"
    "options:\n"
    "  --category C   only the rules that can apply to an item of category C\n"
    "  --agreement A  only the rules of agreement A\n"
    "  --format dot   the output format (dot is the only one)\n"
    "  -q, --quiet    do not report the policy's warnings\n"
    "  -h, --help     show this help\n"
    "\n"
    "exit codes: 0 printed, 1 the policy has errors, 2 usage or unreadable file\n";

typedef struct graph_options {
    const char *category, *agreement, *format;
} graph_options;

static int graph_option(void *ctx, int argc, char **argv, int *i)
{
    graph_options *o = ctx;
    const char *v;
    if ((v = cli_option_value("--category", argc, argv, i)))
        o->category = v;
    else if ((v = cli_option_value("--agreement", argc, argv, i)))
        o->agreement = v;
    else if ((v = cli_option_value("--format", argc, argv, i)))
        o->format = v;
    else
        return 0;
    return 1;
}

int cmd_graph(int argc, char **argv)
{
    cli_common common = { NULL, 0, false, false, SHAREPOL_DATE_TODAY };
    graph_options o = { NULL, NULL, "dot" };
    int done = cli_parse_args(&common, "graph", help, argc, argv, graph_option, &o, NULL);
    if (done >= 0)
        return done;
    const char *category = o.category, *agreement = o.agreement;
    if (strcmp(o.format, "dot") != 0)
        return cli_usage_error("graph", "unknown format '%s'; the format is 'dot'", o.format);
    int exit_code = EXIT_OK;
    sharepol_policy *policy = cli_compile(&common, &exit_code, NULL);
    if (!policy)
        return exit_code;
    sharepol_graph_options opts = SHAREPOL_GRAPH_OPTIONS_INIT;
    if (category && (opts.category = sharepol_category(policy, category)) < 0) {
        char near[128];
        int code = cli_usage_error(
            "graph", "the policy declares no category '%s'%s", category,
            cli_did_you_mean(near, sizeof near, policy, SHAREPOL_KIND_CATEGORY, category));
        sharepol_policy_release(policy);
        return code;
    }
    if (agreement) {
        for (size_t i = 0; i < sharepol_count(policy, SHAREPOL_KIND_AGREEMENT); i++)
            if (strcmp(sharepol_agreement(policy, i)->name, agreement) == 0)
                opts.agreement = (int)i;
        if (opts.agreement < 0) {
            sharepol_policy_release(policy);
            return cli_usage_error("graph", "the policy declares no agreement '%s'", agreement);
        }
    }
    char *text = NULL;
    int st = sharepol_graph_dot(&text, policy, &opts);
    if (st == SHAREPOL_OK)
        fputs(text, stdout);
    else
        fprintf(stderr, "sharepol graph: %s\n", sharepol_strerror(st));
    sharepol_string_free(text);
    sharepol_policy_release(policy);
    return st == SHAREPOL_OK ? EXIT_OK : EXIT_USAGE;
}
