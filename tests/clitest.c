/* clitest.c — runs the real `sharepol` binary against a test file and checks
 * its exit code and output exactly.  Two kinds of test file:
 *
 *   NAME.spol   a policy; runs `sharepol check NAME.spol` and expects
 *               NAME.err as stderr and NAME.out as stdout (nothing on stdout
 *               when there is no NAME.out: a policy with errors prints
 *               nothing there; one with only warnings has a NAME.out with
 *               its "ok" line), exit 1 when NAME.err holds an error, else 0.
 *
 *   NAME.spol   with --dump (the golden tests of tests/dump/): runs
 *               `sharepol check -q --dump NAME.spol` and expects NAME.dump
 *               as stdout, nothing on stderr, and exit 0.
 *
 *   NAME.t      a command test:
 *                   # comments (only before the first section)
 *                   args: query --at 2025-06-01 policy.spol -- research from METI to IPA
 *                   stdin: queries.jsonl          (optional; default: empty)
 *                   exit: 3
 *                   --- stdout                    (optional section)
 *                   decision: needs consent
 *                   --- stderr                    (optional section)
 *
 *               `args:` and `exit:` are required.  The arguments are split
 *               at spaces; '...' or "..." keeps spaces in one argument.  A
 *               section runs to the next section or the end of the file and
 *               is compared byte for byte, last newline included; a section
 *               left out is not compared.  Any other `--- ` line makes the
 *               file invalid.
 *
 * The command runs in the test file's directory (paths are relative to it)
 * with NO_COLOR=1 and LC_ALL=C, and is killed after 120 seconds.  With
 * SHAREPOL_UPDATE=1 in the environment the expected text is rewritten from
 * what the command printed: NAME.err and NAME.out (or NAME.dump), or both
 * sections of NAME.t (an exit code that differs is reported, to be fixed by
 * hand); review the diff before committing.
 *
 * usage: clitest [--dump] SHAREPOL_BINARY TEST_FILE */
#define _XOPEN_SOURCE 700
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define MAX_ARGS 64
#define TIMEOUT_SECONDS 120

typedef struct text {
    char *data;
    size_t len;
    bool present;
} text;

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap + 1);
    size_t got;
    while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            cap *= 2;
            char *nb = realloc(buf, cap + 1);
            if (!nb) {
                free(buf);
                buf = NULL;
            }
            buf = nb;
        }
    }
    fclose(f);
    if (buf)
        buf[n] = '\0';
    *len = n;
    return buf;
}

static bool write_file(const char *path, const char *data, size_t len)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        return false;
    bool ok = fwrite(data, 1, len, f) == len;
    return fclose(f) == 0 && ok;
}

/* Splits on spaces; '...' and "..." group words. */
static int split_args(char *s, char **argv, int max)
{
    int n = 0;
    while (*s && n < max - 1) {
        while (*s == ' ' || *s == '\t')
            s++;
        if (!*s)
            break;
        char *out = s, *word = s;
        while (*s && *s != ' ' && *s != '\t') {
            if (*s == '\'' || *s == '"') {
                char q = *s++;
                while (*s && *s != q)
                    *out++ = *s++;
                if (*s)
                    s++;
            } else {
                *out++ = *s++;
            }
        }
        if (*s)
            s++;
        *out = '\0';
        argv[n++] = word;
    }
    argv[n] = NULL;
    return n;
}

/* A new file of this run's own, in $TMPDIR (default /tmp); name holds 4096. */
static int temp_file(char *name)
{
    const char *dir = getenv("TMPDIR");
    snprintf(name, 4096, "%s/clitest-XXXXXX", dir && *dir ? dir : "/tmp");
    return mkstemp(name);
}

/* Runs binary with args in dir; captures stdout and stderr. */
static int run(const char *binary, char **args, int nargs, const char *stdin_path,
               text *out, text *err)
{
    char out_name[4096], err_name[4096];
    int out_fd = temp_file(out_name), err_fd = temp_file(err_name);
    if (out_fd < 0 || err_fd < 0) {
        perror("clitest: mkstemp");
        return -1;
    }
    char *argv[MAX_ARGS + 2];
    argv[0] = (char *)binary;
    for (int i = 0; i < nargs; i++)
        argv[i + 1] = args[i];
    argv[nargs + 1] = NULL;
    pid_t pid = fork();
    if (pid < 0) {
        perror("clitest: fork");
        return -1;
    }
    if (pid == 0) {
        int in = open(stdin_path ? stdin_path : "/dev/null", O_RDONLY);
        if (in < 0) {
            perror(stdin_path);
            _exit(127);
        }
        dup2(in, 0);
        dup2(out_fd, 1);
        dup2(err_fd, 2);
        setenv("NO_COLOR", "1", 1);
        setenv("LC_ALL", "C", 1);
        alarm(TIMEOUT_SECONDS); /* a hang becomes a failure */
        execv(binary, argv);
        perror(binary);
        _exit(127);
    }
    int status;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
        ;
    close(out_fd);
    close(err_fd);
    out->data = read_file(out_name, &out->len);
    err->data = read_file(err_name, &err->len);
    unlink(out_name);
    unlink(err_name);
    if (WIFSIGNALED(status)) {
        fprintf(stderr, "clitest: the command died of signal %d%s\n", WTERMSIG(status),
                WTERMSIG(status) == SIGALRM ? " (timeout)" : "");
        return -1;
    }
    return WEXITSTATUS(status);
}

