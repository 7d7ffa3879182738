/* format.c — `sharepol fmt`: a policy file in the one canonical layout.
 *
 * The text is parsed (names are not resolved, so one file of a set can be
 * formatted alone) and printed back from the syntax tree:
 *
 *  - two spaces per level; one statement per line; at most one blank line
 *    where the author left one or more;
 *  - runs of declarations of one kind, one per line, have their labels
 *    aligned;
 *  - a named rule puts `rule NAME "label"` on its own line and its body on
 *    the next; a body too long for 80 columns is wrapped before `from`, `to`,
 *    `with`, `when` and `for`; expectations stay one per line, like a table;
 *  - comments stay where they were: on their own line, or after the
 *    statement they followed; a comment inside a statement moves to the
 *    line before it.
 *
 * The result parses to the same tree, so it means the same and formatting it
 * again changes nothing (tests/test_format.c checks both). */
#include <setjmp.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "parse.h"
#include "utf8.h"

#define WIDTH 80
#define INDENT 2

typedef struct fmt {
    sp_buf out;
    const sp_source *src;
    const sp_program *prog;
    const sp_loc *comments;
    uint32_t n_comments, next;  /* the next comment not yet printed */
    size_t src_pos;             /* source offset up to which everything is printed */
    bool block_start;           /* nothing printed yet in the current block */
    /* The last trailing comment, which own-line comments in its column on
     * the lines right below continue. */
    bool trailing;
    unsigned trailing_src_col, trailing_out_col;
} fmt;

/* ---- expressions ------------------------------------------------------------ */

static void put_string(sp_buf *b, const char *s)
{
    sp_buf_putc(b, '"');
    size_t n = strlen(s);
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t len = sp_utf8_decode((const unsigned char *)s + i, n - i, &cp);
        if (len == 0)
            len = 1, cp = (unsigned char)s[i];
        if (cp == '"' || cp == '\\')
            sp_buf_printf(b, "\\%c", (char)cp);
        else if (cp == '\n')
            sp_buf_puts(b, "\\n");
        else if (cp == '\t')
            sp_buf_puts(b, "\\t");
        else if (cp < 0x20 || cp == 0x7f || sp_utf8_is_bidi(cp) || cp == 0xfeff)
            sp_buf_printf(b, "\\u{%X}", (unsigned)cp);
        else
            sp_buf_add(b, s + i, len);
        i += len;
    }
    sp_buf_putc(b, '"');
}

static void put_date(sp_buf *b, int32_t day)
{
    char text[11];
    if (sharepol_date_format(text, day) != SHAREPOL_OK)
        memcpy(text, "?", 2);
    sp_buf_puts(b, text);
}

static void put_duration(sp_buf *b, sp_duration d)
{
    static const char *const units[] = { "d", "w", "mo", "y" };
    sp_buf_printf(b, "%u%s", d.n, units[d.unit]);
}

/* A party reference, `organisation of` written once however often it was. */
static void put_pref(sp_buf *b, const sp_pref *p)
{
    static const char *const bases[] = { [SP_PREF_FROM] = "from", [SP_PREF_TO] = "to",
                                         [SP_PREF_ORIGINATOR] = "originator" };
    if (p->has_relation)
        sp_buf_printf(b, "%s of ", p->relation.name);
    if (p->organisation)
        sp_buf_puts(b, "organisation of ");
    sp_buf_puts(b, p->base == SP_PREF_PARTY ? p->party.name : bases[p->base]);
}

static void put_refs(sp_buf *b, const sp_refs *refs)
{
    for (uint32_t i = 0; i < refs->n; i++) {
        if (i)
            sp_buf_puts(b, ", ");
        if (refs->v[i].pref)
            put_pref(b, refs->v[i].pref);
        else
            sp_buf_puts(b, refs->v[i].name);
    }
}

static void put_set(sp_buf *b, const sp_set *s)
{
    if (s->star)
        sp_buf_putc(b, '*');
    put_refs(b, &s->names);
    if (s->excepts.n) {
        sp_buf_puts(b, " except ");
        put_refs(b, &s->excepts);
    }
}

static void put_cats(sp_buf *b, const sp_cats *c)
{
    if (c->star)
        sp_buf_putc(b, '*');
    else
        put_refs(b, &c->names);
}

