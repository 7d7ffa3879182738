/* fuzz_eval_json.c — `sharepol eval` on arbitrary bytes as its standard
 * input, against a fixed policy (fuzz_policy.h).
 *
 * The target links the command's own objects (src/cli/ without main.c) and
 * calls cmd_eval() exactly as main() does, with file descriptor 0 reading
 * the input and descriptor 1 writing into memory (memfds), so however the
 * command reads and writes (stdio or read(2)/write(2)) it sees real files.
 * So it fuzzes what ships: the line reader (BOM, NUL, blank lines, the
 * 1 MiB bound), the JSON handling and the answers, through the command's
 * stable entry point, without a copy of its code.
 *
 * Properties: the command exits 0; it writes exactly one line per input
 * line that is not blank, in order; each is a JSON object in ASCII with
 * either a "decision" (allow, deny, needs-consent) and a "rule", or an
 * "error" and the "line" it answers; an "id" is echoed only when the input
 * line is an object with one. */
#define _GNU_SOURCE
#include <jansson.h>
#include <stdbool.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "../../src/cli/cli.h"
#include "fuzz_common.h"
#include "fuzz_policy.h"

static char policy_path[64];
static int in_fd = -1, out_fd = -1;   /* memfds for the command's 0 and 1 */
static int saved_in = -1, saved_out = -1;

static void setup(void)
{
    strcpy(policy_path, "/tmp/fuzz-eval-XXXXXX.spol");
    int fd = mkstemps(policy_path, 5);
    FUZZ_CHECK(fd >= 0);
    size_t n = sizeof fuzz_policy_text - 1;
    FUZZ_CHECK(write(fd, fuzz_policy_text, n) == (ssize_t)n);
    close(fd);
    in_fd = memfd_create("fuzz-eval-in", MFD_CLOEXEC);
    out_fd = memfd_create("fuzz-eval-out", MFD_CLOEXEC);
    saved_in = dup(0);
    saved_out = dup(1);
    FUZZ_CHECK(in_fd >= 0 && out_fd >= 0 && saved_in >= 0 && saved_out >= 0);
}

/* Replaces the content of a memfd and rewinds it. */
static void refill(int fd, const void *data, size_t size)
{
    FUZZ_CHECK(ftruncate(fd, 0) == 0 && lseek(fd, 0, SEEK_SET) == 0);
    const char *p = data;
    while (size > 0) {
        ssize_t n = write(fd, p, size);
        FUZZ_CHECK(n > 0);
        p += n;
        size -= (size_t)n;
    }
    FUZZ_CHECK(lseek(fd, 0, SEEK_SET) == 0);
}

/* The whole content of a memfd, NUL-terminated (free()). */
static char *contents(int fd, size_t *len)
{
    off_t end = lseek(fd, 0, SEEK_END);
    FUZZ_CHECK(end >= 0);
    char *buf = malloc((size_t)end + 1);
    FUZZ_CHECK(buf != NULL);
    size_t got = 0;
    while (got < (size_t)end) {
        ssize_t n = pread(fd, buf + got, (size_t)end - got, (off_t)got);
        FUZZ_CHECK(n > 0);
        got += (size_t)n;
    }
    buf[got] = '\0';
    *len = got;
    return buf;
}

static void cleanup(void)
{
    if (policy_path[0])
        unlink(policy_path);
}

static bool blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n')
            return false;
    return true;
}

/* How many answers the input asks for: one per line that is not blank
 * (a byte-order mark before the first line does not count). */
static size_t lines_to_answer(const char *s, size_t n)
{
    size_t count = 0, start = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i < n && s[i] != '\n')
            continue;
        if (i == n && start == n)
            break;
        const char *line = s + start;
        size_t len = i - start;
        if (start == 0 && len >= 3 && memcmp(line, "\xef\xbb\xbf", 3) == 0)
            line += 3, len -= 3;
        if (!blank(line, len))
            count++;
        start = i + 1;
    }
    return count;
}

static void check_answer(const char *line, size_t len)
{
    for (size_t i = 0; i < len; i++)
        FUZZ_CHECK((unsigned char)line[i] >= 0x20 && (unsigned char)line[i] < 0x80);
    json_error_t err;
    json_t *a = json_loadb(line, len, JSON_REJECT_DUPLICATES, &err);
    FUZZ_CHECK(a != NULL && json_is_object(a));
    json_t *decision = json_object_get(a, "decision");
    json_t *error = json_object_get(a, "error");
    FUZZ_CHECK((decision == NULL) != (error == NULL));
    if (decision) {
        const char *d = json_string_value(decision);
        FUZZ_CHECK(d && (strcmp(d, "allow") == 0 || strcmp(d, "deny") == 0 ||
                         strcmp(d, "needs-consent") == 0));
        json_t *rule = json_object_get(a, "rule");
        FUZZ_CHECK(rule && (json_is_null(rule) || json_is_string(rule)));
        if (json_is_null(rule))
            FUZZ_CHECK(strcmp(d, "deny") == 0);
        FUZZ_CHECK((json_object_get(a, "residual") != NULL) ==
                   (strcmp(d, "needs-consent") == 0));
    } else {
        FUZZ_CHECK(json_is_string(error) && json_is_integer(json_object_get(a, "line")));
    }
    json_decref(a);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!policy_path[0]) {
        setup();
        atexit(cleanup);
    }
    refill(in_fd, data, size);
    refill(out_fd, "", 0);
    FUZZ_CHECK(fflush(stdout) == 0);
    FUZZ_CHECK(dup2(in_fd, 0) == 0 && dup2(out_fd, 1) == 1);
    clearerr(stdin);
    char arg0[] = "eval", arg1[] = "-q", arg2[] = "--at", arg3[] = "2025-06-01";
    char *argv[] = { arg0, arg1, arg2, arg3, policy_path, NULL };
    int code = cmd_eval(5, argv);
    FUZZ_CHECK(fflush(stdout) == 0 && !ferror(stdout));
    FUZZ_CHECK(dup2(saved_in, 0) == 0 && dup2(saved_out, 1) == 1);
    FUZZ_CHECK(code == EXIT_OK);
    size_t out_len;
    char *out_text = contents(out_fd, &out_len);

    size_t answers = 0;
    for (size_t start = 0; start < out_len;) {
        char *nl = memchr(out_text + start, '\n', out_len - start);
        FUZZ_CHECK(nl != NULL); /* every answer ends its line */
        check_answer(out_text + start, (size_t)(nl - (out_text + start)));
        answers++;
        start = (size_t)(nl - out_text) + 1;
    }
    FUZZ_CHECK(answers == lines_to_answer((const char *)data, size));
    free(out_text);
    return 0;
}
