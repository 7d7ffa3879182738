/* parse.h — running the scanner and parser over one source.
 *
 * The scanner (grammar/policy.l) and the parser (grammar/policy.y) share this
 * state; it is the scanner's `extra` and the parser's parameter, so nothing
 * is global and two compilations can run on two threads at once. */
#ifndef SP_PARSE_H
#define SP_PARSE_H

#include <setjmp.h>

#include "ast.h"

typedef struct sp_parse_state {
    sp_program *prog;
    sp_arena *arena;
    sharepol_diagnostics *diags;
    const sp_source *src;
    uint32_t file;
    const sharepol_limits *limits;   /* resolved: no zero fields */

    int start_token;      /* START_POLICY or START_QUERY, handed out first */
    bool query_mode;      /* the text is one query, not a policy file */
    size_t offset;        /* scanner position in src->text */
    size_t last_end;      /* end of the latest token */
    size_t prev_end;      /* end of the token before it */
    unsigned depth;       /* open parentheses */
    bool fatal;           /* stop now: the scanner only returns end of input */
    jmp_buf *scanner_failed; /* where a flex fatal error jumps */

    int32_t agreement;    /* index of the agreement being parsed, or -1 */
    sp_test *test;        /* the test block being parsed, or NULL */
    sp_stix_block *stix;  /* the stix block being parsed, or NULL */
    sp_loc block_open;    /* `{` of that agreement or test */
    bool in_block;
    bool at_stmt_start;
    sp_loc stmt_start;    /* first token of the current statement */
} sp_parse_state;

/* Parses source number `file` of prog->diags into prog.  With query_mode the
 * text must be one QUERY (docs/language.md, "Tests") and lands in prog->query.
 * Errors go to the diagnostics; allocation failure jumps through the arena. */
void sp_parse(sp_program *prog, uint32_t file, const sharepol_limits *limits,
              bool query_mode);

/* Parses a text held in memory (copied into prog->diags as source `name`)
 * with the default limits: a whole file, or with query_mode one QUERY.
 * *file receives the source's index.  @return SHAREPOL_OK, SHAREPOL_ELIMIT
 * (too long) or SHAREPOL_EPARSE (reported). */
int sp_parse_text(sp_program *prog, const char *name, const char *text, size_t length,
                  bool query_mode, uint32_t *file);

/* Used by the scanner: a fatal flex error (a bug, never input). */
void sp_scan_fatal(const char *msg, void *scanner);

/* ---- helpers for the grammar actions (parse.c) ------------------------- */

/* Each places what the grammar built (ast.c) in the program: in its lists,
 * in the agreement or test block being parsed, or in the query. */

/* A declaration: of a party, category or purpose with its `in` list (NULL
 * without one); of a group or scope with its set (NULL: a scope without an
 * audience). */
void sp_parse_decl_in(sp_parse_state *ps, sp_decl_kind kind, sp_ref name, const char *label,
                      const sp_refs *parents, sp_loc loc);
void sp_parse_decl_set(sp_parse_state *ps, sp_decl_kind kind, sp_ref name, const char *label,
                       const sp_set *set, sp_loc loc);
/* A relation fact `relation NAME of PARTY = SET;`. */
void sp_parse_fact(sp_parse_state *ps, sp_ref relation, sp_ref party, const sp_set *set,
                   sp_loc loc);
/* A party reference written as a consent (`with consent of from`): reported
 * (error reference-in-consent); @return a placeholder node. */
sp_consent *sp_parse_consent_ref(sp_parse_state *ps, sp_loc loc);
void sp_parse_begin_agreement(sp_parse_state *ps, sp_ref name, const char *label,
                              sp_loc loc, sp_loc brace);
void sp_parse_end_agreement(sp_parse_state *ps, sp_loc loc);
/* The items of the agreement being parsed.  `parties`, each date and the
 * term may be given once: a repeat is reported and ignored.  sp_parse_dated
 * takes SP_ITEM_SIGNED, SP_ITEM_EFFECTIVE or SP_ITEM_EXPIRES.  The renewal
 * (notice NULL without `unless notice`) is read before its term, and kept
 * unless a term was given before. */
void sp_parse_parties(sp_parse_state *ps, const sp_set *parties, sp_loc loc);
void sp_parse_dated(sp_parse_state *ps, sp_item_kind kind, int32_t date, sp_loc loc);
void sp_parse_renewal(sp_parse_state *ps, sp_duration renews, const sp_duration *notice);
void sp_parse_term(sp_parse_state *ps, sp_duration term, sp_loc loc);
void sp_parse_notice(sp_parse_state *ps, sp_ref party, int32_t date, sp_loc loc);
/* A rule, in the agreement being parsed if any; name NULL when unnamed. */
void sp_parse_rule(sp_parse_state *ps, sp_rule *rule, const sp_ref *name,
                   const char *label, sp_loc loc);
void sp_parse_begin_test(sp_parse_state *ps, const char *label, bool has_at,
                         int32_t at, sp_loc loc, sp_loc brace);
void sp_parse_end_test(sp_parse_state *ps, sp_loc loc);
/* A `stix { ... }` block and its statements.  The word before a string
 * (`identity`, `marking`) or before a list of types (`type`) is a plain
 * name, checked here, so that none of them is reserved; the string's place
 * is key_loc. */
void sp_parse_begin_stix(sp_parse_state *ps, sp_loc loc, sp_loc brace);
void sp_parse_end_stix(sp_parse_state *ps, sp_loc loc);
void sp_parse_stix_id(sp_parse_state *ps, sp_ref word, const char *id, sp_loc key_loc,
                      sp_ref target, sp_loc loc);
void sp_parse_stix_types(sp_parse_state *ps, sp_ref word, const sp_refs *types,
                         sp_ref target, sp_loc loc);
/* An expectation of the test being parsed: its query and outcome. */
void sp_parse_expect(sp_parse_state *ps, sp_expect *outcome, const sp_query_ast *query,
                     sp_loc loc);
/* The parts of a query, each given at most once: a repeat is reported, and
 * the last one written is kept.  `at` is where the part's keyword is. */
sp_query_ast *sp_parse_query_originator(sp_parse_state *ps, sp_query_ast *q, sp_ref party,
                                        sp_loc at);
sp_query_ast *sp_parse_query_purpose(sp_parse_state *ps, sp_query_ast *q, sp_ref purpose,
                                     sp_loc at);
sp_query_ast *sp_parse_query_date(sp_parse_state *ps, sp_query_ast *q, int32_t date,
                                  sp_loc at, sp_loc loc);
sp_query_ast *sp_parse_query_markings(sp_parse_state *ps, sp_query_ast *q,
                                      const sp_markings_ast *markings, sp_loc at);
sp_query_ast *sp_parse_query_consents(sp_parse_state *ps, sp_query_ast *q,
                                      const sp_refs *consents, sp_loc at);
/* The text was one query (START_QUERY). */
void sp_parse_end_query(sp_parse_state *ps, sp_query_ast *q);

#endif