static bool same(const text *expected, const text *actual)
{
    return expected->len == actual->len &&
           memcmp(expected->data, actual->data, actual->len) == 0;
}

static void show(const char *what, const text *expected, const text *actual)
{
    fprintf(stderr, "---- expected %s ----\n%.*s", what, (int)expected->len, expected->data);
    fprintf(stderr, "---- actual %s ----\n%.*s", what, (int)actual->len,
            actual->data ? actual->data : "");
    fprintf(stderr, "----\n");
}

/* A .t file: header lines, then `--- stdout` / `--- stderr` sections. */
typedef struct t_file {
    char *args_line, *stdin_file;
    int exit_code;
    char *header;           /* the text before the first section, kept for updates */
    size_t header_len;
    text stdout_, stderr_;
} t_file;

static bool parse_t(char *data, size_t len, t_file *t)
{
    memset(t, 0, sizeof *t);
    t->exit_code = -1;
    char *p = data, *end = data + len;
    text *section = NULL;
    while (p < end) {
        char *nl = memchr(p, '\n', (size_t)(end - p));
        char *next = nl ? nl + 1 : end;
        size_t line_len = (size_t)((nl ? nl : end) - p);
        if (line_len >= 4 && strncmp(p, "--- ", 4) == 0) {
            if (!section)
                t->header_len = (size_t)(p - data);
            if (line_len == 10 && strncmp(p + 4, "stdout", 6) == 0)
                section = &t->stdout_;
            else if (line_len == 10 && strncmp(p + 4, "stderr", 6) == 0)
                section = &t->stderr_;
            else
                return false;
            section->present = true;
            section->data = next;
            section->len = 0;
        } else if (section) {
            section->len += (size_t)(next - p);
        } else if (p[0] != '#') {
            if (nl)
                *nl = '\0';
            if (strncmp(p, "args:", 5) == 0)
                t->args_line = p + 5;
            else if (strncmp(p, "stdin:", 6) == 0)
                t->stdin_file = p + 6;
            else if (strncmp(p, "exit:", 5) == 0)
                t->exit_code = atoi(p + 5);
        }
        p = next;
    }
    if (!section)
        t->header_len = len;
    if (t->stdin_file)
        while (*t->stdin_file == ' ')
            t->stdin_file++;
    return t->args_line && t->exit_code >= 0;
}

static int run_t(const char *binary, const char *path, bool update)
{
    size_t len;
    char *data = read_file(path, &len);
    char *copy = data ? malloc(len + 1) : NULL;
    if (!copy) {
        fprintf(stderr, "clitest: cannot read %s\n", path);
        return 1;
    }
    memcpy(copy, data, len + 1);
    t_file t;
    if (!parse_t(data, len, &t)) {
        fprintf(stderr, "clitest: %s needs 'args:' and 'exit:' lines\n", path);
        return 1;
    }
    char *argv[MAX_ARGS];
    int n = split_args(t.args_line, argv, MAX_ARGS);
    text out = { 0 }, err = { 0 };
    int code = run(binary, argv, n, t.stdin_file, &out, &err);
    int failed = 0;
    if (update && code >= 0) {
        FILE *f = fopen(path, "wb");
        if (f) {
            /* the header up to the sections, with the new exit code */
            fwrite(copy, 1, t.header_len, f);
            fprintf(f, "--- stdout\n%.*s", (int)out.len, out.data ? out.data : "");
            if (out.len && out.data[out.len - 1] != '\n')
                fputc('\n', f);
            fprintf(f, "--- stderr\n%.*s", (int)err.len, err.data ? err.data : "");
            fclose(f);
        }
        if (code != t.exit_code)
            fprintf(stderr, "clitest: %s: exit is %d, the file says %d: fix 'exit:' by hand\n",
                    path, code, t.exit_code);
    } else {
        if (code != t.exit_code) {
            fprintf(stderr, "clitest: %s: exit code %d, expected %d\n", path, code,
                    t.exit_code);
            failed = 1;
        }
        if (t.stdout_.present && !same(&t.stdout_, &out)) {
            fprintf(stderr, "clitest: %s: stdout differs\n", path);
            show("stdout", &t.stdout_, &out);
            failed = 1;
        }
        if (t.stderr_.present && !same(&t.stderr_, &err)) {
            fprintf(stderr, "clitest: %s: stderr differs\n", path);
            show("stderr", &t.stderr_, &err);
            failed = 1;
        }
        if (failed && (!t.stderr_.present || same(&t.stderr_, &err)) && err.len)
            fprintf(stderr, "---- stderr ----\n%.*s", (int)err.len, err.data);
    }
    free(out.data);
    free(err.data);
    free(data);
    free(copy);
    return failed;
}

/* A case's expected stdout: NAME.out, or empty when there is none.
 * @return false when NAME.out exists but cannot be read. */
