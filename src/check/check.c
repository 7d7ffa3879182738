/* check.c — names, kinds and cycles (docs/language.md, "Declarations" and
 * "What the compiler reports").
 *
 * Three steps: declare every name in the one namespace; resolve every
 * reference in declarations, agreements, rules and tests; then find cycles
 * in the four "in" relations (parties, groups, categories, purposes) with an
 * iterative depth-first search, which also yields the order closure.c
 * computes memberships in. */
#include "check.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "stix_id.h"
#include "suggest.h"

typedef struct checker {
    sp_program *prog;
    sharepol_diagnostics *diags;
    sp_arena *arena;
    sp_symtab *names;
    unsigned suggestions; /* "did you mean" searches so far */
} checker;

/* Each search for a "did you mean" looks at every declaration, so their
 * number is bounded: a million undefined names must not cost a million
 * searches (and none is made once errors are no longer reported). */
#define MAX_SUGGESTIONS 100u

/* ---- declaring ---------------------------------------------------------- */

static void declare_all(checker *ck)
{
    sp_program *prog = ck->prog;
    sp_symtab_init(ck->names, ck->arena, prog->decls.n);
    for (uint32_t i = 0; i < prog->decls.n; i++) {
        sp_decl *d = &prog->decls.v[i];
        int32_t prev = sp_symtab_put(ck->names, d->name, (int32_t)i);
        if (prev < 0)
            continue;
        const sp_decl *p = &prog->decls.v[prev];
        sp_diag_error(ck->diags, "duplicate-name", d->name_loc,
                      "'%s' is already declared", d->name);
        sp_diag_note(ck->diags, p->name_loc, "'%s' was first declared here, as %s",
                     p->name, sp_decl_kind_a(p->kind));
    }
}

/* ---- resolving -------------------------------------------------------- */

static void kinds_text(unsigned kinds, char *out, size_t size)
{
    out[0] = '\0';
    const char *sep = "";
    int n = 0;
    for (int k = SP_DECL_PARTY; k <= SP_DECL_RELATION; k++)
        n += (int)((kinds >> k) & 1);
    int i = 0;
    for (int k = SP_DECL_PARTY; k <= SP_DECL_RELATION; k++) {
        if (!((kinds >> k) & 1))
            continue;
        size_t len = strlen(out);
        snprintf(out + len, size - len, "%s%s", sep,
                 i == 0 ? sp_decl_kind_a((sp_decl_kind)k) : sp_decl_kind_name((sp_decl_kind)k));
        i++;
        sep = i == n - 1 ? " or " : ", ";
    }
}

static bool resolve(checker *ck, sp_ref *ref, unsigned kinds)
{
    int32_t d = sp_symtab_get(ck->names, ref->name);
    if (d >= 0 && ((kinds >> ck->prog->decls.v[d].kind) & 1)) {
        ref->sym = d;
        ck->prog->decls.v[d].uses++;
        return true;
    }
    char expected[96]; /* only for the message: most names resolve */
    kinds_text(kinds, expected, sizeof expected);
    if (d < 0) {
        sp_diag_error(ck->diags, "undefined-name", ref->loc,
                      "'%s' is not declared (expected %s)", ref->name, expected);
        if (ck->diags->stopped || ck->suggestions >= MAX_SUGGESTIONS)
            return false;
        ck->suggestions++;
        sp_suggest s;
        sp_suggest_init(&s, ref->name);
        for (uint32_t i = 0; i < ck->prog->decls.n; i++)
            if ((kinds >> ck->prog->decls.v[i].kind) & 1)
                sp_suggest_offer(&s, ck->prog->decls.v[i].name);
        if (s.best) {
            int32_t b = sp_symtab_get(ck->names, s.best);
            sp_diag_note(ck->diags, ck->prog->decls.v[b].name_loc, "did you mean '%s'?",
                         s.best);
        }
        return false;
    }
    const sp_decl *decl = &ck->prog->decls.v[d];
    sp_diag_error(ck->diags, "wrong-kind", ref->loc, "'%s' is %s, but %s is expected here",
                  ref->name, sp_decl_kind_a(decl->kind), expected);
    sp_diag_note(ck->diags, decl->name_loc, "'%s' is declared here", decl->name);
    return false;
}

