/* ast.h — the syntax tree of a policy set, as the parser builds it and the
 * checker resolves it.  Every node keeps its source place (sp_loc); every
 * node lives in the compilation's arena. */
#ifndef SP_AST_H
#define SP_AST_H

#include "arena.h"
#include "date.h"
#include "diag.h"

/* A name as written; `sym` is its declaration (index in program.decls)
 * once the checker has resolved it, else -1. */
typedef struct sp_ref {
    const char *name;
    sp_loc loc;
    int32_t sym;
} sp_ref;

typedef SP_VEC(sp_ref) sp_refs;

/* SET: `*` or names, and an optional `except` list (docs/language.md,
 * "Sets and categories"). */
typedef struct sp_set {
    bool star;
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

typedef enum sp_consent_kind {
    SP_CONSENT_ORIGINATOR, /* the item's originator */
    SP_CONSENT_PARTY,      /* ref: one party */
    SP_CONSENT_ALL,        /* every member party of ref (or members) */
    SP_CONSENT_ANY,        /* at least one of them */
    SP_CONSENT_COUNT,      /* at least `count` of them */
    SP_CONSENT_AND,        /* kids: all of them */
    SP_CONSENT_OR          /* kids: one of them */
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

typedef enum sp_cond_kind {
    SP_COND_OR,            /* kids */
    SP_COND_AND,           /* kids */
    SP_COND_NOT,           /* kids.v[0], negated `nots` times */
    SP_COND_ORIGINATOR_IN, /* set */
    SP_COND_FROM_IN,       /* set */
    SP_COND_TO_IN,         /* set */
    SP_COND_OUTSIDE_SCOPE,
    SP_COND_WITHIN_SCOPE,
    SP_COND_ONWARD,
    SP_COND_MARKED,        /* names: scopes */
    SP_COND_UNMARKED,
    SP_COND_PURPOSE_IN,    /* names: purposes */
    SP_COND_BEFORE,        /* date */
    SP_COND_SINCE          /* date */
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
    SP_DECL_RULE
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
    SP_ITEM_NOTICE      /* index: in agreement.notices */
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

typedef enum sp_scope_kind {
    SP_QSCOPE_NONE,
    SP_QSCOPE_NAMED,     /* scope NAME */
    SP_QSCOPE_AUDIENCE   /* scope { A, B } */
} sp_scope_kind;

typedef struct sp_query_ast {
    sp_loc loc;
    sp_ref category, from, to;
    bool has_originator, has_purpose, has_at, has_consents;
    sp_ref originator, purpose;
    sp_scope_kind scope_kind;
    sp_ref scope;
    sp_refs audience;
    sp_loc scope_loc;
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

/* A whole policy set (or one query text). */
typedef struct sp_program {
    sp_arena *arena;
    sharepol_diagnostics *diags;
    SP_VEC(sp_decl) decls;               /* source order */
    SP_VEC(sp_rule *) rules;             /* source order */
    SP_VEC(sp_agreement *) agreements;
    SP_VEC(sp_test *) tests;
    sp_query_ast *query;                 /* set when a query text was parsed */
    sp_items items;                      /* top-level statements in source order */
    SP_VEC(sp_loc) comments;             /* every comment, in source order */
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

/* Human names of the kinds, for messages: "party", "group", ... */
const char *sp_decl_kind_name(sp_decl_kind kind);
/* The same after its article: "a party", "an agreement". */
const char *sp_decl_kind_a(sp_decl_kind kind);

#endif
