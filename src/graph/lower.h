/* lower.h — building the frozen rule graph from a checked policy set. */
#ifndef SP_LOWER_H
#define SP_LOWER_H

#include "closure.h"
#include "graph.h"

/* Fills pol (whose arena is ready) from prog, which sp_check and
 * sp_check_closed passed without errors; temporary tables go to tmp.  Reports
 * no diagnostics.  Allocation failure jumps through the arenas. */
void sp_lower(sharepol_policy *pol, const sp_program *prog, const sp_closure *cl,
              sp_arena *tmp);

/* The STIX mappings (lower_stix.c): the policy's own, then a TLP 2.0
 * marking definition's by default wherever the policy declares the scope of
 * its name and has not mapped that id itself.  Called by sp_lower after the
 * names are lowered. */
void sp_lower_stix(sharepol_policy *pol, const sp_program *prog, const sp_closure *cl);

#endif
