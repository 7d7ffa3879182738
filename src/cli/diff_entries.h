/* diff_entries.h — the classes of a sharepol_diff merged into entries a
 * reader can take in (docs/diff.md, "Output"): classes with the same old
 * and new answer whose values differ in one dimension only become one
 * entry holding the union, as long as the union is still exactly the
 * classes' queries.  Every class lies in exactly one entry, and an entry's
 * size is the sum of its classes'. */
#ifndef SHAREPOL_CLI_DIFF_ENTRIES_H
#define SHAREPOL_CLI_DIFF_ENTRIES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "diff_markings.h"
#include "sharepol.h"

/* The dimensions of an entry, each a sorted set of values. */
enum {
    DIFF_DIM_CATEGORY,
    DIFF_DIM_FROM,
    DIFF_DIM_TO,
    DIFF_DIM_ORIGINATOR, /* party ids, and DIFF_ORIGINATOR_SENDER */
    DIFF_DIM_MARKING,    /* sets of markings (diff_markings.h) */
    DIFF_DIM_PURPOSE,    /* purpose ids or SHAREPOL_ID_NONE */
    DIFF_DIMS
};

/* In an originator set: "the sender itself".  A party id in the set stands
 * for that party as an originator other than the sender; "any originator"
 * is the sender together with every party both versions declare. */
#define DIFF_ORIGINATOR_SENDER INT32_MIN

typedef struct diff_values {
    int32_t *v;
    size_t n;
} diff_values;

typedef struct diff_entry {
    size_t *classes;         /* the indices of its classes, ascending: the
                                first gives the example and the answers */
    size_t n_classes;
    uint64_t size;           /* the sum of their sizes, saturating */
    diff_values dims[DIFF_DIMS];
    int32_t first_day, last_day; /* one interval; SHAREPOL_DATE_NONE with --at */
} diff_entry;

typedef struct diff_entries {
    diff_entry *v;           /* in the order of their first class */
    size_t n;
    sharepol_id *parties;    /* the parties both versions declare (old ids) */
    size_t n_parties;
} diff_entries;

/* Merges the classes of d (between po and pn) into out, their sets of
 * markings numbered in `markings`.  With merge false, each class is an
 * entry of its own.  @return false when out of memory (out is then
 * empty). */
bool diff_entries_build(diff_entries *out, const sharepol_policy *po, const sharepol_policy *pn,
                        const sharepol_diff *d, diff_markings *markings, bool merge);

/* Frees what diff_entries_build() allocated; an empty one is allowed. */
void diff_entries_free(diff_entries *entries);

#endif
