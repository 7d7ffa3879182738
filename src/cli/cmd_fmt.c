/* cmd_fmt.c — `sharepol fmt`: print or rewrite files in the canonical layout. */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"

static const char help[] =
    "usage: sharepol fmt [-w | --check] FILE...|DIR\n"
    "\n"
    "Print each policy file in the one canonical layout: two spaces per level,\n"
    "one statement per line, aligned declarations, long rules wrapped, comments\n"
    "kept.  Formatting never changes what a policy means, and formatting twice\n"
    "changes nothing.  When more than one file or a directory is printed, each\n"
    "file follows a line '==> FILE <==', and a blank line separates files.\n"
    "\n"
    "options:\n"
    "  -w, --write  rewrite the files that are not formatted, instead of printing\n"
    "  --check      print the names of files that are not formatted; exit 1 if any\n"
    "               (-w and --check cannot be combined)\n"
    "  -h, --help   show this help\n"
    "\n"
    "exit codes: 0 success, 1 a file has syntax errors (or, with --check, is not\n"
    "            formatted), 2 usage, unreadable file or a directory without\n"
    "            .spol files\n";

typedef enum mode { NONE, PRINT, WRITE, CHECK } mode;

/* What a run does, and where its printed output stands. */
typedef struct run {
    mode m;
    bool headers;  /* printing several files: each under "==> FILE <==" */
    bool printed;  /* a file was printed: the next header follows a blank line */
} run;

/* Writes next to the file, then renames over it: never a half-written file. */
static bool write_all(const char *path, const char *text)
{
    size_t n = strlen(path) + 16;
    char *tmp = malloc(n);
    if (!tmp)
        return false;
    snprintf(tmp, n, "%s.fmt-tmp", path);
    FILE *f = fopen(tmp, "wb");
    bool ok = f && fputs(text, f) >= 0;
    if (f)
        ok = fclose(f) == 0 && ok;
    ok = ok && rename(tmp, path) == 0;
    if (!ok)
        remove(tmp);
    free(tmp);
    return ok;
}

/* The header of a printed file, as head(1) writes it. */
static void print_header(run *r, const char *path)
{
    if (r->printed)
        putchar('\n');
    fputs("==> ", stdout);
    cli_put_escaped(stdout, path);
    fputs(" <==\n", stdout);
    r->printed = true;
}

static int format_file(const char *path, run *r)
{
    mode m = r->m;
    size_t len;
    char *text = cli_read_file(path, &len);
    if (!text) {
        fprintf(stderr, "sharepol fmt: cannot read %s: %s\n", path, strerror(errno));
        return EXIT_USAGE;
    }
    char *out = NULL;
    sharepol_diagnostics *diags = NULL;
    int st = sharepol_format(&out, text, len, path, NULL, &diags);
    cli_print_diagnostics(diags);
    sharepol_diagnostics_free(diags);
    int code = EXIT_OK;
    if (st != SHAREPOL_OK) {
        code = cli_exit_for(st);
    } else if (m == PRINT) {
        if (r->headers)
            print_header(r, path);
        fputs(out, stdout);
    } else {
        bool same = strlen(out) == len && memcmp(out, text, len) == 0;
        if (!same && m == CHECK) {
            cli_put_escaped(stdout, path);
            putchar('\n');
            code = EXIT_REJECTED;
        } else if (!same && !write_all(path, out)) {
            fprintf(stderr, "sharepol fmt: cannot write %s: %s\n", path, strerror(errno));
            code = EXIT_USAGE;
        }
    }
    sharepol_string_free(out);
    free(text);
    return code;
}

static int cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every .spol below dir, sorted (the order `check` uses). */
static int format_dir(const char *dir, run *r)
{
    char **stack = NULL, **files = NULL;
    size_t n_stack = 0, n_files = 0;
    int worst = EXIT_OK;
    stack = malloc(sizeof *stack);
    if (!stack)
        return EXIT_USAGE;
    stack[n_stack++] = strdup(dir);
    while (n_stack > 0) {
        char *d = stack[--n_stack];
        DIR *dh = d ? opendir(d) : NULL;
        if (!dh) {
            fprintf(stderr, "sharepol fmt: cannot read %s\n", d ? d : dir);
            worst = EXIT_USAGE;
            free(d);
            continue;
        }
        struct dirent *e;
        while ((e = readdir(dh)) != NULL) {
            if (e->d_name[0] == '.' && (!e->d_name[1] || (e->d_name[1] == '.' && !e->d_name[2])))
                continue;
            size_t len = strlen(d) + strlen(e->d_name) + 2;
            char *path = malloc(len);
            if (!path)
                continue;
            snprintf(path, len, "%s/%s", d, e->d_name);
            struct stat st;
            size_t nl = strlen(e->d_name);
            char ***list = NULL;
            size_t *count = NULL;
            if (lstat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
                list = &stack;
                count = &n_stack;
            } else if (nl > 5 && strcmp(e->d_name + nl - 5, ".spol") == 0) {
                list = &files;
                count = &n_files;
            }
            char **grown = list ? realloc(*list, sizeof **list * (*count + 1)) : NULL;
            if (grown) {
                *list = grown;
                (*list)[(*count)++] = path;
            } else {
                free(path);
            }
        }
        closedir(dh);
        free(d);
    }
    free(stack);
    if (n_files == 0 && worst == EXIT_OK) {
        /* as check, test and eval say: nothing was formatted */
        fputs("sharepol fmt: no .spol file below ", stderr);
        cli_put_escaped(stderr, dir);
        fputc('\n', stderr);
        worst = EXIT_USAGE;
    }
    if (n_files > 1)
        qsort(files, n_files, sizeof *files, cmp);
    for (size_t i = 0; i < n_files; i++) {
        int code = format_file(files[i], r);
        if (code > worst)
            worst = code;
        free(files[i]);
    }
    free(files);
    return worst;
}

int cmd_fmt(int argc, char **argv)
{
    run r = { NONE, false, false };
    int first = -1, n_paths = 0;
    bool any_dir = false;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            fputs(help, stdout);
            return EXIT_OK;
        }
        mode wanted = NONE;
        if (strcmp(argv[i], "-w") == 0 || strcmp(argv[i], "--write") == 0)
            wanted = WRITE;
        else if (strcmp(argv[i], "--check") == 0)
            wanted = CHECK;
        else if (argv[i][0] == '-' && argv[i][1])
            return cli_usage_error("fmt", "unknown option '%s'", argv[i]);
        if (wanted != NONE) {
            /* the last flag winning would silently rewrite what was to be checked */
            if (r.m != NONE && r.m != wanted)
                return cli_usage_error("fmt", "-w and --check cannot be combined: choose one");
            r.m = wanted;
            continue;
        }
        struct stat st;
        any_dir = any_dir || (stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode));
        n_paths++;
        if (first < 0)
            first = i;
    }
    if (first < 0)
        return cli_usage_error("fmt", "no files given");
    if (r.m == NONE)
        r.m = PRINT;
    r.headers = r.m == PRINT && (n_paths > 1 || any_dir);
    int worst = EXIT_OK;
    for (int i = first; i < argc; i++) {
        if (argv[i][0] == '-' && argv[i][1])
            continue;
        struct stat st;
        int code = stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode) ? format_dir(argv[i], &r)
                                                                   : format_file(argv[i], &r);
        if (code > worst)
            worst = code;
    }
    return worst;
}
