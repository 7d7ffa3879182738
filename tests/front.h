/* front.h — the front end alone (read, parse, check) on a text in memory,
 * for the white-box tests: the syntax tree the oracle walks and the closures
 * and index are built from. */
#ifndef SHAREPOL_TEST_FRONT_H
#define SHAREPOL_TEST_FRONT_H

#include "check.h"
#include "input.h"
#include "parse.h"

typedef struct front {
    sharepol_diagnostics *diags;
    sp_arena arena;
    sp_program prog;
    sp_symtab names;
    uint32_t *order; /* declarations, dependencies first (sp_check) */
} front;

/* Parses and checks text as the source `name`, with the default limits;
 * aborts when memory runs out.  @return true when it has no errors (the
 * diagnostics are in f->diags either way).  Free with front_free(). */
bool front_load(front *f, const char *name, const char *text, size_t len);

void front_free(front *f);

/* The declaration named `name` (an index in prog->decls), or -1. */
int32_t front_decl(const sp_program *prog, const char *name);

#endif
