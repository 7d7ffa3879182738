/* common.c — compiling a policy set and printing what went wrong. */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

bool cli_color(FILE *stream)
{
    const char *no = getenv("NO_COLOR");
    if (no && no[0])
        return false;
    const char *term = getenv("TERM");
    if (term && strcmp(term, "dumb") == 0)
        return false;
    return isatty(fileno(stream)) == 1;
}

void cli_print_diagnostics(const sharepol_diagnostics *diags)
{
    if (!diags || sharepol_diagnostics_count(diags) == 0)
        return;
    char *text = NULL;
    if (sharepol_diagnostics_render(&text, diags, cli_color(stderr) ? SHAREPOL_RENDER_COLOR : 0) ==
        SHAREPOL_OK) {
        fputs(text, stderr);
        sharepol_string_free(text);
    } else {
        fputs("sharepol: out of memory while printing diagnostics\n", stderr);
    }
}

int cli_exit_for(int status)
{
    switch (status) {
    case SHAREPOL_OK:
        return EXIT_OK;
    case SHAREPOL_EPARSE:
        return EXIT_REJECTED;
    default:
        return EXIT_USAGE;
    }
}

int cli_compile_quiet(sharepol_policy **out, const cli_common *common,
                      sharepol_diagnostics **diags)
{
    sharepol_compile_options opts = SHAREPOL_COMPILE_OPTIONS_INIT;
    if (common->werror)
        opts.flags |= SHAREPOL_COMPILE_WERROR;
    if (common->quiet)
        opts.flags |= SHAREPOL_COMPILE_NO_WARNINGS;
    return sharepol_compile_files(out, common->files, common->n_files, &opts, diags);
}

const sharepol_agreement_info *cli_next_not_in_force(const sharepol_policy *policy, int32_t at,
                                                     size_t *i, char *buf, size_t size)
{
    for (; *i < sharepol_count(policy, SHAREPOL_KIND_AGREEMENT); ++*i) {
        const sharepol_agreement_info *ag = sharepol_agreement(policy, *i);
        bool ended = ag->last_day != SHAREPOL_DATE_NONE && ag->last_day < at;
        bool early = ag->first_day != SHAREPOL_DATE_NONE && ag->first_day > at;
        if (!ended && !early)
            continue;
        char day[11], when[11];
        sharepol_date_format(day, at);
        sharepol_date_format(when, ended ? ag->last_day : ag->first_day);
        snprintf(buf, size, "agreement %s %s %s, so on %s its rules do not apply", ag->name,
                 ended ? "ended after" : "starts on", when, day);
        ++*i;
        return ag;
    }
    return NULL;
}

int cli_exit_for_decision(int decision)
{
    return decision == SHAREPOL_ALLOW   ? EXIT_OK
           : decision == SHAREPOL_DENY  ? EXIT_REJECTED
                                        : EXIT_NEEDS_CONSENT;
}

static sharepol_policy *compile(const cli_common *common, bool summarise, int *exit_code,
                                size_t *warnings)
{
    sharepol_policy *policy = NULL;
    sharepol_diagnostics *diags = NULL;
    int st = cli_compile_quiet(&policy, common, &diags);
    size_t n_warnings = sharepol_diagnostics_warnings(diags);
    if (st == SHAREPOL_OK && summarise) {
        /* a tool that answers queries is not where a policy is reviewed:
         * thousands of lines at each start would bury its own messages */
        if (n_warnings > 0)
            fprintf(stderr, "sharepol: %zu warning%s in the policy ('sharepol check' shows "
                    "them; --warnings prints them here)\n", n_warnings,
                    n_warnings == 1 ? "" : "s");
    } else {
        cli_print_diagnostics(diags);
    }
    if (warnings)
        *warnings = n_warnings;
    if (st != SHAREPOL_OK) {
        size_t errors = sharepol_diagnostics_errors(diags);
        if (st == SHAREPOL_EPARSE)
            fprintf(stderr, "sharepol: %zu error%s; the policy was not compiled\n", errors,
                    errors == 1 ? "" : "s");
        else if (errors == 0 || st == SHAREPOL_ENOMEM)
            fprintf(stderr, "sharepol: %s\n", sharepol_strerror(st));
        *exit_code = cli_exit_for(st);
    }
    sharepol_diagnostics_free(diags);
    return policy;
}

sharepol_policy *cli_compile(const cli_common *common, int *exit_code, size_t *warnings)
{
    return compile(common, false, exit_code, warnings);
}

sharepol_policy *cli_compile_summarising(const cli_common *common, int *exit_code)
{
    return compile(common, true, exit_code, NULL);
}

int cli_usage_error(const char *command, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "sharepol %s: ", command);
    vfprintf(stderr, fmt, ap);
    fprintf(stderr, "\nTry 'sharepol %s --help'.\n", command);
    va_end(ap);
    return EXIT_USAGE;
}

bool cli_parse_date(const char *command, const char *text, int32_t *out)
{
    int st = sharepol_date_parse(out, text);
    if (st == SHAREPOL_OK)
        return true;
    cli_usage_error(command, "'%s' is not a date: write YYYY-MM-DD (1900 to 9999)", text);
    return false;
}

