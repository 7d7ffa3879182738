/* diff_markings.h — the sets of markings of diff's classes as values of one
 * dimension (docs/diff.md, "Output").  A class carries its sets of markings
 * by kinds of scope, which differ from class to class; here each becomes a
 * value that means the same in every class: the groups of scopes it takes
 * one or more of each, and its audience.  A value that is a single marking
 * keeps the library's own number (a scope id, SHAREPOL_DIFF_UNMARKED, an
 * audience), so draft 1 output reads as before; the others are numbered
 * from DIFF_MARKING_SET_FIRST on. */
#ifndef SHAREPOL_CLI_DIFF_MARKINGS_H
#define SHAREPOL_CLI_DIFF_MARKINGS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "sharepol.h"

#define DIFF_MARKING_SET_FIRST (INT32_MIN + 1)

typedef struct diff_marking_set {
    int32_t *group;     /* per scope (old ids): the group it is in, or -1 */
    uint32_t n_groups;  /* a query takes one or more scopes of each group */
    int32_t audience;   /* SHAREPOL_DIFF_NO_AUDIENCE, _AUDIENCE_WITH, ... */
    uint64_t count;     /* the sets of markings it stands for, saturating */
} diff_marking_set;

typedef struct diff_markings {
    diff_marking_set *v;
    size_t n, cap;
    size_t n_scopes;    /* of the old version */
    size_t *slots;      /* an index into v plus one, or 0 */
    size_t n_slots;
    unsigned moved;     /* bit 0, 1: an audience with the recipient in OLD,
                           NEW only was seen (a party moved in the tree) */
} diff_markings;

/* An empty table for the classes of a diff whose old version is po. */
void diff_markings_init(diff_markings *m, const sharepol_policy *po);

/* The value of class c's set of markings `set`.  @return false when out of
 * memory. */
bool diff_markings_value(diff_markings *m, const sharepol_diff_class *c, size_t set,
                         int32_t *value);

/* The set behind a value, or NULL for a single marking. */
const diff_marking_set *diff_markings_set(const diff_markings *m, int32_t value);

/* How many sets of markings a value stands for. */
uint64_t diff_markings_count(const diff_markings *m, int32_t value);

/* The sets of markings values stand for together. */
uint64_t diff_markings_total(const diff_markings *m, const int32_t *values, size_t n);

/* Every set of markings a query may carry, counted as the classes count
 * them (docs/diff.md, "Counting"): what "any marking" is. */
uint64_t diff_markings_space(const diff_markings *m);

void diff_markings_free(diff_markings *m);

#endif
