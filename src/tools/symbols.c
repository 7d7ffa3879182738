/* symbols.c — sharepol_symbols_new() and its accessors: the declared names
 * of a policy set and every place a name is written, for editors.
 *
 * The texts are parsed but not checked, so a set with errors still has its
 * symbols (a statement the parser could not read is simply missing).  The
 * declarations are the syntax tree's own list, whatever kinds the grammar
 * declares; the places of names are every name token the scanner read
 * (sp_lex_name records them when prog->collect_names is set), so nothing
 * here knows where in a statement a name may stand.  The language has one
 * namespace, so a name token means the declaration of that name. */
#include <setjmp.h>
#include <string.h>

#include "alloc.h"
#include "keywords.h"
#include "input.h"
#include "parse.h"
#include "source.h"
#include "symtab.h"

struct sharepol_symbols {
    sharepol_allocator allocator;
    sp_arena arena;               /* the syntax tree and every table here */
    sharepol_diagnostics *diags;  /* holds the sources (and their texts) */
    sharepol_symbol *symbols;
    size_t n_symbols;
    sharepol_reference *refs;
    size_t n_refs;
    sp_symtab first;              /* name -> its first symbol */
};

/* A declaration's text on one line is cut after this many bytes. */
#define SYMBOL_TEXT_MAX 400u

static sharepol_span span_of(const sharepol_diagnostics *d, sp_loc loc)
{
    sharepol_span s;
    memset(&s, 0, sizeof s);
    if (loc.file >= d->sources.n || loc.start == SP_NOPOS)
        return s;
    const sp_source *src = d->sources.v[loc.file];
    s.file = src->name;
    s.start = loc.start;
    s.end = loc.end;
    sp_source_position(src, loc.start, &s.line, &s.column);
    sp_source_position(src, loc.end, &s.end_line, &s.end_column);
    return s;
}

/* The declaration's source with each run of white space and comments made
 * one space (strings kept as written), cut at a character boundary. */
static const char *one_line(sp_arena *a, const sharepol_diagnostics *d, sp_loc loc)
{
    if (loc.file >= d->sources.n || loc.start == SP_NOPOS)
        return "";
    const char *t = d->sources.v[loc.file]->text;
    char *out = sp_arena_alloc(a, SYMBOL_TEXT_MAX + 4);
    size_t n = 0;
    bool in_string = false, space = false;
    for (size_t i = loc.start; i < loc.end && n < SYMBOL_TEXT_MAX; i++) {
        unsigned char c = (unsigned char)t[i];
        if (in_string) {
            out[n++] = (char)c;
            if (c == '\\' && i + 1 < loc.end && n < SYMBOL_TEXT_MAX)
                out[n++] = t[++i];
            else if (c == '"')
                in_string = false;
            continue;
        }
        if (c == '#') {
            while (i + 1 < loc.end && t[i + 1] != '\n' && t[i + 1] != '\r')
                i++;
            space = true;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = true;
            continue;
        }
        if (space && n > 0)
            out[n++] = ' ';
        space = false;
        if (n < SYMBOL_TEXT_MAX)
            out[n++] = (char)c;
        if (c == '"')
            in_string = true;
    }
    if (n >= SYMBOL_TEXT_MAX) {
        while (n > 0 && ((unsigned char)out[n - 1] & 0xC0) == 0x80)
            n--;  /* inside a character: drop its continuation bytes */
        if (n > 0 && ((unsigned char)out[n - 1] & 0xC0) == 0xC0)
            n--;  /* and its lead byte */
        memcpy(out + n, "...", 3);
        n += 3;
    }
    out[n] = '\0';
    return out;
}

static const char *const *names_of(sp_arena *a, const sp_refs *refs, const char *star,
                                   size_t *n)
{
    size_t count = refs->n + (star ? 1 : 0);
    *n = count;
    const char **v = sp_arena_alloc(a, (count ? count : 1) * sizeof *v);
    size_t k = 0;
    if (star)
        v[k++] = star;
    for (uint32_t i = 0; i < refs->n; i++)
        v[k++] = refs->v[i].name;
    return v;
}

