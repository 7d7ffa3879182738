/* graph.h — the compiled policy: the frozen rule graph that sharepol_decide
 * reads.  Built once by lower.c, never changed afterwards, so any number of
 * threads may read it at once.  Every table lives in the policy's arena.
 *
 * Principal nodes: party p is node p; group g is node n_parties + g.
 * Everything a decision reads about a party sits in one cache line (pinfo):
 * its place in the organisational forest laid out depth first, so that "is
 * q in party p" is a range test; the groups it is in (directly, through an
 * ancestor, or through other groups), so that "is q in group g" is a scan
 * of a few words; and where its keys of the rule index are.
 *
 * The rule index (index.c) files each rule under one side only, the side
 * (from or to) that holds fewer parties: under the key of each organisation
 * whose whole tree that side holds, and under the key of each other party
 * it holds (so the side is matched exactly, `except` included); a rule
 * whose sides both hold nearly everyone goes under the one "any" key.  Each
 * key has a small hash table from category (n_categories for `*`) to a run
 * of its rules in source order, each with a filter for its other side, and
 * its runs follow its table.  A decision looks up five keys (the sender,
 * its organisation, the recipient, its organisation, any) times the query
 * category's ancestors and `*`: a few short runs, never the whole rule list
 * (docs/design.md). */
#ifndef SP_GRAPH_H
#define SP_GRAPH_H

#include <stdatomic.h>

#include "arena.h"
#include "symtab.h"

/* A SET over parties.  A rule's set may also hold party references
 * (docs/language.md, "Party references"), read against the query at
 * decision time: two words each at u32[refs], the n_refs of its names then
 * the n_xrefs of its excepts.  Word 0 is SP_REF_FROM, _TO, _ORIGINATOR or _PARTY (then word 1
 * is the party), with SP_REF_ORG for `organisation of`, and the relation's
 * id + 1 from bit SP_REF_REL_SHIFT up (0: no relation). */
typedef struct sp_pset {
    uint8_t star;
    uint32_t names, n_names;     /* sorted node ids, in policy->u32 */
    uint32_t excepts, n_excepts; /* sorted node ids, in policy->u32 */
    uint32_t refs, n_refs, n_xrefs;
} sp_pset;

enum {
    SP_REF_FROM,
    SP_REF_TO,
    SP_REF_ORIGINATOR,
    SP_REF_PARTY,
    SP_REF_BASE = 3,
    SP_REF_ORG = 4,
    SP_REF_REL_SHIFT = 3
};

/* What a node of a consent or condition tree holds besides its operator
 * (graph_ops.h lists each operator's): */
typedef enum sp_operands {
    SP_OPERANDS_NONE,
    SP_OPERANDS_PARTY,    /* a: a party id */
    SP_OPERANDS_PARTIES,  /* n party ids at u32[a], sorted */
    SP_OPERANDS_COUNT,    /* k, and n party ids at u32[a], sorted */
    SP_OPERANDS_CHILDREN, /* n child node indices at u32[a] */
    SP_OPERANDS_CHILD,    /* one child node index at u32[a] */
    SP_OPERANDS_SET,      /* a: a pset index */
    SP_OPERANDS_SCOPES,   /* n scope ids at u32[a], sorted */
    SP_OPERANDS_PURPOSES, /* n purpose ids at u32[a], sorted */
    SP_OPERANDS_DATE      /* date: a day */
} sp_operands;

/* Consent expression nodes (a tree; children by index): the operators of
 * graph_ops.h, SP_C_ORIGINATOR to SP_C_OR. */
typedef enum sp_cop {
#define SP_CONSENT_OP(name, operands, spelling) SP_C_##name,
#include "graph_ops.h"
} sp_cop;

typedef struct sp_cnode {
    uint8_t op;
    uint32_t a, n, k;
} sp_cnode;

/* Condition nodes (a tree; children by index): the operators of
 * graph_ops.h, SP_W_OR to SP_W_SINCE. */
