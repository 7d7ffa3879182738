/* diag.c — the diagnostics list and its rendering with source and caret. */
#include "diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "utf8.h"


sharepol_diagnostics *sp_diag_new(const sharepol_allocator *allocator)
{
    sharepol_diagnostics *d = sp_calloc(allocator, sizeof *d);
    if (!d)
        return NULL;
    if (allocator)
        d->allocator = *allocator;
    sp_arena_init(&d->arena, &d->allocator);
    d->max_errors = SP_DEFAULT_MAX_ERRORS;
    return d;
}

uint32_t sp_diag_add_source(sharepol_diagnostics *d, sp_source *src)
{
    sp_vec_push(&d->arena, &d->sources, src);
    return d->sources.n - 1;
}

static void add(sharepol_diagnostics *d, int severity, const char *code,
                sp_loc loc, const char *fmt, va_list ap) SP_PRINTF(5, 0);

static void add(sharepol_diagnostics *d, int severity, const char *code,
                sp_loc loc, const char *fmt, va_list ap)
{
    char tmp[512];
    va_list copy;
    va_copy(copy, ap);
    int n = vsnprintf(tmp, sizeof tmp, fmt, copy);
    va_end(copy);
    if (n < 0)
        n = 0;
    char *msg = sp_arena_alloc(&d->arena, (size_t)n + 1);
    if (!msg)
        return;
    vsnprintf(msg, (size_t)n + 1, fmt, ap);

    sharepol_diagnostic item;
    memset(&item, 0, sizeof item);
    item.severity = severity;
    item.code = code;
    item.message = msg;
    sp_diag_place place = { loc.file, loc.start, loc.end };
    if (loc.file != SP_NOWHERE && loc.file < d->sources.n) {
        const sp_source *src = d->sources.v[loc.file];
        item.file = src->name;
        if (loc.start != SP_NOPOS) {
            sp_source_position(src, loc.start, &item.line, &item.column);
            size_t last = loc.end > loc.start ? loc.end - 1 : loc.start;
            /* The last character starts at the last non-continuation byte. */
            while (last > loc.start && last < src->len &&
                   ((unsigned char)src->text[last] & 0xc0) == 0x80)
                last--;
            sp_source_position(src, last, &item.end_line, &item.end_column);
        }
    }
    if (sp_vec_push(&d->arena, &d->items, item))
        sp_vec_push(&d->arena, &d->places, place);
}

void sp_diag_error(sharepol_diagnostics *d, const char *code, sp_loc loc,
                   const char *fmt, ...)
{
    d->dropping = d->stopped;
    if (d->dropping)
        return;
    va_list ap;
    va_start(ap, fmt);
    add(d, SHAREPOL_SEVERITY_ERROR, code, loc, fmt, ap);
    va_end(ap);
    d->errors++;
    if (d->errors >= d->max_errors) {
        d->stopped = true;
        char msg[64];
        snprintf(msg, sizeof msg, "too many errors (%u), stopping", d->max_errors);
        sharepol_diagnostic item;
        memset(&item, 0, sizeof item);
        item.severity = SHAREPOL_SEVERITY_NOTE;
        item.code = "too-many-errors";
        item.message = sp_arena_strdup(&d->arena, msg);
        sp_diag_place place = { SP_NOWHERE, SP_NOPOS, SP_NOPOS };
        if (item.message && sp_vec_push(&d->arena, &d->items, item))
            sp_vec_push(&d->arena, &d->places, place);
        d->dropping = true; /* the error's own notes would follow the stop */
    }
}

void sp_diag_warning(sharepol_diagnostics *d, const char *code, sp_loc loc,
                     const char *fmt, ...)
{
    d->dropping = d->no_warnings || d->stopped;
    if (d->dropping)
        return;
    va_list ap;
    va_start(ap, fmt);
    add(d, d->werror ? SHAREPOL_SEVERITY_ERROR : SHAREPOL_SEVERITY_WARNING, code,
        loc, fmt, ap);
    va_end(ap);
    if (d->werror)
        d->errors++;
    else
        d->warnings++;
}

void sp_diag_note(sharepol_diagnostics *d, sp_loc loc, const char *fmt, ...)
{
    if (d->items.n == 0 || d->dropping)
        return;
    va_list ap;
    va_start(ap, fmt);
    add(d, SHAREPOL_SEVERITY_NOTE, "note", loc, fmt, ap);
    va_end(ap);
}