/* Recursion is bounded by the parser's nesting limit. */
static void put_consent(sp_buf *b, const sp_consent *c)
{
    if (c->paren)
        sp_buf_putc(b, '(');
    switch (c->kind) {
    case SP_CONSENT_ORIGINATOR:
        sp_buf_puts(b, "originator");
        break;
    case SP_CONSENT_PARTY:
        sp_buf_puts(b, c->ref.name);
        break;
    case SP_CONSENT_ALL:
    case SP_CONSENT_ANY:
    case SP_CONSENT_COUNT:
        if (c->kind == SP_CONSENT_COUNT)
            sp_buf_printf(b, "%u of ", c->count);
        else
            sp_buf_puts(b, c->kind == SP_CONSENT_ALL ? "all of " : "any of ");
        if (c->inline_set) {
            sp_buf_putc(b, '{');
            put_refs(b, &c->members);
            sp_buf_putc(b, '}');
        } else {
            sp_buf_puts(b, c->ref.name);
        }
        break;
    case SP_CONSENT_AND:
    case SP_CONSENT_OR:
        for (uint32_t i = 0; i < c->kids.n; i++) {
            if (i)
                sp_buf_puts(b, c->kind == SP_CONSENT_AND ? " and " : " or ");
            put_consent(b, c->kids.v[i]);
        }
        break;
    }
    if (c->paren)
        sp_buf_putc(b, ')');
}

static void put_cond(sp_buf *b, const sp_cond *c)
{
    if (c->paren)
        sp_buf_putc(b, '(');
    switch (c->kind) {
    case SP_COND_OR:
    case SP_COND_AND:
        for (uint32_t i = 0; i < c->kids.n; i++) {
            if (i)
                sp_buf_puts(b, c->kind == SP_COND_AND ? " and " : " or ");
            put_cond(b, c->kids.v[i]);
        }
        break;
    case SP_COND_NOT:
        for (uint32_t i = 0; i < c->nots; i++)
            sp_buf_puts(b, "not ");
        put_cond(b, c->kids.v[0]);
        break;
    case SP_COND_ORIGINATOR_IN:
    case SP_COND_FROM_IN:
    case SP_COND_TO_IN:
        sp_buf_puts(b, c->kind == SP_COND_ORIGINATOR_IN ? "originator in "
                       : c->kind == SP_COND_FROM_IN     ? "from in "
                                                        : "to in ");
        put_set(b, &c->set);
        break;
    case SP_COND_OUTSIDE_SCOPE:
        sp_buf_puts(b, "to outside scope");
        break;
    case SP_COND_WITHIN_SCOPE:
        sp_buf_puts(b, "to within scope");
        break;
    case SP_COND_ONWARD:
        sp_buf_puts(b, "onward");
        break;
    case SP_COND_MARKED:
        sp_buf_puts(b, "marked ");
        put_refs(b, &c->names);
        break;
    case SP_COND_UNMARKED:
        sp_buf_puts(b, "unmarked");
        break;
    case SP_COND_PURPOSE_IN:
        sp_buf_puts(b, "purpose in ");
        put_refs(b, &c->names);
        break;
    case SP_COND_BEFORE:
    case SP_COND_SINCE:
        sp_buf_puts(b, c->kind == SP_COND_BEFORE ? "before " : "since ");
        put_date(b, c->date);
        break;
    }
    if (c->paren)
        sp_buf_putc(b, ')');
}

/* A statement as parts that may go to lines of their own when it is too
 * long for one: a rule's `from`, `to`, `with`, `when`; a query's parts. */
#define MAX_PARTS 12

typedef struct parts {
    sp_buf v[MAX_PARTS];
    int n;
} parts;

static void parts_init(parts *p, const sharepol_allocator *a)
{
    for (int i = 0; i < MAX_PARTS; i++)
        sp_buf_init(&p->v[i], a);
    p->n = 0;
}

static sp_buf *next_part(parts *p)
{
    return &p->v[p->n < MAX_PARTS ? p->n++ : MAX_PARTS - 1];
}