static bool read_expected_out(const char *path, text *t)
{
    static char empty[1];
    errno = 0;
    t->data = read_file(path, &t->len);
    t->present = t->data != NULL;
    if (t->present)
        return true;
    t->data = empty;
    t->len = 0;
    return errno == ENOENT;
}

/* How a policy case runs, and which file holds what it must print. */
typedef struct case_kind {
    const char *option;    /* before the file name: "--dump", or NULL */
    const char *extension; /* of the expected output */
    bool dump;             /* compare stdout, and want an empty stderr and
                              exit 0; else compare stderr, and stdout
                              with NAME.out */
} case_kind;

static const case_kind diagnostics_case = { NULL, ".err", false };
static const case_kind dump_case = { "--dump", ".dump", true };

static int run_case(const char *binary, const char *path, const case_kind *kind, bool update)
{
    char expected_path[4096], out_path[4096];
    size_t n = strlen(path);
    if (n < 5 || n - 5 + strlen(kind->extension) + 1 > sizeof expected_path) {
        fprintf(stderr, "clitest: bad case name %s\n", path);
        return 1;
    }
    memcpy(expected_path, path, n - 5);
    strcpy(expected_path + n - 5, kind->extension);
    memcpy(out_path, path, n - 5);
    strcpy(out_path + n - 5, ".out");
    const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
    char *argv[4];
    int argc = 0;
    argv[argc++] = "check";
    if (kind->option) { /* a dump: warnings are for the cases of diagnostics */
        argv[argc++] = "-q";
        argv[argc++] = (char *)kind->option;
    }
    argv[argc++] = (char *)base;
    text out = { 0 }, err = { 0 };
    int code = run(binary, argv, argc, NULL, &out, &err);
    const text *got = kind->dump ? &out : &err;
    int failed = 0;
    if (update && code >= 0) {
        write_file(expected_path, got->data ? got->data : "", got->len);
        if (kind->dump && (code != 0 || err.len))
            fprintf(stderr, "clitest: %s: exit %d, stderr:\n%.*s", path, code, (int)err.len,
                    err.data ? err.data : "");
        /* stdout is expected empty unless NAME.out says otherwise */
        if (!kind->dump && out.len)
            write_file(out_path, out.data, out.len);
        else if (!kind->dump && unlink(out_path) != 0 && errno != ENOENT)
            perror(out_path);
    } else {
        text expected = { 0 };
        expected.data = read_file(expected_path, &expected.len);
        text expected_out = { 0 };
        bool out_ok = kind->dump || read_expected_out(out_path, &expected_out);
        if (!expected.data) {
            fprintf(stderr, "clitest: %s is missing (run with SHAREPOL_UPDATE=1)\n",
                    expected_path);
            failed = 1;
        } else if (!out_ok) {
            perror(out_path);
            failed = 1;
        } else {
            int want = !kind->dump && strstr(expected.data, ": error[") ? 1 : 0;
            if (code != want) {
                fprintf(stderr, "clitest: %s: exit code %d, expected %d\n", path, code, want);
                failed = 1;
            }
            if (!same(&expected, got)) {
                fprintf(stderr, "clitest: %s: %s differs from %s\n", path,
                        kind->dump ? "the dump" : "the diagnostics", expected_path);
                show(kind->dump ? "stdout" : "stderr", &expected, got);
                failed = 1;
            }
            if (kind->dump && err.len) {
                fprintf(stderr, "clitest: %s: stderr is not empty:\n%.*s", path,
                        (int)err.len, err.data);
                failed = 1;
            }
            if (!kind->dump && !same(&expected_out, &out)) {
                fprintf(stderr, "clitest: %s: stdout differs (%s)\n", path,
                        expected_out.present ? out_path : "no .out file: expected empty");
                show("stdout", &expected_out, &out);
                failed = 1;
            }
        }
        free(expected.data);
        if (expected_out.present)
            free(expected_out.data);
    }
    free(out.data);
    free(err.data);
    return failed;
}

int main(int argc, char **argv)
{
    bool dump = argc == 4 && strcmp(argv[1], "--dump") == 0;
    if (dump) {
        argv++;
        argc--;
    }
    if (argc != 3) {
        fprintf(stderr, "usage: clitest [--dump] SHAREPOL_BINARY TEST_FILE\n");
        return 2;
    }
    char binary[4096];
    if (!realpath(argv[1], binary)) {
        perror(argv[1]);
        return 2;
    }
    const char *path = argv[2];
    char dir[4096];
    snprintf(dir, sizeof dir, "%s", path);
    char *slash = strrchr(dir, '/');
    const char *file = path;
    if (slash) {
        *slash = '\0';
        if (chdir(dir) != 0) {
            perror(dir);
            return 2;
        }
        file = slash + 1;
    }
    const char *upd = getenv("SHAREPOL_UPDATE");
    bool update = upd && upd[0] == '1';
    size_t n = strlen(file);
    if (n > 5 && strcmp(file + n - 5, ".spol") == 0)
        return run_case(binary, file, dump ? &dump_case : &diagnostics_case, update);
    return run_t(binary, file, update);
}
