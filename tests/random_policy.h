/* random_policy.h — small random policies for the white-box tests of the
 * closures and the index: trees of parties, groups of groups, category
 * DAGs and rules over every form of SET, declared in a shuffled order. */
#ifndef SHAREPOL_TEST_RANDOM_POLICY_H
#define SHAREPOL_TEST_RANDOM_POLICY_H

#include "rng.h"

/* A policy text that checks without errors, with 2 to max_parties parties
 * (at most 400) named p0, p1, ..., groups g0, ..., categories c0, ...; the
 * caller frees it. */
char *random_policy(rng *r, uint32_t max_parties);

#endif
