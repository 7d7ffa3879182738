/* helpers.h — small policies and queries in, decisions out: what the
 * library tests share.  Everything goes through the public header. */
#ifndef SHAREPOL_TEST_HELPERS_H
#define SHAREPOL_TEST_HELPERS_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "sharepol.h"

/* Compiles text; fails the test, printing the diagnostics, if it does not. */
sharepol_policy *compile_ok(const char *text);

/* Compiles text that must fail; returns the rendered diagnostics (free()). */
char *compile_fails(const char *text);

/* Compiles text and returns its rendered diagnostics, whatever the outcome
 * (free()). */
char *diagnostics_of(const char *text, int *status);

/* An answer, with the rule's name and the residual as text. */
typedef struct answer {
    int decision;
    char rule[256];     /* "" for the default deny */
    char residual[512]; /* "" unless needs consent */
} answer;

/* Decides a query written in QUERY syntax; fails the test on a bad query. */
answer ask(const sharepol_policy *policy, const char *query);

/* ask() and compare in one step, with the query in the failure message. */
#define expect_answer(policy, query, want_decision, want_rule, want_residual)     \
    expect_answer_at(policy, query, want_decision, want_rule, want_residual,      \
                     __FILE__, __LINE__)
void expect_answer_at(const sharepol_policy *policy, const char *query, int decision,
                      const char *rule, const char *residual, const char *file, int line);

/* The whole text of a file under the source tree (free()). */
char *source_file(const char *relative, size_t *len);

#endif
