/* lsp_features.c — the answers of `sharepol lsp` to an editor's requests:
 * hover, go to definition, find references, completion, document symbols
 * and formatting.  Each reads the document's policy set afresh through
 * sharepol_symbols_new(), which works on a set with errors too, so the
 * answers stay useful while the author types. */
#include <stdlib.h>
#include <string.h>

#include "lsp.h"

/* The longest chain of `in` or of groups in groups followed for hover: a
 * cycle is an error the checker reports, and must not hang the server. */
#define MAX_CHAIN 64

/* What a request about a place in a document works on. */
typedef struct lsp_place {
    lsp_document *doc;
    lsp_set set;
    sharepol_symbols *symbols;
    size_t offset;              /* the position, as a byte offset */
    bool has_offset;
} lsp_place;

static bool fail(lsp_error *err, int code, const char *message)
{
    err->code = code;
    err->message = message;
    return false;
}

/* Reads params.textDocument.uri (and params.position when wanted), and
 * builds the set's symbols. */
static bool place_open(lsp_server *srv, json_t *params, bool position, lsp_place *p,
                       lsp_error *err)
{
    memset(p, 0, sizeof *p);
    const char *uri = json_string_value(json_object_get(json_object_get(params, "textDocument"),
                                                        "uri"));
    if (!uri)
        return fail(err, LSP_INVALID_PARAMS, "params.textDocument.uri is missing");
    p->doc = lsp_document_find(srv, uri);
    if (!p->doc)
        return fail(err, LSP_INVALID_PARAMS, "the document is not open (send didOpen first)");
    if (position) {
        if (!lsp_offset_of(srv, p->doc->text, p->doc->length,
                           json_object_get(params, "position"), &p->offset))
            return fail(err, LSP_INVALID_PARAMS, "params.position is not a position");
        p->has_offset = true;
    }
    if (!lsp_set_of(srv, p->doc, &p->set))
        return fail(err, LSP_INTERNAL_ERROR, "out of memory");
    if (sharepol_symbols_new(&p->symbols, p->set.texts, p->set.n, NULL) != SHAREPOL_OK) {
        lsp_set_free(&p->set);
        return fail(err, LSP_INTERNAL_ERROR, "out of memory");
    }
    return true;
}

static void place_close(lsp_server *srv, lsp_place *p)
{
    sharepol_symbols_free(p->symbols);
    lsp_set_free(&p->set);
    lsp_forget_lines(srv);
}

/* The name written at the position, or NULL. */
static const sharepol_reference *reference_at(const lsp_place *p)
{
    size_t n = sharepol_references_count(p->symbols);
    for (size_t i = 0; i < n; i++) {
        const sharepol_reference *r = sharepol_references_get(p->symbols, i);
        if (r->span.file && strcmp(r->span.file, p->doc->path) == 0 &&
            r->span.start <= p->offset && p->offset <= r->span.end)
            return r;
    }
    return NULL;
}

/* An LSP Location of a span of the set. */
static json_t *location_of(lsp_server *srv, const lsp_set *set, const sharepol_span *s)
{
    const char *uri;
    const sharepol_text *t = lsp_set_text(set, s->file, &uri);
    if (!t)
        return NULL;
    return json_pack("{s:s, s:o}", "uri", uri, "range",
                     lsp_range_of(srv, t->text, t->length, s->start, s->end));
}

/* ---- hover ------------------------------------------------------------- */

typedef struct text_buf {
    char *s;
    size_t n, cap;
    bool failed;
} text_buf;

static void put(text_buf *b, const char *s)
{
    size_t n = strlen(s);
    if (b->failed)
        return;
    if (b->n + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->n + n + 1)
            cap *= 2;
        char *t = realloc(b->s, cap);
        if (!t) {
            b->failed = true;
            return;
        }
        b->s = t;
        b->cap = cap;
    }
    memcpy(b->s + b->n, s, n + 1);
    b->n += n;
}

static void put_list(text_buf *b, const char *const *names, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        put(b, i ? ", " : "");
        put(b, names[i]);
    }
}

static const sharepol_symbol *symbol_named(const sharepol_symbols *syms, const char *name)
{
    return sharepol_symbols_get(syms, (size_t)sharepol_symbols_find(syms, name));
}

