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
    "  -h, --help     show this help\n";

/* Takes an option's value from "--opt VALUE" or "--opt=VALUE". */
static const char *value_of(const char *name, int argc, char **argv, int *i)
{
    size_t n = strlen(name);
    if (strncmp(argv[*i], name, n) != 0)
        return NULL;
    if (argv[*i][n] == '=')
        return argv[*i] + n + 1;
    if (argv[*i][n] == '\0' && *i + 1 < argc)
        return argv[++*i];
    return NULL;
}

int cmd_graph(int argc, char **argv)
{
    cli_common common = { NULL, 0, false, false, SHAREPOL_DATE_TODAY };
    const char **files = (const char **)argv;
    size_t n = 0;
    const char *category = NULL, *agreement = NULL, *format = "dot", *v;
    for (int i = 1; i < argc; i++) {
        if (argv[i][0] != '-' || !argv[i][1]) {
            files[n++] = argv[i];
            continue;
        }
        if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            fputs(help, stdout);
            return EXIT_OK;
        }
        if ((v = value_of("--category", argc, argv, &i)))
            category = v;
        else if ((v = value_of("--agreement", argc, argv, &i)))
            agreement = v;
        else if ((v = value_of("--format", argc, argv, &i)))
            format = v;
        else {
            int r = cli_common_option(&common, "graph", argc, argv, &i);
            if (r < 0)
                return EXIT_USAGE;
            if (r == 0)
                return cli_usage_error("graph", "unknown option or missing value '%s'", argv[i]);
        }
    }
    if (strcmp(format, "dot") != 0)
        return cli_usage_error("graph", "unknown format '%s'; the format is 'dot'", format);
    if (n == 0)
        return cli_usage_error("graph", "no policy files given");
    common.files = files;
    common.n_files = n;
    int exit_code = EXIT_OK;
    sharepol_policy *policy = cli_compile(&common, &exit_code, NULL);
    if (!policy)
        return exit_code;
    sharepol_graph_options opts = SHAREPOL_GRAPH_OPTIONS_INIT;
    if (category && (opts.category = sharepol_category(policy, category)) < 0) {
        sharepol_policy_release(policy);
        return cli_usage_error("graph", "the policy declares no category '%s'", category);
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