static void put_query(parts *p, sp_buf *head, const sp_query_ast *q)
{
    sp_buf_printf(head, "%s from %s to %s", q->category.name, q->from.name, q->to.name);
    if (q->has_originator)
        sp_buf_printf(next_part(p), "originator %s", q->originator.name);
    if (q->has_scope) {
        sp_buf *b = next_part(p);
        sp_buf_puts(b, "scope ");
        for (uint32_t i = 0; i < q->markings.n; i++) {
            const sp_marking_ast *m = &q->markings.v[i];
            if (i)
                sp_buf_puts(b, ", ");
            if (!m->is_audience) {
                sp_buf_puts(b, m->scope.name);
                continue;
            }
            sp_buf_putc(b, '{');
            put_refs(b, &m->audience);
            sp_buf_putc(b, '}');
        }
    }
    if (q->has_purpose)
        sp_buf_printf(next_part(p), "purpose %s", q->purpose.name);
    if (q->has_at) {
        sp_buf *b = next_part(p);
        sp_buf_puts(b, "at ");
        put_date(b, q->at);
    }
    if (q->has_consents) {
        sp_buf *b = next_part(p);
        sp_buf_puts(b, "consent ");
        put_refs(b, &q->consents);
    }
}

/* ---- layout helpers --------------------------------------------------------- */

static void put_indent(sp_buf *b, int indent)
{
    for (int i = 0; i < indent; i++)
        sp_buf_putc(b, ' ');
}

/* The parts on one line when they fit in `width`; else the first part, then
 * the others packed on lines indented to `cont`.  Ends with ';' and frees
 * the parts. */
static void put_parts(sp_buf *b, parts *p, int indent, int cont, size_t width)
{
    size_t total = (size_t)indent + 1;
    for (int i = 0; i < p->n; i++)
        total += p->v[i].len + 1;
    put_indent(b, indent);
    size_t col = (size_t)indent;
    for (int i = 0; i < p->n; i++) {
        if (i > 0 && total > width && (i == 1 || col + 1 + p->v[i].len + 1 > width)) {
            sp_buf_putc(b, '\n');
            put_indent(b, cont);
            col = (size_t)cont;
        } else if (i > 0) {
            sp_buf_putc(b, ' ');
            col++;
        }
        sp_buf_add(b, p->v[i].data ? p->v[i].data : "", p->v[i].len);
        col += p->v[i].len;
    }
    sp_buf_putc(b, ';');
    for (int i = 0; i < MAX_PARTS; i++) {
        if (p->v[i].failed)
            b->failed = true;
        sp_buf_free(&p->v[i]);
    }
}

/* Does the source between two offsets hold an empty line? */
static bool blank_between(const fmt *f, size_t from, size_t to)
{
    int breaks = 0;
    for (size_t i = from; i < to && i < f->src->len; i++) {
        char c = f->src->text[i];
        if (c == '\n' || (c == '\r' && (i + 1 >= f->src->len || f->src->text[i + 1] != '\n')))
            breaks++;
        else if (c != ' ' && c != '\t' && c != '\r')
            breaks = 0;
        if (breaks >= 2)
            return true;
    }
    return false;
}

/* Only spaces and tabs between two offsets? */
static bool only_blanks(const fmt *f, size_t from, size_t to)
{
    for (size_t i = from; i < to && i < f->src->len; i++)
        if (f->src->text[i] != ' ' && f->src->text[i] != '\t')
            return false;
    return true;
}

/* A blank line before what starts at `at`, if the author left one. */
static void separate(fmt *f, size_t at)
{
    if (!f->block_start && blank_between(f, f->src_pos, at))
        sp_buf_putc(&f->out, '\n');
    f->block_start = false;
}

static void put_comment_text(fmt *f, sp_loc c)
{
    /* A comment's text is kept as written, without trailing blanks. */
    size_t end = c.end;
    while (end > c.start && (f->src->text[end - 1] == ' ' || f->src->text[end - 1] == '\t'))
        end--;
    sp_buf_add(&f->out, f->src->text + c.start, end - c.start);
}

/* The display width of text[from, to): how far along a line it reaches. */
static unsigned width_of(const char *text, size_t from, size_t to)
{
    unsigned w = 0;
    for (size_t i = from; i < to;) {
        uint32_t cp;
        size_t n = sp_utf8_decode((const unsigned char *)text + i, to - i, &cp);
        if (n == 0)
            n = 1, cp = '?';
        w += cp == '\t' ? 1 : sp_utf8_width(cp);
        i += n;
    }
    return w;
}

