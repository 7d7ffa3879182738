/* syntax_error.c — syntax error messages that name what was expected. */
#include "syntax_error.h"

#include <setjmp.h>
#include <string.h>

#include "buf.h"
#include "lex.h"

/* The text built in b, for a message.  A message that could not be built
 * for want of memory must not go unreported, or the text would pass for
 * correct (error recovery has dropped the statement): the parse stops as
 * out of memory through the arena's handler, after freeing b and `also`.
 * Without a handler the error is still reported, in fewer words. */
static const char *built(sp_parse_state *ps, sp_buf *b, sp_buf *also, const char *fallback)
{
    if (!b->failed && b->data)
        return b->data;
    if (ps->diags->arena.on_oom) {
        sp_buf_free(b);
        if (also)
            sp_buf_free(also);
        longjmp(*ps->diags->arena.on_oom, 1);
    }
    return fallback;
}

typedef enum tok_class {
    TOK_EOF,
    TOK_INVALID,
    TOK_KEYWORD,  /* 'party' */
    TOK_VALUE,    /* a name, a string, a date, a duration, a number */
    TOK_PUNCT     /* ';' '=>' */
} tok_class;

typedef struct tok {
    tok_class cls;
    char text[32]; /* the keyword or punctuation, or the value's kind */
} tok;

static tok classify(int symbol)
{
    tok t;
    memset(&t, 0, sizeof t);
    const char *raw = sp_token_name(symbol);
    size_t n = strlen(raw);
    if (n >= 2 && (raw[0] == '"' || raw[0] == '\'')) {
        raw++;
        n -= 2;
    }
    if (n >= sizeof t.text)
        n = sizeof t.text - 1;
    memcpy(t.text, raw, n);
    if (strcmp(t.text, "end of file") == 0)
        t.cls = TOK_EOF;
    else if (strcmp(t.text, "invalid token") == 0)
        t.cls = TOK_INVALID;
    else if (!strcmp(t.text, "name") || !strcmp(t.text, "string") ||
             !strcmp(t.text, "date") || !strcmp(t.text, "duration") ||
             !strcmp(t.text, "number"))
        t.cls = TOK_VALUE;
    else if (t.text[0] >= 'a' && t.text[0] <= 'z')
        t.cls = TOK_KEYWORD;
    else
        t.cls = TOK_PUNCT;
    return t;
}

static void describe(sp_buf *b, const tok *t, bool query)
{
    switch (t->cls) {
    case TOK_EOF:
        sp_buf_puts(b, query ? "end of the query" : "end of file");
        break;
    case TOK_VALUE:
        sp_buf_printf(b, "%s %s", t->text[0] == 'a' || t->text[0] == 'e' ? "an" : "a",
                      t->text);
        break;
    default:
        sp_buf_printf(b, "'%s'", t->text);
        break;
    }
}

static bool expects(const tok *exp, int n, const char *text)
{
    for (int i = 0; i < n; i++)
        if (strcmp(exp[i].text, text) == 0)
            return true;
    return false;
}

/* The expected tokens, in words: "'from', ',' or 'except'".  In a query the
 * end of the text is the end of the query, not of a file. */
static void describe_expected(sp_buf *b, const tok *exp, int n, bool query)
{
    if (expects(exp, n, "party") && expects(exp, n, "agreement") && expects(exp, n, "test")) {
        sp_buf_puts(b, "a declaration, an agreement, a rule or a test");
        return;
    }
    if (expects(exp, n, "parties") && expects(exp, n, "signed")) {
        sp_buf_puts(b, "an agreement item (parties, signed, effective, expires, "
                       "term, notice) or a rule");
        if (expects(exp, n, "}"))
            sp_buf_puts(b, ", or '}'");
        return;
    }
    /* A set's element: "a name or a party reference" rather than the four
     * keywords that may start a reference (docs/language.md, "Party references"). */
    bool refs = expects(exp, n, "name") && expects(exp, n, "from") && expects(exp, n, "to") &&
                expects(exp, n, "organisation");
    tok shown[SP_MAX_EXPECTED];
    int m = 0;
    for (int i = 0; i < n && m < SP_MAX_EXPECTED; i++)
        if (!refs || (strcmp(exp[i].text, "from") != 0 && strcmp(exp[i].text, "to") != 0 &&
                      strcmp(exp[i].text, "originator") != 0 &&
                      strcmp(exp[i].text, "organisation") != 0))
            shown[m++] = exp[i];
    int total = m + (refs ? 1 : 0), k = 0;
    for (int i = 0; i < m; i++) {
        if (k > 0)
            sp_buf_puts(b, k == total - 1 ? " or " : ", ");
        describe(b, &shown[i], query);
        k++;
        if (refs && shown[i].cls == TOK_VALUE && strcmp(shown[i].text, "name") == 0) {
            sp_buf_puts(b, k == total - 1 ? " or " : ", ");
            sp_buf_puts(b, "a party reference");
            k++;
        }
    }
}

