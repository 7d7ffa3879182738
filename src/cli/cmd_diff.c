/* cmd_diff.c — `sharepol diff`: which queries two versions of a policy (or
 * one policy on two days) answer differently, as sharepol_diff_new() finds
 * them, printed for a reviewer (the classes joined into entries by
 * diff_entries.c, grouped by how the decision changes, each entry with a
 * description, its size and an example) or as JSON (docs/formats.md,
 * "diff"). */
#include <stdlib.h>
#include <string.h>

#include "diff_entries.h"
#include "diff_names.h"
#include "format.h"

static const char help[] =
    "usage: sharepol diff [options] OLD...|DIR -- NEW...|DIR\n"
    "       sharepol diff [options] --at DATE1 --at DATE2 FILE...|DIR\n"
    "\n"
    "Print every class of queries that the two versions of a policy answer\n"
    "differently (decision, deciding rule or residual consent), each once: what\n"
    "the class holds, how many queries it stands for, and one example query\n"
    "with both answers.  Every query over the names both versions declare is\n"
    "compared: every category, sender, recipient, originator, marking, purpose,\n"
    "day and set of consents (docs/diff.md).  Names declared by one version only\n"
    "are listed too.  Classes with the same answers that differ in one value\n"
    "only are printed as one entry listing the values together.\n"
    "\n"
    "With two --at dates and one policy: what changes from the first day to the\n"
    "second.  With one --at and two versions: both on that day.\n"
    "\n"
    "options:\n"
    "  --at DATE          (twice) compare one policy on two days; (once, with --)\n"
    "                     compare the two versions on that day only\n"
    "  --format text|json how to print (default text; json: docs/formats.md)\n"
    "  -q, --quiet        do not report the policies' warnings\n"
    "  --Werror           treat warnings as errors\n"
    "  -h, --help         show this help\n"
    "\n"
    "exit codes: 0 nothing differs, 1 something differs (or a policy has errors),\n"
    "            2 usage, unreadable file or a limit exceeded\n";

typedef struct diff_options {
    const char *at[3];
    int n_at;
    cli_format format;
} diff_options;

static int diff_option(void *ctx, int argc, char **argv, int *i)
{
    diff_options *o = ctx;
    const char *v = cli_option_value("--at", argc, argv, i);
    if (v) {
        if (o->n_at == 2)
            return cli_usage_error("diff", "--at is given at most twice"), -1;
        o->at[o->n_at++] = v;
        return 1;
    }
    return cli_format_option(&o->format, "diff", false, argc, argv, i);
}

/* ---- words for a class -------------------------------------------------- */

typedef struct text {
    char *s;
    size_t len, cap;
    bool failed;
} text;

static void put(text *t, const char *s)
{
    size_t n = strlen(s);
    if (t->len + n + 1 > t->cap) {
        size_t cap = (t->len + n + 1) * 2;
        char *p = realloc(t->s, cap);
        if (!p) {
            t->failed = true;
            return;
        }
        t->s = p;
        t->cap = cap;
    }
    memcpy(t->s + t->len, s, n + 1);
    t->len += n;
}

static char *finish(text *t)
{
    if (t->failed || !t->s) {
        free(t->s);
        return NULL;
    }
    return t->s;
}

static void put_day(text *t, int32_t day)
{
    char buf[11];
    sharepol_date_format(buf, day);
    put(t, buf);
}

/* The values a dimension can take over the names both versions declare, in
 * the order a description lists them. */
typedef struct universe {
    int32_t *v;
    size_t n;
} universe;

typedef struct universes {
    universe of[DIFF_DIMS];   /* the originator's: the parties */
    const sharepol_policy *p; /* the names are the old version's */
    diff_names names;         /* the groups and category trees to name */
    diff_markings markings;   /* the sets of markings the classes hold */
} universes;

static bool universe_add(universe *u, int32_t value)
{
    int32_t *v = realloc(u->v, (u->n + 1) * sizeof *v);
    if (!v)
        return false;
    u->v = v;
    u->v[u->n++] = value;
    return true;
}

/* The names of kind in a both declare, as old ids in declaration order. */
static bool universe_common(universe *u, const sharepol_policy *a, const sharepol_policy *b,
                            int kind)
{
    bool ok = true;
    size_t all = sharepol_count(a, kind);
    for (sharepol_id i = 0; ok && (size_t)i < all; i++)
        if (sharepol_kind_of(b, sharepol_name(a, kind, i)) == kind)
            ok = universe_add(u, i);
    return ok;
}

static void universes_free(universes *us)
{
    for (int k = 0; k < DIFF_DIMS; k++)
        free(us->of[k].v);
    diff_names_free(&us->names);
    diff_markings_free(&us->markings);
}

