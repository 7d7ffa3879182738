/* lsp_workspace.c — the documents an editor has open, the policy set each
 * belongs to (every `.spol` file of its folder, open buffers in place of
 * their files), the check that publishes diagnostics per file, and the
 * conversion between byte offsets and LSP positions, whose characters are
 * counted in UTF-16 code units unless the client chose UTF-8 or UTF-32. */
#include <ctype.h>
#include <dirent.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "lsp.h"

/* ---- positions ---------------------------------------------------------- */

/* The length of the character at p (1 to 4); a byte that does not start a
 * well-formed character counts as one (a file on disk may not be UTF-8:
 * the compiler reports it, the positions must still be sane). */
static size_t char_length(const char *text, size_t length, size_t i)
{
    unsigned char c = (unsigned char)text[i];
    size_t n = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    if (i + n > length)
        return 1;
    for (size_t k = 1; k < n; k++)
        if (((unsigned char)text[i + k] & 0xc0) != 0x80)
            return 1;
    return n;
}

static size_t units_of(lsp_encoding enc, size_t bytes)
{
    if (enc == LSP_UTF8)
        return bytes;
    if (enc == LSP_UTF16 && bytes == 4)
        return 2;  /* beyond U+FFFF: a surrogate pair */
    return 1;
}

/* Is there a line break at i?  @return its length (CR LF is one). */
static size_t line_break(const char *text, size_t length, size_t i)
{
    if (text[i] == '\n')
        return 1;
    if (text[i] == '\r')
        return i + 1 < length && text[i + 1] == '\n' ? 2 : 1;
    return 0;
}

void lsp_forget_lines(lsp_server *srv)
{
    free(srv->lines);
    srv->lines = NULL;
    srv->lines_text = NULL;
    srv->lines_length = 0;
    srv->n_lines = 0;
}

/* The offsets where the lines of text start, built once per text.  NULL
 * when out of memory: the callers then scan the text. */
static const size_t *line_index(lsp_server *srv, const char *text, size_t length)
{
    if (srv->lines && srv->lines_text == text && srv->lines_length == length)
        return srv->lines;
    lsp_forget_lines(srv);
    size_t n = 1;
    for (size_t i = 0; i < length;) {
        size_t br = line_break(text, length, i);
        n += br != 0;
        i += br ? br : 1;
    }
    size_t *v = malloc(n * sizeof *v);
    if (!v)
        return NULL;
    v[0] = 0;
    n = 1;
    for (size_t i = 0; i < length;) {
        size_t br = line_break(text, length, i);
        i += br ? br : 1;
        if (br)
            v[n++] = i;
    }
    srv->lines = v;
    srv->n_lines = n;
    srv->lines_text = text;
    srv->lines_length = length;
    return v;
}

/* The offset of the first byte of line number `line` (from 0), or length
 * when the text has fewer lines. */
static size_t line_start(lsp_server *srv, const char *text, size_t length, size_t line)
{
    const size_t *lines = line_index(srv, text, length);
    if (lines)
        return line < srv->n_lines ? lines[line] : length;
    size_t i = 0;
    while (line > 0 && i < length) {
        size_t br = line_break(text, length, i);
        if (br) {
            i += br;
            line--;
        } else {
            i++;
        }
    }
    return line > 0 ? length : i;
}

/* The start of the line holding offset (after a whole CR LF only). */
static size_t line_of(lsp_server *srv, const char *text, size_t length, size_t offset,
                      size_t *line)
{
    const size_t *lines = line_index(srv, text, length);
    if (lines) {
        size_t lo = 0, hi = srv->n_lines;  /* lines[lo] <= offset < lines[hi] */
        while (hi - lo > 1) {
            size_t mid = lo + (hi - lo) / 2;
            if (lines[mid] <= offset)
                lo = mid;
            else
                hi = mid;
        }
        *line = lo;
        return lines[lo];
    }
    size_t start = 0;
    *line = 0;
    for (size_t i = 0; i < offset;) {
        size_t br = line_break(text, length, i);
        if (br) {
            i += br;
            if (i > offset)
                break;  /* between CR and LF: still the line before */
            (*line)++;
            start = i;
        } else {
            i++;
        }
    }
    return start;
}

json_t *lsp_position_at(lsp_server *srv, const char *text, size_t length, size_t offset)
{
    if (offset > length)
        offset = length;
    size_t line;
    size_t start = line_of(srv, text, length, offset, &line);
    size_t units = 0;
    for (size_t i = start; i < offset;) {
        size_t n = char_length(text, length, i);
        units += units_of(srv->encoding, n);
        i += n;
    }
    return json_pack("{s:I, s:I}", "line", (json_int_t)line, "character", (json_int_t)units);
}

