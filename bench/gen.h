/* gen.h — a deterministic generator of large policy sets and query mixes
 * for the benchmark (docs/design.md, "The targets").
 *
 * gen_policy() writes a policy set as TEXT, the way an author would: parties
 * in organisations with units (trees of depth 2 and 3), groups of
 * organisations and groups of groups, 1,000 categories in a DAG, purposes,
 * scopes with and without audiences, agreements with terms, renewals and
 * notices, and ten rules per party (80% allow, 10% deny, 10% require; every
 * form of consent; conditions).  It keeps a model of what it wrote, from
 * which gen_queries() draws queries around the rules.
 *
 * Everything follows from the seed and the size: no clock, no addresses. */
#ifndef BENCH_GEN_H
#define BENCH_GEN_H

#include <stddef.h>
#include <stdint.h>

#include "sharepol.h"

#define GEN_MAX_CONSENTS 8
#define GEN_MAX_AUDIENCE 3

typedef struct gen_policy gen_policy;

/* One query, by generator index (parties, categories, scopes and purposes
 * are numbered in the order they were written; -1: not given). */
typedef struct gen_query {
    uint32_t cat, from, to;
    int32_t originator, scope, purpose;
    int32_t date;                         /* days since 1970-01-01 */
    uint8_t n_consents, n_audience;       /* n_audience > 0: an explicit audience */
    uint32_t consents[GEN_MAX_CONSENTS];
    uint32_t audience[GEN_MAX_AUDIENCE];
} gen_query;

/* Sizes of what was generated. */
typedef struct gen_stats {
    uint32_t parties, organisations, max_depth, groups, categories, purposes, scopes,
        agreements, rules, allows, denies, requires;
    double mean_ancestors;                /* of a category, itself included */
    double mean_in;                       /* nodes a party is in, itself included */
} gen_stats;

/* Generates a policy set for n_parties parties (about 10 rules per party).
 * @return NULL when out of memory. */
gen_policy *gen_policy_new(uint32_t n_parties, uint64_t seed);
void gen_policy_free(gen_policy *g);

/* The text (NUL-terminated) and its length; borrowed from g. */
const char *gen_policy_text(const gen_policy *g, size_t *len);

/* Draft 2 (docs/language.md, "Relations" and "Party references"): the
 * policy's text with a relation `clients` (facts for half the
 * organisations) and one rule per ten parties whose side reads the query
 * (`to organisation of from`, `clients of organisation of from`, `to
 * originator`, a deny `except organisation of originator`), appended.
 * @return malloc'd text and its length (free()), NULL when out of memory;
 * *n_rules the rules added. */
char *gen_relational_text(const gen_policy *g, uint64_t seed, size_t *len, uint32_t *n_rules);
const gen_stats *gen_policy_stats(const gen_policy *g);

/* Names by generator index; borrowed from g. */
const char *gen_party_name(const gen_policy *g, uint32_t i);
const char *gen_category_name(const gen_policy *g, uint32_t i);
const char *gen_scope_name(const gen_policy *g, uint32_t i);
const char *gen_purpose_name(const gen_policy *g, uint32_t i);

/* Shares of the decisions in a query mix, in percent. */
typedef struct gen_mix {
    unsigned allow, deny, needs_consent;
} gen_mix;

/* Draws n queries whose decisions under `policy` (the compiled text of g)
 * come in the shares of `mix`: candidates are drawn around the rules (and
 * some at random), decided, and kept while their kind still has room.  The
 * order of the result is shuffled.  @out receives n queries (malloc'd; the
 * caller frees it).  @got receives how many of each decision were kept
 * (index SHAREPOL_ALLOW, _DENY, _NEEDS_CONSENT; size 4).
 * @return 0, or -1 when out of memory or when the candidates ran out. */
int gen_queries(const gen_policy *g, const sharepol_policy *policy, size_t n, gen_mix mix,
                uint64_t seed, gen_query **out, size_t got[4]);

/* The query in the public form, with ids looked up once (interned).  The
 * arrays point into buf (GEN_MAX_CONSENTS + GEN_MAX_AUDIENCE ids). */
void gen_query_ids(const gen_policy *g, const sharepol_policy *policy, const gen_query *q,
                   sharepol_query *out, sharepol_id *buf);

/* The query as one JSON line for `sharepol eval` (with a newline), appended
 * to buf at *len (grown with realloc).  @return 0 or -1 (out of memory). */
int gen_query_json(const gen_policy *g, const gen_query *q, size_t index, char **buf,
                   size_t *len, size_t *cap);

#endif