static unsigned source_column(const fmt *f, size_t at)
{
    return width_of(f->src->text, sp_source_line_start(f->src, at), at);
}

static unsigned output_column(const fmt *f)
{
    size_t start = f->out.len;
    while (start > 0 && f->out.data[start - 1] != '\n')
        start--;
    return width_of(f->out.data, start, f->out.len);
}

/* Does comment c continue the trailing comment just printed: on the next
 * line, in the same column? */
static bool continues_trailing(const fmt *f, sp_loc c)
{
    if (!f->trailing || source_column(f, c.start) != f->trailing_src_col)
        return false;
    int breaks = 0;
    for (size_t i = f->src_pos; i < c.start; i++) {
        char ch = f->src->text[i];
        if (ch == '\n' || (ch == '\r' && f->src->text[i + 1] != '\n'))
            breaks++;
        else if (ch != ' ' && ch != '\t' && ch != '\r')
            return false;
    }
    return breaks == 1;
}

/* Prints, each on its own line, the comments that start before `limit`. */
static void comments_before(fmt *f, size_t limit, int indent)
{
    while (f->next < f->n_comments && f->comments[f->next].start < limit) {
        sp_loc c = f->comments[f->next++];
        if (continues_trailing(f, c)) {
            for (unsigned i = 0; i < f->trailing_out_col; i++)
                sp_buf_putc(&f->out, ' ');
        } else {
            f->trailing = false;
            separate(f, c.start);
            put_indent(&f->out, indent);
        }
        put_comment_text(f, c);
        sp_buf_putc(&f->out, '\n');
        f->src_pos = c.end;
    }
    f->trailing = false;
}

/* Ends the line of a statement that ended at `end`, with the comment that
 * follows it on the same source line, if any. */
static void end_line(fmt *f, size_t end)
{
    f->src_pos = end;
    f->trailing = false;
    if (f->next < f->n_comments && f->comments[f->next].start >= end &&
        only_blanks(f, end, f->comments[f->next].start)) {
        sp_loc c = f->comments[f->next++];
        sp_buf_puts(&f->out, "  ");
        f->trailing = true;
        f->trailing_src_col = source_column(f, c.start);
        f->trailing_out_col = output_column(f);
        put_comment_text(f, c);
        f->src_pos = c.end;
    }
    sp_buf_putc(&f->out, '\n');
}

/* ---- statements -------------------------------------------------------------- */

/* Will declaration item b be printed on the line after a, with no blank
 * line or comment between?  That is decided on the source in a way that the
 * output decides the same, so that formatting twice changes nothing: two
 * declarations on one source line end up on consecutive lines, and a comment
 * inside b moves before it, between the two. */
static bool joined(const fmt *f, const sp_item *a, const sp_item *b)
{
    const sp_program *prog = f->prog;
    if (a->kind != SP_ITEM_DECL || b->kind != SP_ITEM_DECL ||
        prog->decls.v[a->index].kind != prog->decls.v[b->index].kind)
        return false;
    /* a comment on a line of its own separates them; one after `a` does not */
    for (uint32_t c = 0; c < f->n_comments; c++)
        if (f->comments[c].start >= a->loc.end && f->comments[c].start < b->loc.end &&
            !only_blanks(f, a->loc.end, f->comments[c].start))
            return false;
    return !blank_between(f, a->loc.end, b->loc.start);
}

/* Runs of joined declarations of one kind align their labels: the width of
 * the run's longest name. */
static size_t run_name_width(const fmt *f, const sp_items *items, uint32_t i)
{
    uint32_t start = i, end = i;
    while (start > 0 && joined(f, &items->v[start - 1], &items->v[start]))
        start--;
    while (end + 1 < items->n && joined(f, &items->v[end], &items->v[end + 1]))
        end++;
    /* Only names followed by something are padded, and only when there is
     * more than one such to line up. */
    size_t width = 0;
    int followed = 0;
    for (uint32_t k = start; k <= end; k++) {
        const sp_decl *d = &f->prog->decls.v[items->v[k].index];
        if (!d->label && !d->parents.n && !d->has_set)
            continue;
        followed++;
        if (strlen(d->name) > width)
            width = strlen(d->name);
    }
    return followed > 1 ? width : 0;
}

