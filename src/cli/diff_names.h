/* diff_names.h — the named sets a description of `sharepol diff` may use
 * instead of listing values (docs/diff.md, "Output"): the parties of each
 * group, and each category with the categories below it.  Only a set that
 * is the same in both versions is offered, so that a name never means one
 * thing in the old version and another in the new. */
#ifndef SHAREPOL_CLI_DIFF_NAMES_H
#define SHAREPOL_CLI_DIFF_NAMES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "sharepol.h"

typedef struct diff_named_set {
    const char *name;   /* borrowed from the old policy */
    int32_t *v;         /* old ids of names both versions declare, ascending */
    size_t n;
} diff_named_set;

typedef struct diff_names {
    diff_named_set *groups; /* a group's parties, its members' units included */
    size_t n_groups;
    diff_named_set *trees;  /* a category and every category below it */
    size_t n_trees;
} diff_names;

/* The groups and category trees of po that mean the same in pn, over the
 * parties and categories both declare; read from the policies' sources
 * (sharepol_symbols_new()).  A group whose set this cannot follow is left
 * out.  @return false when out of memory (out is then empty). */
bool diff_names_build(diff_names *out, const sharepol_policy *po, const sharepol_policy *pn);

/* Frees what diff_names_build() allocated; an empty one is allowed. */
void diff_names_free(diff_names *names);

#endif
