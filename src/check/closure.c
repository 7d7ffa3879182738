/* closure.c — membership and category closures, as bitsets. */
#include "closure.h"

#include <stdio.h>
#include <string.h>

#include "diag.h"

/* What the closure may hold: bits in its tables (256 MiB), and pairs (a
 * party in a group, a category under an ancestor) in the compiled lists. */
#define MAX_TABLE_BITS ((uint64_t)1 << 31)
#define MAX_PAIRS ((uint64_t)1 << 26)

/* Sets (on) or clears the bits from..to-1, a word at a time where it can. */
static void fill_range(uint64_t *bits, uint32_t from, uint32_t to, bool on)
{
    for (uint32_t i = from; i < to;) {
        if ((i & 63) == 0 && to - i >= 64) {
            bits[i >> 6] = on ? ~(uint64_t)0 : 0;
            i += 64;
        } else {
            uint64_t bit = (uint64_t)1 << (i & 63);
            bits[i >> 6] = on ? bits[i >> 6] | bit : bits[i >> 6] & ~bit;
            i++;
        }
    }
}

uint32_t sp_bits_count(const uint64_t *bits, uint32_t words)
{
    uint32_t n = 0;
    for (uint32_t w = 0; w < words; w++)
        if (bits[w])
            n += sp_popcount(bits[w]);
    return n;
}

uint64_t *sp_closure_bits(const sp_closure *cl)
{
    return sp_arena_zalloc(cl->arena, sizeof(uint64_t) * (cl->words ? cl->words : 1));
}

static void number_decls(sp_closure *cl)
{
    const sp_program *prog = cl->prog;
    cl->id = sp_arena_alloc(cl->arena, sizeof *cl->id * (prog->decls.n + 1));
    for (uint32_t i = 0; i < prog->decls.n; i++)
        cl->id[i] = (int32_t)cl->n[prog->decls.v[i].kind]++;
    for (int k = 1; k < SP_N_KINDS; k++)
        cl->decl_of[k] = sp_arena_alloc(cl->arena, sizeof(uint32_t) * (cl->n[k] + 1));
    for (uint32_t i = 0; i < prog->decls.n; i++)
        cl->decl_of[prog->decls.v[i].kind][cl->id[i]] = i;
}

/* Lays the party forest out depth-first (iteratively), roots in declaration
 * order and children in declaration order. */
static void layout_tree(sp_closure *cl)
{
    uint32_t n = cl->n[SP_DECL_PARTY];
    const sp_program *prog = cl->prog;
    cl->parent = sp_arena_alloc(cl->arena, sizeof *cl->parent * (n + 1));
    cl->pos = sp_arena_alloc(cl->arena, sizeof *cl->pos * (n + 1));
    cl->end = sp_arena_alloc(cl->arena, sizeof *cl->end * (n + 1));
    cl->at = sp_arena_alloc(cl->arena, sizeof *cl->at * (n + 1));
    uint32_t *first_child = sp_arena_alloc(cl->arena, sizeof(uint32_t) * (n + 1));
    uint32_t *next_sibling = sp_arena_alloc(cl->arena, sizeof(uint32_t) * (n + 1));
    uint32_t *last_child = sp_arena_alloc(cl->arena, sizeof(uint32_t) * (n + 1));
    const uint32_t none = UINT32_MAX;
    for (uint32_t p = 0; p < n; p++) {
        const sp_decl *d = &prog->decls.v[cl->decl_of[SP_DECL_PARTY][p]];
        cl->parent[p] = d->parents.n && d->parents.v[0].sym >= 0
                            ? cl->id[d->parents.v[0].sym]
                            : -1;
        first_child[p] = last_child[p] = next_sibling[p] = none;
    }
    for (uint32_t p = 0; p < n; p++) {
        int32_t q = cl->parent[p];
        if (q < 0)
            continue;
        if (first_child[q] == none)
            first_child[q] = (uint32_t)p;
        else
            next_sibling[last_child[q]] = p;
        last_child[q] = p;
    }
    uint32_t *stack = sp_arena_alloc(cl->arena, sizeof(uint32_t) * (n + 1));
    uint32_t next_pos = 0;
    for (uint32_t root = 0; root < n; root++) {
        if (cl->parent[root] >= 0)
            continue;
        uint32_t top = 0;
        stack[top++] = root;
        cl->pos[root] = next_pos;
        cl->at[next_pos++] = root;
        while (top > 0) {
            uint32_t v = stack[top - 1];
            /* first_child doubles as "the next child to visit" */
            uint32_t c = first_child[v];
            if (c == none) {
                cl->end[v] = next_pos;
                top--;
                continue;
            }
            first_child[v] = next_sibling[c];
            cl->pos[c] = next_pos;
            cl->at[next_pos++] = c;
            stack[top++] = c;
        }
    }
    cl->words = (n + 63) / 64;
}