/* Which groups hold one party, as the sets are written (members, `*`,
 * `except`, groups in groups, and a set naming an organisation holding
 * its units).  Each group is worked out once (memo), so nested groups
 * cost their size, not the number of paths through them; a group met
 * again while it is being worked out (a cycle, which the compiler
 * reports) counts as not holding the party, so in a cycle a group may be
 * missed: a quick answer for a policy that does not compile anyway. */
typedef struct membership {
    const sharepol_symbols *syms;
    const char *chain[MAX_CHAIN]; /* the party and the parties it is in */
    size_t n_chain;
    signed char *memo;            /* per symbol: 0 unknown, 1 working, 2 yes, 3 no */
} membership;

static bool membership_init(membership *m, const sharepol_symbols *syms, const char *party)
{
    m->syms = syms;
    m->n_chain = 0;
    for (const char *p = party; p && m->n_chain < MAX_CHAIN;) {
        m->chain[m->n_chain++] = p;
        const sharepol_symbol *ps = symbol_named(syms, p);
        p = ps && ps->kind == SHAREPOL_KIND_PARTY && ps->n_parents ? ps->parents[0] : NULL;
    }
    size_t n = sharepol_symbols_count(syms);
    m->memo = calloc(n ? n : 1, 1);
    return m->memo != NULL;
}

static bool group_holds(membership *m, long g);

/* Does a list of names (a set or its `except` part) hold the party? */
static bool names_hold(membership *m, const char *const *names, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        for (size_t k = 0; k < m->n_chain; k++)
            if (strcmp(names[i], m->chain[k]) == 0)
                return true;
        if (group_holds(m, sharepol_symbols_find(m->syms, names[i])))
            return true;
    }
    return false;
}

static bool group_holds(membership *m, long g)
{
    const sharepol_symbol *s = g >= 0 ? sharepol_symbols_get(m->syms, (size_t)g) : NULL;
    if (!s || s->kind != SHAREPOL_KIND_GROUP || m->memo[g] == 1)
        return false;
    if (m->memo[g])
        return m->memo[g] == 2;
    m->memo[g] = 1;
    bool in = false;
    for (size_t i = 0; i < s->n_members && !in; i++)
        in = strcmp(s->members[i], "*") == 0;
    in = (in || names_hold(m, s->members, s->n_members)) &&
         !names_hold(m, s->excepts, s->n_excepts);
    m->memo[g] = in ? 2 : 3;
    return in;
}

/* Every ancestor of a category or purpose (parents of parents), each once,
 * breadth first. */
static void put_ancestors(text_buf *b, const sharepol_symbols *syms, const sharepol_symbol *s)
{
    const char *seen[MAX_CHAIN];
    size_t n = 0;
    for (size_t i = 0; i < s->n_parents && n < MAX_CHAIN; i++)
        seen[n++] = s->parents[i];
    for (size_t k = 0; k < n; k++) {
        const sharepol_symbol *a = symbol_named(syms, seen[k]);
        for (size_t i = 0; a && a->kind == s->kind && i < a->n_parents && n < MAX_CHAIN; i++) {
            bool dup = false;
            for (size_t j = 0; j < n && !dup; j++)
                dup = strcmp(seen[j], a->parents[i]) == 0;
            if (!dup && strcmp(a->parents[i], s->name) != 0)
                seen[n++] = a->parents[i];
        }
    }
    put_list(b, seen, n);
}

/* A label in Markdown: each ASCII punctuation character escaped, so that
 * a label cannot turn into links, emphasis or HTML. */
static void put_escaped(text_buf *b, const char *s, bool md)
{
    char one[3] = { 0, 0, 0 };
    for (; *s; s++) {
        if (md && strchr("\\`*_{}[]()<>#+-.!|~\"'&=:;,/?@$%^", *s) != NULL) {
            one[0] = '\\';
            one[1] = *s;
        } else {
            one[0] = *s;
            one[1] = '\0';
        }
        put(b, one);
    }
}

/* The first `{` of a declaration's text outside its strings, or NULL. */
static const char *block_start(const char *text)
{
    bool in_string = false;
    for (const char *t = text; *t; t++) {
        if (in_string && *t == '\\' && t[1])
            t++;
        else if (*t == '"')
            in_string = !in_string;
        else if (!in_string && *t == '{')
            return t;
    }
    return NULL;
}

/* A fence longer than any run of backquotes in text (CommonMark), so that
 * a label cannot close the code block early. */
static void put_fence(text_buf *b, const char *text)
{
    size_t longest = 0, run = 0;
    for (const char *t = text; *t; t++) {
        run = *t == '`' ? run + 1 : 0;
        if (run > longest)
            longest = run;
    }
    for (size_t i = 0; i < (longest < 3 ? 3 : longest + 1); i++)
        put(b, "`");
}