static void resolve_refs(checker *ck, sp_refs *refs, unsigned kinds)
{
    for (uint32_t i = 0; i < refs->n; i++)
        resolve(ck, &refs->v[i], kinds);
}

/* The relation of `NAME of R`.  `organization` is not a keyword: written
 * for `organisation`, it reads as a relation, and is told so. */
static void resolve_relation(checker *ck, sp_ref *rel)
{
    if (strcmp(rel->name, "organization") == 0 && sp_symtab_get(ck->names, rel->name) < 0) {
        sp_diag_error(ck->diags, "undefined-name", rel->loc,
                      "'organization' is not declared (expected a relation)");
        sp_diag_note(ck->diags, rel->loc, "did you mean 'organisation'?");
        return;
    }
    resolve(ck, rel, SP_KINDS(SP_DECL_RELATION));
}

static void resolve_pref(checker *ck, sp_pref *p)
{
    if (p->base == SP_PREF_PARTY)
        resolve(ck, &p->party, SP_KINDS(SP_DECL_PARTY));
    if (p->has_relation)
        resolve_relation(ck, &p->relation);
}

/* A SET; `fixed` says what it is when party references may not be in it
 * (a group's members, ...), NULL in a rule's sets and conditions. */
static void resolve_elems(checker *ck, sp_refs *refs, const char *fixed)
{
    for (uint32_t i = 0; i < refs->n; i++) {
        sp_ref *r = &refs->v[i];
        if (!r->pref) {
            resolve(ck, r, SP_PARTY_OR_GROUP);
            continue;
        }
        if (!fixed) {
            resolve_pref(ck, r->pref);
            continue;
        }
        size_t len;
        const char *text = sp_diag_text(ck->diags, r->loc, &len);
        sp_diag_error(ck->diags, "reference-outside-rule", r->loc,
                      "'%.*s' depends on the query, but %s names fixed parties", (int)(len > 60 ? 60 : len),
                      text, fixed);
        sp_diag_note(ck->diags, r->loc,
                     "party references belong in a rule's sets and in 'originator in', "
                     "'from in' and 'to in'; here name parties and groups");
    }
}

static void resolve_set(checker *ck, sp_set *set, const char *fixed)
{
    resolve_elems(ck, &set->names, fixed);
    resolve_elems(ck, &set->excepts, fixed);
}

static void resolve_cats(checker *ck, sp_cats *cats)
{
    resolve_refs(ck, &cats->names, SP_KINDS(SP_DECL_CATEGORY));
}

/* Consent expressions nest at most max_depth deep (the parser bounds
 * parentheses), so this recursion is bounded. */
static void resolve_consent(checker *ck, sp_consent *c)
{
    switch (c->kind) {
    case SP_CONSENT_ORIGINATOR:
        break;
    case SP_CONSENT_PARTY: {
        int32_t d = sp_symtab_get(ck->names, c->ref.name);
        if (d >= 0 && ck->prog->decls.v[d].kind == SP_DECL_GROUP) {
            sp_diag_error(ck->diags, "wrong-kind", c->ref.loc,
                          "'%s' is a group; consent is given by parties", c->ref.name);
            sp_diag_note(ck->diags, c->ref.loc,
                         "write 'all of %s', 'any of %s' or 'N of %s'", c->ref.name,
                         c->ref.name, c->ref.name);
            break;
        }
        resolve(ck, &c->ref, SP_KINDS(SP_DECL_PARTY));
        break;
    }
    case SP_CONSENT_ALL:
    case SP_CONSENT_ANY:
    case SP_CONSENT_COUNT:
        if (c->kind == SP_CONSENT_COUNT && c->count == 0)
            sp_diag_error(ck->diags, "count-out-of-range", c->loc,
                          "'0 of' is always satisfied; N in 'N of' must be at least 1");
        if (c->inline_set) {
            resolve_refs(ck, &c->members, SP_PARTY_OR_GROUP);
            break;
        }
        {
            int32_t d = sp_symtab_get(ck->names, c->ref.name);
            if (d >= 0 && ck->prog->decls.v[d].kind == SP_DECL_PARTY) {
                sp_diag_error(ck->diags, "wrong-kind", c->ref.loc,
                              "'%s' is a party, but 'of' needs a group", c->ref.name);
                char of[24];
                if (c->kind == SP_CONSENT_COUNT)
                    snprintf(of, sizeof of, "%u of", c->count);
                else
                    snprintf(of, sizeof of, "%s of",
                             c->kind == SP_CONSENT_ALL ? "all" : "any");
                sp_diag_note(ck->diags, c->ref.loc,
                             "for one party's consent write just '%s'; for several "
                             "write '%s {%s, ...}'", c->ref.name, of, c->ref.name);
                break;
            }
        }
        resolve(ck, &c->ref, SP_KINDS(SP_DECL_GROUP));
        break;
    case SP_CONSENT_AND:
    case SP_CONSENT_OR:
        for (uint32_t i = 0; i < c->kids.n; i++)
            resolve_consent(ck, c->kids.v[i]);
        break;
    }
}

