/* parse.c — runs the scanner and parser over one source, and the small
 * helpers the grammar actions call to build declarations and rules. */
#include "parse.h"

#include "input.h"
#include "lex.h"

#include <string.h>

#include "policy.tab.h"
/* The flex header names bison's types without our prefix. */
#define YYSTYPE SP_YYSTYPE
#define YYLTYPE SP_YYLTYPE
#include "policy.yy.h"

void sp_parse(sp_program *prog, uint32_t file, const sharepol_limits *limits,
              bool query_mode)
{
    sp_parse_state ps;
    memset(&ps, 0, sizeof ps);
    ps.prog = prog;
    ps.arena = prog->arena;
    ps.diags = prog->diags;
    ps.src = prog->diags->sources.v[file];
    ps.file = file;
    ps.limits = limits;
    ps.start_token = query_mode ? START_QUERY : START_POLICY;
    ps.query_mode = query_mode;
    ps.offset = ps.prev_end = ps.src->body;
    ps.agreement = -1;
    ps.at_stmt_start = true;

    jmp_buf failed;
    ps.scanner_failed = &failed;
    yyscan_t scanner = NULL;
    if (setjmp(failed)) {
        /* A flex fatal error: its memory is in the arena, freed with it. */
        return;
    }
    if (sp_yylex_init_extra(&ps, &scanner) != 0)
        return;
    /* Scans the text in place: it ends in the two NULs flex needs. */
    sp_yy_scan_buffer(ps.src->text + ps.src->body, ps.src->len - ps.src->body + 2,
                      scanner);
    sp_yyparse(scanner, &ps);
    sp_lex_restore(scanner);
    sp_yylex_destroy(scanner);
}

int sp_parse_text(sp_program *prog, const char *name, const char *text, size_t length,
                  bool query_mode, uint32_t *file)
{
    const sharepol_limits limits = { SP_DEFAULT_MAX_FILE_SIZE, SP_DEFAULT_MAX_NAME,
                                     SP_DEFAULT_MAX_STRING, SP_DEFAULT_MAX_DEPTH,
                                     SP_DEFAULT_MAX_ERRORS, SP_DEFAULT_MAX_FILES };
    if (length > limits.max_file_size)
        return sp_input_too_large(prog->diags, name, limits.max_file_size);
    *file = sp_input_text(prog->diags, name, text, length);
    if (!sp_input_check_encoding(prog->diags, *file))
        return SHAREPOL_EPARSE;
    sp_parse(prog, *file, &limits, query_mode);
    if (prog->diags->errors || (query_mode && !prog->query))
        return SHAREPOL_EPARSE;
    return SHAREPOL_OK;
}

void sp_scan_fatal(const char *msg, void *scanner)
{
    sp_parse_state *ps = sp_yyget_extra(scanner);
    sp_diag_error(ps->diags, "internal", sp_loc_none(), "scanner failure: %s", msg);
    longjmp(*ps->scanner_failed, 1);
}

static void add_item(sp_parse_state *ps, sp_items *items, sp_item_kind kind, uint32_t index,
                     sp_loc loc)
{
    sp_item it = { kind, index, loc };
    sp_vec_push(ps->arena, items, it);
}

static sp_agreement *current_agreement(sp_parse_state *ps)
{
    return ps->prog->agreements.v[ps->agreement];
}

/* Records a statement inside the current agreement, in order. */
static void add_agreement_item(sp_parse_state *ps, sp_item_kind kind, uint32_t index,
                               sp_loc loc)
{
    add_item(ps, &current_agreement(ps)->items, kind, index, loc);
}

/* @return the index of the declaration in prog->decls. */
static uint32_t declare(sp_parse_state *ps, sp_decl_kind kind, sp_ref name, const char *label,
                        sp_loc loc)
{
    sp_decl d;
    memset(&d, 0, sizeof d);
    d.kind = kind;
    d.name = name.name;
    d.name_loc = name.loc;
    d.loc = loc;
    d.label = label;
    sp_vec_push(ps->arena, &ps->prog->decls, d);
    if (kind != SP_DECL_AGREEMENT && kind != SP_DECL_RULE)
        add_item(ps, &ps->prog->items, SP_ITEM_DECL, ps->prog->decls.n - 1, loc);
    return ps->prog->decls.n - 1;
}

void sp_parse_decl_in(sp_parse_state *ps, sp_decl_kind kind, sp_ref name, const char *label,
                      const sp_refs *parents, sp_loc loc)
{
    uint32_t d = declare(ps, kind, name, label, loc);
    if (parents)
        ps->prog->decls.v[d].parents = *parents;
}

