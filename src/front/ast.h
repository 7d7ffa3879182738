/* ast.h — the syntax tree of a policy set, as the parser builds it and the
 * checker resolves it.  Every node keeps its source place (sp_loc); every
 * node lives in the compilation's arena. */
#ifndef SP_AST_H
#define SP_AST_H

#include "arena.h"
#include "date.h"
#include "diag.h"

typedef struct sp_pref sp_pref;

/* A name as written; `sym` is its declaration (index in program.decls)
 * once the checker has resolved it, else -1.  In a rule's SET an element
 * may instead be a party reference or a relation application (`pref` set,
 * `name` NULL, `loc` the whole element; docs/language.md, "Party references"). */
typedef struct sp_ref {
    const char *name;
    sp_loc loc;
    int32_t sym;
    sp_pref *pref;
} sp_ref;

/* Whose party a reference starts from: the query's three (in this order,
 * which the graph's encoding keeps), or a party named in the text. */
typedef enum sp_pref_base {
    SP_PREF_FROM,
    SP_PREF_TO,
    SP_PREF_ORIGINATOR,
    SP_PREF_PARTY
} sp_pref_base;

/* `[RELATION of] [organisation of]... BASE`: `organisation of` written any
 * number of times means the same as once (the root's root is the root). */
struct sp_pref {
    sp_pref_base base;
    sp_ref party;          /* PARTY: the party named */
    bool organisation;
    bool has_relation;
    sp_ref relation;       /* `NAME of`: the relation */
};

typedef SP_VEC(sp_ref) sp_refs;

/* SET: `*` or names, and an optional `except` list (docs/language.md,
 * "Sets and categories"). */
typedef struct sp_set {
    bool star;
    bool relational;     /* an element is a party reference (sp_ref.pref) */
    sp_refs names;
    sp_refs excepts;
    sp_loc loc;
} sp_set;

/* CATEGORIES: `*` or names.  `given` is false for a require rule without
 * `for`, which then covers every category. */
typedef struct sp_cats {
    bool given;
    bool star;
    sp_refs names;
    sp_loc loc;
} sp_cats;

/* What a consent node is: the operators of graph_ops.h, SP_CONSENT_ORIGINATOR
 * to SP_CONSENT_OR.  PARTY names its party in `ref`; ALL, ANY and COUNT a
 * group in `ref` or an inline set in `members`; AND and OR have two or more
 * `kids`, flattened. */
typedef enum sp_consent_kind {
#define SP_CONSENT_OP(name, operands, spelling) SP_CONSENT_##name,
#include "graph_ops.h"
} sp_consent_kind;

typedef struct sp_consent sp_consent;
typedef SP_VEC(sp_consent *) sp_consent_list;

struct sp_consent {
    sp_consent_kind kind;
    sp_loc loc;
    bool paren;            /* written inside ( ) */
    sp_ref ref;            /* PARTY; ALL/ANY/COUNT over a named group */
    bool inline_set;       /* ALL/ANY/COUNT over { members } */
    sp_refs members;
    uint32_t count;        /* COUNT */
    sp_consent_list kids;  /* AND, OR: two or more, flattened */
};

/* What a condition node is: the operators of graph_ops.h, SP_COND_OR to
 * SP_COND_SINCE.  OR and AND have `kids`; NOT has kids.v[0], negated `nots`
 * times; ORIGINATOR_IN, FROM_IN and TO_IN a `set`; MARKED (scopes) and
 * PURPOSE_IN (purposes) `names`; BEFORE and SINCE a `date`. */
typedef enum sp_cond_kind {
#define SP_COND_OP(name, operands, spelling) SP_COND_##name,
#include "graph_ops.h"
} sp_cond_kind;

typedef struct sp_cond sp_cond;
typedef SP_VEC(sp_cond *) sp_cond_list;

struct sp_cond {
    sp_cond_kind kind;
    sp_loc loc;
    bool paren;
    uint32_t nots;
    sp_set set;
    sp_refs names;
    int32_t date;
    sp_cond_list kids;
};

/* The values match SHAREPOL_RULE_*. */
typedef enum sp_rule_kind {
    SP_RULE_ALLOW = 1,
    SP_RULE_DENY = 2,
    SP_RULE_REQUIRE = 3
} sp_rule_kind;