static void resolve_cond(checker *ck, sp_cond *c)
{
    switch (c->kind) {
    case SP_COND_OR:
    case SP_COND_AND:
    case SP_COND_NOT:
        for (uint32_t i = 0; i < c->kids.n; i++)
            resolve_cond(ck, c->kids.v[i]);
        break;
    case SP_COND_ORIGINATOR_IN:
    case SP_COND_FROM_IN:
    case SP_COND_TO_IN:
        resolve_set(ck, &c->set, NULL);
        break;
    case SP_COND_MARKED:
        resolve_refs(ck, &c->names, SP_KINDS(SP_DECL_SCOPE));
        break;
    case SP_COND_PURPOSE_IN:
        resolve_refs(ck, &c->names, SP_KINDS(SP_DECL_PURPOSE));
        break;
    default:
        break;
    }
}

static void resolve_query(checker *ck, sp_query_ast *q)
{
    const unsigned party = SP_KINDS(SP_DECL_PARTY);
    resolve(ck, &q->category, SP_KINDS(SP_DECL_CATEGORY));
    resolve(ck, &q->from, party);
    resolve(ck, &q->to, party);
    if (q->has_originator)
        resolve(ck, &q->originator, party);
    if (q->has_purpose)
        resolve(ck, &q->purpose, SP_KINDS(SP_DECL_PURPOSE));
    for (uint32_t i = 0; i < q->markings.n; i++) {
        sp_marking_ast *m = &q->markings.v[i];
        if (m->is_audience)
            resolve_refs(ck, &m->audience, party);
        else
            resolve(ck, &m->scope, SP_KINDS(SP_DECL_SCOPE));
    }
    if (q->has_consents)
        resolve_refs(ck, &q->consents, party);
}

static void resolve_decls(checker *ck)
{
    for (uint32_t i = 0; i < ck->prog->decls.n; i++) {
        sp_decl *d = &ck->prog->decls.v[i];
        switch (d->kind) {
        case SP_DECL_PARTY:
            resolve_refs(ck, &d->parents, SP_KINDS(SP_DECL_PARTY));
            break;
        case SP_DECL_GROUP:
        case SP_DECL_SCOPE:
            if (d->has_set)
                resolve_set(ck, &d->set, d->kind == SP_DECL_GROUP ? "a group"
                                                                  : "a scope's audience");
            break;
        case SP_DECL_CATEGORY:
        case SP_DECL_PURPOSE:
            resolve_refs(ck, &d->parents, SP_KINDS(d->kind));
            break;
        default:
            break;
        }
    }
}

