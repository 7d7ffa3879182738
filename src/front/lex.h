/* lex.h — what the scanner's rules call (lex.c): the checks and
 * conversions of names, numbers, dates, durations and strings. */
#ifndef SP_LEX_H
#define SP_LEX_H

#include "parse.h"

union SP_YYSTYPE;

/* Bookkeeping for every token returned: statement starts, previous end. */
int sp_lex_token(sp_parse_state *ps, int token, sp_loc loc);

/* The token of a reserved word, or 0 (the table is in policy.l). */
int sp_lex_keyword(const char *s, size_t n);

/* A name, checked for length and a trailing '-'; an arena copy. */
const char *sp_lex_name(sp_parse_state *ps, const char *s, size_t n, sp_loc loc);

/* A token starting with a digit: INTEGER, DURATION or DATE, with its value
 * in lval; INVALID after reporting a malformed one. */
int sp_lex_number(sp_parse_state *ps, const char *s, size_t n, sp_loc loc,
                  union SP_YYSTYPE *lval);

/* The body of a string literal (without quotes), escapes decoded. */
const char *sp_lex_string(sp_parse_state *ps, const char *s, size_t n, sp_loc loc);

/* '(' with the nesting limit. */
int sp_lex_open_paren(sp_parse_state *ps, sp_loc loc);

/* Puts back the byte flex replaced with a NUL after the last token
 * (policy.l); to be called when parsing ends. */
void sp_lex_restore(void *scanner);

/* Reports a character that cannot appear here (or a whole terminal escape
 * sequence); @return INVALID. */
int sp_lex_bad_char(sp_parse_state *ps, const char *s, size_t n, sp_loc loc);

#endif
