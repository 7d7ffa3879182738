/* diff_names.c — the groups and category trees a description of `sharepol
 * diff` may name (diff_names.h).  The compiled policy does not hand out a
 * group's members or a category's parents, so they are read from the
 * declarations of its sources (sharepol_symbols_new()) and followed as the
 * language defines them (docs/language.md, "Sets and categories"): a name
 * in a set holds that party and its units, below it in the tree of `in`; a
 * group holds what its members hold, `*` every party, less what its
 * `except` names hold.  A group with any other element (a party reference
 * of draft 2) is left out rather than guessed at. */
#include <stdlib.h>
#include <string.h>

#include "diff_names.h"

/* Deeper than any tree a policy that compiled can have: past it, give up. */
#define MAX_DEPTH 64

typedef struct declared {
    sharepol_symbols *symbols;
    const sharepol_policy *policy;
} declared;

static const sharepol_symbol *find(const declared *d, const char *name)
{
    long i = sharepol_symbols_find(d->symbols, name);
    return i < 0 ? NULL : sharepol_symbols_get(d->symbols, (size_t)i);
}

/* Is the party or category `name` `top` or below it?  -1: cannot tell. */
static int below(const declared *d, const char *name, const char *top, int depth)
{
    if (!strcmp(name, top))
        return 1;
    const sharepol_symbol *s = find(d, name);
    if (!s || depth > MAX_DEPTH)
        return -1;
    int found = 0;
    for (size_t i = 0; i < s->n_parents && found == 0; i++)
        found = below(d, s->parents[i], top, depth + 1);
    return found;
}

static int in_set_name(const declared *d, const char *party, const char *name, int depth);

/* Is the party in one of these names of a set?  -1: cannot tell. */
static int in_names(const declared *d, const char *party, const char *const *names, size_t n,
                    int depth)
{
    int found = 0;
    for (size_t i = 0; i < n && found == 0; i++)
        found = in_set_name(d, party, names[i], depth);
    return found;
}

/* Does `name` in a set (a party, a group or `*`) hold the party? */
static int in_set_name(const declared *d, const char *party, const char *name, int depth)
{
    if (!strcmp(name, "*"))
        return 1;
    const sharepol_symbol *s = find(d, name);
    if (!s || depth > MAX_DEPTH)
        return -1;
    if (s->kind == SHAREPOL_KIND_PARTY)
        return below(d, party, name, 0);
    if (s->kind != SHAREPOL_KIND_GROUP)
        return -1;
    int in = in_names(d, party, s->members, s->n_members, depth + 1);
    if (in != 1)
        return in;
    int out = in_names(d, party, s->excepts, s->n_excepts, depth + 1);
    return out < 0 ? -1 : !out;
}

/* The declarations of p's sources; none (NULL symbols) when it has no
 * sources.  @return false when out of memory. */
static bool declared_open(declared *d, const sharepol_policy *p)
{
    size_t n = sharepol_source_count(p);
    d->policy = p;
    d->symbols = NULL;
    if (!n)
        return true;
    sharepol_text *texts = malloc(n * sizeof *texts);
    if (!texts)
        return false;
    for (size_t i = 0; i < n; i++) {
        const sharepol_source_info *s = sharepol_source(p, i);
        texts[i] = (sharepol_text){ s->name, s->text, s->length };
    }
    int st = sharepol_symbols_new(&d->symbols, texts, n, NULL);
    free(texts);
    return st != SHAREPOL_ENOMEM;
}

/* Does the set or tree called `set` hold `member`?  -1: cannot tell. */
typedef int (*holds_fn)(const declared *d, const char *member, const char *set);

static int group_holds(const declared *d, const char *party, const char *group)
{
    return in_set_name(d, party, group, 0);
}

static int tree_holds(const declared *d, const char *category, const char *top)
{
    return below(d, category, top, 0);
}

/* The old ids of the names of `kind` both declare that the set `name`
 * holds; *same false when it does not hold the same ones in both versions,
 * or either cannot tell.  @return false when out of memory. */
static bool named_set(diff_named_set *out, const declared *old_d, const declared *new_d, int kind,
                      const char *name, holds_fn holds, bool *same)
{
    size_t all = sharepol_count(old_d->policy, kind);
    out->name = name;
    out->n = 0;
    out->v = malloc((all ? all : 1) * sizeof *out->v);
    if (!out->v)
        return false;
    *same = old_d->symbols && new_d->symbols;
    for (sharepol_id i = 0; *same && (size_t)i < all; i++) {
        const char *member = sharepol_name(old_d->policy, kind, i);
        if (sharepol_kind_of(new_d->policy, member) != kind)
            continue;
        int in_old = holds(old_d, member, name), in_new = holds(new_d, member, name);
        *same = in_old >= 0 && in_old == in_new;
        if (in_old == 1)
            out->v[out->n++] = i;
    }
    return true;
}

/* Adds every name of `kind` (GROUP: as sets of parties; CATEGORY: as
 * trees of categories) that means the same in both versions and holds at
 * least two names. */
static bool add_sets(diff_named_set **sets, size_t *n, const declared *old_d,
                     const declared *new_d, int kind)
{
    size_t all = sharepol_count(old_d->policy, kind);
    int member_kind = kind == SHAREPOL_KIND_GROUP ? SHAREPOL_KIND_PARTY : kind;
    holds_fn holds = kind == SHAREPOL_KIND_GROUP ? group_holds : tree_holds;
    *sets = calloc(all ? all : 1, sizeof **sets);
    if (!*sets)
        return false;
    for (sharepol_id i = 0; (size_t)i < all; i++) {
        const char *name = sharepol_name(old_d->policy, kind, i);
        if (sharepol_kind_of(new_d->policy, name) != kind)
            continue;
        bool same = false;
        diff_named_set *s = &(*sets)[*n];
        if (!named_set(s, old_d, new_d, member_kind, name, holds, &same))
            return false;
        if (same && s->n >= 2) {
            (*n)++;
        } else {
            free(s->v);
            s->v = NULL;
        }
    }
    return true;
}

bool diff_names_build(diff_names *out, const sharepol_policy *po, const sharepol_policy *pn)
{
    memset(out, 0, sizeof *out);
    declared old_d = { NULL, NULL }, new_d = { NULL, NULL };
    bool ok = declared_open(&old_d, po) && declared_open(&new_d, pn) &&
              add_sets(&out->groups, &out->n_groups, &old_d, &new_d, SHAREPOL_KIND_GROUP) &&
              add_sets(&out->trees, &out->n_trees, &old_d, &new_d, SHAREPOL_KIND_CATEGORY);
    sharepol_symbols_free(old_d.symbols);
    sharepol_symbols_free(new_d.symbols);
    if (!ok)
        diff_names_free(out);
    return ok;
}

static void free_sets(diff_named_set *sets, size_t n)
{
    for (size_t i = 0; sets && i < n; i++)
        free(sets[i].v);
    free(sets);
}

void diff_names_free(diff_names *names)
{
    free_sets(names->groups, names->n_groups);
    free_sets(names->trees, names->n_trees);
    memset(names, 0, sizeof *names);
}