static void check_agreement(checker *ck, sp_agreement *ag)
{
    const sp_decl *d = &ck->prog->decls.v[ag->decl];
    if (ag->has_parties)
        resolve_set(ck, &ag->parties, "an agreement's 'parties'");
    for (uint32_t i = 0; i < ag->notices.n; i++) {
        sp_notice *n = &ag->notices.v[i];
        resolve(ck, &n->party, SP_KINDS(SP_DECL_PARTY));
        if (!ag->has_parties) {
            sp_diag_error(ck->diags, "notice-without-parties", n->loc,
                          "a notice must be given by one of the agreement's parties, "
                          "but agreement '%s' names none", d->name);
            sp_diag_note(ck->diags, d->name_loc, "add 'parties SET;' to the agreement");
        }
    }
    if (ag->has_term) {
        if (ag->term.n == 0)
            sp_diag_error(ck->diags, "zero-duration", ag->term_loc,
                          "a term of length 0 is never in force");
        if (ag->has_renews && ag->renews.n == 0)
            sp_diag_error(ck->diags, "zero-duration", ag->term_loc,
                          "a renewal period of length 0 never ends; renewals must be "
                          "at least one day");
        if (!ag->signed_.given && !ag->effective.given)
            sp_diag_error(ck->diags, "term-without-start", ag->term_loc,
                          "a term needs a start: add 'signed DATE;' or 'effective DATE;' "
                          "to agreement '%s'", d->name);
    }
}

static void resolve_rules(checker *ck)
{
    for (uint32_t i = 0; i < ck->prog->rules.n; i++) {
        sp_rule *r = ck->prog->rules.v[i];
        resolve_cats(ck, &r->cats);
        if (r->has_from)
            resolve_set(ck, &r->from, NULL);
        if (r->has_to)
            resolve_set(ck, &r->to, NULL);
        if (r->consent)
            resolve_consent(ck, r->consent);
        if (r->when)
            resolve_cond(ck, r->when);
    }
}

static void resolve_tests(checker *ck)
{
    for (uint32_t i = 0; i < ck->prog->tests.n; i++) {
        sp_test *t = ck->prog->tests.v[i];
        for (uint32_t j = 0; j < t->expects.n; j++) {
            sp_expect *e = &t->expects.v[j];
            resolve_query(ck, &e->query);
            if (e->residual)
                resolve_consent(ck, e->residual);
        }
    }
}

/* Facts: names and kinds as everywhere, then at most one per relation and
 * party (sorted by both, a repeat sits next to the first). */
typedef struct fact_key {
    int32_t relation, party;
    uint32_t index;
} fact_key;

static int cmp_fact(const void *a, const void *b)
{
    const fact_key *x = a, *y = b;
    if (x->relation != y->relation)
        return x->relation < y->relation ? -1 : 1;
    if (x->party != y->party)
        return x->party < y->party ? -1 : 1;
    return (x->index > y->index) - (x->index < y->index);
}

static void check_facts(checker *ck)
{
    sp_program *prog = ck->prog;
    fact_key *keys = sp_arena_alloc(ck->arena, sizeof *keys * (prog->facts.n + 1));
    uint32_t n = 0;
    for (uint32_t i = 0; i < prog->facts.n; i++) {
        sp_fact *f = &prog->facts.v[i];
        bool ok = resolve(ck, &f->relation, SP_KINDS(SP_DECL_RELATION));
        ok &= resolve(ck, &f->party, SP_KINDS(SP_DECL_PARTY));
        resolve_set(ck, &f->set, "a relation's fact");
        if (!ok)
            continue;
        prog->decls.v[f->relation.sym].facts++;
        keys[n++] = (fact_key){ f->relation.sym, f->party.sym, i };
    }
    if (n > 1)
        qsort(keys, n, sizeof *keys, cmp_fact);
    for (uint32_t i = 1; i < n; i++) {
        if (keys[i].relation != keys[i - 1].relation || keys[i].party != keys[i - 1].party)
            continue;
        const sp_fact *f = &prog->facts.v[keys[i].index];
        uint32_t first = keys[i].index;
        for (uint32_t j = i; j > 0 && keys[j - 1].relation == keys[i].relation &&
                             keys[j - 1].party == keys[i].party; j--)
            first = keys[j - 1].index;
        sp_diag_error(ck->diags, "duplicate-fact", f->loc,
                      "a second fact for '%s of %s': a party has at most one fact per relation",
                      f->relation.name, f->party.name);
        sp_diag_note(ck->diags, prog->facts.v[first].loc, "the first is here; write one "
                     "fact with every party in its set");
    }
}

/* ---- STIX mappings ------------------------------------------------------ */