static void hover_text(text_buf *b, const lsp_place *p, const sharepol_symbol *s, bool md)
{
    const char *bold = md ? "**" : "";
    put(b, bold);
    put(b, s->kind_name);
    put(b, bold);
    put(b, " ");
    put(b, md ? "`" : "");
    put(b, s->name);
    put(b, md ? "`" : "");
    if (s->label) {
        put(b, " \xe2\x80\x94 ");  /* an em dash */
        put_escaped(b, s->label, md);
    }
    put(b, "\n\n");
    /* The declaration as written; an agreement's block only to its `{`. */
    const char *text = s->text;
    const char *brace = s->kind == SHAREPOL_KIND_AGREEMENT ? block_start(text) : NULL;
    char head[512];
    if (brace) {
        snprintf(head, sizeof head, "%.*s{ ... }", (int)(brace - text), text);
        text = head;
    }
    if (md) {
        put_fence(b, text);
        put(b, "sharepol\n");
    }
    put(b, text);
    put(b, "\n");
    if (md)
        put_fence(b, text);
    put(b, md ? "\n\n" : "\n");
    const sharepol_symbols *syms = p->symbols;
    if (s->kind == SHAREPOL_KIND_PARTY) {
        if (s->n_parents) {
            put(b, "In: ");
            const char *chain[MAX_CHAIN];
            size_t n = 0;
            const sharepol_symbol *q = s;
            while (q && q->n_parents && n < MAX_CHAIN) {
                chain[n++] = q->parents[0];
                q = symbol_named(syms, q->parents[0]);
            }
            put_list(b, chain, n);
            put(b, "\n\n");
        }
        put(b, "Groups: ");
        size_t found = 0;
        membership m;
        if (!membership_init(&m, syms, s->name)) {
            b->failed = true;
            return;
        }
        for (size_t i = 0; i < sharepol_symbols_count(syms); i++) {
            const sharepol_symbol *g = sharepol_symbols_get(syms, i);
            /* a duplicate group is answered by its first declaration */
            if (g->kind == SHAREPOL_KIND_GROUP && sharepol_symbols_find(syms, g->name) == (long)i &&
                group_holds(&m, (long)i)) {
                put(b, found++ ? ", " : "");
                put(b, g->name);
            }
        }
        free(m.memo);
        put(b, found ? "\n\n" : "none\n\n");
    } else if (s->kind == SHAREPOL_KIND_GROUP || s->kind == SHAREPOL_KIND_SCOPE) {
        if (s->n_members) {
            put(b, s->kind == SHAREPOL_KIND_GROUP ? "Members: " : "Audience: ");
            put_list(b, s->members, s->n_members);
            if (s->n_excepts) {
                put(b, " except ");
                put_list(b, s->excepts, s->n_excepts);
            }
            put(b, "\n\n");
        }
    } else if ((s->kind == SHAREPOL_KIND_CATEGORY || s->kind == SHAREPOL_KIND_PURPOSE) &&
               s->n_parents) {
        put(b, "Ancestors: ");
        put_ancestors(b, syms, s);
        put(b, "\n\n");
    } else if (s->kind == SHAREPOL_KIND_RULE && s->agreement) {
        put(b, "In agreement ");
        put(b, s->agreement);
        put(b, "\n\n");
    }
    char where[64];
    const char *file = s->name_span.file ? s->name_span.file : "";
    const char *base = strrchr(file, '/');
    put(b, "Declared in ");
    put(b, base ? base + 1 : file);
    snprintf(where, sizeof where, ":%u", s->name_span.line);
    put(b, where);
}

json_t *lsp_hover(lsp_server *srv, json_t *params, lsp_error *err)
{
    lsp_place p;
    if (!place_open(srv, params, true, &p, err))
        return NULL;
    json_t *result = json_null();
    const sharepol_reference *r = reference_at(&p);
    if (r) {
        text_buf b = { NULL, 0, 0, false };
        const sharepol_symbol *s = sharepol_symbols_get(p.symbols, (size_t)r->symbol);
        if (s) {
            hover_text(&b, &p, s, srv->markdown);
        } else {
            put(&b, srv->markdown ? "`" : "'");
            put(&b, r->name);
            put(&b, srv->markdown ? "` is not declared in this policy set" :
                                    "' is not declared in this policy set");
        }
        if (b.failed) {
            free(b.s);
            place_close(srv, &p);
            fail(err, LSP_INTERNAL_ERROR, "out of memory");
            return NULL;
        }
        json_decref(result);
        result = json_pack("{s:{s:s, s:o}, s:o}", "contents", "kind",
                           srv->markdown ? "markdown" : "plaintext", "value",
                           cli_json_string(b.s), "range",
                           lsp_range_of(srv, p.doc->text, p.doc->length, r->span.start,
                                        r->span.end));
        free(b.s);
    }
    place_close(srv, &p);
    return result;
}

