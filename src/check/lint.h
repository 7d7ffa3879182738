/* lint.h — warnings about a policy that compiles but probably does not say
 * what its author meant (docs/errors.md, "Warnings"): declarations never used,
 * rules that can never apply, allow rules a deny always overrides,
 * agreements never in force, a set without rules or tests. */
#ifndef SP_LINT_H
#define SP_LINT_H

#include "closure.h"
#include "graph.h"

/* Warns about prog, compiled into pol without errors. */
void sp_lint(const sp_program *prog, const sp_closure *cl, const sharepol_policy *pol,
             sharepol_diagnostics *diags);

#endif
