/* cmd_log.c — `sharepol log verify FILE...`: re-computes a decision log's
 * hash chain across its files in order and reports the first line whose
 * form, sequence number, link or hash does not match (docs/decision-log.md). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "decision_log_line.h"
#include "revision.h"

static const char help[] =
    "usage: sharepol log verify [options] FILE...\n"
    "\n"
    "Check a decision log (written by 'sharepol eval --decision-log' or\n"
    "'sharepol serve --decision-log'): re-compute the hash chain across the files\n"
    "in the order given (rotated files first, oldest first: 'LOG.* LOG') and\n"
    "report the first line whose hash, sequence number or link to the line before\n"
    "does not match, as FILE:LINE.  A torn last line (a crash while it was\n"
    "written) is reported as such and does not break the chain.\n"
    "\n"
    "options:\n"
    "  --expect-last HASH  the chain must end with this hash (one kept elsewhere:\n"
    "                      it also catches a log rewritten from the start)\n"
    "  -q, --quiet         print nothing when the log is intact\n"
    "  -h, --help          show this help\n"
    "\n"
    "exit codes: 0 intact (a torn last line too), 1 broken, 2 usage or a file\n"
    "            that cannot be read\n";

typedef struct verifier {
    bool started;          /* a line has been read: prev and seq are expected */
    uint8_t start_prev[DECISION_LOG_HASH_SIZE]; /* what the first line continues */
    uint64_t first_seq, next_seq;
    uint8_t last_hash[DECISION_LOG_HASH_SIZE];
    uint64_t lines;        /* intact lines so far */
    size_t files;
} verifier;

static void print_hash(FILE *f, const uint8_t hash[DECISION_LOG_HASH_SIZE])
{
    char hex[POLICY_REVISION_SIZE];
    revision_hex(hex, hash);
    fputs(hex, f);
}

static bool all_zero(const uint8_t *h)
{
    for (size_t i = 0; i < DECISION_LOG_HASH_SIZE; i++)
        if (h[i])
            return false;
    return true;
}

/* Says where the intact part ends, after a broken line. */
static void print_intact_part(const verifier *v)
{
    if (v->lines == 0)
        printf("no line before it is intact\n");
    else if (v->lines == 1)
        printf("the line before it is intact (seq %llu)\n", (unsigned long long)v->first_seq);
    else
        printf("the %llu lines before it are intact (seq %llu to %llu)\n",
               (unsigned long long)v->lines, (unsigned long long)v->first_seq,
               (unsigned long long)(v->next_seq - 1));
}

/* Checks one line against the chain so far.  @return true when it fits
 * (and moves the chain on), false after reporting it. */
static bool check_line(verifier *v, const char *path, uint64_t line_no, const char *text,
                       size_t len)
{
    decision_log_line line;
    char why[300];
    int st = decision_log_line_check(text, len, &line, why, sizeof why);
    if (st == DECISION_LOG_LINE_MALFORMED) {
        printf("%s:%llu: broken: %s\n", path, (unsigned long long)line_no, why);
        return false;
    }
    if (v->started && line.seq != v->next_seq) {
        printf("%s:%llu: broken: sequence number %llu where %llu was expected: %s\n", path,
               (unsigned long long)line_no, (unsigned long long)line.seq,
               (unsigned long long)v->next_seq,
               line.seq > v->next_seq ? "a line is missing, or lines were reordered"
                                      : "a line is repeated, or lines were reordered");
        return false;
    }
    if (v->started && memcmp(line.prev, v->last_hash, sizeof line.prev) != 0) {
        printf("%s:%llu: broken: its \"prev\" is not the hash of the line before it: "
               "a line was removed, replaced or reordered\n",
               path, (unsigned long long)line_no);
        return false;
    }
    if (st == DECISION_LOG_LINE_BAD_HASH) {
        printf("%s:%llu: broken: %s\n", path, (unsigned long long)line_no, why);
        return false;
    }
    if (!v->started) {
        v->started = true;
        memcpy(v->start_prev, line.prev, sizeof v->start_prev);
        v->first_seq = line.seq;
    }
    v->next_seq = line.seq + 1;
    memcpy(v->last_hash, line.hash, sizeof v->last_hash);
    v->lines++;
    return true;
}

/* Verifies one file.  @return EXIT_OK, EXIT_REJECTED (reported) or
 * EXIT_USAGE (unreadable, reported on stderr).  *torn is set when its last
 * line has no newline (not checked: reported by the caller). */