static void put_decl(fmt *f, const sp_items *items, uint32_t i, int indent)
{
    const sp_decl *d = &f->prog->decls.v[items->v[i].index];
    sp_buf *b = &f->out;
    static const char *const words[] = { [SP_DECL_PARTY] = "party", [SP_DECL_GROUP] = "group",
                                         [SP_DECL_CATEGORY] = "category",
                                         [SP_DECL_PURPOSE] = "purpose", [SP_DECL_SCOPE] = "scope",
                                         [SP_DECL_RELATION] = "relation" };
    put_indent(b, indent);
    sp_buf_printf(b, "%s %s", words[d->kind], d->name);
    bool more = d->label || d->parents.n || d->has_set;
    size_t width = more ? run_name_width(f, items, i) : 0;
    if (width > strlen(d->name)) {
        size_t pad = width - strlen(d->name);
        for (size_t k = 0; k < pad; k++)
            sp_buf_putc(b, ' ');
    }
    if (d->label) {
        sp_buf_putc(b, ' ');
        put_string(b, d->label);
    }
    if (d->parents.n) {
        sp_buf_puts(b, " in ");
        put_refs(b, &d->parents);
    }
    if (d->has_set) {
        sp_buf_puts(b, " = ");
        put_set(b, &d->set);
    }
    sp_buf_putc(b, ';');
}

/* `relation NAME of PARTY = SET;`, on one line like a declaration. */
static void put_fact(fmt *f, const sp_fact *fact, int indent)
{
    sp_buf *b = &f->out;
    put_indent(b, indent);
    sp_buf_printf(b, "relation %s of %s = ", fact->relation.name, fact->party.name);
    put_set(b, &fact->set);
    sp_buf_putc(b, ';');
}

/* A rule body: the verb part, then the parts that may go to new lines. */
static void put_rule(fmt *f, const sp_rule *r, int indent)
{
    sp_buf *b = &f->out;
    parts p;
    parts_init(&p, &f->prog->diags->allocator);
    sp_buf *part = next_part(&p);
    if (r->kind == SP_RULE_REQUIRE) {
        sp_buf_puts(part, "require consent of ");
        put_consent(part, r->consent);
        if (r->cats.given) {
            part = next_part(&p);
            sp_buf_puts(part, "for ");
            put_cats(part, &r->cats);
        }
    } else {
        sp_buf_puts(part, r->kind == SP_RULE_ALLOW ? "allow " : "deny ");
        put_cats(part, &r->cats);
    }
    if (r->has_from) {
        part = next_part(&p);
        sp_buf_puts(part, "from ");
        put_set(part, &r->from);
    }
    if (r->has_to) {
        part = next_part(&p);
        sp_buf_puts(part, "to ");
        put_set(part, &r->to);
    }
    if (r->consent && r->kind == SP_RULE_ALLOW) {
        part = next_part(&p);
        sp_buf_puts(part, "with consent of ");
        put_consent(part, r->consent);
    }
    if (r->when) {
        part = next_part(&p);
        sp_buf_puts(part, "when ");
        put_cond(part, r->when);
    }
    if (r->name) {
        put_indent(b, indent);
        sp_buf_printf(b, "rule %s", r->name);
        if (r->label) {
            sp_buf_putc(b, ' ');
            put_string(b, r->label);
        }
        sp_buf_putc(b, '\n');
        indent += INDENT;
    }
    put_parts(b, &p, indent, indent + INDENT, WIDTH);
}

