/* format.h — the machine-readable reports of `check`, `test`, `query` and
 * `explain` (--format json|sarif), whose shapes docs/formats.md documents
 * and keeps stable.  Each report is built as one JSON document; SARIF is
 * made from that document, so both say the same thing. */
#ifndef SHAREPOL_CLI_FORMAT_H
#define SHAREPOL_CLI_FORMAT_H

#include <jansson.h>

#include "cli.h"

/* What a command prints: text (the default), JSON or SARIF 2.1.0. */
typedef enum cli_format {
    CLI_FORMAT_TEXT = 0,
    CLI_FORMAT_JSON,
    CLI_FORMAT_SARIF
} cli_format;

/* The version of the JSON shapes, in every document's "version". */
#define CLI_FORMAT_VERSION 1

/* Consumes "--format VALUE" or "--format=VALUE" at argv[*i].  `sarif` says
 * whether the command takes sarif.  @return 1 consumed, 0 not --format, -1
 * a bad or missing value (already reported). */
int cli_format_option(cli_format *out, const char *command, bool sarif, int argc, char **argv,
                      int *i);

/* Marks the report being built as incomplete, after an allocation outside
 * jansson failed: it is not printed, and the command exits 2. */
void cli_json_fail(void);

/* A JSON string of s (null for NULL); bytes that are not UTF-8 become
 * U+FFFD, so a file name cannot make the document invalid. */
json_t *cli_json_string(const char *s);

/* {"file", "line", "column", "endLine", "endColumn"}: a place in a file.
 * line 0 leaves out the line and column, end_line 0 the end; the end is
 * exclusive (the character after the place).  null when file is NULL. */
json_t *cli_json_location(const char *file, unsigned line, unsigned column, unsigned end_line,
                          unsigned end_column);

/* One diagnostic object {"severity", "code", "message", "location",
 * "notes": []}. */
json_t *cli_json_diagnostic(const char *severity, const char *code, const char *message,
                            json_t *location);

/* The diagnostics of the library as an array of diagnostic objects, each
 * note inside the error or warning it belongs to. */
json_t *cli_json_diagnostics(const sharepol_diagnostics *diags);

/* A rule: {"name", "kind", "label", "agreement", "location"}; null for NULL. */
json_t *cli_json_rule(const sharepol_rule_info *rule);

/* "allow", "deny" or "needs-consent" (as `sharepol eval` writes them). */
const char *cli_json_decision(int decision);

/* A new report {"command", "version", "ok": false}; the caller adds the
 * rest, "diagnostics" last.  The first jansson call of a report: it routes
 * jansson's allocations through a check (format.c). */
json_t *cli_json_report(const char *command);

/* Writes the report to stdout as JSON, or as SARIF made from it, and frees
 * it.  A NULL report (an allocation failed) is reported on stderr.
 * @return exit_code, or EXIT_USAGE when the report could not be made. */
int cli_format_print(json_t *report, cli_format format, int exit_code);

/* The SARIF 2.1.0 log of a check or test report (format_sarif.c); NULL when
 * an allocation failed. */
json_t *cli_sarif_log(const json_t *report, int exit_code);

/* The whole of `check`, `test`, `query` and `explain` in JSON or SARIF,
 * after their arguments are parsed.  @return the exit code, the same as the
 * text output's. */
int cli_check_report(const cli_common *common, cli_format format);
int cli_test_report(const cli_common *common, cli_format format, bool coverage,
                    bool require_tests);
int cli_query_report(const cli_common *common, cli_format format, const char *text,
                     bool explain);

#endif