/* Adds (on) or takes out the parties in the named party or group. */
static void mark_in(const sp_closure *cl, uint64_t *bits, int32_t decl, bool on)
{
    if (decl < 0)
        return;
    const sp_decl *d = &cl->prog->decls.v[decl];
    int32_t id = cl->id[decl];
    if (d->kind == SP_DECL_PARTY) {
        fill_range(bits, cl->pos[id], cl->end[id], on);
    } else if (d->kind == SP_DECL_GROUP) {
        const uint64_t *g = cl->group_in + (size_t)id * cl->words;
        for (uint32_t w = 0; w < cl->words; w++)
            bits[w] = on ? bits[w] | g[w] : bits[w] & ~g[w];
    }
}

void sp_closure_add_in(const sp_closure *cl, uint64_t *bits, int32_t decl)
{
    mark_in(cl, bits, decl, true);
}

/* Takes out of bits the parties in each excepted name (in place: a set is
 * worked out for every rule, and must not cost memory each time). */
static void remove_excepts(const sp_closure *cl, const sp_refs *excepts, uint64_t *bits)
{
    for (uint32_t i = 0; i < excepts->n; i++)
        mark_in(cl, bits, excepts->v[i].sym, false);
}

void sp_closure_set(const sp_closure *cl, const sp_set *set, uint64_t *bits)
{
    memset(bits, 0, sizeof(uint64_t) * cl->words);
    if (set->star)
        fill_range(bits, 0, cl->n[SP_DECL_PARTY], true);
    for (uint32_t i = 0; i < set->names.n; i++)
        sp_closure_add_in(cl, bits, set->names.v[i].sym);
    remove_excepts(cl, &set->excepts, bits);
}

/* Member parties of a list of names: parties themselves, groups' members. */
static void add_members(const sp_closure *cl, const sp_refs *names, uint64_t *bits)
{
    for (uint32_t i = 0; i < names->n; i++) {
        int32_t decl = names->v[i].sym;
        if (decl < 0)
            continue;
        int32_t id = cl->id[decl];
        if (cl->prog->decls.v[decl].kind == SP_DECL_PARTY) {
            uint32_t p = cl->pos[id];
            bits[p >> 6] |= (uint64_t)1 << (p & 63);
        } else {
            const uint64_t *g = cl->group_members + (size_t)id * cl->words;
            for (uint32_t w = 0; w < cl->words; w++)
                bits[w] |= g[w];
        }
    }
}

static void build_groups(sp_closure *cl, const uint32_t *order)
{
    const sp_program *prog = cl->prog;
    size_t size = (size_t)cl->n[SP_DECL_GROUP] * cl->words;
    cl->group_in = sp_arena_zalloc(cl->arena, sizeof(uint64_t) * (size ? size : 1));
    cl->group_members = sp_arena_zalloc(cl->arena, sizeof(uint64_t) * (size ? size : 1));
    for (uint32_t i = 0; i < prog->decls.n; i++) {
        const sp_decl *d = &prog->decls.v[order[i]];
        if (d->kind != SP_DECL_GROUP)
            continue;
        int32_t id = cl->id[order[i]];
        uint64_t *in = cl->group_in + (size_t)id * cl->words;
        uint64_t *members = cl->group_members + (size_t)id * cl->words;
        sp_closure_set(cl, &d->set, in);
        if (d->set.star)
            fill_range(members, 0, cl->n[SP_DECL_PARTY], true);
        add_members(cl, &d->set.names, members);
        remove_excepts(cl, &d->set.excepts, members);
    }
}