typedef struct sp_rule {
    sp_rule_kind kind;
    uint32_t index;       /* source order over the whole set */
    sp_loc loc;           /* the whole rule */
    sp_loc head;          /* its first token */
    const char *name;     /* NULL when unnamed */
    sp_loc name_loc;
    const char *label;
    sp_cats cats;
    bool has_from, has_to;/* only require may leave them out */
    sp_set from, to;
    sp_consent *consent;  /* allow: `with consent of`; require: always */
    sp_cond *when;        /* NULL: no condition */
    int32_t agreement;    /* index in program.agreements, or -1 */
} sp_rule;

/* The values match SHAREPOL_KIND_*. */
typedef enum sp_decl_kind {
    SP_DECL_PARTY = 1,
    SP_DECL_GROUP,
    SP_DECL_CATEGORY,
    SP_DECL_PURPOSE,
    SP_DECL_SCOPE,
    SP_DECL_AGREEMENT,
    SP_DECL_RULE,
    SP_DECL_RELATION
} sp_decl_kind;

/* One declared name. */
typedef struct sp_decl {
    sp_decl_kind kind;
    const char *name;
    sp_loc name_loc;
    sp_loc loc;           /* the whole declaration */
    const char *label;
    sp_refs parents;      /* PARTY: `in` (at most one); CATEGORY, PURPOSE */
    bool has_set;         /* GROUP: always; SCOPE: with an audience */
    sp_set set;
    uint32_t index;       /* AGREEMENT, RULE: index in their list */
    uint32_t uses;        /* references found by the checker */
    uint32_t facts;       /* RELATION: how many of the uses are its facts */
} sp_decl;

typedef struct sp_dated {
    bool given;
    int32_t date;
    sp_loc loc;
} sp_dated;

typedef struct sp_notice {
    sp_ref party;
    int32_t date;
    sp_loc loc;
} sp_notice;

/* A statement in source order, for printing the text back (format.c). */
typedef enum sp_item_kind {
    SP_ITEM_DECL,       /* index: in program.decls */
    SP_ITEM_AGREEMENT,  /* index: in program.agreements */
    SP_ITEM_RULE,       /* index: in program.rules */
    SP_ITEM_TEST,       /* index: in program.tests */
    SP_ITEM_PARTIES,    /* the items inside an agreement ... */
    SP_ITEM_SIGNED,
    SP_ITEM_EFFECTIVE,
    SP_ITEM_EXPIRES,
    SP_ITEM_TERM,
    SP_ITEM_NOTICE,     /* index: in agreement.notices */
    SP_ITEM_FACT,       /* index: in program.facts */
    SP_ITEM_STIX,       /* index: in program.stix_blocks */
    SP_ITEM_STIX_MAP    /* inside a stix block; index: in program.stix_maps */
} sp_item_kind;

typedef struct sp_item {
    sp_item_kind kind;
    uint32_t index;
    sp_loc loc;
} sp_item;

typedef SP_VEC(sp_item) sp_items;

typedef struct sp_agreement {
    uint32_t decl;
    sp_items items;       /* its statements in source order */
    sp_loc loc;
    bool has_parties;
    sp_set parties;
    sp_loc parties_loc;
    sp_dated signed_, effective, expires;
    bool has_term, has_renews, has_notice_period;
    sp_duration term, renews, notice_period;
    sp_loc term_loc;
    SP_VEC(sp_notice) notices;
    SP_VEC(uint32_t) rules;
    /* Computed by the checker: in force on days [start, end). */
    int32_t start;        /* SP_DATE_NOSTART: from the beginning of time */
    int32_t end;          /* SP_DATE_NOEND: no end */
} sp_agreement;

/* One marking of a query's `scope` list: a scope's name, or an explicit
 * audience `{ A, B }` (`{}` is an empty one). */
typedef struct sp_marking_ast {
    bool is_audience;
    sp_ref scope;         /* !is_audience */
    sp_refs audience;     /* is_audience */
    sp_loc loc;
} sp_marking_ast;

typedef SP_VEC(sp_marking_ast) sp_markings_ast;