int cli_finish_output(int exit_code)
{
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "sharepol: cannot write the output: %s\n",
                errno ? strerror(errno) : "write error");
        return EXIT_USAGE;
    }
    return exit_code;
}

int cli_common_option(cli_common *common, const char *command, int argc, char **argv, int *i)
{
    const char *arg = argv[*i];
    if (strcmp(arg, "--Werror") == 0) {
        common->werror = true;
        return 1;
    }
    if (strcmp(arg, "-q") == 0 || strcmp(arg, "--quiet") == 0) {
        common->quiet = true;
        return 1;
    }
    const char *value = NULL;
    if (strcmp(arg, "--at") == 0) {
        if (*i + 1 >= argc) {
            cli_usage_error(command, "--at needs a date (YYYY-MM-DD)");
            return -1;
        }
        value = argv[++*i];
    } else if (strncmp(arg, "--at=", 5) == 0) {
        value = arg + 5;
    } else {
        return 0;
    }
    return cli_parse_date(command, value, &common->at) ? 1 : -1;
}

const char *cli_option_value(const char *name, int argc, char **argv, int *i)
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

int cli_parse_args(cli_common *common, const char *command, const char *help, int argc,
                   char **argv, cli_option_fn own, void *ctx, int *rest)
{
    /* The file names are gathered in place, over the options already read. */
    const char **files = (const char **)argv;
    size_t n = 0;
    if (rest)
        *rest = -1;
    bool options_done = false;
    for (int i = 1; i < argc; i++) {
        if (!options_done && strcmp(argv[i], "--") == 0) {
            /* "--" ends a query command's files, or any command's options */
            if (rest) {
                *rest = i + 1;
                break;
            }
            options_done = true;
            continue;
        }
        if (options_done || argv[i][0] != '-' || !argv[i][1]) {
            files[n++] = argv[i];
            continue;
        }
        if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            fputs(help, stdout);
            return EXIT_OK;
        }
        int r = own ? own(ctx, argc, argv, &i) : 0;
        if (r == 0)
            r = cli_common_option(common, command, argc, argv, &i);
        if (r < 0)
            return EXIT_USAGE;
        if (r == 0)
            return cli_usage_error(command, "unknown option or missing value '%s'", argv[i]);
    }
    if (n == 0)
        return cli_usage_error(command, "no policy files given");
    common->files = files;
    common->n_files = n;
    return -1;
}

/* Is cp a bidirectional control (LRE..RLO, LRI..PDI, LRM, RLM, ALM)? */
static bool is_bidi(unsigned cp)
{
    return (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) ||
           cp == 0x200e || cp == 0x200f || cp == 0x061c;
}

/* The length of the UTF-8 character at p and its code point in *cp, or 0
 * when p does not start a well-formed character. */
static size_t utf8_char(const unsigned char *p, unsigned *cp)
{
    size_t len = p[0] >= 0xf0 ? 4 : p[0] >= 0xe0 ? 3 : p[0] >= 0xc0 ? 2 : 0;
    if (len == 0 || p[0] > 0xf4)
        return 0;
    unsigned v = p[0] & (0x7fu >> len);
    for (size_t i = 1; i < len; i++) {
        if ((p[i] & 0xc0) != 0x80)
            return 0;
        v = (v << 6) | (p[i] & 0x3fu);
    }
    *cp = v;
    return len;
}

const char *cli_did_you_mean(char *buf, size_t size, const sharepol_policy *policy, int kind,
                             const char *name)
{
    const char *near = sharepol_suggest(policy, kind, name);
    if (!near)
        return "";
    snprintf(buf, size, "; did you mean '%.100s'?", near);
    return buf;
}

void cli_put_escaped(FILE *f, const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p;) {
        unsigned cp = *p;
        size_t len = cp >= 0x80 ? utf8_char(p, &cp) : 1;
        if (len == 0) {
            fprintf(f, "\\x%02x", *p); /* not UTF-8: shown as the byte */
            p++;
            continue;
        }
        if (cp == '\n')
            fputs("\\n", f);
        else if (cp == '\t')
            fputs("\\t", f);
        else if (cp == '\r')
            fputs("\\r", f);
        else if (cp < 0x20 || cp == 0x7f)
            fprintf(f, "\\x%02x", cp);
        else if ((cp >= 0x80 && cp < 0xa0) || is_bidi(cp))
            fprintf(f, "\\u{%x}", cp);
        else
            fwrite(p, 1, len, f);
        p += len;
    }
}

const char *cli_decision_text(int decision)
{
    return decision == SHAREPOL_NEEDS_CONSENT ? "needs consent" : sharepol_decision_name(decision);
}

char *cli_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 65536, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0)
            break;
        if (n == cap) {
            char *nb = cap < ((size_t)64 << 20) ? realloc(buf, cap * 2) : NULL;
            if (!nb) {
                free(buf);
                buf = NULL;
                errno = EFBIG;
                break;
            }
            buf = nb;
            cap *= 2;
        }
    }
    if (buf && ferror(f)) {
        free(buf);
        buf = NULL;
    }
    fclose(f);
    *len = n;
    return buf;
}