static int verify_file(verifier *v, const char *path, bool *torn, uint64_t *torn_line,
                       uint64_t *intact_bytes)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "sharepol log: %s: cannot open: %s\n", path, strerror(errno));
        return EXIT_USAGE;
    }
    char *text = NULL;
    size_t cap = 0;
    ssize_t got;
    uint64_t line_no = 0, offset = 0;
    int result = EXIT_OK;
    *torn = false;
    while ((got = getline(&text, &cap, f)) > 0) {
        line_no++;
        size_t len = (size_t)got;
        if (text[len - 1] != '\n') {
            *torn = true;
            *torn_line = line_no;
            *intact_bytes = offset;
            break;
        }
        if (!check_line(v, path, line_no, text, len - 1)) {
            print_intact_part(v);
            result = EXIT_REJECTED;
            break;
        }
        offset += len;
    }
    if (result == EXIT_OK && ferror(f)) {
        fprintf(stderr, "sharepol log: %s: cannot read: %s\n", path, strerror(errno));
        result = EXIT_USAGE;
    }
    free(text);
    fclose(f);
    v->files++;
    return result;
}

static int verify(const char **files, size_t n, const uint8_t *expect_last, bool quiet)
{
    verifier v;
    memset(&v, 0, sizeof v);
    for (size_t i = 0; i < n; i++) {
        bool torn;
        uint64_t torn_line = 0, intact_bytes = 0;
        int r = verify_file(&v, files[i], &torn, &torn_line, &intact_bytes);
        if (r != EXIT_OK)
            return r;
        if (!torn)
            continue;
        if (i + 1 < n) {
            printf("%s:%llu: broken: a torn line (no newline) in the middle of the chain: "
                   "more files follow it\n",
                   files[i], (unsigned long long)torn_line);
            print_intact_part(&v);
            return EXIT_REJECTED;
        }
        printf("%s:%llu: torn last line (a crash while it was being written): the %llu "
               "bytes before it are intact; 'truncate -s %llu %s' removes it\n",
               files[i], (unsigned long long)torn_line, (unsigned long long)intact_bytes,
               (unsigned long long)intact_bytes, files[i]);
    }
    if (expect_last && (!v.started || memcmp(v.last_hash, expect_last, DECISION_LOG_HASH_SIZE))) {
        printf("broken: the chain ends with ");
        if (v.started)
            print_hash(stdout, v.last_hash);
        else
            printf("no line at all");
        printf(", not with the expected ");
        print_hash(stdout, expect_last);
        printf(": lines at the end were removed, or the log was rewritten\n");
        return EXIT_REJECTED;
    }
    if (quiet)
        return EXIT_OK;
    if (!v.started) {
        printf("intact: no decisions in %zu file%s\n", v.files, v.files == 1 ? "" : "s");
        return EXIT_OK;
    }
    printf("intact: %llu decision%s (seq %llu to %llu) in %zu file%s, ",
           (unsigned long long)v.lines, v.lines == 1 ? "" : "s",
           (unsigned long long)v.first_seq, (unsigned long long)(v.next_seq - 1), v.files,
           v.files == 1 ? "" : "s");
    if (all_zero(v.start_prev)) {
        printf("from the start of a chain\n");
    } else {
        printf("continuing a chain from ");
        print_hash(stdout, v.start_prev);
        printf("\n");
    }
    printf("last hash: ");
    print_hash(stdout, v.last_hash);
    printf("\n");
    return EXIT_OK;
}

static int cmd_log_verify(int argc, char **argv)
{
    const char **files = (const char **)argv;
    size_t n = 0;
    bool quiet = false, options_done = false;
    uint8_t expect[DECISION_LOG_HASH_SIZE];
    bool have_expect = false;
    for (int i = 1; i < argc; i++) {
        if (!options_done && argv[i][0] == '-' && argv[i][1]) {
            const char *value;
            if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
                fputs(help, stdout);
                return EXIT_OK;
            }
            if (strcmp(argv[i], "--") == 0) {
                options_done = true;
            } else if (strcmp(argv[i], "-q") == 0 || strcmp(argv[i], "--quiet") == 0) {
                quiet = true;
            } else if ((value = cli_option_value("--expect-last", argc, argv, &i))) {
                if (strlen(value) != DECISION_LOG_HEX_SIZE ||
                    !decision_log_parse_hash(expect, value))
                    return cli_usage_error("log verify",
                                           "--expect-last wants 64 lowercase hex digits, "
                                           "not '%s'", value);
                have_expect = true;
            } else if (strcmp(argv[i], "--expect-last") == 0) {
                return cli_usage_error("log verify", "--expect-last needs a hash");
            } else {
                return cli_usage_error("log verify", "unknown option '%s'", argv[i]);
            }
            continue;
        }
        files[n++] = argv[i];
    }
    if (n == 0)
        return cli_usage_error("log verify", "no log files given");
    return verify(files, n, have_expect ? expect : NULL, quiet);
}

int cmd_log(int argc, char **argv)
{
    if (argc < 2 || strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0) {
        fputs(help, argc < 2 ? stderr : stdout);
        return argc < 2 ? EXIT_USAGE : EXIT_OK;
    }
    if (strcmp(argv[1], "verify") == 0)
        return cmd_log_verify(argc - 1, argv + 1);
    return cli_usage_error("log", "unknown subcommand '%s' (there is: verify)", argv[1]);
}
