/* input.c — files, directories and texts into sources, within the limits. */
#include "input.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "alloc.h"
#include "utf8.h"

static bool is_break(const char *text, size_t len, size_t i)
{
    /* CR LF, a lone CR and a lone LF are each one line break */
    return text[i] == '\n' || (text[i] == '\r' && (i + 1 >= len || text[i + 1] != '\n'));
}

/* The offset after each line break, into after (NULL: only counted).
 * @return how many breaks. */
static uint32_t line_breaks(const char *text, size_t len, uint32_t *after)
{
    uint32_t n = 0;
    if (!memchr(text, '\r', len)) {
        /* almost every text: a break at each LF, which memchr finds a word
         * at a time */
        for (const char *p = text; (p = memchr(p, '\n', len - (size_t)(p - text))); p++, n++)
            if (after)
                after[n] = (uint32_t)(p - text + 1);
        return n;
    }
    for (size_t i = 0; i < len; i++)
        if (is_break(text, len, i)) {
            if (after)
                after[n] = (uint32_t)(i + 1);
            n++;
        }
    return n;
}

/* A source over text, which is in d's arena and ends in two NULs. */
static uint32_t add_source(sharepol_diagnostics *d, const char *name, char *text, size_t len)
{
    sp_arena *a = &d->arena;
    sp_source *src = sp_arena_zalloc(a, sizeof *src);
    src->name = sp_arena_strdup(a, name);
    src->text = text;
    src->len = len;
    if (len >= 3 && (unsigned char)text[0] == 0xef && (unsigned char)text[1] == 0xbb &&
        (unsigned char)text[2] == 0xbf)
        src->body = 3;
    uint32_t n = 1 + line_breaks(text, len, NULL);
    src->lines = sp_arena_alloc(a, sizeof *src->lines * n);
    src->lines[0] = (uint32_t)src->body;
    line_breaks(text, len, src->lines + 1);
    src->n_lines = n;
    return sp_diag_add_source(d, src);
}

static char *text_buffer(sharepol_diagnostics *d, size_t len)
{
    char *text = sp_arena_alloc(&d->arena, len + 2);
    if (text)
        text[len] = text[len + 1] = '\0';
    return text;
}

uint32_t sp_input_text(sharepol_diagnostics *d, const char *name, const char *text,
                       size_t len)
{
    char *copy = text_buffer(d, len);
    if (len)
        memcpy(copy, text, len);
    return add_source(d, name, copy, len);
}

/* strerror() may share one buffer between threads; compilations may run on
 * several threads at once.  POSIX's strerror_r fills the caller's buffer. */
typedef struct errtext {
    char text[128];
} errtext;

static errtext error_text(int err)
{
    errtext e;
    if (strerror_r(err, e.text, sizeof e.text) != 0)
        snprintf(e.text, sizeof e.text, "error %d", err);
    return e;
}

static int file_error(sharepol_diagnostics *d, const char *path, int status,
                      const char *message, const char *detail)
{
    uint32_t file = add_source(d, path, text_buffer(d, 0), 0);
    sp_loc loc = { file, SP_NOPOS, SP_NOPOS };
    sp_diag_error(d, status == SHAREPOL_ELIMIT ? "limit" : "io", loc, "%s%s", message,
                  detail);
    return status;
}

static int too_large(sharepol_diagnostics *d, const char *path, size_t max)
{
    char detail[48];
    snprintf(detail, sizeof detail, "%zu bytes", max);
    return file_error(d, path, SHAREPOL_ELIMIT, "this file is larger than the limit of ",
                      detail);
}