/* ---- definition and references ---------------------------------------- */

json_t *lsp_definition(lsp_server *srv, json_t *params, lsp_error *err)
{
    lsp_place p;
    if (!place_open(srv, params, true, &p, err))
        return NULL;
    json_t *result = NULL;
    const sharepol_reference *r = reference_at(&p);
    const sharepol_symbol *s = r ? sharepol_symbols_get(p.symbols, (size_t)r->symbol) : NULL;
    if (s)
        result = location_of(srv, &p.set, &s->name_span);
    place_close(srv, &p);
    return result ? result : json_null();
}

json_t *lsp_references(lsp_server *srv, json_t *params, lsp_error *err)
{
    lsp_place p;
    if (!place_open(srv, params, true, &p, err))
        return NULL;
    bool declaration = json_is_true(
        json_object_get(json_object_get(params, "context"), "includeDeclaration"));
    const sharepol_reference *at = reference_at(&p);
    json_t *result = at ? json_array() : json_null();
    size_t n = sharepol_references_count(p.symbols);
    for (size_t i = 0; at && i < n; i++) {
        const sharepol_reference *r = sharepol_references_get(p.symbols, i);
        if (strcmp(r->name, at->name) != 0 || (r->is_declaration && !declaration))
            continue;
        json_t *loc = location_of(srv, &p.set, &r->span);
        if (loc)
            json_array_append_new(result, loc);
    }
    place_close(srv, &p);
    return result;
}

/* ---- completion ---------------------------------------------------------- */

static bool is_name_byte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '-' || c == '_' || c == '.' || c >= 0x80;
}

static bool is_keyword(const char *word, size_t n)
{
    for (size_t i = 0; sharepol_keyword(i); i++)
        if (strlen(sharepol_keyword(i)) == n && strncmp(sharepol_keyword(i), word, n) == 0)
            return true;
    return false;
}

/* What the words before the cursor say about the name expected there. */
typedef struct expectation {
    unsigned kinds;     /* bit SHAREPOL_KIND_* for each kind that fits */
    bool no_name;       /* a new name is being declared: offer nothing */
} expectation;

#define KIND(k) (1u << (k))
#define PARTY_OR_GROUP (KIND(SHAREPOL_KIND_PARTY) | KIND(SHAREPOL_KIND_GROUP))

/* Reads the statement the cursor is in, from its start (after `;`, `{` or
 * `}` outside strings and comments) to the cursor, and looks at its first
 * word and its last two keywords. */