json_t *lsp_range_of(lsp_server *srv, const char *text, size_t length, size_t start,
                     size_t end)
{
    return json_pack("{s:o, s:o}", "start", lsp_position_at(srv, text, length, start), "end",
                     lsp_position_at(srv, text, length, end));
}

bool lsp_offset_of(lsp_server *srv, const char *text, size_t length, json_t *pos,
                   size_t *offset)
{
    json_t *jl = json_object_get(pos, "line"), *jc = json_object_get(pos, "character");
    if (!json_is_integer(jl) || !json_is_integer(jc) || json_integer_value(jl) < 0 ||
        json_integer_value(jc) < 0)
        return false;
    size_t i = line_start(srv, text, length, (size_t)json_integer_value(jl));
    size_t want = (size_t)json_integer_value(jc), units = 0;
    while (i < length && !line_break(text, length, i)) {
        size_t n = char_length(text, length, i);
        size_t u = units_of(srv->encoding, n);
        if (units + u > want)
            break;  /* inside a character: its start */
        units += u;
        i += n;
    }
    *offset = i;
    return true;
}

size_t lsp_offset_of_line_column(lsp_server *srv, const char *text, size_t length,
                                 unsigned line, unsigned column)
{
    if (line == 0)
        return 0;
    size_t i = line_start(srv, text, length, line - 1);
    for (unsigned c = 1; c < column && i < length && !line_break(text, length, i); c++)
        i += char_length(text, length, i);
    return i;
}

/* ---- messages to the client ---------------------------------------------- */

void lsp_notify(lsp_server *srv, const char *method, json_t *params)
{
    json_t *msg = json_pack("{s:s, s:s, s:o}", "jsonrpc", "2.0", "method", method, "params",
                            params ? params : json_null());
    if (!lsp_write_message(srv->out, msg))
        srv->output_failed = true;
}

void lsp_log(lsp_server *srv, int type, const char *fmt, ...)
{
    char text[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(text, sizeof text, fmt, ap);
    va_end(ap);
    lsp_notify(srv, "window/logMessage",
               json_pack("{s:i, s:o}", "type", type, "message", cli_json_string(text)));
}

/* ---- URIs -------------------------------------------------------------- */

/* "%XX" at p as a byte, or -1 when it is not one. */
static int percent_byte(const char *p)
{
    if (p[0] != '%' || !isxdigit((unsigned char)p[1]) || !isxdigit((unsigned char)p[2]))
        return -1;
    char two[3] = { p[1], p[2], '\0' };
    return (int)strtol(two, NULL, 16);
}

/* The path of a file: URI (RFC 8089: "file://" with an empty or localhost
 * authority, percent-decoded), or NULL for any other URI. */
static char *path_of_uri(const char *uri)
{
    const char *p;
    if (strncmp(uri, "file://", 7) != 0)
        return NULL;
    p = uri + 7;
    if (strncmp(p, "localhost/", 10) == 0)
        p += 9;
    if (*p != '/')
        return NULL;
    char *out = malloc(strlen(p) + 1), *o = out;
    if (!out)
        return NULL;
    for (; *p; p++) {
        int byte = percent_byte(p);
        if (byte >= 0) {
            char c = (char)byte;
            if (c == '\0') {
                free(out);
                return NULL;
            }
            *o++ = c;
            p += 2;
        } else {
            *o++ = *p;
        }
    }
    *o = '\0';
    return out;
}

static char *uri_of_path(const char *path)
{
    static const char hex[] = "0123456789ABCDEF";
    char *out = malloc(7 + 3 * strlen(path) + 1), *o = out;
    if (!out)
        return NULL;
    memcpy(o, "file://", 7);
    o += 7;
    for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
        if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
            strchr("-._~/", *p)) {
            *o++ = (char)*p;
        } else {
            *o++ = '%';
            *o++ = hex[*p >> 4];
            *o++ = hex[*p & 15];
        }
    }
    *o = '\0';
    return out;
}

/* ---- documents ----------------------------------------------------------- */

lsp_document *lsp_document_find(lsp_server *srv, const char *uri)
{
    for (size_t i = 0; i < srv->n_docs; i++)
        if (strcmp(srv->docs[i].uri, uri) == 0)
            return &srv->docs[i];
    return NULL;
}

static lsp_document *find_by_path(lsp_server *srv, const char *path)
{
    for (size_t i = 0; i < srv->n_docs; i++)
        if (strcmp(srv->docs[i].path, path) == 0)
            return &srv->docs[i];
    return NULL;
}