void sp_parse_decl_set(sp_parse_state *ps, sp_decl_kind kind, sp_ref name, const char *label,
                       const sp_set *set, sp_loc loc)
{
    uint32_t d = declare(ps, kind, name, label, loc);
    if (set) {
        ps->prog->decls.v[d].has_set = true;
        ps->prog->decls.v[d].set = *set;
    }
}

void sp_parse_fact(sp_parse_state *ps, sp_ref relation, sp_ref party, const sp_set *set,
                   sp_loc loc)
{
    sp_fact f;
    memset(&f, 0, sizeof f);
    f.relation = relation;
    f.party = party;
    f.set = *set;
    f.loc = loc;
    sp_vec_push(ps->arena, &ps->prog->facts, f);
    add_item(ps, &ps->prog->items, SP_ITEM_FACT, ps->prog->facts.n - 1, loc);
}

sp_consent *sp_parse_consent_ref(sp_parse_state *ps, sp_loc loc)
{
    size_t len;
    const char *text = sp_diag_text(ps->diags, loc, &len);
    sp_diag_error(ps->diags, "reference-in-consent", loc,
                  "'%.*s' is a party of the query, but consent is given by parties "
                  "named in the policy", (int)(len > 60 ? 60 : len), text);
    sp_diag_note(ps->diags, loc,
                 "name the party, write 'originator' for the item's originator, or "
                 "put the reference in the rule's sets or its 'when' instead");
    return sp_ast_consent(ps->arena, SP_CONSENT_ORIGINATOR, loc);
}

void sp_parse_begin_agreement(sp_parse_state *ps, sp_ref name, const char *label,
                              sp_loc loc, sp_loc brace)
{
    sp_agreement *ag = sp_arena_zalloc(ps->arena, sizeof *ag);
    ag->loc = loc;
    ag->decl = declare(ps, SP_DECL_AGREEMENT, name, label, loc);
    ps->prog->decls.v[ag->decl].index = ps->prog->agreements.n;
    sp_vec_push(ps->arena, &ps->prog->agreements, ag);
    ps->agreement = (int32_t)(ps->prog->agreements.n - 1);
    add_item(ps, &ps->prog->items, SP_ITEM_AGREEMENT, (uint32_t)ps->agreement, loc);
    ps->in_block = true;
    ps->block_open = brace;
}

/* A block's item is placed when it opens; once it is closed, it spans it. */
static void place_last_block(sp_parse_state *ps, sp_item_kind kind, sp_loc loc)
{
    for (uint32_t i = ps->prog->items.n; i-- > 0;)
        if (ps->prog->items.v[i].kind == kind) {
            ps->prog->items.v[i].loc = loc;
            break;
        }
}

void sp_parse_end_agreement(sp_parse_state *ps, sp_loc loc)
{
    if (ps->agreement >= 0) {
        sp_agreement *ag = ps->prog->agreements.v[ps->agreement];
        ag->loc = loc;
        ps->prog->decls.v[ag->decl].loc = loc;
        place_last_block(ps, SP_ITEM_AGREEMENT, loc);
    }
    ps->agreement = -1;
    ps->in_block = false;
}

/* Records a once-only agreement item, reporting a repeat. */
static bool once(sp_parse_state *ps, bool *given, sp_loc *first, sp_loc loc, const char *what)
{
    if (*given) {
        sp_diag_error(ps->diags, "duplicate-item", loc,
                      "'%s' given twice in one agreement", what);
        sp_diag_note(ps->diags, *first, "first given here");
        return false;
    }
    *given = true;
    *first = loc;
    return true;
}

void sp_parse_parties(sp_parse_state *ps, const sp_set *parties, sp_loc loc)
{
    sp_agreement *ag = current_agreement(ps);
    if (once(ps, &ag->has_parties, &ag->parties_loc, loc, "parties")) {
        ag->parties = *parties;
        add_agreement_item(ps, SP_ITEM_PARTIES, 0, loc);
    }
}

void sp_parse_dated(sp_parse_state *ps, sp_item_kind kind, int32_t date, sp_loc loc)
{
    sp_agreement *ag = current_agreement(ps);
    sp_dated *d = kind == SP_ITEM_SIGNED      ? &ag->signed_
                  : kind == SP_ITEM_EFFECTIVE ? &ag->effective
                                              : &ag->expires;
    const char *what = kind == SP_ITEM_SIGNED      ? "signed"
                       : kind == SP_ITEM_EFFECTIVE ? "effective"
                                                   : "expires";
    if (once(ps, &d->given, &d->loc, loc, what)) {
        d->date = date;
        add_agreement_item(ps, kind, 0, loc);
    }
}