static uint64_t *build_dag(sp_closure *cl, sp_decl_kind kind, const uint32_t *order,
                           uint32_t *words_out)
{
    const sp_program *prog = cl->prog;
    uint32_t n = cl->n[kind];
    uint32_t words = (n + 63) / 64;
    if (words == 0)
        words = 1;
    uint64_t *anc = sp_arena_zalloc(cl->arena, sizeof(uint64_t) * words * (n ? n : 1));
    for (uint32_t i = 0; i < prog->decls.n; i++) {
        const sp_decl *d = &prog->decls.v[order[i]];
        if (d->kind != kind)
            continue;
        int32_t id = cl->id[order[i]];
        uint64_t *mine = anc + (size_t)id * words;
        mine[id >> 6] |= (uint64_t)1 << (id & 63);
        for (uint32_t j = 0; j < d->parents.n; j++) {
            int32_t pd = d->parents.v[j].sym;
            if (pd < 0 || prog->decls.v[pd].kind != kind)
                continue;
            const uint64_t *theirs = anc + (size_t)cl->id[pd] * words;
            for (uint32_t w = 0; w < words; w++)
                mine[w] |= theirs[w];
        }
    }
    *words_out = words;
    return anc;
}

void sp_closure_build(sp_closure *cl, const sp_program *prog, sp_arena *arena,
                      const uint32_t *order)
{
    memset(cl, 0, sizeof *cl);
    cl->prog = prog;
    cl->arena = arena;
    number_decls(cl);
    layout_tree(cl);
    build_groups(cl, order);
    cl->cat_anc = build_dag(cl, SP_DECL_CATEGORY, order, &cl->cat_words);
    cl->purpose_anc = build_dag(cl, SP_DECL_PURPOSE, order, &cl->purpose_words);
}

void sp_closure_consent_members(const sp_closure *cl, const sp_consent *c, uint64_t *bits)
{
    memset(bits, 0, sizeof(uint64_t) * cl->words);
    if (c->inline_set) {
        add_members(cl, &c->members, bits);
    } else {
        sp_refs one = { (sp_ref *)&c->ref, 1, 1 };
        add_members(cl, &one, bits);
    }
}

bool sp_closure_party_in(const sp_closure *cl, uint32_t party, int32_t decl)
{
    if (decl < 0)
        return false;
    const sp_decl *d = &cl->prog->decls.v[decl];
    int32_t id = cl->id[decl];
    uint32_t p = cl->pos[party];
    if (d->kind == SP_DECL_PARTY)
        return p >= cl->pos[id] && p < cl->end[id];
    if (d->kind == SP_DECL_GROUP)
        return sp_bit(cl->group_in + (size_t)id * cl->words, p);
    return false;
}

/* ---- size ----------------------------------------------------------------- */

static const char *const kind_plural[SP_N_KINDS] = {
    [SP_DECL_GROUP] = "groups", [SP_DECL_CATEGORY] = "categories",
    [SP_DECL_PURPOSE] = "purposes", [SP_DECL_RELATION] = "relations",
};

