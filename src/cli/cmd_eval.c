/* cmd_eval.c — `sharepol eval`: JSON lines in, one answer per line out, in
 * order.  A bad line gets an error answer and the stream goes on.  Plain
 * lines are answered by eval_plain.c; every other line here, through
 * jansson.
 *
 * With --decision-log answers (plain or not) are made in memory, logged, and
 * held back until their lines are written: they are released in batches,
 * one commit (one fsync) each, before eval waits for more input and
 * whenever 1 MiB of answers wait. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "answer.h"
#include "cli.h"
#include "decision_log.h"
#include "eval_plain.h"
#include "line_reader.h"
#include "revision.h"

static const char help[] =
    "usage: sharepol eval [options] FILE...|DIR\n"
    "\n"
    "Read one JSON query per line on stdin and write one JSON answer per line on\n"
    "stdout, in order.  A query:\n"
    "  {\"id\": \"q1\", \"category\": \"vulnerabilities\", \"from\": \"IPA\", \"to\": \"CAS\",\n"
    "   \"originator\": \"IPA\", \"scope\": \"signatories-only\", \"purpose\": \"p\",\n"
    "   \"at\": \"2025-06-01\", \"consents\": [\"MOD\"]}\n"
    "Only category, from and to are required; scope may also be an array of\n"
    "parties (an explicit audience).  Several markings go in \"markings\"\n"
    "instead of \"scope\", each a scope name or an array of parties:\n"
    "  \"markings\": [\"tlp-amber\", [\"BankCo\", \"MSSP-1\"]]\n"
    "null means not given; any other key is an error.  An answer:\n"
    "  {\"id\": \"q1\", \"decision\": \"needs-consent\", \"rule\": \"art-3-2\",\n"
    "   \"location\": \"file:28:3\", \"residual\": \"METI\"}\n"
    "A line that cannot be answered gets {\"id\": ..., \"error\": \"...\", \"line\": N}.\n"
    "Blank lines get no answer.\n"
    "\n"
    "options:\n"
    "  --at DATE    the date of queries without \"at\" (default: today, UTC)\n"
    "  --warnings   print the policy's warnings in full, not only how many\n"
    "  -q, --quiet  do not report the policy's warnings, not even how many\n"
    "  -h, --help   show this help\n"
    "\n"
    "decision log (docs/decision-log.md):\n"
    "  --decision-log FILE      append every decision (not error answers) to FILE,\n"
    "                           hash-chained, before its answer is written\n"
    "  --log-sync always|never  always (default): the line is on disk (fsync) before\n"
    "                           the answer; never: written, not waited for on disk\n"
    "  --log-rotate-size BYTES  move FILE to FILE.<first seq> when it reaches\n"
    "                           BYTES (K, M, G suffixes); the chain continues\n"
    "\n"
    "exit codes: 0 every line answered, 1 the policy has errors, 2 usage or output\n"
    "            error (or the decision log could not be written)\n";

/* Where answers go: stdout, or, with a decision log, held until their lines
 * are written. */
typedef struct eval_out {
    struct decision_log *log; /* NULL without --decision-log */
    char revision[POLICY_REVISION_SIZE];
    char *held;
    size_t held_len, held_cap;
    bool failed;              /* the log (or memory) failed: nothing more goes out */
} eval_out;

#define EVAL_HOLD_MAX ((size_t)1 << 20) /* answers held before a commit */

static void put_answer(eval_out *o, const char *text, size_t len)
{
    if (!o->log) {
        fwrite(text, 1, len, stdout);
        putchar('\n');
        return;
    }
    if (o->held_cap - o->held_len < len + 1) {
        size_t cap = o->held_cap ? o->held_cap : EVAL_HOLD_MAX;
        while (cap - o->held_len < len + 1)
            cap *= 2;
        char *held = realloc(o->held, cap);
        if (!held) {
            o->failed = true;
            return;
        }
        o->held = held;
        o->held_cap = cap;
    }
    memcpy(o->held + o->held_len, text, len);
    o->held[o->held_len + len] = '\n';
    o->held_len += len + 1;
}

