/* query.c — a query written in the language's QUERY syntax ("vulnerabilities
 * from IPA to CAS consent MOD, METI"), parsed by the policy grammar and
 * resolved against a compiled policy's names. */
#include <setjmp.h>
#include <stdio.h>
#include <string.h>

#include "alloc.h"
#include "graph.h"
#include "parse.h"
#include "suggest.h"

struct sharepol_parsed_query {
    sharepol_allocator allocator;
    sp_arena arena;
    sharepol_query query;
};

typedef struct resolver {
    const sharepol_policy *pol;
    sharepol_diagnostics *diags;
    int status;
} resolver;

/* A scope is often written as the label it stands for ("TLP-RED", "TLP:RED")
 * rather than as the policy names it: say which scopes there are. */
static void scopes_declared(const sharepol_policy *pol, sharepol_diagnostics *d, sp_loc loc)
{
    size_t n = sharepol_count(pol, SHAREPOL_KIND_SCOPE);
    if (n == 0) {
        sp_diag_note(d, loc, "the policy declares no scope at all");
        return;
    }
    if (n > 8)
        return;
    char list[512];
    size_t used = 0;
    for (size_t i = 0; i < n && used < sizeof list; i++) {
        int w = snprintf(list + used, sizeof list - used, "%s'%s'",
                         i == 0 ? "" : i == n - 1 ? " and " : ", ",
                         sharepol_name(pol, SHAREPOL_KIND_SCOPE, (sharepol_id)i));
        if (w < 0)
            return;
        used += (size_t)w;
    }
    if (used >= sizeof list)
        return;
    sp_diag_note(d, loc, "the policy declares the scope%s %s", n == 1 ? "" : "s", list);
}

static sharepol_id resolve(resolver *rs, const sp_ref *ref, int kind)
{
    int32_t v = sp_graph_name(rs->pol, ref->name);
    if (v >= 0 && SP_NAME_KIND(v) == kind)
        return SP_NAME_ID(v);
    if (v >= 0) {
        sp_diag_error(rs->diags, "wrong-kind", ref->loc, "'%s' is %s, but %s is expected here",
                      ref->name, sp_decl_kind_a((sp_decl_kind)SP_NAME_KIND(v)),
                      sp_decl_kind_a((sp_decl_kind)kind));
        if (rs->status == SHAREPOL_OK)
            rs->status = SHAREPOL_EKIND;
        return SHAREPOL_ID_UNKNOWN;
    }
    sp_diag_error(rs->diags, "undefined-name", ref->loc,
                  "the policy declares no %s named '%s'", sp_decl_kind_name((sp_decl_kind)kind),
                  ref->name);
    sp_suggest s;
    sp_suggest_init(&s, ref->name);
    for (size_t i = 0; i < sharepol_count(rs->pol, kind); i++)
        sp_suggest_offer(&s, sharepol_name(rs->pol, kind, (sharepol_id)i));
    if (s.best)
        sp_diag_note(rs->diags, ref->loc, "did you mean '%s'?", s.best);
    else if (kind == SHAREPOL_KIND_SCOPE)
        scopes_declared(rs->pol, rs->diags, ref->loc);
    rs->status = SHAREPOL_EUNKNOWN;
    return SHAREPOL_ID_UNKNOWN;
}

static const sharepol_id *resolve_list(resolver *rs, sp_arena *a, const sp_refs *refs)
{
    sharepol_id *ids = sp_arena_alloc(a, sizeof *ids * (refs->n ? refs->n : 1));
    for (uint32_t i = 0; i < refs->n; i++)
        ids[i] = resolve(rs, &refs->v[i], SHAREPOL_KIND_PARTY);
    return ids;
}

static bool is_name_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '_' || c == '-';
}

/* The kind of name a query expects after the word that ends at `end`:
 * "scope TLP:RED" wants a scope, "purpose" a purpose, the first word a
 * category, and the words after from, to, originator and consent parties. */
static int kind_after(const char *text, size_t end)
{
    while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\t'))
        end--;
    size_t start = end;
    while (start > 0 && is_name_char(text[start - 1]))
        start--;
    if (start == end && end == 0)
        return SHAREPOL_KIND_CATEGORY;
    if (end - start == 5 && memcmp(text + start, "scope", 5) == 0)
        return SHAREPOL_KIND_SCOPE;
    if (end - start == 7 && memcmp(text + start, "purpose", 7) == 0)
        return SHAREPOL_KIND_PURPOSE;
    return SHAREPOL_KIND_PARTY;
}

/* "scope TLP:RED": the scanner stops at the ':', which a user may take for
 * part of a name, as TLP labels are written.  When that is the last error,
 * say what a name is, and which declared name may be meant. */