static char *copy_text(const char *text, size_t length)
{
    char *c = malloc(length + 1);
    if (c) {
        memcpy(c, text, length);
        c[length] = '\0';
    }
    return c;
}

bool lsp_document_open(lsp_server *srv, const char *uri, const char *text, size_t length,
                       long version)
{
    lsp_forget_lines(srv);
    char *copy = copy_text(text, length);
    if (!copy)
        return false;
    lsp_document *doc = lsp_document_find(srv, uri);
    if (doc) {
        free(doc->text);
        doc->text = copy;
        doc->length = length;
        doc->version = version;
        return true;
    }
    if (srv->n_docs == srv->cap_docs) {
        size_t cap = srv->cap_docs ? 2 * srv->cap_docs : 8;
        lsp_document *v = realloc(srv->docs, cap * sizeof *v);
        if (!v) {
            free(copy);
            return false;
        }
        srv->docs = v;
        srv->cap_docs = cap;
    }
    doc = &srv->docs[srv->n_docs];
    doc->uri = strdup(uri);
    doc->path = path_of_uri(uri);
    if (!doc->path && doc->uri)
        doc->path = strdup(uri);
    if (!doc->uri || !doc->path) {
        free(doc->uri);
        free(doc->path);
        free(copy);
        return false;
    }
    doc->text = copy;
    doc->length = length;
    doc->version = version;
    srv->n_docs++;
    return true;
}

void lsp_document_close(lsp_server *srv, const char *uri)
{
    lsp_document *doc = lsp_document_find(srv, uri);
    if (!doc)
        return;
    lsp_forget_lines(srv);
    free(doc->uri);
    free(doc->path);
    free(doc->text);
    *doc = srv->docs[--srv->n_docs];
}

bool lsp_document_change(lsp_server *srv, lsp_document *doc, json_t *change)
{
    json_t *jtext = json_object_get(change, "text");
    if (!json_is_string(jtext))
        return false;
    const char *text = json_string_value(jtext);
    size_t n = json_string_length(jtext);
    json_t *range = json_object_get(change, "range");
    size_t start = 0, end = doc->length;
    if (range) {
        if (!lsp_offset_of(srv, doc->text, doc->length, json_object_get(range, "start"), &start) ||
            !lsp_offset_of(srv, doc->text, doc->length, json_object_get(range, "end"), &end) ||
            end < start)
            return false;
    }
    char *t = malloc(doc->length - (end - start) + n + 1);
    if (!t)
        return false;
    lsp_forget_lines(srv);
    memcpy(t, doc->text, start);
    memcpy(t + start, text, n);
    memcpy(t + start + n, doc->text + end, doc->length - end);
    doc->length = doc->length - (end - start) + n;
    t[doc->length] = '\0';
    free(doc->text);
    doc->text = t;
    return true;
}

void lsp_server_free(lsp_server *srv)
{
    while (srv->n_docs)
        lsp_document_close(srv, srv->docs[0].uri);
    free(srv->docs);
    srv->docs = NULL;
    srv->cap_docs = 0;
    lsp_forget_lines(srv);
}

/* ---- policy sets --------------------------------------------------------- */

