/* check_closed.h — the checks that need to know who is in what, run once
 * closure.c has worked it out and before lowering: `N of G` out of range,
 * `any of` a group without members, a notice by a party outside its
 * agreement. */
#ifndef SP_CHECK_CLOSED_H
#define SP_CHECK_CLOSED_H

#include "closure.h"

/* Checks prog, which sp_check passed, against its closure cl; reports to
 * prog->diags.  Lowering may rely on what passes here. */
void sp_check_closed(const sp_program *prog, const sp_closure *cl);

#endif