static bool starts_statement(const tok *t)
{
    static const char *const words[] = { "party", "group", "category", "purpose",
                                         "scope", "agreement", "rule", "allow",
                                         "deny", "require", "test", "expect",
                                         "parties", "signed", "effective",
                                         "expires", "term", "notice", "stix" };
    if (t->cls == TOK_EOF || (t->cls == TOK_PUNCT && strcmp(t->text, "}") == 0))
        return true;
    if (t->cls != TOK_KEYWORD)
        return false;
    for (size_t i = 0; i < SP_ARRAY_LEN(words); i++)
        if (strcmp(t->text, words[i]) == 0)
            return true;
    return false;
}

/* The keyword that a name spells but for its letter case ("Party"), if the
 * parser expected that keyword here; else NULL. */
static const char *miscased_keyword(const char *text, size_t len, const tok *exp, int n)
{
    char low[16];
    if (len == 0 || len >= sizeof low)
        return NULL;
    for (size_t i = 0; i < len; i++)
        low[i] = (char)(text[i] >= 'A' && text[i] <= 'Z' ? text[i] - 'A' + 'a' : text[i]);
    low[len] = '\0';
    if (!sp_lex_keyword(low, len))
        return NULL;
    for (int i = 0; i < n; i++)
        if (exp[i].cls == TOK_KEYWORD && strcmp(exp[i].text, low) == 0)
            return exp[i].text;
    return NULL;
}

/* Is the word text[0, len) the same as the token just before it, as in
 * "in in"?  That token ends at ps->prev_end. */
static bool repeats_previous(const sp_parse_state *ps, const char *text, size_t len)
{
    const char *src = ps->src->text;
    size_t end = ps->prev_end;
    if (len == 0 || end < ps->src->body + len || memcmp(src + end - len, text, len) != 0)
        return false;
    if (end - len == ps->src->body)
        return true;
    char c = src[end - len - 1];
    return !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
             c == '_' || c == '-');
}

static void notes_for_unfinished(sp_parse_state *ps, bool at_eof)
{
    if (!at_eof || ps->query_mode)
        return;
    if (!ps->at_stmt_start)
        sp_diag_note(ps->diags, ps->stmt_start, "the unfinished statement began here");
    if (ps->in_block)
        sp_diag_note(ps->diags, ps->block_open, "the block opened here is not closed with '}'");
}