void sp_parse_renewal(sp_parse_state *ps, sp_duration renews, const sp_duration *notice)
{
    sp_agreement *ag = current_agreement(ps);
    if (ag->has_term)
        return; /* the term is a repeat, reported when it is read */
    ag->has_renews = true;
    ag->renews = renews;
    if (notice) {
        ag->has_notice_period = true;
        ag->notice_period = *notice;
    }
}

void sp_parse_term(sp_parse_state *ps, sp_duration term, sp_loc loc)
{
    sp_agreement *ag = current_agreement(ps);
    if (once(ps, &ag->has_term, &ag->term_loc, loc, "term")) {
        ag->term = term;
        add_agreement_item(ps, SP_ITEM_TERM, 0, loc);
    }
}

void sp_parse_notice(sp_parse_state *ps, sp_ref party, int32_t date, sp_loc loc)
{
    sp_notice n = { party, date, loc };
    sp_agreement *ag = current_agreement(ps);
    sp_vec_push(ps->arena, &ag->notices, n);
    add_agreement_item(ps, SP_ITEM_NOTICE, ag->notices.n - 1, loc);
}

void sp_parse_rule(sp_parse_state *ps, sp_rule *rule, const sp_ref *name,
                   const char *label, sp_loc loc)
{
    sp_program *prog = ps->prog;
    rule->loc = loc;
    rule->head = loc;
    rule->head.end = loc.start;
    rule->index = prog->rules.n;
    rule->agreement = ps->agreement;
    rule->label = label;
    if (name) {
        rule->name = name->name;
        rule->name_loc = name->loc;
        uint32_t d = declare(ps, SP_DECL_RULE, *name, label, loc);
        prog->decls.v[d].index = rule->index;
    }
    sp_vec_push(ps->arena, &prog->rules, rule);
    if (ps->agreement >= 0) {
        sp_vec_push(ps->arena, &current_agreement(ps)->rules, rule->index);
        add_agreement_item(ps, SP_ITEM_RULE, rule->index, loc);
    } else {
        add_item(ps, &prog->items, SP_ITEM_RULE, rule->index, loc);
    }
}

void sp_parse_begin_test(sp_parse_state *ps, const char *label, bool has_at,
                         int32_t at, sp_loc loc, sp_loc brace)
{
    sp_test *t = sp_arena_zalloc(ps->arena, sizeof *t);
    t->label = label;
    t->loc = loc;
    t->has_at = has_at;
    t->at = at;
    ps->test = t;
    ps->in_block = true;
    ps->block_open = brace;
}

void sp_parse_end_test(sp_parse_state *ps, sp_loc loc)
{
    if (ps->test) {
        ps->test->loc = loc;
        sp_vec_push(ps->arena, &ps->prog->tests, ps->test);
        add_item(ps, &ps->prog->items, SP_ITEM_TEST, ps->prog->tests.n - 1, loc);
    }
    ps->test = NULL;
    ps->in_block = false;
}

void sp_parse_begin_stix(sp_parse_state *ps, sp_loc loc, sp_loc brace)
{
    sp_stix_block *blk = sp_arena_zalloc(ps->arena, sizeof *blk);
    blk->loc = loc;
    sp_vec_push(ps->arena, &ps->prog->stix_blocks, blk);
    add_item(ps, &ps->prog->items, SP_ITEM_STIX, ps->prog->stix_blocks.n - 1, loc);
    ps->stix = blk;
    ps->in_block = true;
    ps->block_open = brace;
}

void sp_parse_end_stix(sp_parse_state *ps, sp_loc loc)
{
    if (ps->stix) {
        ps->stix->loc = loc;
        place_last_block(ps, SP_ITEM_STIX, loc);
    }
    ps->stix = NULL;
    ps->in_block = false;
}

static void add_stix_map(sp_parse_state *ps, sp_stix_kind kind, const sp_refs *keys,
                         sp_ref target, sp_loc loc)
{
    sp_stix_map m;
    memset(&m, 0, sizeof m);
    m.kind = kind;
    m.keys = *keys;
    m.target = target;
    m.loc = loc;
    sp_vec_push(ps->arena, &ps->prog->stix_maps, m);
    if (ps->stix)
        add_item(ps, &ps->stix->items, SP_ITEM_STIX_MAP, ps->prog->stix_maps.n - 1, loc);
}

