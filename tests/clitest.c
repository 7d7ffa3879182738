/* clitest.c — runs the real `sharepol` binary against a test file and checks
 * its exit code, stdout and stderr exactly.  Two kinds of test file:
 *
 *   NAME.spol   a policy; runs `sharepol check NAME.spol` and expects
 *               NAME.err as stderr (nothing on stdout but the "ok" line),
 *               exit 1 when NAME.err holds an error, else 0.
 *
 *   NAME.t      a command test:
 *                   # comments
 *                   args: query --at 2025-06-01 policy.spol -- research from METI to IPA
 *                   stdin: queries.jsonl          (optional; default: empty)
 *                   exit: 3
 *                   --- stdout                    (optional section)
 *                   decision: needs consent
 *                   --- stderr                    (optional section)
 *
 * Paths are relative to the test file's directory, where the command runs.
 * With SHAREPOL_UPDATE=1 in the environment the expected text is rewritten
 * from what the command printed (review the diff before committing).
 *
 * usage: clitest SHAREPOL_BINARY TEST_FILE */
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

static int temp_file(char *name)
{
    strcpy(name, "/tmp/clitest-XXXXXX");
    return mkstemp(name);
}

/* Runs binary with args in dir; captures stdout and stderr. */
static int run(const char *binary, char **args, int nargs, const char *stdin_path,
               text *out, text *err)
{
    char out_name[64], err_name[64];
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

static int run_case(const char *binary, const char *path, bool update)
{
    char err_path[4096];
    size_t n = strlen(path);
    if (n < 5 || n + 1 > sizeof err_path) {
        fprintf(stderr, "clitest: bad case name %s\n", path);
        return 1;
    }
    memcpy(err_path, path, n - 5);
    strcpy(err_path + n - 5, ".err");
    const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
    char *argv[] = { "check", (char *)base, NULL };
    text out = { 0 }, err = { 0 };
    int code = run(binary, argv, 2, NULL, &out, &err);
    int failed = 0;
    if (update && code >= 0) {
        write_file(err_path, err.data ? err.data : "", err.len);
    } else {
        text expected = { 0 };
        expected.data = read_file(err_path, &expected.len);
        if (!expected.data) {
            fprintf(stderr, "clitest: %s is missing (run with SHAREPOL_UPDATE=1)\n", err_path);
            failed = 1;
        } else {
            int want = strstr(expected.data, ": error[") ? 1 : 0;
            if (code != want) {
                fprintf(stderr, "clitest: %s: exit code %d, expected %d\n", path, code, want);
                failed = 1;
            }
            if (!same(&expected, &err)) {
                fprintf(stderr, "clitest: %s: diagnostics differ\n", path);
                show("stderr", &expected, &err);
                failed = 1;
            }
        }
        free(expected.data);
    }
    free(out.data);
    free(err.data);
    return failed;
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: clitest SHAREPOL_BINARY TEST_FILE\n");
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
        return run_case(binary, file, update);
    return run_t(binary, file, update);
}
