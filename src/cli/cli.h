/* cli.h — what the commands of the `sharepol` program share.  The program
 * uses only the public header, sharepol.h, like any other client. */
#ifndef SHAREPOL_CLI_H
#define SHAREPOL_CLI_H

#include <stdbool.h>
#include <stdio.h>

#include "sharepol.h"

/* Exit codes, the same for every command (docs/errors.md, "Exit codes of
 * the command"). */
enum {
    EXIT_OK = 0,            /* success; query/explain: allow */
    EXIT_REJECTED = 1,      /* policy errors, a failed test, or deny */
    EXIT_USAGE = 2,         /* usage, unreadable file, limit, out of memory */
    EXIT_NEEDS_CONSENT = 3  /* query/explain: needs consent */
};

/* Options every command that reads a policy understands. */
typedef struct cli_common {
    const char **files;     /* policy files and directories */
    size_t n_files;
    bool werror;            /* --Werror */
    bool quiet;             /* -q: no warnings */
    int32_t at;             /* --at DATE, or SHAREPOL_DATE_TODAY */
} cli_common;

/* Is this stream a terminal that wants colour (and NO_COLOR unset)? */
bool cli_color(FILE *stream);

/* Compiles the policy set, printing diagnostics to stderr.  On failure
 * returns NULL and sets *exit_code.  *warnings (if not NULL) receives the
 * number of warnings. */
sharepol_policy *cli_compile(const cli_common *common, int *exit_code, size_t *warnings);

/* cli_compile for a command that answers queries: when the policy compiles,
 * its warnings are counted in one line instead of printed.  Errors are
 * printed in full. */
sharepol_policy *cli_compile_summarising(const cli_common *common, int *exit_code);
/* Compiles the policy set without printing anything.  @return the
 * library's status; *diags receives the diagnostics, to free. */
int cli_compile_quiet(sharepol_policy **out, const cli_common *common,
                      sharepol_diagnostics **diags);

/* Consumes argv[*i] (and its value) when it is an option every policy
 * command takes: --at DATE, --Werror, -q.  @return 1 consumed, 0 not an
 * option of ours, -1 a bad value (already reported). */
int cli_common_option(cli_common *common, const char *command, int argc, char **argv, int *i);

/* Prints a rendered diagnostics list to stderr; NULL is allowed. */
void cli_print_diagnostics(const sharepol_diagnostics *diags);

/* Maps a library status to an exit code. */
int cli_exit_for(int status);

/* The next agreement from *i on that is not in force on day `at` (`check
 * --at`), with "agreement NAME ended after DATE, so on AT its rules do not
 * apply" (or "starts on") written into buf; NULL when there is none left.
 * Start with *i = 0. */
const sharepol_agreement_info *cli_next_not_in_force(const sharepol_policy *policy, int32_t at,
                                                     size_t *i, char *buf, size_t size);

/* The exit code of a decision: allow 0, deny 1, needs consent 3. */
int cli_exit_for_decision(int decision);

/* Reports a usage error for a command and returns EXIT_USAGE. */
int cli_usage_error(const char *command, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* A command's own options: called for each option that is not one of the
 * common ones.  @return 1 when it took argv[*i] (and maybe its value, moving
 * *i), 0 when it does not know it, -1 after reporting a bad value. */
typedef int (*cli_option_fn)(void *ctx, int argc, char **argv, int *i);

/* Parses the arguments of a command that reads a policy: the files, the
 * common options, --help (prints help), and the command's own options
 * through `own` (may be NULL).  With `rest` not NULL, "--" ends the
 * arguments and *rest is the index after it (-1 when absent).
 * @return -1 to go on, else the exit code to return at once. */
int cli_parse_args(cli_common *common, const char *command, const char *help, int argc,
                   char **argv, cli_option_fn own, void *ctx, int *rest);

/* The value of option `name` at argv[*i]: "--name VALUE" (moving *i) or
 * "--name=VALUE"; NULL when argv[*i] is not that option. */
const char *cli_option_value(const char *name, int argc, char **argv, int *i);

/* Parses --at's value; prints an error and returns false when bad. */
bool cli_parse_date(const char *command, const char *text, int32_t *out);

/* Writes s to f with control characters (C0, DEL, C1) and bidirectional
 * controls escaped as \n, \xNN or \u{NNNN}, so that a label, a comment or
 * a file name cannot send escape sequences to a terminal or forge lines. */
void cli_put_escaped(FILE *f, const char *s);

/* A decision as the text commands print it: sharepol_decision_name(), but
 * "needs consent" with a space, as the language writes `=> needs consent`. */
const char *cli_decision_text(int decision);

/* "; did you mean 'NAME'?" for the declared name of `kind` closest to
 * name (cut at 100 bytes), or "" when none is close; written into buf. */
const char *cli_did_you_mean(char *buf, size_t size, const sharepol_policy *policy, int kind,
                             const char *name);

/* The bytes of a file (up to 64 MiB), malloc'd; NULL with errno set when
 * it cannot be read (EFBIG: too large). */
char *cli_read_file(const char *path, size_t *len);

/* Writes the rest of stdout and reports a failure (EPIPE, a full disk). */
int cli_finish_output(int exit_code);

int cmd_check(int argc, char **argv);
int cmd_query(int argc, char **argv, bool explain);
int cmd_eval(int argc, char **argv);
int cmd_serve(int argc, char **argv); /* src/serve/cmd_serve.c */
int cmd_test(int argc, char **argv);
int cmd_fmt(int argc, char **argv);
int cmd_graph(int argc, char **argv);
int cmd_flows(int argc, char **argv);
int cmd_log(int argc, char **argv);
int cmd_lsp(int argc, char **argv);
int cmd_diff(int argc, char **argv);
int cmd_stix(int argc, char **argv);

#endif