const char *sp_diag_text(const sharepol_diagnostics *d, sp_loc loc, size_t *len)
{
    if (loc.file >= d->sources.n || loc.start == SP_NOPOS) {
        *len = 0;
        return "";
    }
    const sp_source *src = d->sources.v[loc.file];
    size_t end = loc.end > src->len ? src->len : loc.end;
    *len = end > loc.start ? end - loc.start : 0;
    return src->text + loc.start;
}

void sp_diag_hand_over(sharepol_diagnostics *d, int status, sharepol_diagnostics **out)
{
    if (status == SHAREPOL_ENOMEM || !out) {
        sharepol_diagnostics_free(d);
        d = NULL;
    }
    if (out)
        *out = d;
}

/* ---- public list access ---------------------------------------------- */

size_t sharepol_diagnostics_count(const sharepol_diagnostics *d)
{
    return d ? d->items.n : 0;
}

const sharepol_diagnostic *sharepol_diagnostics_get(const sharepol_diagnostics *d,
                                                    size_t index)
{
    return d && index < d->items.n ? &d->items.v[index] : NULL;
}

size_t sharepol_diagnostics_errors(const sharepol_diagnostics *d)
{
    return d ? d->errors : 0;
}

size_t sharepol_diagnostics_warnings(const sharepol_diagnostics *d)
{
    return d ? d->warnings : 0;
}

void sharepol_diagnostics_free(sharepol_diagnostics *d)
{
    if (!d)
        return;
    sp_arena_free(&d->arena);
    sp_free(d);
}

void sharepol_string_free(char *s)
{
    sp_free(s);
}

/* ---- rendering ---------------------------------------------------------- */

#define SNIPPET_WINDOW 60 /* characters shown either side of a place in a long line */
#define SNIPPET_MAX 160   /* lines up to this many characters are shown whole */

typedef struct style {
    const char *bold, *reset, *error, *warning, *note, *caret;
} style;

static const style plain = { "", "", "", "", "", "" };
static const style colored = { "\033[1m", "\033[0m", "\033[1;31m", "\033[1;35m",
                               "\033[1;36m", "\033[1;32m" };

/* One character of the line as shown: its text and its width on screen. */
static size_t show_char(const sp_source *src, size_t p, size_t end, sp_buf *out,
                        unsigned *width)
{
    uint32_t cp;
    size_t n = sp_utf8_decode((const unsigned char *)src->text + p, end - p, &cp);
    char esc[16];
    if (n == 0) {
        snprintf(esc, sizeof esc, "\\x%02x", (unsigned char)src->text[p]);
        n = 1;
    } else if (cp == '\t') {
        if (out)
            sp_buf_putc(out, '\t');
        *width = 0; /* a tab is copied into the caret line as a tab */
        return n;
    } else if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0)) {
        snprintf(esc, sizeof esc, "\\x%02x", (unsigned)cp);
    } else if (cp > 0x20 && (sp_utf8_is_bidi(cp) || sp_utf8_is_invisible(cp))) {
        snprintf(esc, sizeof esc, "\\u{%x}", (unsigned)cp);
    } else {
        if (out)
            sp_buf_add(out, src->text + p, n);
        *width = sp_utf8_width(cp);
        return n;
    }
    if (out)
        sp_buf_puts(out, esc);
    *width = (unsigned)strlen(esc);
    return n;
}

static size_t back_chars(const sp_source *src, size_t from, size_t limit, unsigned count)
{
    size_t p = from;
    while (count > 0 && p > limit) {
        p--;
        while (p > limit && ((unsigned char)src->text[p] & 0xc0) == 0x80)
            p--;
        count--;
    }
    return p;
}

static size_t fwd_chars(const sp_source *src, size_t from, size_t limit, unsigned count)
{
    size_t p = from;
    while (count > 0 && p < limit) {
        p++;
        while (p < limit && ((unsigned char)src->text[p] & 0xc0) == 0x80)
            p++;
        count--;
    }
    return p;
}