static bool universes_new(universes *us, const sharepol_policy *po, const sharepol_policy *pn)
{
    memset(us, 0, sizeof *us);
    us->p = po;
    diff_markings_init(&us->markings, po);
    bool ok = universe_common(&us->of[DIFF_DIM_CATEGORY], po, pn, SHAREPOL_KIND_CATEGORY) &&
              universe_common(&us->of[DIFF_DIM_FROM], po, pn, SHAREPOL_KIND_PARTY) &&
              universe_common(&us->of[DIFF_DIM_TO], po, pn, SHAREPOL_KIND_PARTY) &&
              universe_common(&us->of[DIFF_DIM_ORIGINATOR], po, pn, SHAREPOL_KIND_PARTY) &&
              universe_add(&us->of[DIFF_DIM_MARKING], SHAREPOL_DIFF_UNMARKED) &&
              universe_common(&us->of[DIFF_DIM_MARKING], po, pn, SHAREPOL_KIND_SCOPE) &&
              universe_add(&us->of[DIFF_DIM_MARKING], SHAREPOL_DIFF_AUDIENCE_WITH) &&
              universe_add(&us->of[DIFF_DIM_MARKING], SHAREPOL_DIFF_AUDIENCE_WITHOUT) &&
              universe_add(&us->of[DIFF_DIM_PURPOSE], SHAREPOL_ID_NONE) &&
              universe_common(&us->of[DIFF_DIM_PURPOSE], po, pn, SHAREPOL_KIND_PURPOSE) &&
              diff_names_build(&us->names, po, pn);
    if (!ok)
        universes_free(us);
    return ok;
}

static int compare_value(const void *a, const void *b)
{
    int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
    return (x > y) - (x < y);
}

static bool has_value(const diff_values *set, int32_t value)
{
    return set->n && bsearch(&value, set->v, set->n, sizeof value, compare_value);
}

static void put_value(text *t, const universes *us, int dim, int32_t value);

/* "marked tlp-amber and one or more of s1, s2 with an audience that names
 * the recipient": a set of several markings (diff_markings.h). */
static void put_marking_set(text *t, const universes *us, const diff_marking_set *set)
{
    put(t, set->n_groups ? "marked " : "");
    for (uint32_t g = 0; g < set->n_groups; g++) {
        put(t, g ? " and " : "");
        size_t in_group = 0;
        for (size_t s = 0; s < us->markings.n_scopes; s++)
            in_group += set->group[s] == (int32_t)g;
        put(t, in_group > 1 ? "one or more of " : "");
        for (size_t s = 0, j = 0; s < us->markings.n_scopes; s++)
            if (set->group[s] == (int32_t)g) {
                put(t, j++ ? ", " : "");
                put(t, sharepol_name(us->p, SHAREPOL_KIND_SCOPE, (sharepol_id)s));
            }
    }
    if (set->audience != SHAREPOL_DIFF_NO_AUDIENCE) {
        put(t, set->n_groups ? " " : "");
        put_value(t, us, DIFF_DIM_MARKING, set->audience);
    }
}

/* One value as a description lists it. */
static void put_value(text *t, const universes *us, int dim, int32_t value)
{
    switch (dim) {
    case DIFF_DIM_CATEGORY:
        put(t, sharepol_name(us->p, SHAREPOL_KIND_CATEGORY, value));
        break;
    case DIFF_DIM_MARKING:
        if (value == SHAREPOL_DIFF_UNMARKED) {
            put(t, "unmarked");
        } else if (value == SHAREPOL_DIFF_AUDIENCE_WITH) {
            put(t, "with an audience that names the recipient");
        } else if (value == SHAREPOL_DIFF_AUDIENCE_WITHOUT) {
            put(t, "with an audience that leaves the recipient out");
        } else if (value == SHAREPOL_DIFF_AUDIENCE_OLD_ONLY ||
                   value == SHAREPOL_DIFF_AUDIENCE_NEW_ONLY) {
            put(t, value == SHAREPOL_DIFF_AUDIENCE_OLD_ONLY
                       ? "with an audience that names the recipient in OLD only"
                       : "with an audience that names the recipient in NEW only");
        } else if (diff_markings_set(&us->markings, value)) {
            put_marking_set(t, us, diff_markings_set(&us->markings, value));
        } else {
            put(t, "marked ");
            put(t, sharepol_name(us->p, SHAREPOL_KIND_SCOPE, value));
        }
        break;
    case DIFF_DIM_PURPOSE:
        put(t, value == SHAREPOL_ID_NONE ? "none"
                                         : sharepol_name(us->p, SHAREPOL_KIND_PURPOSE, value));
        break;
    default:
        put(t, sharepol_name(us->p, SHAREPOL_KIND_PARTY, value));
        break;
    }
}

/* "A", "A or B", "A, B, C or D" (`last` joins the last two); past twelve
 * values the first ten and how many more (the JSON output lists them). */
static void put_list(text *t, const universes *us, int dim, const int32_t *v, size_t n,
                     const char *last)
{
    size_t shown = n > 12 ? 10 : n;
    for (size_t i = 0; i < shown; i++) {
        if (i)
            put(t, i + 1 == n ? last : ", ");
        put_value(t, us, dim, v[i]);
    }
    if (shown < n) {
        char buf[48];
        snprintf(buf, sizeof buf, " and %zu more", n - shown);
        put(t, buf);
    }
}

static bool named_within(const diff_named_set *named, const diff_values *set)
{
    for (size_t i = 0; i < named->n; i++)
        if (!has_value(set, named->v[i]))
            return false;
    return true;
}

/* One thing a description lists: a value, or a group or category tree. */
typedef struct item {
    int32_t value;                 /* a tree: its category */
    const diff_named_set *named;   /* NULL for a value */
} item;

