/* index.h — filing the compiled rules under the keys that sharepol_decide
 * looks up (graph.h). */
#ifndef SP_INDEX_H
#define SP_INDEX_H

#include "closure.h"
#include "graph.h"

/* Builds pol's rule index from its lowered rules; `pool` is the u32 pool
 * being built, which holds their categories.  Temporary tables go to tmp;
 * allocation failure jumps through the arenas. */
void sp_index_build(sharepol_policy *pol, const sp_program *prog, const sp_closure *cl,
                    sp_arena *tmp, const uint32_t *pool);

#endif
