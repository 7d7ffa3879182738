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

sp_refs *sp_parse_refs(sp_parse_state *ps, sp_ref first);
sp_set *sp_parse_set(sp_parse_state *ps, bool star, sp_refs *names, sp_refs *excepts,
                     sp_loc loc);
uint32_t sp_parse_decl(sp_parse_state *ps, sp_decl_kind kind, sp_ref name,
                       const char *label, sp_loc loc);
void sp_parse_begin_agreement(sp_parse_state *ps, sp_ref name, const char *label,
                              sp_loc loc, sp_loc brace);
void sp_parse_end_agreement(sp_parse_state *ps, sp_loc loc);
sp_agreement *sp_parse_agreement(sp_parse_state *ps);
/* Records a once-only agreement item, reporting a repeat. */
bool sp_parse_once(sp_parse_state *ps, bool *given, sp_loc *first, sp_loc loc,
                   const char *what);
void sp_parse_rule(sp_parse_state *ps, sp_rule *rule, const sp_ref *name,
                   const char *label, sp_loc loc);
void sp_parse_begin_test(sp_parse_state *ps, const char *label, bool has_at,
                         int32_t at, sp_loc loc, sp_loc brace);
void sp_parse_end_test(sp_parse_state *ps, sp_loc loc);
/* Records a statement inside the current agreement, in order. */
void sp_parse_agreement_item(sp_parse_state *ps, sp_item_kind kind, uint32_t index,
                             sp_loc loc);
sp_query_ast *sp_parse_query_part(sp_parse_state *ps, sp_query_ast *q, bool *given,
                                  sp_loc loc, const char *what);

#endif