/* The first mapping of each key (a canonical id, or a type): a key mapped
 * twice is an error even to the same target, as a repeated fact is. */
typedef struct stix_seen {
    sp_symtab keys;
    sp_loc *first;
    int32_t n;
} stix_seen;

static void stix_once(checker *ck, stix_seen *seen, const char *key, sp_loc loc,
                      const char *what)
{
    int32_t prev = sp_symtab_put(&seen->keys, key, seen->n);
    if (prev < 0) {
        seen->first[seen->n++] = loc;
        return;
    }
    sp_diag_error(ck->diags, "stix-duplicate", loc, "%s '%s' is mapped twice", what, key);
    sp_diag_note(ck->diags, seen->first[prev], "first mapped here; a STIX %s maps to one "
                 "name only", what);
}

static void check_stix_id(checker *ck, stix_seen *seen, sp_ref *key, sp_stix_kind kind)
{
    const char *want = kind == SP_STIX_IDENTITY ? "identity" : "marking-definition";
    size_t len = strlen(key->name), type_len;
    const char *why;
    if (!sp_stix_id_valid(key->name, len, &type_len, &why)) {
        sp_diag_error(ck->diags, "stix-bad-id", key->loc, "'%s' is not a STIX id: it %s",
                      key->name, why);
        sp_diag_note(ck->diags, key->loc, "a STIX id is TYPE--UUID, as in '%s--%s'", want,
                     "f431f809-377b-45e0-aa1c-6a4751cae5ff");
        return;
    }
    if (type_len != strlen(want) || memcmp(key->name, want, type_len) != 0) {
        sp_diag_error(ck->diags, "stix-bad-id", key->loc,
                      "'%s' is the id of %s '%.*s', but '%s' maps the ids of '%s' objects",
                      key->name, strchr("aeiou", key->name[0]) ? "an" : "a", (int)type_len,
                      key->name, kind == SP_STIX_IDENTITY ? "identity" : "marking", want);
        return;
    }
    char *canon = sp_arena_alloc(ck->arena, len + 1);
    sp_stix_id_canonical(canon, key->name, len);
    stix_once(ck, seen, canon, key->loc, kind == SP_STIX_IDENTITY ? "identity" : "marking");
}

static void check_stix_type(checker *ck, stix_seen *seen, const sp_ref *key)
{
    const char *why;
    if (!sp_stix_type_valid(key->name, strlen(key->name), &why)) {
        sp_diag_error(ck->diags, "stix-bad-type", key->loc,
                      "'%s' is not a STIX object type: it %s", key->name, why);
        return;
    }
    if (strcmp(key->name, "identity") == 0 || strcmp(key->name, "marking-definition") == 0) {
        sp_diag_error(ck->diags, "stix-bad-type", key->loc,
                      "'%s' objects cannot be mapped to a category: they go with the "
                      "objects that refer to them", key->name);
        return;
    }
    stix_once(ck, seen, key->name, key->loc, "type");
}

/* The scopes the TLP 2.0 marking definitions map to by default are used
 * by a policy that maps STIX at all, unless a `marking` line maps the id to
 * something else: an object marked TLP:CLEAR is decided with tlp-clear, even
 * when no rule names it. */
static void use_tlp_defaults(checker *ck, const stix_seen *ids)
{
    for (int t = 0; t < SP_STIX_N_TLP; t++) {
        const sp_stix_tlp *tlp = &sp_stix_tlp_markings[t];
        int32_t d = sp_symtab_get(ck->names, tlp->scope);
        if (d >= 0 && ck->prog->decls.v[d].kind == SP_DECL_SCOPE &&
            sp_symtab_get(&ids->keys, tlp->id) < 0)
            ck->prog->decls.v[d].uses++;
    }
}

/* Each mapping's target by kind, each id's and type's spelling, and each
 * key at most once. */
