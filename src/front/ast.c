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
    sp_ref r = { name, loc, -1, NULL };
    return r;
}

sp_loc sp_loc_span(sp_loc a, sp_loc b)
{
    sp_loc l = { a.file, a.start, b.end };
    return l;
}

sp_refs *sp_ast_refs(sp_arena *a, sp_ref first)
{
    sp_refs *r = sp_arena_zalloc(a, sizeof *r);
    sp_vec_push(a, r, first);
    return r;
}

sp_refs *sp_ast_refs_add(sp_arena *a, sp_refs *refs, sp_ref next)
{
    sp_vec_push(a, refs, next);
    return refs;
}

sp_set *sp_ast_set(sp_arena *a, bool star, const sp_refs *names, const sp_refs *excepts,
                   sp_loc loc)
{
    sp_set *s = sp_arena_zalloc(a, sizeof *s);
    s->star = star;
    if (names)
        s->names = *names;
    if (excepts)
        s->excepts = *excepts;
    for (uint32_t i = 0; i < s->names.n; i++)
        s->relational |= s->names.v[i].pref != NULL;
    for (uint32_t i = 0; i < s->excepts.n; i++)
        s->relational |= s->excepts.v[i].pref != NULL;
    s->loc = loc;
    return s;
}

sp_pref *sp_ast_pref(sp_arena *a, sp_pref_base base, const sp_ref *party)
{
    sp_pref *p = sp_arena_zalloc(a, sizeof *p);
    p->base = base;
    if (party)
        p->party = *party;
    return p;
}

sp_ref sp_ast_pref_elem(sp_pref *pref, const sp_ref *relation, sp_loc loc)
{
    if (relation) {
        pref->has_relation = true;
        pref->relation = *relation;
    }
    sp_ref r = { NULL, loc, -1, pref };
    return r;
}

sp_cats *sp_ast_cats(sp_arena *a, bool star, const sp_refs *names, sp_loc loc)
{
    sp_cats *c = sp_arena_zalloc(a, sizeof *c);
    c->given = true;
    c->star = star;
    if (names)
        c->names = *names;
    c->loc = loc;
    return c;
}

sp_consent *sp_ast_consent_party(sp_arena *a, sp_ref party, sp_loc loc)
{
    sp_consent *c = sp_ast_consent(a, SP_CONSENT_PARTY, loc);
    c->ref = party;
    return c;
}

sp_consent *sp_ast_consent_group(sp_arena *a, sp_ref group, sp_loc loc)
{
    sp_consent *c = sp_ast_consent(a, SP_CONSENT_ALL, loc);
    c->ref = group;
    return c;
}

sp_consent *sp_ast_consent_set(sp_arena *a, const sp_refs *members, sp_loc loc)
{
    sp_consent *c = sp_ast_consent(a, SP_CONSENT_ALL, loc);
    c->inline_set = true;
    c->members = *members;
    c->ref.loc = loc; /* the braces: messages quote the set by it */
    return c;
}

sp_consent *sp_ast_consent_of(sp_consent *members, sp_consent_kind kind, uint32_t count,
                              sp_loc loc)
{
    members->kind = kind;
    members->count = count;
    members->loc = loc;
    return members;
}

sp_consent *sp_ast_consent_paren(sp_consent *c, sp_loc loc)
{
    c->paren = true;
    c->loc = loc;
    return c;
}

sp_cond *sp_ast_cond_paren(sp_cond *c, sp_loc loc)
{
    c->paren = true;
    c->loc = loc;
    return c;
}

sp_cond *sp_ast_cond_not(sp_arena *a, uint32_t nots, sp_cond *kid, sp_loc loc)
{
    sp_cond *c = sp_ast_cond(a, SP_COND_NOT, loc);
    c->nots = nots;
    sp_vec_push(a, &c->kids, kid);
    return c;
}

sp_cond *sp_ast_cond_set(sp_arena *a, sp_cond_kind kind, const sp_set *set, sp_loc loc)
{
    sp_cond *c = sp_ast_cond(a, kind, loc);
    c->set = *set;
    return c;
}

sp_cond *sp_ast_cond_names(sp_arena *a, sp_cond_kind kind, const sp_refs *names,
                           sp_loc loc)
{
    sp_cond *c = sp_ast_cond(a, kind, loc);
    c->names = *names;
    return c;
}

sp_cond *sp_ast_cond_date(sp_arena *a, sp_cond_kind kind, int32_t date, sp_loc loc)
{
    sp_cond *c = sp_ast_cond(a, kind, loc);
    c->date = date;
    return c;
}

sp_rule *sp_ast_rule(sp_arena *a, sp_rule_kind kind, const sp_cats *cats, const sp_set *from,
                     const sp_set *to, sp_consent *consent, sp_cond *when)
{
    sp_rule *r = sp_arena_zalloc(a, sizeof *r);
    r->kind = kind;
    if (cats)
        r->cats = *cats;
    r->has_from = from != NULL;
    if (from)
        r->from = *from;
    r->has_to = to != NULL;
    if (to)
        r->to = *to;
    r->consent = consent;
    r->when = when;
    return r;
}

sp_expect *sp_ast_expect(sp_arena *a, sp_outcome outcome, sp_consent *residual)
{
    sp_expect *e = sp_arena_zalloc(a, sizeof *e);
    e->outcome = outcome;
    e->residual = residual;
    return e;
}

sp_query_ast *sp_ast_query(sp_arena *a)
{
    sp_query_ast *q = sp_arena_zalloc(a, sizeof *q);
    q->category.sym = q->from.sym = q->to.sym = -1;
    return q;
}

sp_markings_ast *sp_ast_markings(sp_arena *a, const sp_marking_ast *first)
{
    sp_markings_ast *m = sp_arena_zalloc(a, sizeof *m);
    sp_vec_push(a, m, *first);
    return m;
}

sp_markings_ast *sp_ast_markings_add(sp_arena *a, sp_markings_ast *list,
                                     const sp_marking_ast *next)
{
    sp_vec_push(a, list, *next);
    return list;
}

sp_marking_ast *sp_ast_marking_scope(sp_arena *a, sp_ref scope)
{
    sp_marking_ast *m = sp_arena_zalloc(a, sizeof *m);
    m->scope = scope;
    m->loc = scope.loc;
    return m;
}

sp_marking_ast *sp_ast_marking_audience(sp_arena *a, const sp_refs *audience, sp_loc loc)
{
    sp_marking_ast *m = sp_arena_zalloc(a, sizeof *m);
    m->is_audience = true;
    if (audience)
        m->audience = *audience;
    m->loc = loc;
    return m;
}

sp_query_ast *sp_ast_query_head(sp_query_ast *q, sp_ref category, sp_ref from, sp_ref to,
                                sp_loc loc)
{
    q->loc = loc;
    q->category = category;
    q->from = from;
    q->to = to;
    return q;
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
    case SP_DECL_RELATION: return "relation";
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
    case SP_DECL_RELATION: return "a relation";
    }
    return "a name";
}
