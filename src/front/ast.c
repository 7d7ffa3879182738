/* ast.c — constructors for the syntax tree. */
#include "ast.h"

#include <string.h>

sp_consent *sp_ast_consent(sp_arena *a, sp_consent_kind kind, sp_loc loc)
{
    sp_consent *c = sp_arena_zalloc(a, sizeof *c);
    c->kind = kind;
    c->loc = loc;
    c->ref.sym = -1;
    return c;
}

sp_cond *sp_ast_cond(sp_arena *a, sp_cond_kind kind, sp_loc loc)
{
    sp_cond *c = sp_arena_zalloc(a, sizeof *c);
    c->kind = kind;
    c->loc = loc;
    return c;
}

sp_consent *sp_ast_consent_join(sp_arena *a, sp_consent_kind kind,
                                sp_consent *left, sp_consent *right, sp_loc loc)
{
    sp_consent *node = left;
    if (left->kind != kind || left->paren) {
        node = sp_ast_consent(a, kind, loc);
        sp_vec_push(a, &node->kids, left);
    }
    sp_vec_push(a, &node->kids, right);
    node->loc = loc;
    return node;
}

sp_cond *sp_ast_cond_join(sp_arena *a, sp_cond_kind kind, sp_cond *left,
                          sp_cond *right, sp_loc loc)
{
    sp_cond *node = left;
    if (left->kind != kind || left->paren) {
        node = sp_ast_cond(a, kind, loc);
        sp_vec_push(a, &node->kids, left);
    }
    sp_vec_push(a, &node->kids, right);
    node->loc = loc;
    return node;
}

sp_ref sp_ast_ref(const char *name, sp_loc loc)
{
    sp_ref r = { name, loc, -1 };
    return r;
}

sp_loc sp_loc_span(sp_loc a, sp_loc b)
{
    sp_loc l = { a.file, a.start, b.end };
    return l;
}

const char *sp_decl_kind_name(sp_decl_kind kind)
{
    switch (kind) {
    case SP_DECL_PARTY: return "party";
    case SP_DECL_GROUP: return "group";
    case SP_DECL_CATEGORY: return "category";
    case SP_DECL_PURPOSE: return "purpose";
    case SP_DECL_SCOPE: return "scope";
    case SP_DECL_AGREEMENT: return "agreement";
    case SP_DECL_RULE: return "rule";
    }
    return "name";
}

const char *sp_decl_kind_a(sp_decl_kind kind)
{
    switch (kind) {
    case SP_DECL_PARTY: return "a party";
    case SP_DECL_GROUP: return "a group";
    case SP_DECL_CATEGORY: return "a category";
    case SP_DECL_PURPOSE: return "a purpose";
    case SP_DECL_SCOPE: return "a scope";
    case SP_DECL_AGREEMENT: return "an agreement";
    case SP_DECL_RULE: return "a rule";
    }
    return "a name";
}