static void check_stix(checker *ck)
{
    sp_program *prog = ck->prog;
    uint32_t n_keys = 0;
    for (uint32_t i = 0; i < prog->stix_maps.n; i++)
        n_keys += prog->stix_maps.v[i].keys.n;
    if (n_keys == 0)
        return;
    stix_seen ids = { { 0 }, NULL, 0 }, types = { { 0 }, NULL, 0 };
    sp_symtab_init(&ids.keys, ck->arena, n_keys);
    sp_symtab_init(&types.keys, ck->arena, n_keys);
    ids.first = sp_arena_alloc(ck->arena, sizeof(sp_loc) * n_keys);
    types.first = sp_arena_alloc(ck->arena, sizeof(sp_loc) * n_keys);
    static const sp_decl_kind target_kind[] = { [SP_STIX_IDENTITY] = SP_DECL_PARTY,
                                                [SP_STIX_MARKING] = SP_DECL_SCOPE,
                                                [SP_STIX_TYPE] = SP_DECL_CATEGORY };
    for (uint32_t i = 0; i < prog->stix_maps.n; i++) {
        sp_stix_map *m = &prog->stix_maps.v[i];
        resolve(ck, &m->target, SP_KINDS(target_kind[m->kind]));
        for (uint32_t k = 0; k < m->keys.n; k++) {
            if (m->kind == SP_STIX_TYPE)
                check_stix_type(ck, &types, &m->keys.v[k]);
            else
                check_stix_id(ck, &ids, &m->keys.v[k], m->kind);
        }
    }
    use_tlp_defaults(ck, &ids);
}

/* ---- cycles ------------------------------------------------------------ */

/* The "in" edges of a declaration: what it must come after. */
static void edges_of(const sp_decl *d, const sp_refs **lists, int *n)
{
    *n = 0;
    if (d->kind == SP_DECL_GROUP) {
        lists[(*n)++] = &d->set.names;
        lists[(*n)++] = &d->set.excepts;
    } else if (d->kind == SP_DECL_PARTY || d->kind == SP_DECL_CATEGORY ||
               d->kind == SP_DECL_PURPOSE) {
        lists[(*n)++] = &d->parents;
    }
}

/* The i-th edge target of d of the same kind, or -1. */
static int32_t edge(const sp_program *prog, const sp_decl *d, uint32_t i)
{
    const sp_refs *lists[2];
    int n;
    edges_of(d, lists, &n);
    for (int l = 0; l < n; l++) {
        if (i < lists[l]->n) {
            int32_t t = lists[l]->v[i].sym;
            if (t >= 0 && prog->decls.v[t].kind == d->kind)
                return t;
            return -2; /* an edge to another kind: skip */
        }
        i -= lists[l]->n;
    }
    return -1;
}

static void report_cycle(checker *ck, const uint32_t *path, uint32_t len, uint32_t from)
{
    const sp_program *prog = ck->prog;
    const sp_decl *first = &prog->decls.v[path[from]];
    char text[600];
    size_t pos = 0;
    const char *joiner = first->kind == SP_DECL_GROUP ? " contains " : " in ";
    uint32_t shown = 0;
    for (uint32_t i = from; i < len && pos < sizeof text - 80; i++, shown++) {
        if (shown == 10) {
            pos += (size_t)snprintf(text + pos, sizeof text - pos, "%s...", joiner);
            break;
        }
        pos += (size_t)snprintf(text + pos, sizeof text - pos, "%s'%s'",
                                i == from ? "" : joiner, prog->decls.v[path[i]].name);
    }
    if (pos < sizeof text - 80)
        snprintf(text + pos, sizeof text - pos, "%s'%s'", joiner, first->name);
    const char *what = first->kind == SP_DECL_PARTY      ? "the organisational tree has"
                       : first->kind == SP_DECL_GROUP    ? "the groups form"
                       : first->kind == SP_DECL_CATEGORY ? "the categories form"
                                                         : "the purposes form";
    sp_diag_error(ck->diags, "cycle", first->name_loc, "%s a cycle: %s", what, text);
    for (uint32_t i = from + 1; i < len && i < from + 10; i++)
        sp_diag_note(ck->diags, prog->decls.v[path[i]].name_loc, "'%s' is declared here",
                     prog->decls.v[path[i]].name);
}

/* Depth-first search with an explicit stack over every declaration; appends
 * each declaration to order after what it depends on.  Each cycle is reported
 * once, where the search first closes it. */