static int compare_items(const void *a, const void *b)
{
    return compare_value(&((const item *)a)->value, &((const item *)b)->value);
}

static void put_items(text *t, const universes *us, int dim, const item *items, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (i)
            put(t, i + 1 == n ? " or " : ", ");
        if (!items[i].named) {
            put_value(t, us, dim, items[i].value);
        } else if (dim == DIFF_DIM_CATEGORY) {
            put(t, items[i].named->name);
            put(t, " with its subcategories");
        } else {
            put(t, "any of ");
            put(t, items[i].named->name);
        }
    }
}

/* The values `in` (of set) as named sets and the values they leave out,
 * when that is shorter than the values: one group (the largest within the
 * set) and at most three parties more; or every category tree within the
 * set that no larger one holds, and the categories outside them.
 * items has room for n_in.  @return how many items, 0 for none shorter. */
static size_t named_items(const universes *us, int dim, const diff_values *set,
                          const int32_t *in, size_t n_in, item *items)
{
    bool trees = dim == DIFF_DIM_CATEGORY;
    const diff_named_set *sets = trees ? us->names.trees : us->names.groups;
    size_t n_sets = trees ? us->names.n_trees : us->names.n_groups, n = 0, covered = 0;
    const diff_named_set *largest = NULL;
    for (size_t i = 0; i < n_sets; i++) {
        const diff_named_set *s = &sets[i];
        if (!named_within(s, set))
            continue;
        bool inside_another = false;
        for (size_t j = 0; trees && j < n_sets && !inside_another; j++)
            inside_another = j != i && sets[j].n > s->n && named_within(&sets[j], set) &&
                             named_within(s, &(diff_values){ sets[j].v, sets[j].n });
        if (trees && !inside_another && n < n_in)
            items[n++] = (item){ sharepol_category(us->p, s->name), s };
        if (!trees && (!largest || s->n > largest->n))
            largest = s;
    }
    if (largest && n_in - largest->n <= 3)
        items[n++] = (item){ INT32_MIN, largest };
    size_t n_named = n;
    for (size_t i = 0; i < n_in; i++) {
        bool in_named = false;
        for (size_t k = 0; k < n_named && !in_named; k++)
            in_named = has_value(&(diff_values){ items[k].named->v, items[k].named->n }, in[i]);
        if (in_named)
            covered++;
        else if (n < n_in)
            items[n++] = (item){ in[i], NULL };
    }
    if (n == 0 || covered == 0 || n >= n_in)
        return 0;
    qsort(items, n, sizeof *items, compare_items);
    return n;
}

/* The values of set in the universe's order: all of them as `any`; a group
 * or category tree by name when it is exactly the set; all but one or two,
 * when those are few beside the rest, as "`any` but the rest"; named sets
 * and the rest when that is shorter; else listed.  @return false when out
 * of memory. */
static bool put_set(text *t, const universes *us, int dim, const diff_values *set,
                    const char *any)
{
    const universe *u = &us->of[dim];
    int32_t *in = malloc((u->n + 1) * sizeof *in), *out = malloc((u->n + 1) * sizeof *out);
    item *items = malloc((u->n + 1) * sizeof *items);
    if (!in || !out || !items) {
        free(in);
        free(out);
        free(items);
        return false;
    }
    size_t n_in = 0, n_out = 0, n_items = 0;
    for (size_t i = 0; i < u->n; i++) {
        if (has_value(set, u->v[i]))
            in[n_in++] = u->v[i];
        else
            out[n_out++] = u->v[i];
    }
    bool named = dim != DIFF_DIM_MARKING && dim != DIFF_DIM_PURPOSE;
    if (named && n_out)
        n_items = named_items(us, dim, set, in, n_in, items);
    /* a set named exactly reads better than "any but"; a few named sets
     * and values worse */
    bool but = n_out <= 2 && n_in >= 2 * n_out + 2 && n_items != 1;
    if (n_out == 0 && n_in > 1) {
        put(t, any);
    } else if (but) {
        put(t, any);
        put(t, " but ");
        put_list(t, us, dim, out, n_out, " and ");
    } else if (n_items) {
        put_items(t, us, dim, items, n_items);
    } else {
        put_list(t, us, dim, in, n_in, " or ");
    }
    free(in);
    free(out);
    free(items);
    return true;
}

/* ", originator ...": leaves it out when any party will do.  With one
 * sender the set is plain parties (the sender itself by name); with
 * several, "the sender" and the others. */
static bool put_originator(text *t, const universes *us, const diff_entry *e)
{
    const diff_values *o = &e->dims[DIFF_DIM_ORIGINATOR];
    const diff_values *from = &e->dims[DIFF_DIM_FROM];
    const universe *parties = &us->of[DIFF_DIM_ORIGINATOR];
    bool sender = has_value(o, DIFF_ORIGINATOR_SENDER);
    int32_t *v = malloc((o->n + 1) * sizeof *v);
    if (!v)
        return false;
    size_t n = 0;
    for (size_t i = 0; i < o->n; i++)
        if (o->v[i] != DIFF_ORIGINATOR_SENDER && (from->n != 1 || o->v[i] != from->v[0]))
            v[n++] = o->v[i];
    if (from->n == 1 && sender) {
        size_t at = 0;
        while (at < n && v[at] < from->v[0])
            at++;
        memmove(v + at + 1, v + at, (n - at) * sizeof *v);
        v[at] = from->v[0];
        n++;
        sender = false;
    }
    diff_values others = { v, n };
    bool ok = true;
    if ((from->n == 1 || sender) && n == parties->n) {
        /* any originator: with one sender, every party by name; else the
           sender and every other */
    } else if (sender && n == 0) {
        put(t, ", originated by the sender");
    } else if (!sender && n == parties->n) {
        put(t, ", originated by another party than the sender");
    } else {
        put(t, sender ? ", originated by the sender or by " : ", originated by ");
        ok = put_set(t, us, DIFF_DIM_ORIGINATOR, &others, "any party");
        if (!sender && from->n > 1)
            put(t, " (not the sender)");
    }
    free(v);
    return ok;
}

