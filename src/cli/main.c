/* main.c — the `sharepol` command: dispatch to its verbs. */
#include <signal.h>
#include <string.h>

#include "cli.h"

static const char usage[] =
    "usage: sharepol <command> [options] FILE...|DIR\n"
    "\n"
    "Compile and evaluate information-sharing policies.\n"
    "\n"
    "commands:\n"
    "  check FILE...|DIR             compile and report errors and warnings\n"
    "  query FILES -- QUERY          decide one transfer\n"
    "  explain FILES -- QUERY        decide one transfer and say why\n"
    "  eval FILES                    decide JSON-lines queries from stdin\n"
    "  serve FILES [--listen HOST:PORT]\n"
    "                                the decision service over HTTP\n"
    "  test FILE...|DIR              run the policy's test blocks\n"
    "  fmt [-w|--check] FILE...|DIR  print, rewrite or check the canonical layout\n"
    "  graph FILES [--category C] [--agreement A]\n"
    "                                the rule graph in Graphviz DOT\n"
    "  flows FILES --category C --originator O\n"
    "                                every party an item can reach, and how\n"
    "  stix FILES --from H --to R    gate a STIX 2.1 bundle (stdin) for one recipient\n"
    "  log verify FILE...            check a decision log's hash chain\n"
    "  lsp                           a language server for editors, on stdin/stdout\n"
    "  diff OLD... -- NEW...         the queries two versions answer differently\n"
    "\n"
    "A DIR means every .spol file below it, in sorted order.\n"
    "Run 'sharepol <command> --help' for a command's options.\n"
    "\n"
    "exit codes: 0 success (query: allow), 1 policy errors, a failed test or\n"
    "            deny, 2 usage or input error, 3 needs consent (query)\n"
    "\n"
    "sharepol --version prints the version.\n";

int main(int argc, char **argv)
{
    /* A closed pipe must become a write error we report, not a silent death. */
    signal(SIGPIPE, SIG_IGN);
    if (argc < 2) {
        fputs(usage, stderr);
        return EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
        fputs(usage, stdout);
        return cli_finish_output(EXIT_OK);
    }
    if (strcmp(cmd, "--version") == 0) {
        printf("sharepol %s\n", sharepol_version());
        return cli_finish_output(EXIT_OK);
    }
    if (strcmp(cmd, "check") == 0)
        return cli_finish_output(cmd_check(argc - 1, argv + 1));
    if (strcmp(cmd, "query") == 0)
        return cli_finish_output(cmd_query(argc - 1, argv + 1, false));
    if (strcmp(cmd, "explain") == 0)
        return cli_finish_output(cmd_query(argc - 1, argv + 1, true));
    if (strcmp(cmd, "eval") == 0)
        return cli_finish_output(cmd_eval(argc - 1, argv + 1));
    if (strcmp(cmd, "serve") == 0)
        return cmd_serve(argc - 1, argv + 1);
    if (strcmp(cmd, "test") == 0)
        return cli_finish_output(cmd_test(argc - 1, argv + 1));
    if (strcmp(cmd, "fmt") == 0)
        return cli_finish_output(cmd_fmt(argc - 1, argv + 1));
    if (strcmp(cmd, "graph") == 0)
        return cli_finish_output(cmd_graph(argc - 1, argv + 1));
    if (strcmp(cmd, "flows") == 0)
        return cli_finish_output(cmd_flows(argc - 1, argv + 1));
    if (strcmp(cmd, "log") == 0)
        return cli_finish_output(cmd_log(argc - 1, argv + 1));
    if (strcmp(cmd, "stix") == 0)
        return cli_finish_output(cmd_stix(argc - 1, argv + 1));
    if (strcmp(cmd, "lsp") == 0)
        return cli_finish_output(cmd_lsp(argc - 1, argv + 1));
    if (strcmp(cmd, "diff") == 0)
        return cli_finish_output(cmd_diff(argc - 1, argv + 1));
    fprintf(stderr, "sharepol: unknown command '%s'\n\n%s", cmd, usage);
    return EXIT_USAGE;
}