static uint32_t *find_cycles(checker *ck)
{
    sp_program *prog = ck->prog;
    uint32_t n = prog->decls.n;
    uint8_t *color = sp_arena_zalloc(ck->arena, n + 1); /* 0 new, 1 open, 2 done */
    uint32_t *stack = sp_arena_alloc(ck->arena, sizeof *stack * (n + 1));
    uint32_t *next = sp_arena_alloc(ck->arena, sizeof *next * (n + 1));
    uint32_t *order = sp_arena_alloc(ck->arena, sizeof *order * (n + 1));
    uint32_t n_order = 0;
    for (uint32_t root = 0; root < n; root++) {
        if (color[root])
            continue;
        uint32_t top = 0;
        stack[top] = root;
        next[top] = 0;
        color[root] = 1;
        top = 1;
        while (top > 0) {
            uint32_t v = stack[top - 1];
            int32_t t = edge(prog, &prog->decls.v[v], next[top - 1]);
            if (t == -1) {
                color[v] = 2;
                order[n_order++] = v;
                top--;
                continue;
            }
            next[top - 1]++;
            if (t == -2)
                continue;
            if (color[t] == 0) {
                color[t] = 1;
                stack[top] = (uint32_t)t;
                next[top] = 0;
                top++;
            } else if (color[t] == 1) {
                uint32_t from = top - 1;
                while (stack[from] != (uint32_t)t)
                    from--;
                report_cycle(ck, stack, top, from);
            }
        }
    }
    return order;
}

/* ---- unnamed rules ------------------------------------------------------ */

static unsigned line_of(const checker *ck, sp_loc loc)
{
    unsigned line, column;
    sp_source_position(ck->diags->sources.v[loc.file], loc.start, &line, &column);
    return line;
}

static const char *verb_of(const sp_rule *r)
{
    return r->kind == SP_RULE_ALLOW ? "allow" : r->kind == SP_RULE_DENY ? "deny" : "require";
}

/* The verb that starts an unnamed rule, for the caret. */
static sp_loc verb_loc(const sp_rule *r)
{
    sp_loc at = r->head;
    at.end = at.start + (uint32_t)strlen(verb_of(r));
    return at;
}

/* An unnamed rule is called FILE:LINE, and rule names share one namespace:
 * two unnamed rules on one line would have one name, and an answer or a
 * coverage report citing it would not say which.  Rules come in source
 * order, so the rules of one line are together but for named ones. */
static void check_unnamed_rules(checker *ck)
{
    const sp_rule *first = NULL; /* the first unnamed rule of its line */
    unsigned first_line = 0;
    for (uint32_t i = 0; i < ck->prog->rules.n; i++) {
        const sp_rule *r = ck->prog->rules.v[i];
        if (r->name)
            continue;
        unsigned line = line_of(ck, r->head);
        if (first && first->head.file == r->head.file && first_line == line) {
            const char *file = ck->diags->sources.v[r->head.file]->name;
            sp_diag_error(ck->diags, "duplicate-unnamed-rule", verb_loc(r),
                          "this rule and an unnamed rule before it on the same line would "
                          "both be called '%s:%u'; rule names share one namespace",
                          file, line);
            sp_diag_note(ck->diags, verb_loc(r),
                         "name one of them: 'rule NAME %s ...', or put it on a line of its own",
                         verb_of(r));
            sp_diag_note(ck->diags, verb_loc(first), "the first unnamed rule of line %u is here",
                         line);
            continue;
        }
        first = r;
        first_line = line;
    }
}

/* ---- entry ----------------------------------------------------------- */

void sp_check(sp_program *prog, sp_symtab *names, uint32_t **order)
{
    checker ck = { prog, prog->diags, prog->arena, names, 0 };
    declare_all(&ck);
    resolve_decls(&ck);
    for (uint32_t i = 0; i < prog->agreements.n; i++)
        check_agreement(&ck, prog->agreements.v[i]);
    check_facts(&ck);
    check_stix(&ck);
    resolve_rules(&ck);
    check_unnamed_rules(&ck);
    resolve_tests(&ck);
    if (prog->query)
        resolve_query(&ck, prog->query);
    *order = find_cycles(&ck);
}