/* The sets of markings of an entry: the single markings in the order of
 * the universe, then the sets of several (diff_markings.h). */
static int32_t *markings_in_order(const universes *us, const diff_values *marks, size_t *n_out)
{
    int32_t *v = malloc((marks->n ? marks->n : 1) * sizeof *v);
    size_t n = 0;
    *n_out = 0;
    if (!v)
        return NULL;
    const universe *u = &us->of[DIFF_DIM_MARKING];
    for (size_t i = 0; i < u->n; i++)
        if (has_value(marks, u->v[i]))
            v[n++] = u->v[i];
    for (size_t i = 0; i < marks->n; i++)
        if (diff_markings_set(&us->markings, marks->v[i]) ||
            marks->v[i] == SHAREPOL_DIFF_AUDIENCE_OLD_ONLY ||
            marks->v[i] == SHAREPOL_DIFF_AUDIENCE_NEW_ONLY)
            v[n++] = marks->v[i];
    *n_out = n;
    return v;
}

static void put_markings(text *t, const universes *us, const diff_values *marks)
{
    size_t n;
    int32_t *v = markings_in_order(us, marks, &n);
    if (!v) {
        t->failed = true;
        return;
    }
    put_list(t, us, DIFF_DIM_MARKING, v, n, " or ");
    free(v);
}

/* "research from IPA or SDF to any party, originated by METI, marked
 * tlp-red, 2024-12-27 .. 2025-12-26": what the entry holds, leaving out
 * what is any. */
static char *describe(const universes *us, const diff_entry *e, int32_t max_day)
{
    text t = { NULL, 0, 0, false };
    bool ok = put_set(&t, us, DIFF_DIM_CATEGORY, &e->dims[DIFF_DIM_CATEGORY], "any category");
    put(&t, " from ");
    ok = ok && put_set(&t, us, DIFF_DIM_FROM, &e->dims[DIFF_DIM_FROM], "any party");
    put(&t, " to ");
    ok = ok && put_set(&t, us, DIFF_DIM_TO, &e->dims[DIFF_DIM_TO], "any party");
    ok = ok && put_originator(&t, us, e);
    const diff_values *marks = &e->dims[DIFF_DIM_MARKING];
    if (diff_markings_total(&us->markings, marks->v, marks->n) !=
        diff_markings_space(&us->markings)) {
        put(&t, ", ");
        put_markings(&t, us, marks);
    }
    const diff_values *purposes = &e->dims[DIFF_DIM_PURPOSE];
    if (purposes->n == 1 && purposes->v[0] == SHAREPOL_ID_NONE) {
        put(&t, ", no purpose");
    } else if (purposes->n != us->of[DIFF_DIM_PURPOSE].n) {
        put(&t, ", purpose ");
        ok = ok && put_set(&t, us, DIFF_DIM_PURPOSE, purposes, "any");
    }
    if (e->first_day != SHAREPOL_DATE_NONE) {
        int32_t min_day = 0;
        sharepol_date_parse(&min_day, "1900-01-01");
        if (e->first_day == min_day && e->last_day == max_day) {
            put(&t, ", any day");
        } else if (e->first_day == e->last_day) {
            put(&t, ", on ");
            put_day(&t, e->first_day);
        } else if (e->first_day == min_day) {
            put(&t, ", until ");
            put_day(&t, e->last_day);
        } else if (e->last_day == max_day) {
            put(&t, ", from ");
            put_day(&t, e->first_day);
            put(&t, " on");
        } else {
            put(&t, ", ");
            put_day(&t, e->first_day);
            put(&t, " .. ");
            put_day(&t, e->last_day);
        }
    }
    if (!ok)
        t.failed = true;
    return finish(&t);
}

/* Does the class hold every day (then its example needs no date)? */
static bool every_day(const sharepol_diff_class *c)
{
    int32_t first = 0, last = 0;
    sharepol_date_parse(&first, "1900-01-01");
    sharepol_date_parse(&last, "9999-12-31");
    return c->first_day == first && c->last_day == last;
}

/* One marking of a query, after `sep`: a scope's name or {A, B}. */
static void put_marking(text *t, const sharepol_policy *p, const char *sep, sharepol_id scope,
                        const sharepol_id *audience, size_t n_audience)
{
    put(t, sep);
    if (!audience) {
        put(t, sharepol_name(p, SHAREPOL_KIND_SCOPE, scope));
        return;
    }
    put(t, "{");
    for (size_t i = 0; i < n_audience; i++) {
        if (i)
            put(t, ", ");
        put(t, sharepol_name(p, SHAREPOL_KIND_PARTY, audience[i]));
    }
    put(t, "}");
}