/* Writes the held answers once their log lines are written.
 * @return false when the log failed (the held answers are dropped). */
static bool release(void *ctx)
{
    eval_out *o = ctx;
    if (!o->log)
        return true;
    if (o->failed || decision_log_commit(o->log) != 0) {
        o->failed = true;
        return false;
    }
    if (o->held_len)
        fwrite(o->held, 1, o->held_len, stdout);
    o->held_len = 0;
    return true;
}

/* Writes an answer's text; with query not NULL (a decision, not an error)
 * and a decision log, its line is queued first. */
static void emit_text(eval_out *o, const char *text, size_t len, const char *query,
                      size_t query_len)
{
    if (query && o->log && !o->failed &&
        decision_log_queue(o->log, o->revision, NULL, query, query_len, text, len, NULL) != 0)
        o->failed = true;
    put_answer(o, text, len);
}

static void emit(eval_out *o, json_t *answer, const char *query, size_t query_len)
{
    char *text = json_dumps(answer, JSON_PRESERVE_ORDER | JSON_COMPACT | JSON_ENSURE_ASCII);
    if (text) {
        emit_text(o, text, strlen(text), query, query_len);
        free(text);
    } else {
        static const char oom[] = "{\"error\":\"out of memory\"}";
        put_answer(o, oom, sizeof oom - 1);
    }
    json_decref(answer);
}

static void emit_error(eval_out *o, json_t *id, const char *message, size_t line)
{
    json_t *answer = answer_error(id, message);
    if (answer)
        json_object_set_new(answer, "line", json_integer((json_int_t)line));
    emit(o, answer, NULL, 0);
}

static void answer_line(eval_out *o, const sharepol_policy *policy, const char *text,
                        size_t len, size_t line_no, int32_t default_at, line_query *lq)
{
    json_error_t jerr;
    json_t *obj = json_loadb(text, len, JSON_REJECT_DUPLICATES, &jerr);
    if (!obj) {
        char msg[300];
        snprintf(msg, sizeof msg, "not valid JSON: %s (column %d)", jerr.text, jerr.column);
        emit_error(o, NULL, msg, line_no);
        return;
    }
    int decision;
    json_t *answer = answer_query(policy, obj, default_at, lq, &decision);
    if (answer && decision == 0)
        json_object_set_new(answer, "line", json_integer((json_int_t)line_no));
    if (answer && decision != 0)
        emit(o, answer, text, len);
    else
        emit(o, answer, NULL, 0);
    json_decref(obj);
}

static bool blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n')
            return false;
    return true;
}

/* A plain line the plain way: on stdout, or with a decision log, into
 * memory (the same bytes), logged and held.  @return false to decline it. */
static bool answer_plain(eval_out *o, eval_plain *plain, const sharepol_policy *policy,
                         const char *text, size_t len, int32_t default_at, line_query *lq)
{
    if (!o->log)
        return eval_plain_answer(plain, policy, text, len, default_at, lq);
    char answer[2048];
    size_t n = eval_plain_format(plain, policy, text, len, default_at, lq, answer, sizeof answer,
                                 NULL);
    if (n == 0)
        return false;
    emit_text(o, answer, n, text, len);
    return true;
}

/* @return false when it could not start (out of memory) or the decision log
 * failed (both reported). */
static bool run(const sharepol_policy *policy, int32_t default_at, eval_out *o)
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
    r.before_flush = release;
    r.before_flush_ctx = o;
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
    while (!ferror(stdout) && !o->failed && line_reader_next(&r, &text, &len, &too_long)) {
        line_no++;
        if (o->held_len >= EVAL_HOLD_MAX && !release(o))
            break;
        if (too_long) {
            emit_error(o, NULL, "line longer than 1 MiB", line_no);
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
            emit_error(o, NULL, "a NUL byte in the line", line_no);
            continue;
        }
        if (!answer_plain(o, &plain, policy, text, len, default_at, lq))
            answer_line(o, policy, text, len, line_no, default_at, lq);
    }
    release(o);
    fflush(stdout);
    eval_plain_free(&plain);
    line_reader_close(&r);
    free(lq);
    if (o->failed) {
        const char *why = o->log ? decision_log_error(o->log) : NULL;
        fprintf(stderr, "sharepol eval: decision log: %s; stopped: no answer is given "
                        "without its line\n", why ? why : "out of memory");
        return false;
    }
    return true;
}

