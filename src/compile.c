/* compile.c — sharepol_compile_files, _string and _texts: the one
 * pipeline from source text to a frozen policy.
 *
 *     read -> check encoding -> parse -> check names -> closures
 *          -> check memberships -> lower -> lint
 *
 * Every temporary lives in one arena freed at the end; an allocation failure
 * anywhere jumps to that single cleanup and returns SHAREPOL_ENOMEM, with no
 * partial policy. */
#include <setjmp.h>
#include <string.h>

#include "alloc.h"
#include "check.h"
#include "check_closed.h"
#include "closure.h"
#include "input.h"
#include "lint.h"
#include "lower.h"
#include "parse.h"

typedef struct compiler {
    const sharepol_compile_options *opts;
    sharepol_limits limits;        /* with defaults filled in */
    sharepol_diagnostics *diags;
    sp_arena tmp;
    int status;
} compiler;

/* ---- the pipeline -------------------------------------------------------------- */

void sp_compile_limits(sharepol_limits *out, const sharepol_compile_options *o)
{
    memset(out, 0, sizeof *out);
    if (o)
        *out = o->limits;
    if (!out->max_file_size)
        out->max_file_size = SP_DEFAULT_MAX_FILE_SIZE;
    if (!out->max_name_length)
        out->max_name_length = SP_DEFAULT_MAX_NAME;
    if (!out->max_string_length)
        out->max_string_length = SP_DEFAULT_MAX_STRING;
    if (!out->max_depth)
        out->max_depth = SP_DEFAULT_MAX_DEPTH;
    if (!out->max_errors)
        out->max_errors = SP_DEFAULT_MAX_ERRORS;
    if (!out->max_files)
        out->max_files = SP_DEFAULT_MAX_FILES;
    /* Two limits have a ceiling.  Nesting is walked by recursion and the
     * parser's stack is sized for 256 levels (grammar/policy.y); a source
     * is addressed with 32-bit offsets (sp_loc). */
    if (out->max_depth > SP_DEFAULT_MAX_DEPTH)
        out->max_depth = SP_DEFAULT_MAX_DEPTH;
    if (out->max_file_size > (size_t)UINT32_MAX - 16)
        out->max_file_size = (size_t)UINT32_MAX - 16;
}

/* The policy keeps a copy of what it was compiled from: a program that names
 * the policy by a hash of its sources (sharepol_source()) must hash these
 * bytes, not the files as they are by the time it looks. */
static void keep_sources(sharepol_policy *pol, const sharepol_diagnostics *diags)
{
    uint32_t n = diags->sources.n;
    pol->sources = sp_arena_alloc(&pol->arena, (n ? n : 1) * sizeof *pol->sources);
    for (uint32_t i = 0; i < n; i++) {
        const sp_source *src = diags->sources.v[i];
        pol->sources[i].name = sp_arena_strdup(&pol->arena, src->name);
        pol->sources[i].text = sp_arena_strndup(&pol->arena, src->text, src->len);
        pol->sources[i].length = src->len;
    }
    pol->n_sources = n;
}

static void compile_sources(compiler *c, sharepol_policy *volatile *pol_out)
{
    sp_program prog;
    memset(&prog, 0, sizeof prog);
    prog.arena = &c->tmp;
    prog.diags = c->diags;
    uint32_t n_files = c->diags->sources.n;
    for (uint32_t f = 0; f < n_files && !c->diags->stopped; f++) {
        if (sp_input_check_encoding(c->diags, f))
            sp_parse(&prog, f, &c->limits, false);
    }
    if (c->diags->errors)
        return;
    sp_symtab names;
    memset(&names, 0, sizeof names);
    uint32_t *order = NULL;
    sp_check(&prog, &names, &order);
    if (c->diags->errors)
        return;
    if (!sp_closure_fits(&prog, c->diags))
        return;
    sp_closure cl;
    sp_closure_build(&cl, &prog, &c->tmp, order);
    if (!sp_closure_lists_fit(&cl, c->diags))
        return;
    sp_check_closed(&prog, &cl);
    if (c->diags->errors)
        return;

    sharepol_policy *pol = sp_calloc(&c->opts->allocator, sizeof *pol);
    if (!pol)
        longjmp(*c->tmp.on_oom, 1);
    pol->allocator = c->opts->allocator;
    sp_arena_init(&pol->arena, &pol->allocator);
    pol->arena.on_oom = c->tmp.on_oom;
    atomic_init(&pol->refs, 1);
    *pol_out = pol;
    sp_lower(pol, &prog, &cl, &c->tmp);
    keep_sources(pol, c->diags);
    /* Lint only finds warnings: no need to look when they are not wanted. */
    if (!c->diags->no_warnings)
        sp_lint(&prog, &cl, pol, c->diags);
}