static void build_symbols(sharepol_symbols *s, const sp_program *prog)
{
    sp_arena *a = &s->arena;
    s->n_symbols = prog->decls.n;
    s->symbols = sp_arena_zalloc(a, (prog->decls.n ? prog->decls.n : 1) * sizeof *s->symbols);
    sp_symtab_init(&s->first, a, prog->decls.n);
    for (uint32_t i = 0; i < prog->decls.n; i++) {
        const sp_decl *d = &prog->decls.v[i];
        sharepol_symbol *sym = &s->symbols[i];
        sym->kind = (int)d->kind;
        sym->kind_name = sp_decl_kind_name(d->kind);
        sym->name = d->name;
        sym->label = d->label;
        sym->name_span = span_of(s->diags, d->name_loc);
        sym->span = span_of(s->diags, d->loc);
        sym->text = one_line(a, s->diags, d->loc);
        sym->parents = names_of(a, &d->parents, NULL, &sym->n_parents);
        if (d->has_set) {
            sym->members = names_of(a, &d->set.names, d->set.star ? "*" : NULL,
                                    &sym->n_members);
            sym->excepts = names_of(a, &d->set.excepts, NULL, &sym->n_excepts);
        }
        if (d->kind == SP_DECL_RULE && d->index < prog->rules.n) {
            int32_t ag = prog->rules.v[d->index]->agreement;
            if (ag >= 0 && (uint32_t)ag < prog->agreements.n)
                sym->agreement = prog->decls.v[prog->agreements.v[ag]->decl].name;
        }
        sp_symtab_put(&s->first, d->name, (int32_t)i);
    }
}

static int cmp_place(sp_loc a, sp_loc b)
{
    if (a.file != b.file)
        return a.file < b.file ? -1 : 1;
    return a.start < b.start ? -1 : a.start > b.start;
}

/* Declarations are made in source order, so this is almost always already
 * sorted; a shell sort keeps the rare exception cheap without a global
 * comparison context. */
static void sort_by_place(uint32_t *idx, uint32_t n, const sp_program *prog)
{
    for (uint32_t gap = n / 2; gap > 0; gap /= 2)
        for (uint32_t i = gap; i < n; i++) {
            uint32_t v = idx[i], j = i;
            for (; j >= gap && cmp_place(prog->decls.v[idx[j - gap]].name_loc,
                                         prog->decls.v[v].name_loc) > 0; j -= gap)
                idx[j] = idx[j - gap];
            idx[j] = v;
        }
}

static void build_references(sharepol_symbols *s, const sp_program *prog)
{
    s->n_refs = prog->names.n;
    s->refs = sp_arena_zalloc(&s->arena, (prog->names.n ? prog->names.n : 1) * sizeof *s->refs);
    /* The declarations by the place of their names, walked beside the
     * tokens (both in source order): which token is a declaration's own. */
    uint32_t *decl = sp_arena_alloc(&s->arena, (prog->decls.n ? prog->decls.n : 1) * sizeof *decl);
    for (uint32_t k = 0; k < prog->decls.n; k++)
        decl[k] = k;
    sort_by_place(decl, prog->decls.n, prog);
    uint32_t k = 0;
    for (uint32_t i = 0; i < prog->names.n; i++) {
        const sp_ref *r = &prog->names.v[i];
        sharepol_reference *ref = &s->refs[i];
        ref->name = r->name;
        ref->span = span_of(s->diags, r->loc);
        ref->symbol = sp_symtab_get(&s->first, r->name);
        while (k < prog->decls.n && cmp_place(prog->decls.v[decl[k]].name_loc, r->loc) < 0)
            k++;
        if (k < prog->decls.n && cmp_place(prog->decls.v[decl[k]].name_loc, r->loc) == 0) {
            ref->is_declaration = 1;
            ref->symbol = (long)decl[k];
        }
    }
}