/* Options of the decision log.  @return 1 taken, 0 not ours, -1 a bad
 * value (reported). */
static int log_option(const char **path, decision_log_options *opts, bool *log_options,
                      int argc, char **argv, int *i)
{
    static const char *const names[] = { "--decision-log", "--log-sync", "--log-rotate-size" };
    for (size_t k = 0; k < sizeof names / sizeof names[0]; k++) {
        const char *value = cli_option_value(names[k], argc, argv, i);
        if (!value) {
            if (strcmp(argv[*i], names[k]) == 0) {
                cli_usage_error("eval", "%s needs a value", names[k]);
                return -1;
            }
            continue;
        }
        if (k == 0) {
            *path = value;
        } else if (k == 1 && decision_log_parse_sync(value, &opts->sync) != 0) {
            cli_usage_error("eval", "--log-sync is 'always' or 'never', not '%s'", value);
            return -1;
        } else if (k == 2 && decision_log_parse_size(value, &opts->rotate_size) != 0) {
            cli_usage_error("eval", "--log-rotate-size wants a number of bytes (with K, M "
                            "or G), not '%s'", value);
            return -1;
        }
        if (k > 0)
            *log_options = true;
        return 1;
    }
    return 0;
}

int cmd_eval(int argc, char **argv)
{
    cli_common common = { NULL, 0, false, false, SHAREPOL_DATE_TODAY };
    bool all_warnings = false; /* --warnings */
    const char **files = (const char **)argv;
    size_t n = 0;
    const char *log_path = NULL;
    decision_log_options log_opts = DECISION_LOG_OPTIONS_INIT;
    bool log_options = false;
    for (int i = 1; i < argc; i++) {
        if (argv[i][0] == '-' && argv[i][1]) {
            if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
                fputs(help, stdout);
                return EXIT_OK;
            }
            if (strcmp(argv[i], "--warnings") == 0) {
                all_warnings = true;
                continue;
            }
            int r = log_option(&log_path, &log_opts, &log_options, argc, argv, &i);
            if (r < 0)
                return EXIT_USAGE;
            if (r > 0)
                continue;
            r = cli_common_option(&common, "eval", argc, argv, &i);
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
    if (log_options && !log_path)
        return cli_usage_error("eval", "--log-sync and --log-rotate-size need --decision-log");
    common.files = files;
    common.n_files = n;
    int exit_code = EXIT_OK;
    sharepol_policy *policy = all_warnings ? cli_compile(&common, &exit_code, NULL)
                                           : cli_compile_summarising(&common, &exit_code);
    if (!policy)
        return exit_code == EXIT_REJECTED ? EXIT_REJECTED : exit_code;
    if (common.at == SHAREPOL_DATE_TODAY)
        common.at = sharepol_date_today();
    eval_out out;
    memset(&out, 0, sizeof out);
    if (log_path) {
        char err[600], day[11];
        sharepol_date_format(day, common.at);
        log_opts.default_at = day;
        if (decision_log_open(&out.log, log_path, &log_opts, err, sizeof err) != 0) {
            fprintf(stderr, "sharepol eval: decision log: %s\n", err);
            sharepol_policy_release(policy);
            return EXIT_USAGE;
        }
        policy_revision(out.revision, policy);
    }
    bool ran = run(policy, common.at, &out);
    if (out.log && decision_log_close(out.log) != 0 && ran) {
        fprintf(stderr, "sharepol eval: decision log: %s: the last sync or close failed\n",
                log_path);
        ran = false;
    }
    free(out.held);
    sharepol_policy_release(policy);
    return ran ? EXIT_OK : EXIT_USAGE;
}