int sp_input_texts(sharepol_diagnostics *d, const sharepol_text *texts, size_t n,
                   const sharepol_limits *limits)
{
    for (size_t i = 0; i < n; i++) {
        const char *name = texts[i].name ? texts[i].name : "<string>";
        if (d->sources.n >= limits->max_files)
            return file_error(d, name, SHAREPOL_ELIMIT, "too many files in the policy set", "");
        /* A text in memory is a source like a file: the same size limit. */
        if (texts[i].length > limits->max_file_size)
            return too_large(d, name, limits->max_file_size);
        sp_input_text(d, name, texts[i].text ? texts[i].text : "", texts[i].length);
    }
    return SHAREPOL_OK;
}

int sp_input_too_large(sharepol_diagnostics *d, const char *name, size_t max)
{
    return too_large(d, name, max);
}

/* Has this regular file been read already, under this or another path (a
 * directory and a file inside it, "a.spol" and "./a.spol", a hard link)?
 * Its declarations would otherwise all be duplicates of themselves. */
static bool already_read(const sharepol_diagnostics *d, const struct stat *st)
{
    if (!S_ISREG(st->st_mode))
        return false;
    for (uint32_t i = 0; i < d->sources.n; i++) {
        const sp_source *src = d->sources.v[i];
        if (src->on_disk && src->dev == (uint64_t)st->st_dev && src->ino == (uint64_t)st->st_ino)
            return true;
    }
    return false;
}

/* Reads a whole file, at most max bytes, unless it has been read already.
 * A FIFO or a device is read with the same bound, never to its end. */
static int load_file(sharepol_diagnostics *d, const char *path, size_t max)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return file_error(d, path, SHAREPOL_EIO, "cannot read this file: ", error_text(errno).text);
    struct stat st;
    if (fstat(fd, &st) != 0) {
        int err = errno;
        close(fd);
        return file_error(d, path, SHAREPOL_EIO, "cannot read this file: ", error_text(err).text);
    }
    if (already_read(d, &st)) {
        close(fd);
        return SHAREPOL_OK;
    }
    if (S_ISREG(st.st_mode) && (uint64_t)st.st_size > max) {
        close(fd);
        return too_large(d, path, max);
    }
    size_t cap = S_ISREG(st.st_mode) ? (size_t)st.st_size + 1 : 65536;
    if (cap > max + 1)
        cap = max + 1;
    char *buf = sp_alloc(&d->allocator, cap);
    if (!buf) {
        close(fd);
        longjmp(*d->arena.on_oom, 1);
    }
    size_t len = 0;
    int err = 0;
    bool grew = true; /* false: the buffer could not grow */
    for (;;) {
        if (len == cap) {
            if (cap > max)
                break;
            size_t ncap = cap * 2 > max + 1 ? max + 1 : cap * 2;
            char *nbuf = sp_realloc(buf, ncap);
            if (!nbuf) {
                grew = false;
                break;
            }
            buf = nbuf;
            cap = ncap;
        }
        ssize_t got = read(fd, buf + len, cap - len);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            err = errno;
        if (got <= 0)
            break;
        len += (size_t)got;
    }
    close(fd);
    if (!grew) {
        sp_free(buf);
        longjmp(*d->arena.on_oom, 1);
    }
    if (err || len > max) {
        sp_free(buf);
        return err ? file_error(d, path, SHAREPOL_EIO, "cannot read this file: ", error_text(err).text)
                   : too_large(d, path, max);
    }
    /* buf is the host's block: free it before the arena may jump away */
    jmp_buf *on_oom = d->arena.on_oom;
    d->arena.on_oom = NULL;
    char *text = text_buffer(d, len);
    d->arena.on_oom = on_oom;
    if (text && len)
        memcpy(text, buf, len);
    sp_free(buf);
    if (!text)
        longjmp(*on_oom, 1);
    uint32_t file = add_source(d, path, text, len);
    sp_source *src = d->sources.v[file];
    src->on_disk = S_ISREG(st.st_mode);
    src->dev = (uint64_t)st.st_dev;
    src->ino = (uint64_t)st.st_ino;
    return SHAREPOL_OK;
}