int sharepol_symbols_new(sharepol_symbols **out, const sharepol_text *texts, size_t n,
                         const sharepol_compile_options *options)
{
    if (!out)
        return SHAREPOL_EINVAL;
    *out = NULL;
    if (!texts && n)
        return SHAREPOL_EINVAL;
    for (size_t i = 0; i < n; i++)
        if (!texts[i].text && texts[i].length)
            return SHAREPOL_EINVAL;
    sharepol_compile_options defaults = SHAREPOL_COMPILE_OPTIONS_INIT;
    if (!options)
        options = &defaults;
    if (options->version < 1 || options->version > SHAREPOL_COMPILE_OPTIONS_VERSION)
        return SHAREPOL_EINVAL;
    sharepol_limits limits;
    sp_compile_limits(&limits, options);

    sharepol_symbols *volatile s = sp_calloc(&options->allocator, sizeof *s);
    if (!s)
        return SHAREPOL_ENOMEM;
    s->allocator = options->allocator;
    sp_arena_init(&s->arena, &s->allocator);
    s->diags = sp_diag_new(&s->allocator);
    if (!s->diags) {
        sp_free(s);
        return SHAREPOL_ENOMEM;
    }
    s->diags->max_errors = limits.max_errors;
    s->diags->no_warnings = true;
    jmp_buf oom;
    s->arena.on_oom = &oom;
    s->diags->arena.on_oom = &oom;
    if (setjmp(oom)) {
        sharepol_symbols_free(s);
        return SHAREPOL_ENOMEM;
    }
    sp_program prog;
    memset(&prog, 0, sizeof prog);
    prog.arena = &s->arena;
    prog.diags = s->diags;
    prog.collect_names = true;
    /* A text over a limit is left out (the compiler refuses it), the
     * others are read. */
    for (size_t i = 0; i < n; i++)
        sp_input_texts(s->diags, &texts[i], 1, &limits);
    for (uint32_t f = 0; f < s->diags->sources.n; f++) {
        /* Parsing stops reporting after max_errors; it must still read
         * every file for its names. */
        s->diags->stopped = false;
        s->diags->errors = 0;
        if (sp_input_check_encoding(s->diags, f))
            sp_parse(&prog, f, &limits, false);
    }
    build_symbols(s, &prog);
    build_references(s, &prog);
    s->arena.on_oom = NULL;
    s->diags->arena.on_oom = NULL;
    *out = s;
    return SHAREPOL_OK;
}

size_t sharepol_symbols_count(const sharepol_symbols *symbols)
{
    return symbols ? symbols->n_symbols : 0;
}

const sharepol_symbol *sharepol_symbols_get(const sharepol_symbols *symbols, size_t index)
{
    if (!symbols || index >= symbols->n_symbols)
        return NULL;
    return &symbols->symbols[index];
}

long sharepol_symbols_find(const sharepol_symbols *symbols, const char *name)
{
    if (!symbols || !name)
        return -1;
    return sp_symtab_get(&symbols->first, name);
}

size_t sharepol_references_count(const sharepol_symbols *symbols)
{
    return symbols ? symbols->n_refs : 0;
}

const sharepol_reference *sharepol_references_get(const sharepol_symbols *symbols,
                                                  size_t index)
{
    if (!symbols || index >= symbols->n_refs)
        return NULL;
    return &symbols->refs[index];
}

void sharepol_symbols_free(sharepol_symbols *symbols)
{
    if (!symbols)
        return;
    sp_arena_free(&symbols->arena);
    sharepol_diagnostics_free(symbols->diags);
    sp_free(symbols);
}

static const char *const keywords[] = {
#define X(spelling, token) spelling,
    SP_KEYWORDS(X)
#undef X
};

const char *sharepol_keyword(size_t index)
{
    return index < SP_ARRAY_LEN(keywords) ? keywords[index] : NULL;
}