void sp_parse_stix_id(sp_parse_state *ps, sp_ref word, const char *id, sp_loc key_loc,
                      sp_ref target, sp_loc loc)
{
    sp_stix_kind kind;
    if (strcmp(word.name, "identity") == 0) {
        kind = SP_STIX_IDENTITY;
    } else if (strcmp(word.name, "marking") == 0) {
        kind = SP_STIX_MARKING;
    } else {
        sp_diag_error(ps->diags, "stix-statement", word.loc,
                      "unexpected '%s' before a STIX id, expected 'identity' or 'marking'",
                      word.name);
        sp_diag_note(ps->diags, word.loc, "a stix block holds 'identity \"identity--...\" = "
                     "PARTY;', 'marking \"marking-definition--...\" = SCOPE;' and "
                     "'type TYPE, ... = CATEGORY;'");
        return;
    }
    sp_refs *keys = sp_ast_refs(ps->arena, sp_ast_ref(id, key_loc));
    add_stix_map(ps, kind, keys, target, loc);
}

void sp_parse_stix_types(sp_parse_state *ps, sp_ref word, const sp_refs *types,
                         sp_ref target, sp_loc loc)
{
    if (strcmp(word.name, "type") != 0) {
        sp_diag_error(ps->diags, "stix-statement", word.loc,
                      "unexpected '%s' before a list of STIX types, expected 'type'",
                      word.name);
        if (strcmp(word.name, "identity") == 0 || strcmp(word.name, "marking") == 0)
            sp_diag_note(ps->diags, word.loc, "'%s' takes a STIX id in quotes: "
                         "'%s \"%s--...\" = ...;'", word.name, word.name,
                         word.name[0] == 'i' ? "identity" : "marking-definition");
        return;
    }
    add_stix_map(ps, SP_STIX_TYPE, types, target, loc);
}

void sp_parse_expect(sp_parse_state *ps, sp_expect *outcome, const sp_query_ast *query,
                     sp_loc loc)
{
    outcome->loc = loc;
    outcome->query = *query;
    if (ps->test)
        sp_vec_push(ps->arena, &ps->test->expects, *outcome);
}

/* Marks a query part given, reporting it when it was given before; the
 * caller keeps the last one written. */
static void query_part(sp_parse_state *ps, bool *given, sp_loc at, const char *what)
{
    if (*given)
        sp_diag_error(ps->diags, "duplicate-query-part", at,
                      "'%s' given twice in one query; each part may appear once", what);
    *given = true;
}

sp_query_ast *sp_parse_query_originator(sp_parse_state *ps, sp_query_ast *q, sp_ref party,
                                        sp_loc at)
{
    query_part(ps, &q->has_originator, at, "originator");
    q->originator = party;
    return q;
}

sp_query_ast *sp_parse_query_purpose(sp_parse_state *ps, sp_query_ast *q, sp_ref purpose,
                                     sp_loc at)
{
    query_part(ps, &q->has_purpose, at, "purpose");
    q->purpose = purpose;
    return q;
}

sp_query_ast *sp_parse_query_date(sp_parse_state *ps, sp_query_ast *q, int32_t date,
                                  sp_loc at, sp_loc loc)
{
    query_part(ps, &q->has_at, at, "at");
    q->at = date;
    q->at_loc = loc;
    return q;
}

sp_query_ast *sp_parse_query_markings(sp_parse_state *ps, sp_query_ast *q,
                                      const sp_markings_ast *markings, sp_loc at)
{
    query_part(ps, &q->has_scope, at, "scope");
    if (markings->n > SHAREPOL_MAX_MARKINGS)
        sp_diag_error(ps->diags, "too-many-markings", markings->v[SHAREPOL_MAX_MARKINGS].loc,
                      "an item may carry at most %d markings, and this query gives %u",
                      SHAREPOL_MAX_MARKINGS, (unsigned)markings->n);
    q->markings = *markings;
    return q;
}

sp_query_ast *sp_parse_query_consents(sp_parse_state *ps, sp_query_ast *q,
                                      const sp_refs *consents, sp_loc at)
{
    query_part(ps, &q->has_consents, at, "consent");
    q->consents = *consents;
    return q;
}

void sp_parse_end_query(sp_parse_state *ps, sp_query_ast *q)
{
    ps->prog->query = q;
}