static int cmp_path(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool is_spol(const char *name)
{
    size_t n = strlen(name);
    return n > 5 && strcmp(name + n - 5, ".spol") == 0;
}

/* Walks with an explicit list; symbolic links to directories are not
 * followed, so a link cycle cannot trap it. */
static int load_directory(sharepol_diagnostics *d, sp_arena *tmp, const char *dir,
                          const sharepol_limits *limits)
{
    SP_VEC(char *) dirs;
    SP_VEC(char *) files;
    SP_VEC(char *) specials; /* .spol names that are not regular files */
    memset(&dirs, 0, sizeof dirs);
    memset(&files, 0, sizeof files);
    memset(&specials, 0, sizeof specials);
    size_t dl = strlen(dir);
    while (dl > 1 && dir[dl - 1] == '/')
        dl--;
    sp_vec_push(tmp, &dirs, sp_arena_strndup(tmp, dir, dl));
    int status = SHAREPOL_OK;
    jmp_buf *on_oom = tmp->on_oom;
    for (uint32_t i = 0; i < dirs.n; i++) {
        DIR *dh = opendir(dirs.v[i]);
        if (!dh) {
            status = file_error(d, dirs.v[i], SHAREPOL_EIO, "cannot read this directory: ",
                                error_text(errno).text);
            continue;
        }
        /* The directory handle must be closed before the arena may jump. */
        tmp->on_oom = NULL;
        bool ok = true;
        struct dirent *e;
        /* NOLINTNEXTLINE(concurrency-mt-unsafe): one stream per call; glibc's readdir is safe so */
        while (ok && (e = readdir(dh)) != NULL) {
            if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
                continue;
            char *path = sp_arena_printf(tmp, "%s/%s", dirs.v[i], e->d_name);
            struct stat st;
            if (!path) {
                ok = false;
            } else if (lstat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
                ok = sp_vec_push(tmp, &dirs, path);
            } else if (is_spol(e->d_name)) {
                /* Only regular files (or links to them) are read from a
                 * directory: a FIFO there would block the reading forever.
                 * What cannot be examined is read, to say what is wrong. */
                bool regular = stat(path, &st) != 0 || S_ISREG(st.st_mode);
                ok = regular ? sp_vec_push(tmp, &files, path)
                             : sp_vec_push(tmp, &specials, path);
            }
        }
        closedir(dh);
        tmp->on_oom = on_oom;
        if (!ok)
            longjmp(*on_oom, 1);
    }
    if (specials.n > 1)
        qsort(specials.v, specials.n, sizeof *specials.v, cmp_path);
    for (uint32_t i = 0; i < specials.n; i++)
        status = file_error(d, specials.v[i], SHAREPOL_EIO,
                            "not a regular file, so it is not read: ",
                            "a directory's .spol files must be regular files");
    if (files.n == 0 && status == SHAREPOL_OK)
        return file_error(d, dir, SHAREPOL_EIO, "no .spol file below this directory", "");
    if (files.n > 1)
        qsort(files.v, files.n, sizeof *files.v, cmp_path);
    for (uint32_t i = 0; i < files.n; i++) {
        if (d->sources.n >= limits->max_files)
            return file_error(d, dir, SHAREPOL_ELIMIT, "too many files in the policy set", "");
        int st = load_file(d, files.v[i], limits->max_file_size);
        if (st != SHAREPOL_OK)
            status = st;
    }
    return status;
}

int sp_input_path(sharepol_diagnostics *d, sp_arena *tmp, const char *path,
                  const sharepol_limits *limits)
{
    struct stat st;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
        return load_directory(d, tmp, path, limits);
    if (d->sources.n >= limits->max_files)
        return file_error(d, path, SHAREPOL_ELIMIT, "too many files in the policy set", "");
    return load_file(d, path, limits->max_file_size);
}

/* Says in words why the bytes at s (n of them to the end of the file) are not
 * UTF-8; sp_utf8_check has found that they are not. */
static void bad_utf8_text(const unsigned char *s, size_t n, char *out, size_t size)
{
    unsigned char c = s[0];
    if (c >= 0x80 && c <= 0xbf) {
        snprintf(out, size, "byte 0x%02x continues a character, but no character starts "
                 "before it", c);
        return;
    }
    if (c >= 0xf5 || c < 0x80) {
        snprintf(out, size, "byte 0x%02x never occurs in UTF-8", c);
        return;
    }
    size_t len = c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
    uint32_t v = c & (len == 2 ? 0x1fu : len == 3 ? 0x0fu : 0x07u);
    for (size_t i = 1; i < len; i++) {
        if (i >= n) {
            snprintf(out, size, "the file ends in the middle of a character "
                     "(byte 0x%02x starts %zu bytes, but only %zu follow%s)",
                     c, len, i - 1, i - 1 == 1 ? "s" : "");
            return;
        }
        if ((s[i] & 0xc0) != 0x80) {
            snprintf(out, size, "byte 0x%02x starts a %zu-byte character, but byte 0x%02x "
                     "after it does not continue it", c, len, s[i]);
            return;
        }
        v = (v << 6) | (s[i] & 0x3fu);
    }
    char bytes[16];
    if (len == 2)
        snprintf(bytes, sizeof bytes, "%02x %02x", s[0], s[1]);
    else if (len == 3)
        snprintf(bytes, sizeof bytes, "%02x %02x %02x", s[0], s[1], s[2]);
    else
        snprintf(bytes, sizeof bytes, "%02x %02x %02x %02x", s[0], s[1], s[2], s[3]);
    uint32_t min = len == 2 ? 0x80 : len == 3 ? 0x800 : 0x10000;
    if (v < min)
        snprintf(out, size, "the bytes %s are an overlong encoding of U+%04X", bytes,
                 (unsigned)v);
    else if (v >= 0xd800 && v <= 0xdfff)
        snprintf(out, size, "the bytes %s encode U+%04X, a UTF-16 surrogate, which is "
                 "not a character", bytes, (unsigned)v);
    else
        snprintf(out, size, "the bytes %s encode U+%X, beyond U+10FFFF, the last "
                 "Unicode character", bytes, (unsigned)v);
}

bool sp_input_check_encoding(sharepol_diagnostics *d, uint32_t file)
{
    const sp_source *src = d->sources.v[file];
    size_t at;
    sp_utf8_problem p = sp_utf8_check(src->text, src->len, &at);
    if (p == SP_UTF8_OK)
        return true;
    sp_loc loc = { file, (uint32_t)at, (uint32_t)at + 1 };
    switch (p) {
    case SP_UTF8_UTF16:
    case SP_UTF8_UTF32:
        sp_diag_error(d, "encoding", loc,
                      "this file is not UTF-8 (a UTF-%d byte-order mark starts it); "
                      "save it as UTF-8",
                      p == SP_UTF8_UTF16 ? 16 : 32);
        break;
    case SP_UTF8_NUL:
        sp_diag_error(d, "nul-byte", loc, "a NUL byte is not allowed in a policy");
        break;
    case SP_UTF8_BOM:
        sp_diag_error(d, "encoding", loc,
                      "a byte-order mark (U+FEFF) is allowed only at the start of a file");
        break;
    case SP_UTF8_BIDI: {
        uint32_t cp = 0;
        sp_utf8_decode((const unsigned char *)src->text + at, src->len - at, &cp);
        sp_diag_error(d, "bidi-control", loc,
                      "the bidirectional control character U+%04X can make text display "
                      "differently from how it reads; it is not allowed anywhere, not even "
                      "in comments and strings",
                      (unsigned)cp);
        break;
    }
    default: {
        char why[160];
        bad_utf8_text((const unsigned char *)src->text + at, src->len - at, why, sizeof why);
        sp_diag_error(d, "encoding", loc, "invalid UTF-8: %s", why);
        break;
    }
    }
    return false;
}
