/* check.h — the semantic pass over a parsed policy set: one namespace,
 * every reference resolved to a declaration of the right kind, cycles in the
 * organisational tree, groups, categories and purposes reported whole, and
 * the values that need no membership (terms, counts). */
#ifndef SP_CHECK_H
#define SP_CHECK_H

#include "ast.h"
#include "symtab.h"

/* Kinds accepted at a reference, as bits (1u << SP_DECL_*). */
#define SP_KINDS(k) (1u << (k))
#define SP_PARTY_OR_GROUP (SP_KINDS(SP_DECL_PARTY) | SP_KINDS(SP_DECL_GROUP))

/* Declares every name of prog into names (a table the caller keeps) and
 * resolves every reference; reports to prog->diags.  Group, category and
 * purpose declarations get their dependency order in `order` (dependencies
 * first), which closure.c uses. */
void sp_check(sp_program *prog, sp_symtab *names, uint32_t **order);

#endif