static expectation expected_here(const char *text, size_t offset)
{
    char first[16] = "", last[16] = "", before[16] = "";
    size_t words = 0;           /* words since the last keyword */
    bool in_string = false;
    for (size_t i = 0; i < offset;) {
        unsigned char c = (unsigned char)text[i];
        if (in_string) {
            if (c == '\\' && i + 1 < offset)
                i++;
            else if (c == '"')
                in_string = false;
            i++;
        } else if (c == '"') {
            in_string = true;
            i++;
            words++;
        } else if (c == '#') {
            while (i < offset && text[i] != '\n' && text[i] != '\r')
                i++;
        } else if (c == ';' || c == '{' || c == '}') {
            first[0] = last[0] = before[0] = '\0';
            words = 0;
            i++;
        } else if (is_name_byte(c)) {
            size_t s = i;
            while (i < offset && is_name_byte((unsigned char)text[i]))
                i++;
            if (i == offset)
                break;  /* the word being typed */
            size_t n = i - s;
            if (is_keyword(text + s, n) && n < sizeof last) {
                memcpy(before, last, sizeof before);
                memcpy(last, text + s, n);
                last[n] = '\0';
                if (!first[0])
                    memcpy(first, last, sizeof first);
                words = 0;
            } else {
                if (!first[0])
                    strcpy(first, "-");
                words++;
            }
        } else {
            if (c == '=') {  /* a group's or scope's set follows */
                memcpy(before, last, sizeof before);
                strcpy(last, "=");
            }
            if (c == '=' || c == ',')
                words = 0;  /* a list goes on */
            i++;
        }
    }
    expectation e = { 0, false };
    static const char *const declaring[] = { "party", "group", "category", "purpose",
                                             "scope", "agreement", "rule" };
    for (size_t k = 0; k < sizeof declaring / sizeof *declaring; k++)
        if (strcmp(last, declaring[k]) == 0 && strcmp(first, last) == 0 && words == 0)
            e.no_name = true;
    if (strcmp(last, "rule") == 0 && words == 0)
        e.no_name = true;
    if (e.no_name)
        return e;
    if (strcmp(last, "in") == 0) {
        if (strcmp(first, "category") == 0)
            e.kinds = KIND(SHAREPOL_KIND_CATEGORY);
        else if (strcmp(first, "purpose") == 0 || strcmp(before, "purpose") == 0)
            e.kinds = KIND(SHAREPOL_KIND_PURPOSE);
        else if (strcmp(first, "party") == 0)
            e.kinds = KIND(SHAREPOL_KIND_PARTY);
        else
            e.kinds = PARTY_OR_GROUP;
    } else if (!strcmp(last, "allow") || !strcmp(last, "deny") || !strcmp(last, "for") ||
               !strcmp(last, "expect")) {
        e.kinds = KIND(SHAREPOL_KIND_CATEGORY);
    } else if (!strcmp(last, "from") || !strcmp(last, "to") || !strcmp(last, "except") ||
               !strcmp(last, "parties") || !strcmp(last, "=") || !strcmp(last, "of") ||
               !strcmp(last, "consent") || !strcmp(last, "by") || !strcmp(last, "originator") ||
               !strcmp(last, "and") || !strcmp(last, "or")) {
        e.kinds = PARTY_OR_GROUP;
    } else if (!strcmp(last, "marked") || !strcmp(last, "unmarked") ||
               (!strcmp(last, "scope") && strcmp(first, "scope") != 0)) {
        e.kinds = KIND(SHAREPOL_KIND_SCOPE);
    } else if (!strcmp(last, "purpose") && strcmp(first, "purpose") != 0) {
        e.kinds = KIND(SHAREPOL_KIND_PURPOSE);
    }
    if (!strcmp(first, "scope") && !strcmp(last, "="))
        e.kinds = PARTY_OR_GROUP;
    return e;
}

static int completion_kind(int kind)
{
    switch (kind) {
    case SHAREPOL_KIND_PARTY: return 7;      /* Class */
    case SHAREPOL_KIND_GROUP: return 9;      /* Module */
    case SHAREPOL_KIND_CATEGORY: return 13;  /* Enum */
    case SHAREPOL_KIND_PURPOSE: return 21;   /* Constant */
    case SHAREPOL_KIND_SCOPE: return 19;     /* Folder */
    case SHAREPOL_KIND_AGREEMENT: return 22; /* Struct */
    case SHAREPOL_KIND_RULE: return 3;       /* Function */
    default: return 6;                       /* Variable */
    }
}

json_t *lsp_completion(lsp_server *srv, json_t *params, lsp_error *err)
{
    lsp_place p;
    if (!place_open(srv, params, true, &p, err))
        return NULL;
    expectation e = expected_here(p.doc->text, p.offset);
    json_t *items = json_array();
    size_t n = e.no_name ? 0 : sharepol_symbols_count(p.symbols);
    for (size_t i = 0; i < n; i++) {
        const sharepol_symbol *s = sharepol_symbols_get(p.symbols, i);
        if (e.kinds && !(e.kinds & KIND(s->kind)))
            continue;
        if (!e.kinds && (s->kind == SHAREPOL_KIND_AGREEMENT || s->kind == SHAREPOL_KIND_RULE))
            continue;  /* no place takes the name of an agreement or rule */
        if (sharepol_symbols_find(p.symbols, s->name) != (long)i)
            continue;  /* a duplicate declaration: offered once */
        char detail[256];
        snprintf(detail, sizeof detail, "%s%s%s", s->kind_name, s->label ? " \xe2\x80\x94 " : "",
                 s->label ? s->label : "");
        json_array_append_new(items, json_pack("{s:o, s:i, s:o, s:s}", "label",
                                               cli_json_string(s->name), "kind",
                                               completion_kind(s->kind), "detail",
                                               cli_json_string(detail), "sortText", "0"));
    }
    /* Keywords wherever no particular kind of name is expected. */
    for (size_t i = 0; !e.no_name && !e.kinds && sharepol_keyword(i); i++)
        json_array_append_new(items, json_pack("{s:s, s:i, s:s}", "label", sharepol_keyword(i),
                                               "kind", 14, "sortText", "1"));
    place_close(srv, &p);
    return json_pack("{s:b, s:o}", "isIncomplete", 0, "items", items);
}