static int cmp_string(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool has_spol_suffix(const char *name)
{
    size_t n = strlen(name);
    return n > 5 && strcmp(name + n - 5, ".spol") == 0;
}

/* The paths of the set of a file path: its folder's .spol files, the open
 * documents of that folder, and the path itself; sorted, no repeats. */
static char **set_paths(lsp_server *srv, const char *path, size_t *n_out)
{
    const char *slash = strrchr(path, '/');
    size_t dir_len = slash ? (size_t)(slash - path) : 0;
    size_t n = 0, cap = 16;
    char **v = malloc(cap * sizeof *v);
    if (!v)
        return NULL;
    char *dir = malloc(dir_len + 2);
    if (!dir) {
        free(v);
        return NULL;
    }
    if (dir_len) {
        memcpy(dir, path, dir_len);
        dir[dir_len] = '\0';
    } else {
        memcpy(dir, "/", 2);  /* a file in the root folder */
    }
    bool failed = false;
    DIR *d = opendir(dir);
    struct dirent *e;
    while (d && !failed && (e = readdir(d)) != NULL) {
        if (!has_spol_suffix(e->d_name))
            continue;
        char *p = malloc(dir_len + strlen(e->d_name) + 2);
        struct stat st;
        if (!p) {
            failed = true;
            break;
        }
        sprintf(p, "%.*s/%s", (int)dir_len, path, e->d_name);
        if (stat(p, &st) != 0 || !S_ISREG(st.st_mode)) {
            free(p);
            continue;
        }
        if (n + srv->n_docs + 1 >= cap) {
            char **w = realloc(v, 2 * cap * sizeof *v);
            if (!w) {
                free(p);
                failed = true;
                break;
            }
            v = w;
            cap *= 2;
        }
        v[n++] = p;
    }
    if (d)
        closedir(d);
    free(dir);
    /* Open documents of the folder that are not (yet) on disk, and the
     * document itself: room for them was kept above. */
    if (!failed && n + srv->n_docs + 1 >= cap) {
        char **w = realloc(v, (n + srv->n_docs + 2) * sizeof *v);
        if (w)
            v = w;
        else
            failed = true;
    }
    for (size_t i = 0; !failed && i <= srv->n_docs; i++) {
        const char *p = i < srv->n_docs ? srv->docs[i].path : path;
        const char *s = strrchr(p, '/');
        if (!s || (size_t)(s - p) != dir_len || strncmp(p, path, dir_len) != 0)
            continue;
        if (i < srv->n_docs && !has_spol_suffix(p) && strcmp(p, path) != 0)
            continue;
        bool seen = false;
        for (size_t k = 0; k < n && !seen; k++)
            seen = strcmp(v[k], p) == 0;
        if (!seen && !(v[n++] = strdup(p)))
            failed = true;
    }
    if (failed) {
        for (size_t k = 0; k < n; k++)
            free(v[k]);
        free(v);
        return NULL;
    }
    qsort(v, n, sizeof *v, cmp_string);
    *n_out = n;
    return v;
}

bool lsp_set_of(lsp_server *srv, const lsp_document *doc, lsp_set *set)
{
    memset(set, 0, sizeof *set);
    size_t n = 1;
    char **paths = NULL;
    if (strncmp(doc->uri, "file://", 7) == 0) {
        paths = set_paths(srv, doc->path, &n);
        if (!paths)
            return false;
    }
    size_t cap = n ? n : 1;
    set->texts = calloc(cap, sizeof *set->texts);
    set->uris = calloc(cap, sizeof *set->uris);
    set->names = calloc(cap, sizeof *set->names);
    set->owned = calloc(cap, sizeof *set->owned);
    bool ok = set->texts && set->uris && set->names && set->owned;
    for (size_t i = 0; ok && i < n; i++) {
        const char *path = paths ? paths[i] : doc->path;
        const lsp_document *open = paths ? find_by_path(srv, path) : doc;
        size_t k = set->n;
        sharepol_text *t = &set->texts[k];
        if (open) {
            t->text = open->text;
            t->length = open->length;
            set->uris[k] = strdup(open->uri);
        } else {
            /* A file that cannot be read is left out, as if it had been
             * deleted meanwhile. */
            set->owned[k] = cli_read_file(path, &t->length);
            if (!set->owned[k])
                continue;
            t->text = set->owned[k];
            set->uris[k] = uri_of_path(path);
        }
        set->names[k] = strdup(path);
        t->name = set->names[k];
        set->n++;
        ok = set->uris[k] && set->names[k];
    }
    if (paths) {
        for (size_t i = 0; i < n; i++)
            free(paths[i]);
        free(paths);
    }
    if (!ok) {
        lsp_set_free(set);
        return false;
    }
    return true;
}

void lsp_set_free(lsp_set *set)
{
    for (size_t i = 0; i < set->n; i++) {
        free(set->owned[i]);
        free(set->uris[i]);
        free(set->names[i]);
    }
    free(set->texts);
    free(set->uris);
    free(set->names);
    free(set->owned);
    memset(set, 0, sizeof *set);
}

const sharepol_text *lsp_set_text(const lsp_set *set, const char *file, const char **uri)
{
    for (size_t i = 0; file && i < set->n; i++)
        if (strcmp(set->texts[i].name, file) == 0) {
            if (uri)
                *uri = set->uris[i];
            return &set->texts[i];
        }
    return NULL;
}

/* ---- diagnostics ------------------------------------------------------- */

/* The range of a diagnostic in its text: from its first character to just
 * after its last (the library's end is inclusive). */
static json_t *diagnostic_range(lsp_server *srv, const sharepol_text *t,
                                const sharepol_diagnostic *d)
{
    size_t start = lsp_offset_of_line_column(srv, t->text, t->length, d->line, d->column);
    size_t end = start;
    if (d->end_line)
        end = lsp_offset_of_line_column(srv, t->text, t->length, d->end_line, d->end_column);
    if (end < start)
        end = start;
    if (end < t->length && !line_break(t->text, t->length, end))
        end += char_length(t->text, t->length, end);
    return lsp_range_of(srv, t->text, t->length, start, end);
}

static json_t *lsp_diagnostic(lsp_server *srv, const sharepol_text *t,
                              const sharepol_diagnostic *d)
{
    json_t *j = json_pack("{s:o, s:i, s:o, s:s, s:o, s:[]}", "range",
                          diagnostic_range(srv, t, d), "severity",
                          d->severity == SHAREPOL_SEVERITY_ERROR ? 1 : 2, "code",
                          cli_json_string(d->code), "source", "sharepol", "message",
                          cli_json_string(d->message), "relatedInformation");
    if (d->code && strcmp(d->code, "unused") == 0)
        json_object_set_new(j, "tags", json_pack("[i]", 1));  /* Unnecessary: greyed out */
#ifdef SHAREPOL_DOCS_URL
    char href[256];
    snprintf(href, sizeof href, "%s/errors.md#%.100s", SHAREPOL_DOCS_URL, d->code);
    json_object_set_new(j, "codeDescription", json_pack("{s:s}", "href", href));
#endif
    return j;
}

/* The index in set of the diagnostic's file; a diagnostic with no place in
 * a file of the set (an unreadable file) goes to the document checked. */
static size_t file_index(const lsp_set *set, const sharepol_diagnostic *d, size_t fallback)
{
    for (size_t i = 0; d->file && i < set->n; i++)
        if (strcmp(set->texts[i].name, d->file) == 0)
            return i;
    return fallback;
}

void lsp_check_and_publish(lsp_server *srv, const lsp_document *doc)
{
    lsp_set set;
    if (!lsp_set_of(srv, doc, &set)) {
        lsp_log(srv, 1, "sharepol: out of memory while reading the policy set of %s", doc->uri);
        return;
    }
    size_t self = 0;
    for (size_t i = 0; i < set.n; i++)
        if (strcmp(set.uris[i], doc->uri) == 0)
            self = i;
    json_t **lists = calloc(set.n ? set.n : 1, sizeof *lists);
    sharepol_policy *policy = NULL;
    sharepol_diagnostics *diags = NULL;
    int status = set.n ? sharepol_compile_texts(&policy, set.texts, set.n, NULL, &diags)
                       : SHAREPOL_EINVAL;
    sharepol_policy_release(policy);
    if (!lists || status == SHAREPOL_ENOMEM) {
        lsp_log(srv, 1, "sharepol: out of memory while checking %s", doc->uri);
        goto out;
    }
    for (size_t i = 0; i < set.n; i++)
        lists[i] = json_array();
    json_t *last = NULL;
    size_t last_file = self;
    for (size_t i = 0; i < sharepol_diagnostics_count(diags); i++) {
        const sharepol_diagnostic *d = sharepol_diagnostics_get(diags, i);
        size_t f = file_index(&set, d, self);
        if (d->severity == SHAREPOL_SEVERITY_NOTE) {
            if (!last)
                continue;
            /* A note without a place of its own points at its diagnostic. */
            if (!d->line || !d->file)
                f = last_file;
            json_t *loc = json_pack("{s:s, s:o}", "uri", set.uris[f], "range",
                                    diagnostic_range(srv, &set.texts[f], d));
            json_array_append_new(json_object_get(last, "relatedInformation"),
                                  json_pack("{s:o, s:o}", "location", loc, "message",
                                            cli_json_string(d->message)));
            continue;
        }
        last = lsp_diagnostic(srv, &set.texts[f], d);
        last_file = f;
        json_array_append_new(lists[f], last);
    }
    for (size_t i = 0; i < set.n; i++) {
        /* Versions only for the open documents: the text checked. */
        lsp_document *open = lsp_document_find(srv, set.uris[i]);
        json_t *params = json_pack("{s:s, s:o}", "uri", set.uris[i], "diagnostics", lists[i]);
        lists[i] = NULL;
        if (open)
            json_object_set_new(params, "version", json_integer(open->version));
        lsp_notify(srv, "textDocument/publishDiagnostics", params);
    }
out:
    free(lists);
    sharepol_diagnostics_free(diags);
    lsp_set_free(&set);
    lsp_forget_lines(srv);
}

void lsp_publish_empty(lsp_server *srv, const char *uri)
{
    lsp_notify(srv, "textDocument/publishDiagnostics",
               json_pack("{s:s, s:[]}", "uri", uri, "diagnostics"));
}