typedef struct sp_query_ast {
    sp_loc loc;
    sp_ref category, from, to;
    bool has_originator, has_purpose, has_at, has_consents;
    sp_ref originator, purpose;
    bool has_scope;
    sp_markings_ast markings;   /* `scope M1, M2, ...`: one or more */
    int32_t at;
    sp_loc at_loc;
    sp_refs consents;
} sp_query_ast;

typedef enum sp_outcome {
    SP_EXPECT_ALLOW = 1,  /* the values match SHAREPOL_ALLOW... */
    SP_EXPECT_DENY = 2,
    SP_EXPECT_NEEDS = 3
} sp_outcome;

typedef struct sp_expect {
    sp_loc loc;
    sp_query_ast query;
    sp_outcome outcome;
    sp_consent *residual; /* `needs consent of C`; NULL otherwise */
} sp_expect;

typedef struct sp_test {
    const char *label;
    sp_loc loc;
    bool has_at;
    int32_t at;
    SP_VEC(sp_expect) expects;
} sp_test;

/* `relation NAME of PARTY = SET;` (docs/language.md, "Relations"). */
typedef struct sp_fact {
    sp_ref relation, party;
    sp_set set;
    sp_loc loc;
} sp_fact;

/* One statement of a `stix { ... }` block (docs/language.md, "STIX
 * mappings"): `identity "ID" = PARTY;`, `marking "ID" = SCOPE;` or
 * `type T1, T2 = CATEGORY;`.  keys holds the one id, as written (its loc the
 * string's), or the types. */
typedef enum sp_stix_kind {
    SP_STIX_IDENTITY,
    SP_STIX_MARKING,
    SP_STIX_TYPE
} sp_stix_kind;

typedef struct sp_stix_map {
    sp_stix_kind kind;
    sp_refs keys;
    sp_ref target;
    sp_loc loc;
} sp_stix_map;

typedef struct sp_stix_block {
    sp_items items;       /* its statements (SP_ITEM_STIX_MAP) in source order */
    sp_loc loc;
} sp_stix_block;

/* A whole policy set (or one query text). */
typedef struct sp_program {
    sp_arena *arena;
    sharepol_diagnostics *diags;
    SP_VEC(sp_decl) decls;               /* source order */
    SP_VEC(sp_rule *) rules;             /* source order */
    SP_VEC(sp_agreement *) agreements;
    SP_VEC(sp_test *) tests;
    SP_VEC(sp_fact) facts;               /* source order */
    SP_VEC(sp_stix_map) stix_maps;       /* source order, over all blocks */
    SP_VEC(sp_stix_block *) stix_blocks;
    sp_query_ast *query;                 /* set when a query text was parsed */
    sp_items items;                      /* top-level statements in source order */
    SP_VEC(sp_loc) comments;             /* every comment, in source order */
    bool collect_names;                  /* fill `names` (symbols.c) */
    sp_refs names;                       /* every name token, in source order */
} sp_program;

/* Constructors: all allocate from the arena, which jumps on failure. */
sp_consent *sp_ast_consent(sp_arena *a, sp_consent_kind kind, sp_loc loc);
sp_cond *sp_ast_cond(sp_arena *a, sp_cond_kind kind, sp_loc loc);
/* `left op right` for AND/OR: appends to left when left is an unparenthesised
 * node of the same kind, so long chains stay flat (no deep trees). */
sp_consent *sp_ast_consent_join(sp_arena *a, sp_consent_kind kind,
                                sp_consent *left, sp_consent *right, sp_loc loc);
sp_cond *sp_ast_cond_join(sp_arena *a, sp_cond_kind kind, sp_cond *left,
                          sp_cond *right, sp_loc loc);
sp_ref sp_ast_ref(const char *name, sp_loc loc);
sp_loc sp_loc_span(sp_loc a, sp_loc b);

/* The grammar builds every node through these (grammar/policy.y).  A list
 * of names, from its first; sp_ast_refs_add appends one and returns it. */
sp_refs *sp_ast_refs(sp_arena *a, sp_ref first);
sp_refs *sp_ast_refs_add(sp_arena *a, sp_refs *refs, sp_ref next);
/* SET: `*` or names; excepts NULL without `except`. */
sp_set *sp_ast_set(sp_arena *a, bool star, const sp_refs *names, const sp_refs *excepts,
                   sp_loc loc);