/* ---- document symbols ---------------------------------------------------- */

static int symbol_kind(int kind)
{
    switch (kind) {
    case SHAREPOL_KIND_PARTY: return 5;      /* Class */
    case SHAREPOL_KIND_GROUP: return 2;      /* Module */
    case SHAREPOL_KIND_CATEGORY: return 10;  /* Enum */
    case SHAREPOL_KIND_PURPOSE: return 14;   /* Constant */
    case SHAREPOL_KIND_SCOPE: return 3;      /* Namespace */
    case SHAREPOL_KIND_AGREEMENT: return 23; /* Struct */
    case SHAREPOL_KIND_RULE: return 12;      /* Function */
    default: return 13;                      /* Variable */
    }
}

json_t *lsp_document_symbols(lsp_server *srv, json_t *params, lsp_error *err)
{
    lsp_place p;
    if (!place_open(srv, params, false, &p, err))
        return NULL;
    json_t *result = json_array();
    json_t *agreement = NULL;   /* the last agreement: its rules are its children */
    const char *agreement_name = NULL;
    const char *text = p.doc->text;
    size_t length = p.doc->length;
    for (size_t i = 0; i < sharepol_symbols_count(p.symbols); i++) {
        const sharepol_symbol *s = sharepol_symbols_get(p.symbols, i);
        if (!s->name_span.file || strcmp(s->name_span.file, p.doc->path) != 0)
            continue;
        json_t *sym = json_pack("{s:o, s:i, s:o, s:o}", "name", cli_json_string(s->name),
                                "kind", symbol_kind(s->kind), "range",
                                lsp_range_of(srv, text, length, s->span.start, s->span.end),
                                "selectionRange",
                                lsp_range_of(srv, text, length, s->name_span.start,
                                             s->name_span.end));
        json_object_set_new(sym, "detail",
                            cli_json_string(s->label ? s->label : s->kind_name));
        if (s->kind == SHAREPOL_KIND_AGREEMENT) {
            json_object_set_new(sym, "children", json_array());
            agreement = sym;
            agreement_name = s->name;
        }
        if (s->agreement && agreement && strcmp(s->agreement, agreement_name) == 0)
            json_array_append_new(json_object_get(agreement, "children"), sym);
        else
            json_array_append_new(result, sym);
    }
    place_close(srv, &p);
    return result;
}

/* ---- formatting ---------------------------------------------------------- */

json_t *lsp_formatting(lsp_server *srv, json_t *params, lsp_error *err)
{
    const char *uri = json_string_value(json_object_get(json_object_get(params, "textDocument"),
                                                        "uri"));
    if (!uri) {
        fail(err, LSP_INVALID_PARAMS, "params.textDocument.uri is missing");
        return NULL;
    }
    lsp_document *doc = lsp_document_find(srv, uri);
    if (!doc) {
        fail(err, LSP_INVALID_PARAMS, "the document is not open (send didOpen first)");
        return NULL;
    }
    char *formatted = NULL;
    int st = sharepol_format(&formatted, doc->text, doc->length, doc->path, NULL, NULL);
    if (st == SHAREPOL_EPARSE) {
        fail(err, LSP_REQUEST_FAILED,
             "the file has syntax errors, so it cannot be formatted: fix them first");
        return NULL;
    }
    if (st != SHAREPOL_OK) {
        fail(err, st == SHAREPOL_ENOMEM ? LSP_INTERNAL_ERROR : LSP_REQUEST_FAILED,
             sharepol_strerror(st));
        return NULL;
    }
    json_t *edits = json_array();
    if (strlen(formatted) != doc->length || memcmp(formatted, doc->text, doc->length) != 0)
        json_array_append_new(edits, json_pack("{s:o, s:o}", "range",
                                               lsp_range_of(srv, doc->text, doc->length, 0,
                                                            doc->length),
                                               "newText", cli_json_string(formatted)));
    sharepol_string_free(formatted);
    return edits;
}
