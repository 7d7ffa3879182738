/* syntax_error.h — turning the parser's view of a syntax error into a
 * message in the language's own words ("missing ';'", "'party' is a reserved
 * word"), with notes on the unfinished statement or block. */
#ifndef SP_SYNTAX_ERROR_H
#define SP_SYNTAX_ERROR_H

#include "parse.h"

#define SP_MAX_EXPECTED 80

/* The parser found `lookahead` (a bison symbol number) at loc where only the
 * n symbols in expected may come. */
void sp_syntax_error(sp_parse_state *ps, int lookahead, sp_loc loc,
                     const int *expected, int n);

/* A message from bison itself ("memory exhausted"). */
void sp_syntax_error_message(sp_parse_state *ps, sp_loc loc, const char *msg);

/* bison's name of a symbol: "\"party\"", "';'", "\"end of file\"" (policy.y). */
const char *sp_token_name(int symbol);

#endif