/* The example in the QUERY syntax of `sharepol query`; without its date
 * when each version has a day of its own (--at) or any day will do. */
static char *example(const sharepol_policy *p, const sharepol_query *q, bool with_date)
{
    text t = { NULL, 0, 0, false };
    put(&t, sharepol_name(p, SHAREPOL_KIND_CATEGORY, q->category));
    put(&t, " from ");
    put(&t, sharepol_name(p, SHAREPOL_KIND_PARTY, q->from));
    put(&t, " to ");
    put(&t, sharepol_name(p, SHAREPOL_KIND_PARTY, q->to));
    if (q->originator != SHAREPOL_ID_NONE) {
        put(&t, " originator ");
        put(&t, sharepol_name(p, SHAREPOL_KIND_PARTY, q->originator));
    }
    if (q->markings) {
        for (size_t m = 0; m < q->n_markings; m++)
            put_marking(&t, p, m ? ", " : " scope ", q->markings[m].scope,
                        q->markings[m].audience, q->markings[m].n_audience);
    } else if (q->scope != SHAREPOL_ID_NONE || q->audience) {
        put_marking(&t, p, " scope ", q->scope, q->audience, q->n_audience);
    }
    if (q->purpose != SHAREPOL_ID_NONE) {
        put(&t, " purpose ");
        put(&t, sharepol_name(p, SHAREPOL_KIND_PURPOSE, q->purpose));
    }
    if (with_date) {
        put(&t, " at ");
        put_day(&t, q->date);
    }
    for (size_t i = 0; i < q->n_consents; i++) {
        put(&t, i ? ", " : " consent ");
        put(&t, sharepol_name(p, SHAREPOL_KIND_PARTY, q->consents[i]));
    }
    return finish(&t);
}

static const char *kind_word(int kind)
{
    switch (kind) {
    case SHAREPOL_KIND_PARTY:
        return "party";
    case SHAREPOL_KIND_CATEGORY:
        return "category";
    case SHAREPOL_KIND_PURPOSE:
        return "purpose";
    default:
        return "scope";
    }
}

/* ---- text ----------------------------------------------------------------- */

static void print_answer(const char *which, const sharepol_result *r, const char *residual)
{
    printf("    %s %s", which, cli_decision_text(r->decision));
    if (residual) {
        fputs(" of ", stdout);
        cli_put_escaped(stdout, residual);
    }
    if (r->rule) {
        fputs(" (", stdout);
        cli_put_escaped(stdout, r->rule->name);
        putchar(')');
    } else {
        fputs(" (no rule allows this transfer)", stdout);
    }
    putchar('\n');
}

/* "N quer(y|ies)" with the count saturated. */
static void print_count(unsigned long long n, const char *one, const char *many)
{
    printf("%llu %s", n, n == 1 ? one : many);
}

static unsigned long long add_size(unsigned long long a, uint64_t b)
{
    return a + b < a ? UINT64_MAX : a + b;
}

/* Entries grouped by how the decision changes, in the order of the first
 * entry of each change. */
static int print_text(const diff_entries *es, const universes *us, const sharepol_diff *d,
                      int32_t max_day)
{
    size_t n = sharepol_diff_count(d), n_only = 0;
    for (int which = 0; which < 2; which++) {
        int kind;
        for (size_t i = 0; sharepol_diff_only_in(d, which, i, &kind); i++, n_only++) {
            printf("%s %s %s: only in %s\n", which ? "+" : "-", kind_word(kind),
                   sharepol_diff_only_in(d, which, i, NULL), which ? "NEW" : "OLD");
        }
    }
    if (n_only && n)
        putchar('\n');
    bool *shown = calloc(es->n + 1, sizeof *shown);
    if (!shown)
        return EXIT_USAGE;
    unsigned long long total = 0;
    for (size_t i = 0; i < n; i++)
        total = add_size(total, sharepol_diff_class_at(d, i)->size);
    for (size_t i = 0; i < es->n; i++) {
        if (shown[i])
            continue;
        const sharepol_diff_class *first = sharepol_diff_class_at(d, es->v[i].classes[0]);
        int from = first->old_result.decision, to = first->new_result.decision;
        size_t entries = 0, classes = 0;
        unsigned long long queries = 0;
        for (size_t j = i; j < es->n; j++) {
            const sharepol_diff_class *c = sharepol_diff_class_at(d, es->v[j].classes[0]);
            if (c->old_result.decision == from && c->new_result.decision == to) {
                entries++;
                classes += es->v[j].n_classes;
                queries = add_size(queries, es->v[j].size);
            }
        }
        printf("%s%s -> %s: ", i ? "\n" : "", cli_decision_text(from), cli_decision_text(to));
        print_count(queries, "query", "queries");
        fputs(", ", stdout);
        print_count(classes, "class", "classes");
        if (entries != classes)
            printf(", shown as %zu entr%s", entries, entries == 1 ? "y" : "ies");
        putchar('\n');
        for (size_t j = i; j < es->n; j++) {
            const diff_entry *e = &es->v[j];
            const sharepol_diff_class *c = sharepol_diff_class_at(d, e->classes[0]);
            if (c->old_result.decision != from || c->new_result.decision != to)
                continue;
            shown[j] = true;
            char *what = describe(us, e, max_day);
            char *ex = example(us->p, &c->old_query,
                               c->first_day != SHAREPOL_DATE_NONE && !every_day(c));
            fputs("  ~ ", stdout);
            cli_put_escaped(stdout, what ? what : "(out of memory)");
            fputs(" (", stdout);
            print_count(e->size, "query", "queries");
            if (e->n_classes > 1)
                printf(", %zu classes", e->n_classes);
            fputs(")\n    e.g. ", stdout);
            cli_put_escaped(stdout, ex ? ex : "(out of memory)");
            putchar('\n');
            print_answer("old:", &c->old_result, c->old_residual);
            print_answer("new:", &c->new_result, c->new_residual);
            free(what);
            free(ex);
        }
    }
    free(shown);
    if (n || n_only) {
        putchar('\n');
        print_count(total, "query", "queries");
        fputs(" answered differently: ", stdout);
        print_count(n, "class", "classes");
        if (es->n != n)
            printf(", shown as %zu entr%s", es->n, es->n == 1 ? "y" : "ies");
        puts(n_only ? "; names declared by one version only are listed first" : "");
    } else {
        puts("no query is answered differently");
    }
    return n || n_only ? EXIT_REJECTED : EXIT_OK;
}