static void render_snippet(sp_buf *b, const sp_source *src, const sp_diag_place *pl,
                           unsigned line, const style *st)
{
    size_t start = pl->start > src->len ? src->len : pl->start;
    size_t ls = sp_source_line_start(src, start);
    if (ls < src->body)
        ls = src->body;
    size_t le = sp_source_line_end(src, start);
    size_t end = pl->end > le ? le : pl->end;
    if (end < start)
        end = start;
    /* A long line is cut to a window around the place, and a long place (a
     * name of a million characters) to its first SNIPPET_WINDOW characters. */
    bool whole = fwd_chars(src, ls, le, SNIPPET_MAX) == le;
    size_t ws = whole ? ls : back_chars(src, start, ls, SNIPPET_WINDOW);
    if (!whole) {
        size_t cap = fwd_chars(src, start, le, SNIPPET_WINDOW);
        if (end > cap)
            end = cap;
    }
    size_t we = whole ? le : fwd_chars(src, end > start ? end : start, le, SNIPPET_WINDOW);
    bool cut_left = ws > ls, cut_right = we < le;

    sp_buf_printf(b, "%5u | ", line);
    if (cut_left)
        sp_buf_puts(b, "...");
    unsigned w;
    for (size_t p = ws; p < we;)
        p += show_char(src, p, we, b, &w);
    if (cut_right)
        sp_buf_puts(b, "...");
    sp_buf_puts(b, "\n      | ");
    if (cut_left)
        sp_buf_puts(b, "   ");
    for (size_t p = ws; p < start;) {
        size_t n = show_char(src, p, we, NULL, &w);
        if (src->text[p] == '\t')
            sp_buf_putc(b, '\t');
        for (unsigned i = 0; i < w; i++)
            sp_buf_putc(b, ' ');
        p += n;
    }
    sp_buf_puts(b, st->caret);
    sp_buf_putc(b, '^');
    bool first = true;
    for (size_t p = start; p < end && p < we;) {
        size_t n = show_char(src, p, we, NULL, &w);
        if (src->text[p] == '\t')
            w = 1;
        for (unsigned i = first ? 1 : 0; i < w; i++)
            sp_buf_putc(b, '~');
        first = false;
        p += n;
    }
    sp_buf_puts(b, st->reset);
    sp_buf_putc(b, '\n');
}

int sharepol_diagnostics_render(char **out, const sharepol_diagnostics *d,
                                unsigned flags)
{
    if (!out)
        return SHAREPOL_EINVAL;
    *out = NULL;
    const style *st = (flags & SHAREPOL_RENDER_COLOR) ? &colored : &plain;
    sp_buf b;
    sp_buf_init(&b, d ? &d->allocator : NULL);
    for (uint32_t i = 0; d && i < d->items.n; i++) {
        const sharepol_diagnostic *it = &d->items.v[i];
        const sp_diag_place *pl = &d->places.v[i];
        sp_buf_puts(&b, st->bold);
        if (it->file) {
            sp_buf_escaped(&b, it->file, strlen(it->file), 0);
            if (it->line)
                sp_buf_printf(&b, ":%u:%u", it->line, it->column);
            sp_buf_puts(&b, ": ");
        } else {
            sp_buf_puts(&b, "sharepol: ");
        }
        sp_buf_puts(&b, st->reset);
        /* The stable code goes with the severity, "error[undefined-name]:",
         * so that a reader can look it up in docs/errors.md; a plain note
         * has none of its own. */
        bool coded = it->code && strcmp(it->code, "note") != 0;
        switch (it->severity) {
        case SHAREPOL_SEVERITY_ERROR:
            sp_buf_printf(&b, "%serror", st->error);
            break;
        case SHAREPOL_SEVERITY_WARNING:
            sp_buf_printf(&b, "%swarning", st->warning);
            break;
        default:
            sp_buf_printf(&b, "%snote", st->note);
            break;
        }
        if (coded)
            sp_buf_printf(&b, "[%s]", it->code);
        sp_buf_printf(&b, ":%s ", st->reset);
        sp_buf_puts(&b, st->bold);
        sp_buf_escaped(&b, it->message, strlen(it->message), 0);
        sp_buf_puts(&b, st->reset);
        sp_buf_putc(&b, '\n');
        /* A note about the very place just shown does not repeat it. */
        bool repeated = it->severity == SHAREPOL_SEVERITY_NOTE && i > 0 &&
                        d->places.v[i - 1].file == pl->file &&
                        d->places.v[i - 1].start == pl->start &&
                        d->places.v[i - 1].end == pl->end;
        if (it->line && pl->file < d->sources.n && !repeated)
            render_snippet(&b, d->sources.v[pl->file], pl, it->line, st);
    }
    *out = sp_buf_finish(&b);
    return *out ? SHAREPOL_OK : SHAREPOL_ENOMEM;
}
