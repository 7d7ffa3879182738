/* graph.h — the compiled policy: the frozen rule graph that sharepol_decide
 * reads.  Built once by lower.c, never changed afterwards, so any number of
 * threads may read it at once.  Every table lives in the policy's arena.
 *
 * Principal nodes: party p is node p; group g is node n_parties + g.
 * A party's in-list holds every node it is in (itself, its ancestors, every
 * group containing it), sorted, so "is p in SET" is a few lookups in one
 * short array.
 *
 * The rule index: for each from-key (a party id, or n_parties for rules
 * from every party), buckets sorted by category key (a category id, or
 * n_categories for `*`), each bucket a run of rule indices in source order.
 * A decision walks two from-keys times the query category's ancestors: a few
 * short runs, never the whole rule list (docs/design.md). */
#ifndef SP_GRAPH_H
#define SP_GRAPH_H

#include <stdatomic.h>

#include "arena.h"
#include "symtab.h"

/* A SET over parties. */
typedef struct sp_pset {
    uint8_t star;
    uint32_t names, n_names;     /* sorted node ids, in policy->u32 */
    uint32_t excepts, n_excepts; /* sorted node ids, in policy->u32 */
} sp_pset;

/* Consent expression nodes (a tree; children by index). */
typedef enum sp_cop {
    SP_C_ORIGINATOR, /* the query's originator */
    SP_C_PARTY,      /* a: party id */
    SP_C_ALL,        /* every one of n parties at u32[a..] */
    SP_C_ANY,        /* at least one of them */
    SP_C_COUNT,      /* at least k of them */
    SP_C_AND,        /* every one of n children at u32[a..] */
    SP_C_OR          /* at least one child */
} sp_cop;

typedef struct sp_cnode {
    uint8_t op;
    uint32_t a, n, k;
} sp_cnode;

/* Condition nodes (a tree; children by index). */
typedef enum sp_wop {
    SP_W_OR,         /* children u32[a..a+n] */
    SP_W_AND,
    SP_W_NOT,        /* child u32[a] */
    SP_W_ORIGINATOR_IN, /* a: pset */
    SP_W_FROM_IN,
    SP_W_TO_IN,
    SP_W_OUTSIDE_SCOPE,
    SP_W_WITHIN_SCOPE,
    SP_W_ONWARD,
    SP_W_MARKED,     /* scope ids u32[a..a+n] */
    SP_W_UNMARKED,
    SP_W_PURPOSE_IN, /* purpose ids u32[a..a+n] */
    SP_W_BEFORE,     /* date */
    SP_W_SINCE
} sp_wop;

typedef struct sp_wnode {
    uint8_t op;
    uint32_t a, n;
    int32_t date;
} sp_wnode;

typedef struct sp_crule {
    uint8_t kind;        /* SHAREPOL_RULE_* */
    uint8_t all_cats;    /* `*` or no `for` */
    uint32_t cats, n_cats; /* category ids in u32 */
    int32_t from, to;    /* pset index; -1: every party */
    int32_t consent;     /* cnode index; -1: none */
    int32_t when;        /* wnode index; -1: none */
    int32_t start, end;  /* in force on [start, end) */
} sp_crule;

/* How each part of a rule reads in the source, for explanations. */
typedef struct sp_rule_text {
    const char *cats, *from, *to, *consent, *when;
} sp_rule_text;

typedef struct sp_bucket {
    uint32_t cat;        /* category key */
    uint32_t rules, n;   /* rule indices in bucket_rules */
} sp_bucket;

typedef struct sp_entity {
    const char *name;
    const char *label;   /* NULL when none */
} sp_entity;

struct sharepol_policy {
    _Atomic size_t refs;
    sharepol_allocator allocator;  /* a copy, for freeing */
    sp_arena arena;

    uint32_t n_parties, n_groups, n_categories, n_purposes, n_scopes, n_rules,
        n_agreements;
    sp_entity *parties, *groups, *categories, *purposes, *scopes;
    sp_symtab names;               /* name -> SP_NAME(kind, id) */

    uint32_t *u32;                 /* the pool that the offsets below index */

    int32_t *party_parent;         /* -1: none */
    uint32_t *in_off;              /* n_parties + 1 offsets into u32 */
    uint32_t *member_off;          /* n_groups + 1: member party ids in u32 */
    uint32_t *cat_anc_off;         /* n_categories + 1: ancestor ids, sorted */
    uint32_t *purpose_anc_off;     /* n_purposes + 1 */
    int32_t *scope_audience;       /* pset index or -1 */

    sp_pset *psets;
    sp_cnode *cnodes;
    sp_wnode *wnodes;
    sp_crule *rules;
    sharepol_rule_info *rule_info;
    sp_rule_text *rule_text;

    uint32_t *key_buckets;         /* n_parties + 2 offsets into buckets */
    sp_bucket *buckets;
    uint32_t *bucket_rules;

    sharepol_agreement_info *agreements;
    uint32_t n_tests, n_expectations;
    sharepol_test_info *tests;
    sharepol_expectation *expectations;
    int32_t *expect_residual;      /* cnode of `needs consent of C`, or -1 */
};

/* Encodes a name's kind and id for the names table. */
#define SP_NAME(kind, id) ((int32_t)(((uint32_t)(kind) << 28) | (uint32_t)(id)))
#define SP_NAME_KIND(v) ((int)((uint32_t)(v) >> 28))
#define SP_NAME_ID(v) ((int32_t)((uint32_t)(v) & 0x0fffffffu))

/* Is node n in party p's in-list? */
static inline bool sp_graph_party_in(const sharepol_policy *pol, uint32_t p, uint32_t node)
{
    const uint32_t *v = pol->u32 + pol->in_off[p];
    uint32_t lo = 0, hi = pol->in_off[p + 1] - pol->in_off[p];
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (v[mid] < node)
            lo = mid + 1;
        else if (v[mid] > node)
            hi = mid;
        else
            return true;
    }
    return false;
}

/* Is party p in a compiled SET? */
static inline bool sp_graph_in_set(const sharepol_policy *pol, uint32_t p, const sp_pset *s)
{
    if (!s->star) {
        bool found = false;
        for (uint32_t i = 0; i < s->n_names && !found; i++)
            found = sp_graph_party_in(pol, p, pol->u32[s->names + i]);
        if (!found)
            return false;
    }
    for (uint32_t i = 0; i < s->n_excepts; i++)
        if (sp_graph_party_in(pol, p, pol->u32[s->excepts + i]))
            return false;
    return true;
}

#endif