/* ---- JSON ------------------------------------------------------------------ */

static json_t *json_names(const sharepol_policy *p, int kind, const sharepol_id *ids, size_t n)
{
    json_t *a = json_array();
    for (size_t i = 0; i < n; i++)
        json_array_append_new(a, ids[i] == SHAREPOL_ID_NONE
                                     ? json_null()
                                     : cli_json_string(sharepol_name(p, kind, ids[i])));
    return a;
}

static json_t *json_day(int32_t day)
{
    char buf[11];
    sharepol_date_format(buf, day);
    return json_string(buf);
}

static json_t *json_answer(const sharepol_result *r, const char *residual)
{
    json_t *o = json_object();
    json_object_set_new(o, "decision", json_string(cli_json_decision(r->decision)));
    json_object_set_new(o, "rule", cli_json_rule(r->rule));
    json_object_set_new(o, "residual", cli_json_string(residual));
    return o;
}

static json_t *json_marking(const universes *us, int32_t m)
{
    const diff_marking_set *set = diff_markings_set(&us->markings, m);
    if (set) {
        /* {"groups": [["a", "b"], ["c"]], "audience": ..., "count": N} */
        json_t *groups = json_array();
        for (uint32_t g = 0; g < set->n_groups; g++) {
            json_t *names = json_array();
            for (size_t s = 0; s < us->markings.n_scopes; s++)
                if (set->group[s] == (int32_t)g)
                    json_array_append_new(names, cli_json_string(sharepol_name(
                                                     us->p, SHAREPOL_KIND_SCOPE, (sharepol_id)s)));
            json_array_append_new(groups, names);
        }
        return json_pack("{s:o,s:o,s:I}", "groups", groups, "audience",
                         set->audience == SHAREPOL_DIFF_NO_AUDIENCE ? json_null()
                                                                    : json_marking(us, set->audience),
                         "count", (json_int_t)(set->count > INT64_MAX ? INT64_MAX : set->count));
    }
    return m == SHAREPOL_DIFF_UNMARKED         ? json_string("unmarked")
           : m == SHAREPOL_DIFF_AUDIENCE_WITH    ? json_string("audience-with-recipient")
           : m == SHAREPOL_DIFF_AUDIENCE_WITHOUT ? json_string("audience-without-recipient")
           : m == SHAREPOL_DIFF_AUDIENCE_OLD_ONLY
               ? json_string("audience-with-recipient-in-old-only")
           : m == SHAREPOL_DIFF_AUDIENCE_NEW_ONLY
               ? json_string("audience-with-recipient-in-new-only")
               : json_pack("{s:o}", "scope",
                           cli_json_string(sharepol_name(us->p, SHAREPOL_KIND_SCOPE, m)));
}

/* The marking values of an entry or class, in the order descriptions list
 * them. */
static json_t *json_markings(const universes *us, const diff_values *marks)
{
    size_t n;
    int32_t *v = markings_in_order(us, marks, &n);
    json_t *a = json_array();
    if (!v)
        cli_json_fail();
    for (size_t i = 0; v && i < n; i++)
        json_array_append_new(a, json_marking(us, v[i]));
    free(v);
    return a;
}