bool sp_closure_fits(const sp_program *prog, sharepol_diagnostics *diags)
{
    uint64_t n[SP_N_KINDS] = { 0 };
    const sp_decl *first[SP_N_KINDS] = { NULL };
    for (uint32_t i = 0; i < prog->decls.n; i++) {
        const sp_decl *d = &prog->decls.v[i];
        if (!first[d->kind])
            first[d->kind] = d;
        n[d->kind]++;
    }
    /* a group has two tables over the parties; a hierarchy one over itself */
    const struct { sp_decl_kind kind; uint64_t bits; } tables[] = {
        { SP_DECL_GROUP, 2 * n[SP_DECL_GROUP] * n[SP_DECL_PARTY] },
        { SP_DECL_CATEGORY, n[SP_DECL_CATEGORY] * n[SP_DECL_CATEGORY] },
        { SP_DECL_PURPOSE, n[SP_DECL_PURPOSE] * n[SP_DECL_PURPOSE] },
        /* a relation: a word per party, for its fact */
        { SP_DECL_RELATION, 32 * n[SP_DECL_RELATION] * n[SP_DECL_PARTY] },
    };
    for (size_t i = 0; i < sizeof tables / sizeof tables[0]; i++) {
        sp_decl_kind k = tables[i].kind;
        if (tables[i].bits <= MAX_TABLE_BITS || !first[k])
            continue;
        char over[48] = "";
        if (k == SP_DECL_GROUP || k == SP_DECL_RELATION)
            snprintf(over, sizeof over, " over %llu parties", (unsigned long long)n[SP_DECL_PARTY]);
        sp_diag_error(diags, "too-large", first[k]->name_loc,
                      "%llu %s%s are too many to compile: their tables would need %llu MiB, "
                      "more than %llu",
                      (unsigned long long)n[k], kind_plural[k], over,
                      (unsigned long long)(tables[i].bits / 8 >> 20),
                      (unsigned long long)(MAX_TABLE_BITS / 8 >> 20));
        sp_diag_note(diags, first[k]->name_loc, "split the policy set into smaller ones");
        return false;
    }
    return true;
}

/* The pairs a family of bitsets holds; *largest: the member holding most. */
static uint64_t count_pairs(const uint64_t *bits, uint32_t n, uint32_t words,
                            uint32_t *largest)
{
    uint64_t total = 0, most = 0;
    *largest = 0;
    for (uint32_t i = 0; i < n; i++) {
        uint64_t c = sp_bits_count(bits + (size_t)i * words, words);
        total += c;
        if (c > most) {
            most = c;
            *largest = i;
        }
    }
    return total;
}

bool sp_closure_lists_fit(const sp_closure *cl, sharepol_diagnostics *diags)
{
    const struct { const uint64_t *bits; uint32_t words; sp_decl_kind kind; } families[] = {
        { cl->group_in, cl->words, SP_DECL_GROUP },
        { cl->group_members, cl->words, SP_DECL_GROUP },
        { cl->cat_anc, cl->cat_words, SP_DECL_CATEGORY },
        { cl->purpose_anc, cl->purpose_words, SP_DECL_PURPOSE },
    };
    for (size_t i = 0; i < sizeof families / sizeof families[0]; i++) {
        uint32_t largest;
        uint32_t n = cl->n[families[i].kind];
        uint64_t pairs = count_pairs(families[i].bits, n, families[i].words, &largest);
        if (pairs > MAX_PAIRS) {
            const sp_decl *d = &cl->prog->decls.v[cl->decl_of[families[i].kind][largest]];
            sp_diag_error(diags, "too-large", d->name_loc,
                          "the %s nest too deeply to compile: they make %llu %s, more than %llu",
                          kind_plural[d->kind], (unsigned long long)pairs,
                          d->kind == SP_DECL_GROUP ? "memberships" : "ancestor links",
                          (unsigned long long)MAX_PAIRS);
            sp_diag_note(diags, d->name_loc,
                         d->kind == SP_DECL_GROUP
                             ? "every group of a chain of groups holds every party below it; "
                               "name the parties of large groups directly, or split the policy "
                               "set"
                             : "everything in a chain lies under everything above it; "
                               "make the hierarchy shallower, or split the policy set");
            return false;
        }
    }
    return true;
}
