/* lint.h — warnings about a policy that compiles but probably does not say
 * what its author meant (LANGUAGE.md section 9). */
#ifndef SP_LINT_H
#define SP_LINT_H

#include "closure.h"

void sp_lint(const sp_program *prog, const sp_closure *cl, sharepol_diagnostics *diags);

#endif