/* One class; its description is that of the class alone (`single`). */
static json_t *json_class(const universes *us, const diff_entry *single,
                          const sharepol_diff_class *c, int32_t max_day)
{
    const sharepol_policy *po = us->p;
    json_t *o = json_object();
    char *what = describe(us, single, max_day);
    char *ex = example(po, &c->old_query, c->first_day != SHAREPOL_DATE_NONE && !every_day(c));
    if (!what || !ex)
        cli_json_fail();
    json_object_set_new(o, "description", cli_json_string(what));
    json_object_set_new(o, "size", json_integer(c->size > INT64_MAX ? INT64_MAX
                                                                    : (json_int_t)c->size));
    json_object_set_new(o, "categories",
                        json_names(po, SHAREPOL_KIND_CATEGORY, c->categories, c->n_categories));
    json_object_set_new(o, "from", json_names(po, SHAREPOL_KIND_PARTY, c->from, c->n_from));
    json_object_set_new(o, "to", json_names(po, SHAREPOL_KIND_PARTY, c->to, c->n_to));
    static const char *const modes[] = { "any", "sender", "other" };
    json_t *orig = json_object();
    json_object_set_new(orig, "mode", json_string(modes[c->originator_mode]));
    json_object_set_new(orig, "parties", json_names(po, SHAREPOL_KIND_PARTY, c->originators,
                                                    c->n_originators));
    json_object_set_new(o, "originator", orig);
    json_object_set_new(o, "markings", json_markings(us, &single->dims[DIFF_DIM_MARKING]));
    json_object_set_new(o, "purposes",
                        json_names(po, SHAREPOL_KIND_PURPOSE, c->purposes, c->n_purposes));
    json_object_set_new(o, "days", c->first_day == SHAREPOL_DATE_NONE
                                       ? json_null()
                                       : json_pack("{s:o,s:o}", "first", json_day(c->first_day),
                                                   "last", json_day(c->last_day)));
    json_object_set_new(o, "example", cli_json_string(ex));
    json_object_set_new(o, "old", json_answer(&c->old_result, c->old_residual));
    json_object_set_new(o, "new", json_answer(&c->new_result, c->new_residual));
    free(what);
    free(ex);
    return o;
}

/* One entry (docs/formats.md, "diff"): what the text prints, its classes
 * by index, and the union of their values. */
static json_t *json_entry(const universes *us, const diff_entry *e, int32_t max_day)
{
    const sharepol_policy *po = us->p;
    json_t *o = json_object();
    char *what = describe(us, e, max_day);
    if (!what)
        cli_json_fail();
    json_object_set_new(o, "description", cli_json_string(what));
    free(what);
    json_object_set_new(o, "size", json_integer(e->size > INT64_MAX ? INT64_MAX
                                                                    : (json_int_t)e->size));
    json_t *classes = json_array();
    for (size_t i = 0; i < e->n_classes; i++)
        json_array_append_new(classes, json_integer((json_int_t)e->classes[i]));
    json_object_set_new(o, "classes", classes);
    static const int kinds[DIFF_DIMS] = { SHAREPOL_KIND_CATEGORY, SHAREPOL_KIND_PARTY,
                                          SHAREPOL_KIND_PARTY, SHAREPOL_KIND_PARTY, 0,
                                          SHAREPOL_KIND_PURPOSE };
    static const char *const keys[DIFF_DIMS] = { "categories", "from", "to", "originator",
                                                 "markings", "purposes" };
    for (int k = 0; k < DIFF_DIMS; k++) {
        /* in the order of the universe, as the classes list them */
        const diff_values *v = &e->dims[k];
        const universe *u = &us->of[k];
        json_t *a = k == DIFF_DIM_MARKING ? json_markings(us, v) : json_array();
        bool sender = k == DIFF_DIM_ORIGINATOR && has_value(v, DIFF_ORIGINATOR_SENDER);
        for (size_t i = 0; k != DIFF_DIM_MARKING && i < u->n; i++) {
            int32_t value = u->v[i];
            if (!has_value(v, value))
                continue;
            json_array_append_new(a, value == SHAREPOL_ID_NONE
                                             ? json_null()
                                             : cli_json_string(sharepol_name(po, kinds[k],
                                                                             value)));
        }
        json_object_set_new(o, keys[k], k == DIFF_DIM_ORIGINATOR
                                            ? json_pack("{s:b,s:o}", "sender", sender,
                                                        "others", a)
                                            : a);
    }
    json_object_set_new(o, "days", e->first_day == SHAREPOL_DATE_NONE
                                       ? json_null()
                                       : json_pack("{s:o,s:o}", "first", json_day(e->first_day),
                                                   "last", json_day(e->last_day)));
    return o;
}

static json_t *json_files(const cli_common *c)
{
    json_t *a = json_array();
    for (size_t i = 0; i < c->n_files; i++)
        json_array_append_new(a, cli_json_string(c->files[i]));
    return a;
}

/* ---- the command ------------------------------------------------------------ */

static void add_diagnostics(json_t *list, const sharepol_diagnostics *diags)
{
    json_t *more = cli_json_diagnostics(diags);
    json_array_extend(list, more);
    json_decref(more);
}