/* CATEGORIES as written: `*` (names NULL) or names. */
/* A party reference `base` (party: the name, for SP_PREF_PARTY) at loc;
 * sp_ast_pref_elem makes a set element of it, applying `relation of` when
 * relation is not NULL. */
sp_pref *sp_ast_pref(sp_arena *a, sp_pref_base base, const sp_ref *party);
sp_ref sp_ast_pref_elem(sp_pref *pref, const sp_ref *relation, sp_loc loc);
sp_cats *sp_ast_cats(sp_arena *a, bool star, const sp_refs *names, sp_loc loc);
/* One party's consent. */
sp_consent *sp_ast_consent_party(sp_arena *a, sp_ref party, sp_loc loc);
/* The members after `of`, a group or an inline set `{ names }` at loc; then
 * sp_ast_consent_of makes them `all of` (count 0), `any of` (count 0) or
 * `count of` them, placed at loc. */
sp_consent *sp_ast_consent_group(sp_arena *a, sp_ref group, sp_loc loc);
sp_consent *sp_ast_consent_set(sp_arena *a, const sp_refs *members, sp_loc loc);
sp_consent *sp_ast_consent_of(sp_consent *members, sp_consent_kind kind, uint32_t count,
                              sp_loc loc);
/* `( c )`: c, marked as parenthesised (a join then nests it rather than
 * flattening into it) and placed at loc, the parentheses included. */
sp_consent *sp_ast_consent_paren(sp_consent *c, sp_loc loc);
sp_cond *sp_ast_cond_paren(sp_cond *c, sp_loc loc);
/* Conditions: `not` written `nots` times before kid; `... in SET`; over
 * names (`marked`, `purpose in`); over a date (`before`, `since`). */
sp_cond *sp_ast_cond_not(sp_arena *a, uint32_t nots, sp_cond *kid, sp_loc loc);
sp_cond *sp_ast_cond_set(sp_arena *a, sp_cond_kind kind, const sp_set *set, sp_loc loc);
sp_cond *sp_ast_cond_names(sp_arena *a, sp_cond_kind kind, const sp_refs *names,
                           sp_loc loc);
sp_cond *sp_ast_cond_date(sp_arena *a, sp_cond_kind kind, int32_t date, sp_loc loc);
/* A rule's body; cats, from and to are NULL where the rule leaves them out,
 * consent and when NULL where there is none.  sp_parse_rule places it. */
sp_rule *sp_ast_rule(sp_arena *a, sp_rule_kind kind, const sp_cats *cats, const sp_set *from,
                     const sp_set *to, sp_consent *consent, sp_cond *when);
/* An expectation's outcome; residual is `needs consent of C`, else NULL. */
sp_expect *sp_ast_expect(sp_arena *a, sp_outcome outcome, sp_consent *residual);
/* A query with no parts yet (the parser adds them: parse.c), and its head
 * `CATEGORY from PARTY to PARTY` with its place, given once all are read. */
sp_query_ast *sp_ast_query(sp_arena *a);
/* A query's `scope` list, from its first marking; sp_ast_markings_add
 * appends one and returns it.  sp_ast_marking_scope and
 * sp_ast_marking_audience (audience NULL for `{}`) make one marking. */
sp_markings_ast *sp_ast_markings(sp_arena *a, const sp_marking_ast *first);
sp_markings_ast *sp_ast_markings_add(sp_arena *a, sp_markings_ast *list,
                                     const sp_marking_ast *next);
sp_marking_ast *sp_ast_marking_scope(sp_arena *a, sp_ref scope);
sp_marking_ast *sp_ast_marking_audience(sp_arena *a, const sp_refs *audience, sp_loc loc);
sp_query_ast *sp_ast_query_head(sp_query_ast *q, sp_ref category, sp_ref from, sp_ref to,
                                sp_loc loc);

/* Human names of the kinds, for messages: "party", "group", ... */
const char *sp_decl_kind_name(sp_decl_kind kind);
/* The same after its article: "a party", "an agreement". */
const char *sp_decl_kind_a(sp_decl_kind kind);

#endif