void sp_syntax_error(sp_parse_state *ps, int lookahead, sp_loc loc,
                     const int *expected, int n)
{
    if (ps->fatal)
        return;
    tok la = classify(lookahead);
    if (la.cls == TOK_INVALID)
        return; /* the scanner has reported it */
    if (la.cls == TOK_EOF) {
        /* Just after the last token, whatever whitespace follows it. */
        size_t at = ps->last_end > ps->src->body ? ps->last_end : ps->src->body;
        loc.start = loc.end = (uint32_t)at;
    }
    tok exp[SP_MAX_EXPECTED];
    for (int i = 0; i < n && i < SP_MAX_EXPECTED; i++)
        exp[i] = classify(expected[i]);

    sp_buf b;
    sp_buf_init(&b, &ps->diags->allocator);
    size_t len;
    const char *text = sp_diag_text(ps->diags, loc, &len);

    if (ps->stix && la.cls == TOK_KEYWORD && expects(exp, n, "name") && expects(exp, n, "}")) {
        /* the first word of a stix block's statement: a keyword there is
         * another block's statement, not a name chosen badly */
        sp_diag_error(ps->diags, "stix-statement", loc,
                      "unexpected '%s' in a stix block, expected 'identity', 'marking' or "
                      "'type'", la.text);
    } else if (la.cls == TOK_KEYWORD && expects(exp, n, "name") &&
               repeats_previous(ps, text, len)) {
        sp_diag_error(ps->diags, "syntax", loc, "unexpected second '%s', expected a name",
                      la.text);
    } else if (la.cls == TOK_KEYWORD && expects(exp, n, "name")) {
        sp_diag_error(ps->diags, "reserved-word", loc,
                      "'%s' is a reserved word and cannot be used as a name", la.text);
        sp_diag_note(ps->diags, loc, "choose another name, such as '%s-1' or 'the-%s'",
                     la.text, la.text);
    } else if (expects(exp, n, ";") && starts_statement(&la)) {
        /* After the statement's last token: at the end of the file that is
         * the latest token, else the one before the lookahead. */
        uint32_t end = la.cls == TOK_EOF ? loc.start : (uint32_t)ps->prev_end;
        sp_loc at = { loc.file, end, end };
        if (la.cls == TOK_EOF)
            sp_buf_puts(&b, ps->query_mode ? "unexpected end of the query: "
                                           : "unexpected end of file: ");
        sp_buf_puts(&b, "missing ';' at the end of the statement");
        sp_diag_error(ps->diags, "missing-semicolon", at, "%s",
                      built(ps, &b, NULL, "missing ';'"));
        if (n > 1) {
            sp_buf others;
            sp_buf_init(&others, &ps->diags->allocator);
            tok rest[SP_MAX_EXPECTED];
            int m = 0;
            for (int i = 0; i < n; i++)
                if (strcmp(exp[i].text, ";") != 0)
                    rest[m++] = exp[i];
            describe_expected(&others, rest, m, ps->query_mode);
            sp_diag_note(ps->diags, at, "%s could also come here",
                         built(ps, &others, &b, "something else"));
            sp_buf_free(&others);
        }
        notes_for_unfinished(ps, la.cls == TOK_EOF);
    } else {
        sp_buf_puts(&b, "unexpected ");
        if (la.cls == TOK_VALUE && len > 0 && len <= 64) {
            sp_buf_printf(&b, "%s '", la.text);
            sp_buf_escaped(&b, text, len, 0);
            sp_buf_putc(&b, '\'');
        } else {
            describe(&b, &la, ps->query_mode);
        }
        if (n > 0) {
            sp_buf_puts(&b, ", expected ");
            describe_expected(&b, exp, n, ps->query_mode);
        }
        sp_diag_error(ps->diags, la.cls == TOK_EOF ? "unexpected-eof" : "syntax", loc, "%s",
                      built(ps, &b, NULL, "syntax error"));
        notes_for_unfinished(ps, la.cls == TOK_EOF);
        const char *kw = la.cls == TOK_VALUE && strcmp(la.text, "name") == 0
                             ? miscased_keyword(text, len, exp, n)
                             : NULL;
        if (kw)
            sp_diag_note(ps->diags, loc, "keywords are written in lower case: '%s'", kw);
        if (la.cls == TOK_PUNCT && strcmp(la.text, "}") == 0 && !ps->in_block)
            sp_diag_note(ps->diags, loc, "no agreement or test block is open here");
    }
    sp_buf_free(&b);
    if (ps->diags->stopped)
        ps->fatal = true;
}

void sp_syntax_error_message(sp_parse_state *ps, sp_loc loc, const char *msg)
{
    if (ps->fatal)
        return;
    if (strstr(msg, "exhausted"))
        sp_diag_error(ps->diags, "too-deep", loc,
                      "the text nests too deeply for the parser");
    else
        sp_diag_error(ps->diags, "syntax", loc, "%s", msg);
    ps->fatal = true;
}