static void put_agreement_item(fmt *f, const sp_agreement *ag, const sp_item *it, int indent)
{
    sp_buf *b = &f->out;
    if (!ag)
        return; /* these items exist only inside an agreement */
    put_indent(b, indent);
    switch (it->kind) {
    case SP_ITEM_PARTIES:
        sp_buf_puts(b, "parties ");
        put_set(b, &ag->parties);
        break;
    case SP_ITEM_SIGNED:
        sp_buf_puts(b, "signed ");
        put_date(b, ag->signed_.date);
        break;
    case SP_ITEM_EFFECTIVE:
        sp_buf_puts(b, "effective ");
        put_date(b, ag->effective.date);
        break;
    case SP_ITEM_EXPIRES:
        sp_buf_puts(b, "expires ");
        put_date(b, ag->expires.date);
        break;
    case SP_ITEM_TERM:
        sp_buf_puts(b, "term ");
        put_duration(b, ag->term);
        if (ag->has_renews) {
            sp_buf_puts(b, " renews ");
            put_duration(b, ag->renews);
        }
        if (ag->has_notice_period) {
            sp_buf_puts(b, " unless notice ");
            put_duration(b, ag->notice_period);
        }
        break;
    case SP_ITEM_NOTICE: {
        const sp_notice *n = &ag->notices.v[it->index];
        sp_buf_printf(b, "notice by %s on ", n->party.name);
        put_date(b, n->date);
        break;
    }
    default:
        break;
    }
    sp_buf_putc(b, ';');
}

static void print_items(fmt *f, const sp_items *items, int indent, const sp_agreement *ag);

/* The offset of the block's closing brace. */
static size_t closing_brace(const fmt *f, sp_loc loc)
{
    size_t p = loc.end;
    while (p > loc.start && f->src->text[p - 1] != '}')
        p--;
    return p > loc.start ? p - 1 : loc.end;
}

static void close_block(fmt *f, sp_loc loc, int indent)
{
    size_t brace = closing_brace(f, loc);
    comments_before(f, brace, indent + INDENT);
    put_indent(&f->out, indent);
    sp_buf_putc(&f->out, '}');
    end_line(f, loc.end);
}

static void put_agreement(fmt *f, const sp_agreement *ag, sp_loc loc, int indent)
{
    const sp_decl *d = &f->prog->decls.v[ag->decl];
    put_indent(&f->out, indent);
    sp_buf_printf(&f->out, "agreement %s ", d->name);
    if (d->label) {
        put_string(&f->out, d->label);
        sp_buf_putc(&f->out, ' ');
    }
    sp_buf_puts(&f->out, "{\n");
    f->block_start = true;
    print_items(f, &ag->items, indent + INDENT, ag);
    close_block(f, loc, indent);
}

static void put_test(fmt *f, const sp_test *t, sp_loc loc, int indent)
{
    sp_buf *b = &f->out;
    put_indent(b, indent);
    sp_buf_puts(b, "test ");
    put_string(b, t->label);
    if (t->has_at) {
        sp_buf_puts(b, " at ");
        put_date(b, t->at);
    }
    sp_buf_puts(b, " {\n");
    f->block_start = true;
    for (uint32_t i = 0; i < t->expects.n; i++) {
        const sp_expect *e = &t->expects.v[i];
        comments_before(f, e->loc.end, indent + INDENT);
        separate(f, e->loc.start);
        parts p;
        parts_init(&p, b->allocator);
        sp_buf *head = next_part(&p);
        sp_buf_puts(head, "expect ");
        put_query(&p, head, &e->query);
        sp_buf *outcome = next_part(&p);
        sp_buf_puts(outcome, e->outcome == SP_EXPECT_ALLOW  ? "=> allow"
                             : e->outcome == SP_EXPECT_DENY ? "=> deny"
                                                            : "=> needs consent");
        if (e->residual) {
            sp_buf_puts(outcome, " of ");
            put_consent(outcome, e->residual);
        }
        /* expectations read as a table: one per line, however long */
        put_parts(b, &p, indent + INDENT, indent + INDENT, SIZE_MAX);
        end_line(f, e->loc.end);
    }
    close_block(f, loc, indent);
}

/* `identity "ID" = PARTY;`, `type T1, T2 = CATEGORY;`: one line each, like
 * a declaration. */
static void put_stix_map(fmt *f, const sp_stix_map *m, int indent)
{
    sp_buf *b = &f->out;
    put_indent(b, indent);
    if (m->kind == SP_STIX_TYPE) {
        sp_buf_puts(b, "type ");
        put_refs(b, &m->keys);
    } else {
        sp_buf_puts(b, m->kind == SP_STIX_IDENTITY ? "identity " : "marking ");
        put_string(b, m->keys.v[0].name);
    }
    sp_buf_printf(b, " = %s;", m->target.name);
}

