/* residual_relevant.h — which parties a residual needs at all: those in at
 * least one of its minimal satisfying sets (docs/language.md, "Decisions"),
 * so that residual.c can leave out the others. */
#ifndef SP_RESIDUAL_RELEVANT_H
#define SP_RESIDUAL_RELEVANT_H

#include "sp_internal.h"

/* The documented limit (docs/language.md): a residual that names more
 * distinct parties is printed simplified but not reduced. */
#define SP_RELEVANT_MAX_PARTIES 64

/* ... or whose decision diagram (residual_relevant.c) would need more
 * nodes, or more steps to build, than these: they bound the time a
 * residual takes to a few milliseconds. */
#define SP_RELEVANT_MAX_NODES (1u << 16)
#define SP_RELEVANT_MAX_STEPS (1u << 20)

typedef struct sp_relevant {
    uint32_t n;                                   /* distinct parties named */
    sharepol_id party[SP_RELEVANT_MAX_PARTIES];   /* in order of first mention */
    uint64_t needed;  /* bit i: party[i] is in some minimal satisfying set */
} sp_relevant;

enum { SP_RELEVANT_FOUND = 0, SP_RELEVANT_OVER_LIMIT = 1 };

/* The bits of every party in rel: `needed` when all of them are. */
static inline uint64_t sp_relevant_every(const sp_relevant *rel)
{
    return rel->n >= 64 ? UINT64_MAX : ((uint64_t)1 << rel->n) - 1;
}

/* Finds the parties the residual rooted at root needs.  Its leaves must
 * be satisfiable and unsatisfied (residual.c's simplified form: no party
 * given, `N of` a list of at least N distinct parties).
 * @return SP_RELEVANT_FOUND (out filled), SP_RELEVANT_OVER_LIMIT (a limit
 *         above: out is not meaningful), or SHAREPOL_ENOMEM.  Scratch
 *         memory comes from allocator and is freed before returning. */
int sp_residual_relevant_find(sp_relevant *out, const sharepol_consent_node *root,
                              const sharepol_allocator *allocator);

#endif
