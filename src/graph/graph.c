/* graph.c — walking the frozen rule graph: what several readers of a
 * condition tree share (lint, explain, diff). */
#include "graph.h"

bool sp_graph_any_atom(const sharepol_policy *pol, uint32_t node, sp_graph_atom_fn *fn,
                       void *ctx)
{
    const sp_wnode *w = &pol->wnodes[node];
    if (w->op != SP_W_OR && w->op != SP_W_AND && w->op != SP_W_NOT)
        return fn(pol, w, node, ctx);
    /* recursion is bounded by the parser's nesting limit */
    for (uint32_t i = 0; i < (w->op == SP_W_NOT ? 1 : w->n); i++)
        if (sp_graph_any_atom(pol, pol->u32[w->a + i], fn, ctx))
            return true;
    return false;
}