static void put_stix(fmt *f, const sp_stix_block *blk, sp_loc loc, int indent)
{
    put_indent(&f->out, indent);
    sp_buf_puts(&f->out, "stix {\n");
    f->block_start = true;
    print_items(f, &blk->items, indent + INDENT, NULL);
    close_block(f, loc, indent);
}

static void print_items(fmt *f, const sp_items *items, int indent, const sp_agreement *ag)
{
    for (uint32_t i = 0; i < items->n; i++) {
        const sp_item *it = &items->v[i];
        bool block = it->kind == SP_ITEM_AGREEMENT || it->kind == SP_ITEM_TEST ||
                     it->kind == SP_ITEM_STIX;
        /* Comments inside a one-line statement move before it. */
        comments_before(f, block ? it->loc.start : it->loc.end, indent);
        separate(f, it->loc.start);
        switch (it->kind) {
        case SP_ITEM_DECL:
            put_decl(f, items, i, indent);
            break;
        case SP_ITEM_RULE:
            put_rule(f, f->prog->rules.v[it->index], indent);
            break;
        case SP_ITEM_FACT:
            put_fact(f, &f->prog->facts.v[it->index], indent);
            break;
        case SP_ITEM_AGREEMENT:
            put_agreement(f, f->prog->agreements.v[it->index], it->loc, indent);
            continue;
        case SP_ITEM_TEST:
            put_test(f, f->prog->tests.v[it->index], it->loc, indent);
            continue;
        case SP_ITEM_STIX:
            put_stix(f, f->prog->stix_blocks.v[it->index], it->loc, indent);
            continue;
        case SP_ITEM_STIX_MAP:
            put_stix_map(f, &f->prog->stix_maps.v[it->index], indent);
            break;
        default:
            put_agreement_item(f, ag, it, indent);
            break;
        }
        end_line(f, it->loc.end);
    }
}

/* ---- entry ------------------------------------------------------------------ */

static int format(char **out, const char *text, size_t length, const char *name,
                  sharepol_diagnostics *diags, sp_arena *tmp)
{
    sp_program prog;
    memset(&prog, 0, sizeof prog);
    prog.arena = tmp;
    prog.diags = diags;
    uint32_t file;
    int st = sp_parse_text(&prog, name, text, length, false, &file);
    if (st != SHAREPOL_OK)
        return st;
    fmt f;
    memset(&f, 0, sizeof f);
    sp_buf_init(&f.out, &diags->allocator);
    f.src = diags->sources.v[file];
    f.prog = &prog;
    f.comments = prog.comments.v;
    f.n_comments = prog.comments.n;
    f.src_pos = f.src->body;
    f.block_start = true;
    print_items(&f, &prog.items, 0, NULL);
    comments_before(&f, SIZE_MAX, 0);
    *out = sp_buf_finish(&f.out);
    return *out ? SHAREPOL_OK : SHAREPOL_ENOMEM;
}

int sharepol_format(char **out, const char *text, size_t length, const char *name,
                    const sharepol_compile_options *options, sharepol_diagnostics **diags_out)
{
    if (diags_out)
        *diags_out = NULL;
    if (!out)
        return SHAREPOL_EINVAL;
    *out = NULL;
    if (!text && length)
        return SHAREPOL_EINVAL;
    if (options && (options->version < 1 || options->version > SHAREPOL_COMPILE_OPTIONS_VERSION))
        return SHAREPOL_EINVAL;
    const sharepol_allocator *a = options ? &options->allocator : NULL;
    sharepol_diagnostics *diags = sp_diag_new(a);
    if (!diags)
        return SHAREPOL_ENOMEM;
    sp_arena tmp;
    sp_arena_init(&tmp, &diags->allocator);
    jmp_buf oom;
    volatile int status;
    tmp.on_oom = diags->arena.on_oom = &oom;
    if (setjmp(oom))
        status = SHAREPOL_ENOMEM;
    else
        status = format(out, text ? text : "", length, name ? name : "<string>", diags, &tmp);
    sp_arena_free(&tmp);
    diags->arena.on_oom = NULL;
    if (status == SHAREPOL_ENOMEM) {
        sp_free(*out);
        *out = NULL;
    }
    sp_diag_hand_over(diags, status, diags_out);
    return status;
}