static void colon_in_name(const sharepol_policy *pol, sharepol_diagnostics *d, uint32_t file)
{
    if (d->items.n == 0 || file >= d->sources.n)
        return;
    const sharepol_diagnostic *last = &d->items.v[d->items.n - 1];
    const sp_diag_place *pl = &d->places.v[d->items.n - 1];
    const sp_source *src = d->sources.v[file];
    if (strcmp(last->code, "unexpected-character") != 0 || pl->file != file ||
        pl->start >= src->len || src->text[pl->start] != ':')
        return;
    size_t start = pl->start, end = pl->start + 1;
    while (start > src->body && is_name_char(src->text[start - 1]))
        start--;
    while (end < src->len && (is_name_char(src->text[end]) || src->text[end] == ':'))
        end++;
    char name[65];
    if (start == pl->start || end - start >= sizeof name)
        return;
    /* the name it was probably meant to be: "TLP:RED" -> "tlp-red" (parties
     * keep their case: they are often acronyms, "MOD") */
    int kind = kind_after(src->text + src->body, start - src->body);
    for (size_t i = start; i < end; i++) {
        char c = src->text[i];
        if (c == ':')
            c = '-';
        else if (kind != SHAREPOL_KIND_PARTY && c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        name[i - start] = c;
    }
    name[end - start] = '\0';
    sp_loc colon = { file, pl->start, pl->start + 1 };
    sp_diag_note(d, colon, "%s names are declared names like '%s'; ':' is not part of a name",
                 sp_decl_kind_name((sp_decl_kind)kind), name);
    sp_suggest s;
    sp_suggest_init(&s, name);
    for (size_t i = 0; i < sharepol_count(pol, kind) && !s.best; i++) {
        const char *declared = sharepol_name(pol, kind, (sharepol_id)i);
        if (strcmp(declared, name) == 0)
            s.best = declared; /* sp_suggest offers only other names */
    }
    for (size_t i = 0; i < sharepol_count(pol, kind); i++)
        sp_suggest_offer(&s, sharepol_name(pol, kind, (sharepol_id)i));
    sp_loc word = { file, (uint32_t)start, (uint32_t)end };
    if (s.best)
        sp_diag_note(d, word, "did you mean '%s'?", s.best);
    else if (kind == SHAREPOL_KIND_SCOPE)
        scopes_declared(pol, d, word);
}

static int parse(sharepol_parsed_query *pq, const sharepol_policy *pol, const char *text,
                 size_t length, sharepol_diagnostics *diags, sp_arena *tmp)
{
    sp_program prog;
    memset(&prog, 0, sizeof prog);
    prog.arena = tmp;
    prog.diags = diags;
    uint32_t file = SP_NOWHERE;
    int st = sp_parse_text(&prog, "<query>", text, length, true, &file);
    if (st != SHAREPOL_OK) {
        colon_in_name(pol, diags, file);
        return st;
    }

    const sp_query_ast *q = prog.query;
    resolver rs = { pol, diags, SHAREPOL_OK };
    sharepol_query *out = &pq->query;
    sharepol_query init = SHAREPOL_QUERY_INIT;
    *out = init;
    out->category = resolve(&rs, &q->category, SHAREPOL_KIND_CATEGORY);
    out->from = resolve(&rs, &q->from, SHAREPOL_KIND_PARTY);
    out->to = resolve(&rs, &q->to, SHAREPOL_KIND_PARTY);
    if (q->has_originator)
        out->originator = resolve(&rs, &q->originator, SHAREPOL_KIND_PARTY);
    if (q->has_purpose)
        out->purpose = resolve(&rs, &q->purpose, SHAREPOL_KIND_PURPOSE);
    /* one marking in the single-marking fields, as in draft 1; several in
     * the list */
    const sp_markings_ast *ms = &q->markings;
    sharepol_marking *list = NULL;
    if (ms->n > 1) {
        list = sp_arena_alloc(&pq->arena, sizeof *list * ms->n);
        out->markings = list;
        out->n_markings = ms->n;
    }
    for (uint32_t i = 0; i < ms->n; i++) {
        const sp_marking_ast *m = &ms->v[i];
        sharepol_marking one = SHAREPOL_MARKING_INIT;
        if (m->is_audience) {
            one.audience = resolve_list(&rs, &pq->arena, &m->audience);
            one.n_audience = m->audience.n;
        } else {
            one.scope = resolve(&rs, &m->scope, SHAREPOL_KIND_SCOPE);
        }
        if (list) {
            list[i] = one;
        } else {
            out->scope = one.scope;
            out->audience = one.audience;
            out->n_audience = one.n_audience;
        }
    }
    if (q->has_consents) {
        out->consents = resolve_list(&rs, &pq->arena, &q->consents);
        out->n_consents = q->consents.n;
    }
    if (q->has_at)
        out->date = q->at;
    return rs.status;
}

int sharepol_query_parse(sharepol_parsed_query **out, const sharepol_policy *policy,
                         const char *text, size_t length, sharepol_diagnostics **diags_out)
{
    if (diags_out)
        *diags_out = NULL;
    if (!out)
        return SHAREPOL_EINVAL;
    *out = NULL;
    if (!policy || (!text && length))
        return SHAREPOL_EINVAL;
    sharepol_diagnostics *diags = sp_diag_new(&policy->allocator);
    sharepol_parsed_query *pq = sp_calloc(&policy->allocator, sizeof *pq);
    if (!diags || !pq) {
        sharepol_diagnostics_free(diags);
        sp_free(pq);
        return SHAREPOL_ENOMEM;
    }
    pq->allocator = policy->allocator;
    sp_arena_init(&pq->arena, &pq->allocator);
    sp_arena tmp;
    sp_arena_init(&tmp, &pq->allocator);
    jmp_buf oom;
    volatile int status;
    tmp.on_oom = pq->arena.on_oom = diags->arena.on_oom = &oom;
    if (setjmp(oom))
        status = SHAREPOL_ENOMEM;
    else
        status = parse(pq, policy, text ? text : "", length, diags, &tmp);
    sp_arena_free(&tmp);
    pq->arena.on_oom = diags->arena.on_oom = NULL;
    if (status != SHAREPOL_OK) {
        sharepol_parsed_query_free(pq);
        pq = NULL;
    }
    *out = pq;
    sp_diag_hand_over(diags, status, diags_out);
    return status;
}

const sharepol_query *sharepol_parsed_query_get(const sharepol_parsed_query *pq)
{
    return pq ? &pq->query : NULL;
}

void sharepol_parsed_query_free(sharepol_parsed_query *pq)
{
    if (!pq)
        return;
    sp_arena_free(&pq->arena);
    sp_free(pq);
}
