/* cmd_eval.c — `sharepol eval`: JSON lines in, one answer per line out, in
 * order.  A bad line gets an error answer and the stream goes on.  Plain
 * lines are answered by eval_plain.c; every other line here, through
 * jansson. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "answer.h"
#include "cli.h"
#include "eval_plain.h"
#include "line_reader.h"

static const char help[] =
    "usage: sharepol eval [options] FILE...|DIR\n"
    "\n"
    "Read one JSON query per line on stdin and write one JSON answer per line on\n"
    "stdout, in order.  A query:\n"
    "  {\"id\": \"q1\", \"category\": \"vulnerabilities\", \"from\": \"IPA\", \"to\": \"CAS\",\n"
    "   \"originator\": \"IPA\", \"scope\": \"signatories-only\", \"purpose\": \"p\",\n"
    "   \"at\": \"2025-06-01\", \"consents\": [\"MOD\"]}\n"
    "Only category, from and to are required; scope may also be an array of\n"
    "parties (an explicit audience); null means not given; any other key is an\n"
    "error.  An answer:\n"
    "  {\"id\": \"q1\", \"decision\": \"needs-consent\", \"rule\": \"art-3-2\",\n"
    "   \"location\": \"file:28:3\", \"residual\": \"METI\"}\n"
    "A line that cannot be answered gets {\"id\": ..., \"error\": \"...\", \"line\": N}.\n"
    "Blank lines get no answer.\n"
    "\n"
    "options:\n"
    "  --at DATE    the date of queries without \"at\" (default: today, UTC)\n"
    "  -q, --quiet  do not report the policy's warnings\n"
    "  -h, --help   show this help\n"
    "\n"
    "exit codes: 0 every line answered, 1 the policy has errors, 2 usage or output error\n";

static void emit(json_t *answer)
{
    char *text = json_dumps(answer, JSON_PRESERVE_ORDER | JSON_COMPACT | JSON_ENSURE_ASCII);
    if (text) {
        fputs(text, stdout);
        putchar('\n');
        free(text);
    } else {
        fputs("{\"error\":\"out of memory\"}\n", stdout);
    }
    json_decref(answer);
}

static void emit_error(json_t *id, const char *message, size_t line)
{
    json_t *answer = answer_error(id, message);
    if (answer)
        json_object_set_new(answer, "line", json_integer((json_int_t)line));
    emit(answer);
}

static void answer_line(const sharepol_policy *policy, const char *text, size_t len,
                        size_t line_no, int32_t default_at, line_query *lq)
{
    json_error_t jerr;
    json_t *obj = json_loadb(text, len, JSON_REJECT_DUPLICATES, &jerr);
    if (!obj) {
        char msg[300];
        snprintf(msg, sizeof msg, "not valid JSON: %s (column %d)", jerr.text, jerr.column);
        emit_error(NULL, msg, line_no);
        return;
    }
    int decision;
    json_t *answer = answer_query(policy, obj, default_at, lq, &decision);
    if (answer && decision == 0)
        json_object_set_new(answer, "line", json_integer((json_int_t)line_no));
    emit(answer);
    json_decref(obj);
}

static bool blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n')
            return false;
    return true;
}

/* @return false when it could not start (out of memory). */
static bool run(const sharepol_policy *policy, int32_t default_at)
{
    line_reader r;
    bool opened = line_reader_open(&r, 0, stdout);
    line_query *lq = malloc(sizeof *lq);
    if (!opened || !lq) {
        fputs("sharepol eval: out of memory\n", stderr);
        line_reader_close(&r);
        free(lq);
        return false;
    }
    eval_plain plain;
    eval_plain_init(&plain, policy);
    /* A bigger buffer takes fewer writes.  setvbuf may only come before the
     * first output, so only the first run in a process (the fuzzer calls
     * this command again and again) sets it. */
    static char out_buf[1 << 16];
    static bool buffered;
    if (!buffered) {
        setvbuf(stdout, out_buf, _IOFBF, sizeof out_buf);
        buffered = true;
    }
    const char *text;
    size_t len, line_no = 0;
    bool too_long;
    while (!ferror(stdout) && line_reader_next(&r, &text, &len, &too_long)) {
        line_no++;
        if (too_long) {
            emit_error(NULL, "line longer than 1 MiB", line_no);
            continue;
        }
        if (line_no == 1 && len >= 3 && (unsigned char)text[0] == 0xef &&
            (unsigned char)text[1] == 0xbb && (unsigned char)text[2] == 0xbf) {
            text += 3;
            len -= 3;
        }
        if (blank(text, len))
            continue;
        if (memchr(text, '\0', len)) {
            emit_error(NULL, "a NUL byte in the line", line_no);
            continue;
        }
        if (!eval_plain_answer(&plain, policy, text, len, default_at, lq))
            answer_line(policy, text, len, line_no, default_at, lq);
    }
    fflush(stdout);
    eval_plain_free(&plain);
    line_reader_close(&r);
    free(lq);
    return true;
}

int cmd_eval(int argc, char **argv)
{
    cli_common common = { NULL, 0, false, false, SHAREPOL_DATE_TODAY };
    const char **files = (const char **)argv;
    size_t n = 0;
    for (int i = 1; i < argc; i++) {
        if (argv[i][0] == '-' && argv[i][1]) {
            if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
                fputs(help, stdout);
                return EXIT_OK;
            }
            int r = cli_common_option(&common, "eval", argc, argv, &i);
            if (r < 0)
                return EXIT_USAGE;
            if (r == 0)
                return cli_usage_error("eval", "unknown option '%s'", argv[i]);
            continue;
        }
        files[n++] = argv[i];
    }
    if (n == 0)
        return cli_usage_error("eval", "no policy files given");
    common.files = files;
    common.n_files = n;
    int exit_code = EXIT_OK;
    sharepol_policy *policy = cli_compile(&common, &exit_code, NULL);
    if (!policy)
        return exit_code == EXIT_REJECTED ? EXIT_REJECTED : exit_code;
    if (common.at == SHAREPOL_DATE_TODAY)
        common.at = sharepol_date_today();
    bool ran = run(policy, common.at);
    sharepol_policy_release(policy);
    return ran ? EXIT_OK : EXIT_USAGE;
}