int cmd_diff(int argc, char **argv)
{
    cli_common old_c = { NULL, 0, false, false, SHAREPOL_DATE_TODAY };
    diff_options o = { { NULL, NULL, NULL }, 0, CLI_FORMAT_TEXT };
    int rest = -1;
    int done = cli_parse_args(&old_c, "diff", help, argc, argv, diff_option, &o, &rest);
    if (done >= 0)
        return done;
    cli_common new_c = old_c;
    sharepol_diff_options opts = SHAREPOL_DIFF_OPTIONS_INIT;
    int32_t days[2] = { 0, 0 };
    for (int i = 0; i < o.n_at; i++)
        if (!cli_parse_date("diff", o.at[i], &days[i]))
            return EXIT_USAGE;
    if (rest >= 0) {
        if (rest >= argc)
            return cli_usage_error("diff", "no files after '--': give the new version's files");
        if (o.n_at == 2)
            return cli_usage_error("diff", "two --at dates compare one policy on two days; "
                                           "leave out '--' and the second version");
        new_c.files = (const char **)argv + rest;
        new_c.n_files = (size_t)(argc - rest);
        if (o.n_at == 1)
            opts.old_date = opts.new_date = days[0];
    } else {
        if (o.n_at != 2)
            return cli_usage_error("diff", "give two versions, OLD... -- NEW..., or one "
                                           "policy with two --at dates");
        opts.old_date = days[0];
        opts.new_date = days[1];
    }

    int exit_code = EXIT_OK;
    sharepol_policy *po = NULL, *pn = NULL;
    json_t *report = NULL, *list = NULL;
    if (o.format == CLI_FORMAT_JSON) {
        report = cli_json_report("diff");
        list = json_array();
        json_object_set_new(report, "old", json_files(&old_c));
        json_object_set_new(report, "new", json_files(rest >= 0 ? &new_c : &old_c));
        sharepol_diagnostics *diags = NULL;
        int st = cli_compile_quiet(&po, &old_c, &diags);
        add_diagnostics(list, diags);
        sharepol_diagnostics_free(diags);
        if (st == SHAREPOL_OK && rest >= 0) {
            st = cli_compile_quiet(&pn, &new_c, &diags);
            add_diagnostics(list, diags);
            sharepol_diagnostics_free(diags);
        }
        exit_code = cli_exit_for(st);
    } else {
        po = cli_compile(&old_c, &exit_code, NULL);
        if (po && rest >= 0)
            pn = cli_compile(&new_c, &exit_code, NULL);
    }
    if (po && rest < 0)
        pn = sharepol_policy_retain(po);

    sharepol_diff *d = NULL;
    if (po && pn) {
        int st = sharepol_diff_new(&d, po, pn, &opts);
        if (st != SHAREPOL_OK) {
            exit_code = cli_exit_for(st);
            /* ELIMIT has more than one cause here: name them all */
            const char *why = st != SHAREPOL_ELIMIT
                                  ? sharepol_strerror(st)
                                  : "a limit of diff was exceeded: a class whose consents "
                                    "would need more than 2^20 sets of parties tried, "
                                    "rules that tell more than 12 kinds of scope apart, "
                                    "or more than 1,000,000 classes that differ "
                                    "(docs/diff.md)";
            if (!report)
                fprintf(stderr, "sharepol diff: %s\n", why);
            else
                json_object_set_new(report, "error", json_string(why));
        }
    }
    int32_t max_day = 0;
    sharepol_date_parse(&max_day, "9999-12-31");
    diff_entries merged = { NULL, 0, NULL, 0 }, single = { NULL, 0, NULL, 0 };
    universes us;
    if (d && !universes_new(&us, po, pn)) {
        fputs("sharepol diff: out of memory\n", stderr);
        exit_code = EXIT_USAGE;
        sharepol_diff_free(d);
        d = NULL;
    }
    if (d && (!diff_entries_build(&merged, po, pn, d, &us.markings, true) ||
              (report && !diff_entries_build(&single, po, pn, d, &us.markings, false)))) {
        fputs("sharepol diff: out of memory\n", stderr);
        exit_code = EXIT_USAGE;
        universes_free(&us);
        sharepol_diff_free(d);
        d = NULL;
    }
    if (d && !report) {
        exit_code = print_text(&merged, &us, d, max_day);
    } else if (report) {
        if (d) {
            json_t *only[2] = { json_array(), json_array() };
            for (int which = 0; which < 2; which++) {
                int kind;
                const char *name;
                for (size_t i = 0; (name = sharepol_diff_only_in(d, which, i, &kind)); i++)
                    json_array_append_new(only[which],
                                          json_pack("{s:s,s:o}", "kind", kind_word(kind), "name",
                                                    cli_json_string(name)));
            }
            json_t *classes = json_array(), *entries = json_array();
            for (size_t i = 0; i < sharepol_diff_count(d); i++)
                json_array_append_new(classes, json_class(&us, &single.v[i],
                                                          sharepol_diff_class_at(d, i), max_day));
            for (size_t i = 0; i < merged.n; i++)
                json_array_append_new(entries, json_entry(&us, &merged.v[i], max_day));
            bool differs = sharepol_diff_count(d) || json_array_size(only[0]) ||
                           json_array_size(only[1]);
            exit_code = differs ? EXIT_REJECTED : EXIT_OK;
            json_object_set_new(report, "ok", json_boolean(!differs));
            json_object_set_new(report, "onlyInOld", only[0]);
            json_object_set_new(report, "onlyInNew", only[1]);
            json_object_set_new(report, "classes", classes);
            json_object_set_new(report, "entries", entries);
        }
        json_object_set_new(report, "diagnostics", list);
        exit_code = cli_format_print(report, o.format, exit_code);
    }
    if (d)
        universes_free(&us);
    diff_entries_free(&merged);
    diff_entries_free(&single);
    sharepol_diff_free(d);
    sharepol_policy_release(po);
    sharepol_policy_release(pn);
    return exit_code;
}
