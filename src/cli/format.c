/* format.c — the --format option and the pieces every machine-readable
 * report is built from: places, diagnostics, rules, decisions
 * (docs/formats.md describes the shapes). */
#include <stdlib.h>
#include <string.h>

#include "format.h"

/* jansson's setters drop a NULL value quietly, so an allocation that failed
 * deep inside a document would only show as a key missing.  Its allocations
 * go through here instead, and any failure marks the whole report. */
static bool json_alloc_failed;

static void *json_alloc(size_t size)
{
    void *p = malloc(size);
    if (!p)
        json_alloc_failed = true;
    return p;
}

void cli_json_fail(void)
{
    json_alloc_failed = true;
}

int cli_format_option(cli_format *out, const char *command, bool sarif, int argc, char **argv,
                      int *i)
{
    const char *arg = argv[*i];
    if (strncmp(arg, "--format", 8) != 0 || (arg[8] != '\0' && arg[8] != '='))
        return 0;
    const char *choices = sarif ? "text, json or sarif" : "text or json";
    const char *value = cli_option_value("--format", argc, argv, i);
    if (!value) {
        cli_usage_error(command, "--format needs a value: %s", choices);
        return -1;
    }
    if (strcmp(value, "text") == 0)
        *out = CLI_FORMAT_TEXT;
    else if (strcmp(value, "json") == 0)
        *out = CLI_FORMAT_JSON;
    else if (sarif && strcmp(value, "sarif") == 0)
        *out = CLI_FORMAT_SARIF;
    else {
        cli_usage_error(command, "unknown format '%s': use %s", value, choices);
        return -1;
    }
    return 1;
}

/* The length of the well-formed UTF-8 character at p (1 to 4), or 0. */
static size_t utf8_length(const unsigned char *p)
{
    if (p[0] < 0x80)
        return 1;
    size_t len = p[0] >= 0xf0 ? 4 : p[0] >= 0xe0 ? 3 : p[0] >= 0xc2 ? 2 : 0;
    if (len == 0 || p[0] > 0xf4)
        return 0;
    for (size_t i = 1; i < len; i++)
        if ((p[i] & 0xc0) != 0x80)
            return 0;
    /* overlong three- and four-byte forms, surrogates, beyond U+10FFFF */
    if ((p[0] == 0xe0 && p[1] < 0xa0) || (p[0] == 0xed && p[1] >= 0xa0) ||
        (p[0] == 0xf0 && p[1] < 0x90) || (p[0] == 0xf4 && p[1] >= 0x90))
        return 0;
    return len;
}

json_t *cli_json_string(const char *s)
{
    if (!s)
        return json_null();
    json_t *j = json_string(s);
    if (j)
        return j;
    /* Not UTF-8 (a file name): each bad byte becomes U+FFFD (3 bytes). */
    size_t n = strlen(s);
    char *fixed = json_alloc(3 * n + 1);
    if (!fixed)
        return NULL;
    size_t at = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p;) {
        size_t len = utf8_length(p);
        if (len == 0) {
            memcpy(fixed + at, "\xef\xbf\xbd", 3);
            at += 3;
            p++;
        } else {
            memcpy(fixed + at, p, len);
            at += len;
            p += len;
        }
    }
    fixed[at] = '\0';
    j = json_string(fixed);
    free(fixed);
    return j;
}

json_t *cli_json_location(const char *file, unsigned line, unsigned column, unsigned end_line,
                          unsigned end_column)
{
    if (!file)
        return json_null();
    json_t *loc = json_object();
    json_object_set_new(loc, "file", cli_json_string(file));
    if (line > 0) {
        json_object_set_new(loc, "line", json_integer(line));
        json_object_set_new(loc, "column", json_integer(column));
        if (end_line > 0) {
            json_object_set_new(loc, "endLine", json_integer(end_line));
            json_object_set_new(loc, "endColumn", json_integer(end_column));
        }
    }
    return loc;
}

json_t *cli_json_diagnostic(const char *severity, const char *code, const char *message,
                            json_t *location)
{
    json_t *d = json_object();
    json_object_set_new(d, "severity", json_string(severity));
    json_object_set_new(d, "code", cli_json_string(code));
    json_object_set_new(d, "message", cli_json_string(message));
    json_object_set_new(d, "location", location ? location : json_null());
    json_object_set_new(d, "notes", json_array());
    return d;
}

static const char *severity_name(int severity)
{
    return severity == SHAREPOL_SEVERITY_ERROR     ? "error"
           : severity == SHAREPOL_SEVERITY_WARNING ? "warning"
                                                   : "note";
}

json_t *cli_json_diagnostics(const sharepol_diagnostics *diags)
{
    json_t *list = json_array();
    json_t *parent = NULL; /* the last error or warning, borrowed from list */
    for (size_t i = 0; i < sharepol_diagnostics_count(diags); i++) {
        const sharepol_diagnostic *d = sharepol_diagnostics_get(diags, i);
        /* The library's end is the last character; ours the one after it. */
        json_t *loc = cli_json_location(d->file, d->line, d->column, d->end_line,
                                        d->end_column + 1);
        json_t *j = cli_json_diagnostic(severity_name(d->severity), d->code, d->message, loc);
        /* A note belongs to the error or warning before it; "too many
         * errors" is a note about the whole report and stands alone. */
        if (d->severity == SHAREPOL_SEVERITY_NOTE && parent && d->code &&
            strcmp(d->code, "note") == 0) {
            json_object_del(j, "notes");
            json_array_append_new(json_object_get(parent, "notes"), j);
            continue;
        }
        json_array_append_new(list, j);
        parent = d->severity == SHAREPOL_SEVERITY_NOTE ? NULL : j;
    }
    return list;
}

json_t *cli_json_rule(const sharepol_rule_info *rule)
{
    if (!rule)
        return json_null();
    static const char *const kinds[] = { "", "allow", "deny", "require" };
    json_t *r = json_object();
    json_object_set_new(r, "name", cli_json_string(rule->name));
    json_object_set_new(r, "kind", json_string(kinds[rule->kind >= 1 && rule->kind <= 3 ? rule->kind : 0]));
    json_object_set_new(r, "label", cli_json_string(rule->label));
    json_object_set_new(r, "agreement", cli_json_string(rule->agreement));
    json_object_set_new(r, "location", cli_json_location(rule->file, rule->line, rule->column, 0, 0));
    return r;
}

const char *cli_json_decision(int decision)
{
    return decision == SHAREPOL_ALLOW  ? "allow"
           : decision == SHAREPOL_DENY ? "deny"
                                       : "needs-consent";
}

json_t *cli_json_report(const char *command)
{
    json_set_alloc_funcs(json_alloc, free);
    json_t *report = json_object();
    json_object_set_new(report, "command", json_string(command));
    json_object_set_new(report, "version", json_integer(CLI_FORMAT_VERSION));
    json_object_set_new(report, "ok", json_false());
    return report;
}

int cli_format_print(json_t *report, cli_format format, int exit_code)
{
    json_t *doc = report;
    if (report && format == CLI_FORMAT_SARIF)
        doc = cli_sarif_log(report, exit_code);
    bool whole = report && json_object_get(report, "diagnostics");
    char *text = whole && doc && !json_alloc_failed ? json_dumps(doc, JSON_INDENT(2)) : NULL;
    if (doc != report)
        json_decref(doc);
    json_decref(report);
    if (!text || json_alloc_failed) {
        free(text);
        fputs("sharepol: out of memory\n", stderr);
        return EXIT_USAGE;
    }
    fputs(text, stdout);
    putchar('\n');
    free(text);
    return exit_code;
}