typedef enum sp_wop {
#define SP_COND_OP(name, operands, spelling) SP_W_##name,
#include "graph_ops.h"
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

/* A run's filter is the other side of the rule (the recipient's under a
 * sender's key, else the sender's) when one word can say it, so that most
 * rules that do not apply are passed over without reading them: */
#define SP_FILTER_ALL 0xffffffffu   /* every party: the side holds */
#define SP_FILTER_CHECK 0xfffffffeu /* check the rule's set */
#define SP_FILTER_NOT 0x80000000u   /* with a node: everyone but those in it */
#define SP_FILTER_ORG 0x40000000u   /* the node is an organisation: in it is
                                       having it as root */
#define SP_FILTER_NODE 0x3fffffffu  /* else a node: those in it */

/* The keys of the rule index: each party has four, and there is "any". */
enum {
    SP_KEY_FROM_PARTY, /* rules whose sender side holds this party */
    SP_KEY_FROM_ORG,   /* ... holds the whole tree of this organisation */
    SP_KEY_TO_PARTY,   /* the same for the recipient side */
    SP_KEY_TO_ORG,
    SP_N_PARTY_KEYS
};

/* A key's hash table: 2^(bits - 1) slots at index[first], each two words
 * (category key + 1, 0 when empty; where its run is in index), followed by
 * the runs: a length n, then n pairs (rule, filter), the rules in source
 * order.  bits 0: the key has no rules. */
typedef struct sp_table {
    uint32_t first;
    uint8_t bits;
} sp_table;

/* What a decision reads about one party: one cache line. */
typedef struct sp_pinfo {
    uint32_t tree_pos, tree_end; /* q is in p: p.tree_pos <= q.tree_pos < p.tree_end */
    uint32_t root;               /* its organisation, the root of its tree */
    uint32_t groups, n_groups;   /* the group nodes it is in, sorted, in u32 */
    uint32_t table_first[SP_N_PARTY_KEYS];
    uint8_t table_bits[SP_N_PARTY_KEYS]; /* sp_table, split to pack the line */
    uint64_t group_bloom[3];     /* bit sp_graph_bloom(g) set for each group g
                                    it is in: most "not in g" need no scan */
} sp_pinfo;

/* A group node's bit in group_bloom (0 .. 191). */
static inline uint32_t sp_graph_bloom(uint32_t node)
{
    return (uint32_t)(((uint64_t)(node * 0x9e3779b1u) * 192) >> 32);
}

_Static_assert(sizeof(sp_pinfo) == 64, "a party's record is one cache line");

/* One STIX mapping as compiled (docs/language.md, "STIX mappings"). */
typedef enum sp_stix_to {
    SP_STIX_TO_PARTY,     /* an identity's id */
    SP_STIX_TO_SCOPE,     /* a marking definition's id */
    SP_STIX_TO_CATEGORY   /* an object type */
} sp_stix_to;

typedef struct sp_stix_entry {
    const char *key;      /* an id in canonical (lower-case hex) form, or a type */
    uint32_t target;      /* the party's, scope's or category's id */
    uint8_t to;           /* sp_stix_to */
    bool by_default;      /* a TLP 2.0 marking the policy did not map itself */
} sp_stix_entry;

typedef struct sp_entity {
    const char *name;
    const char *label;   /* NULL when none */
} sp_entity;

struct sharepol_policy {
    _Atomic size_t refs;
    sharepol_allocator allocator;  /* a copy, for freeing */
    sp_arena arena;

    uint32_t n_parties, n_groups, n_categories, n_purposes, n_scopes, n_rules,
        n_agreements, n_relations;
    sp_entity *parties, *groups, *categories, *purposes, *scopes, *relations;
    sp_symtab names;               /* name -> SP_NAME(kind, id): the parties,
                                      groups, categories, purposes, scopes */
    sp_symtab other_names;         /* the same for agreements and rules, apart:
                                      in a large policy they outnumber the
                                      names queries use, and would spread those
                                      over eight times the cache lines */

    uint32_t *u32;                 /* the pool that the offsets below index */

    int32_t *party_parent;         /* -1: none */
    sp_pinfo *pinfo;               /* per party, 64-byte aligned */
    uint32_t *member_off;          /* n_groups + 1: member party ids in u32 */
    uint32_t *cat_anc_off;         /* n_categories + 1: ancestor ids, sorted */
    uint32_t *purpose_anc_off;     /* n_purposes + 1 */
    int32_t *scope_audience;       /* pset index or -1 */
    int32_t *facts;                /* n_relations * n_parties: the pset of party
                                      p's fact for relation r at
                                      [r * n_parties + p], or -1: none */

    sp_pset *psets;
    sp_cnode *cnodes;
    sp_wnode *wnodes;
    sp_crule *rules;
    sharepol_rule_info *rule_info;
    sp_rule_text *rule_text;

    sp_table any_table;            /* rules under the "any" key */
    uint32_t *index;               /* every key's table and runs */

    sharepol_agreement_info *agreements;
    uint32_t n_tests, n_expectations;
    sharepol_test_info *tests;
    sharepol_expectation *expectations;
    int32_t *expect_residual;      /* cnode of `needs consent of C`, or -1 */

    uint32_t n_sources;
    sharepol_source_info *sources; /* the texts as compiled, for revisions */

    uint32_t n_stix;
    sp_stix_entry *stix;           /* sorted by `to`, then by key */
    sp_symtab stix_keys;           /* key -> index in stix: ids and types
                                      cannot collide (a type has no "--") */
};

/* Encodes a name's kind and id for the names table: the kind in bits 27 to
 * 30, so that every kind (up to 15) leaves the value positive; ids below
 * 2^27, far more declarations than a policy's memory could hold. */
#define SP_NAME(kind, id) ((int32_t)(((uint32_t)(kind) << 27) | (uint32_t)(id)))
#define SP_NAME_KIND(v) ((int)((uint32_t)(v) >> 27))
#define SP_NAME_ID(v) ((int32_t)((uint32_t)(v) & 0x07ffffffu))

/* Any declared name as SP_NAME(kind, id), or -1. */
static inline int32_t sp_graph_name(const sharepol_policy *pol, const char *name)
{
    int32_t v = sp_symtab_get(&pol->names, name);
    return v >= 0 ? v : sp_symtab_get(&pol->other_names, name);
}

/* Where category key cat starts its search in a key's table. */
static inline uint32_t sp_graph_hash(uint32_t cat)
{
    uint32_t h = (cat + 1) * 0x9e3779b1u;
    return h ^ (h >> 16);
}

/* Where the run of category key cat in a table is in index (its length,
 * then its pairs), or 0 when there is none: a run never starts the array,
 * a table does. */
static inline uint32_t sp_graph_lookup(const sharepol_policy *pol, sp_table table, uint32_t cat)
{
    if (table.bits == 0)
        return 0;
    const uint32_t *t = pol->index + table.first;
    uint32_t mask = ((uint32_t)1 << (table.bits - 1)) - 1;
    for (uint32_t i = sp_graph_hash(cat) & mask;; i = (i + 1) & mask) {
        if (t[2 * (size_t)i] == cat + 1)
            return t[2 * (size_t)i + 1];
        if (t[2 * (size_t)i] == 0)
            return 0;
    }
}

/* The table of key `which` (SP_KEY_*) of party p. */
static inline sp_table sp_graph_table(const sp_pinfo *p, int which)
{
    sp_table t = { p->table_first[which], p->table_bits[which] };
    return t;
}

/* Is party p in node (a party's tree, or a group)? */
static inline bool sp_graph_party_in(const sharepol_policy *pol, uint32_t p, uint32_t node)
{
    const sp_pinfo *pi = &pol->pinfo[p];
    if (node < pol->n_parties)
        return pol->pinfo[node].tree_pos <= pi->tree_pos &&
               pi->tree_pos < pol->pinfo[node].tree_end;
    uint32_t bit = sp_graph_bloom(node);
    if (!((pi->group_bloom[bit >> 6] >> (bit & 63)) & 1))
        return false;
    const uint32_t *v = pol->u32 + pi->groups, *end = v + pi->n_groups;
    for (; v < end && *v <= node; v++)
        if (*v == node)
            return true;
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

/* How a reference's base reads: "from", "to", "originator" or the party's
 * name (for explanations, the dump and the graph). */
static inline const char *sp_graph_ref_base(const sharepol_policy *pol, const uint32_t *ref)
{
    switch (ref[0] & SP_REF_BASE) {
    case SP_REF_FROM: return "from";
    case SP_REF_TO: return "to";
    case SP_REF_ORIGINATOR: return "originator";
    default: return pol->parties[ref[1]].name;
    }
}

/* The party a reference (two words at ref) stands for in a query. */
static inline uint32_t sp_graph_ref_party(const sharepol_policy *pol, const uint32_t *ref,
                                          uint32_t from, uint32_t to, uint32_t originator)
{
    uint32_t base = ref[0] & SP_REF_BASE;
    uint32_t p = base == SP_REF_PARTY ? ref[1]
                 : base == SP_REF_FROM ? from
                 : base == SP_REF_TO   ? to
                                       : originator;
    return ref[0] & SP_REF_ORG ? pol->pinfo[p].root : p;
}

/* Is party p in what a reference holds: the party and its units, or with a
 * relation the parties of the party's fact (none without one)? */
static inline bool sp_graph_in_ref(const sharepol_policy *pol, uint32_t p, const uint32_t *ref,
                                   uint32_t from, uint32_t to, uint32_t originator)
{
    uint32_t q = sp_graph_ref_party(pol, ref, from, to, originator);
    uint32_t rel = ref[0] >> SP_REF_REL_SHIFT;
    if (rel == 0)
        return sp_graph_party_in(pol, p, q);
    int32_t fact = pol->facts[(size_t)(rel - 1) * pol->n_parties + q];
    return fact >= 0 && sp_graph_in_set(pol, p, &pol->psets[fact]);
}

/* Is party p in a rule's SET, its references read against the query's
 * sender, recipient and originator? */
static inline bool sp_graph_in_rset(const sharepol_policy *pol, uint32_t p, const sp_pset *s,
                                    uint32_t from, uint32_t to, uint32_t originator)
{
    if ((s->n_refs | s->n_xrefs) == 0)
        return sp_graph_in_set(pol, p, s);
    const uint32_t *ref = pol->u32 + s->refs;
    bool found = s->star;
    for (uint32_t i = 0; i < s->n_names && !found; i++)
        found = sp_graph_party_in(pol, p, pol->u32[s->names + i]);
    for (uint32_t i = 0; i < s->n_refs && !found; i++)
        found = sp_graph_in_ref(pol, p, ref + 2 * (size_t)i, from, to, originator);
    if (!found)
        return false;
    for (uint32_t i = 0; i < s->n_excepts; i++)
        if (sp_graph_party_in(pol, p, pol->u32[s->excepts + i]))
            return false;
    for (uint32_t i = s->n_refs; i < s->n_refs + s->n_xrefs; i++)
        if (sp_graph_in_ref(pol, p, ref + 2 * (size_t)i, from, to, originator))
            return false;
    return true;
}

/* What sp_graph_any_atom calls on an atom of a condition (any node but
 * or, and, not): true stops the walk. */
typedef bool sp_graph_atom_fn(const sharepol_policy *pol, const sp_wnode *atom, uint32_t node,
                              void *ctx);

/* Calls fn on each atom of the condition tree at node, in order, until fn
 * returns true.  @return whether one did. */
bool sp_graph_any_atom(const sharepol_policy *pol, uint32_t node, sp_graph_atom_fn *fn,
                       void *ctx);

#endif