/* From n paths, or (paths NULL) from n texts. */
static int compile(sharepol_policy **out, const char *const *paths, size_t n,
                   const sharepol_text *texts, const sharepol_compile_options *options,
                   sharepol_diagnostics **diags_out)
{
    sharepol_compile_options defaults = SHAREPOL_COMPILE_OPTIONS_INIT;
    if (!options)
        options = &defaults;
    if (options->version < 1 || options->version > SHAREPOL_COMPILE_OPTIONS_VERSION)
        return SHAREPOL_EINVAL;
    compiler c;
    memset(&c, 0, sizeof c);
    c.opts = options;
    sp_compile_limits(&c.limits, options);
    c.diags = sp_diag_new(&options->allocator);
    if (!c.diags)
        return SHAREPOL_ENOMEM;
    c.diags->max_errors = c.limits.max_errors;
    c.diags->no_warnings = (options->flags & SHAREPOL_COMPILE_NO_WARNINGS) != 0;
    c.diags->werror = (options->flags & SHAREPOL_COMPILE_WERROR) != 0;
    sp_arena_init(&c.tmp, &options->allocator);

    sharepol_policy *volatile pol = NULL;
    jmp_buf oom;
    c.tmp.on_oom = &oom;
    c.diags->arena.on_oom = &oom;
    if (setjmp(oom)) {
        c.status = SHAREPOL_ENOMEM;
        goto out;
    }
    if (texts) {
        c.status = sp_input_texts(c.diags, texts, n, &c.limits);
    } else {
        for (size_t i = 0; i < n; i++) {
            /* A limit is worse news than an unreadable file: it wins. */
            int st = sp_input_path(c.diags, &c.tmp, paths[i], &c.limits);
            if (st != SHAREPOL_OK && c.status != SHAREPOL_ELIMIT)
                c.status = st;
        }
    }
    if (c.status != SHAREPOL_OK)
        goto out;
    compile_sources(&c, &pol);
    if (c.diags->errors)
        c.status = SHAREPOL_EPARSE;

out:
    c.diags->arena.on_oom = NULL;
    sp_arena_free(&c.tmp);
    if (c.status != SHAREPOL_OK && pol) {
        sp_arena_free(&pol->arena);
        sp_free(pol);
        pol = NULL;
    }
    if (pol)
        pol->arena.on_oom = NULL;
    *out = pol;
    sp_diag_hand_over(c.diags, c.status, diags_out);
    return c.status;
}

int sharepol_compile_files(sharepol_policy **out, const char *const *paths, size_t n,
                           const sharepol_compile_options *options,
                           sharepol_diagnostics **diags)
{
    if (diags)
        *diags = NULL;
    if (!out)
        return SHAREPOL_EINVAL;
    *out = NULL;
    if (!paths || n == 0)
        return SHAREPOL_EINVAL;
    for (size_t i = 0; i < n; i++)
        if (!paths[i])
            return SHAREPOL_EINVAL;
    return compile(out, paths, n, NULL, options, diags);
}

int sharepol_compile_string(sharepol_policy **out, const char *text, size_t length,
                            const char *name, const sharepol_compile_options *options,
                            sharepol_diagnostics **diags)
{
    if (diags)
        *diags = NULL;
    if (!out)
        return SHAREPOL_EINVAL;
    *out = NULL;
    if (!text && length)
        return SHAREPOL_EINVAL;
    sharepol_text one = { name, text, length };
    return compile(out, NULL, 1, &one, options, diags);
}

int sharepol_compile_texts(sharepol_policy **out, const sharepol_text *texts, size_t n,
                           const sharepol_compile_options *options,
                           sharepol_diagnostics **diags)
{
    if (diags)
        *diags = NULL;
    if (!out)
        return SHAREPOL_EINVAL;
    *out = NULL;
    if (!texts || n == 0)
        return SHAREPOL_EINVAL;
    for (size_t i = 0; i < n; i++)
        if (!texts[i].text && texts[i].length)
            return SHAREPOL_EINVAL;
    return compile(out, NULL, n, texts, options, diags);
}
