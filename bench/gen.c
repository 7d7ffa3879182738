/* gen.c — the benchmark's policy sets and query mixes (see gen.h).
 *
 * The shape, for P parties (P = 100, 1,000, 10,000):
 *
 *   organisations  each with 1-5 units, about half of the units with 1-3
 *                  sub-units: trees of depth 2 and 3, about 8 parties each
 *   groups         P/100 sectors and P/400 regions (of organisations),
 *                  P/250 alliances (of sectors and regions, some with
 *                  `except`), P/100 consent panels (3-6 organisations),
 *                  and one watch list
 *   categories     1,000 in three levels (10, 90, 900); one in seven has a
 *                  second parent, so the levels form a DAG
 *   purposes       12 in two levels; scopes: five TLP markings without
 *                  audience and P/200 with one
 *   agreements     P/20, each of 2-6 organisations (or a sector), signed
 *                  2016-2024, terms of 1-5 years, most renewing yearly
 *                  unless notice, some with notices or a fixed expiry
 *   rules          10 per party: 80% allow, 10% deny, 10% require; 60%
 *                  inside agreements; 1-3 categories each (5% from the top
 *                  level, 25% the middle, 70% the bottom; 3% of allows `*`);
 *                  every consent form (originator, a party, all/any/N of a
 *                  group or an inline set, and/or); conditions on purpose,
 *                  onward, markings, scope, dates, originator and
 *                  membership.  Requires name categories, except an
 *                  agreement's "originator's consent beyond the scope" for
 *                  one signatory
 *
 * Randomness is splitmix64 from the seed (tests/rng.h, shared with the
 * differential test); nothing else feeds it. */
#include "gen.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rng.h"

#define NONE UINT32_MAX
#define N_CATEGORIES 1000u
#define MAX_NODES 4  /* names in a rule's from or to set, in the model */
#define MAX_CATS 3
#define MAX_PURPOSES 2

/* ---- text ------------------------------------------------------------------ */

typedef struct text {
    char *v;
    size_t n, cap;
    bool oom;
} text;

static void put(text *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void put(text *t, const char *fmt, ...)
{
    for (;;) {
        va_list ap;
        va_start(ap, fmt);
        int k = vsnprintf(t->v ? t->v + t->n : NULL, t->v ? t->cap - t->n : 0, fmt, ap);
        va_end(ap);
        if (k < 0 || t->oom)
            return;
        if (t->v && t->n + (size_t)k < t->cap) {
            t->n += (size_t)k;
            return;
        }
        size_t cap = t->cap ? t->cap * 2 : 1 << 16;
        while (cap < t->n + (size_t)k + 1)
            cap *= 2;
        char *v = realloc(t->v, cap);
        if (!v) {
            t->oom = true;
            return;
        }
        t->v = v;
        t->cap = cap;
    }
}

/* ---- the model ------------------------------------------------------------- */

typedef struct party {
    uint32_t end;      /* its subtree is [index, end) */
    uint32_t org;      /* index of its organisation (the root) */
    uint32_t name;     /* offset in names */
} party;

enum { G_SECTOR, G_REGION, G_ALLIANCE, G_PANEL, G_WATCH };

/* Group members are nodes: a party index, or n_parties + a group index. */
typedef struct group {
    uint8_t kind;
    uint32_t first, n; /* in members */
    uint32_t name;
} group;

typedef struct org {
    uint32_t party, sector, region;
    uint32_t alliance; /* an alliance holding its sector or region, or NONE */
    uint32_t panel;    /* a consent panel it sits on, or NONE */
} org;

typedef struct node_set {
    bool star;
    uint8_t n, n_except;
    uint32_t nodes[MAX_NODES];
    uint32_t except;
} node_set;

/* What a rule says, as far as drawing queries needs it. */
typedef struct rule_model {
    uint8_t kind;                /* SHAREPOL_RULE_* */
    uint8_t n_cats;              /* 0: every category */
    uint8_t n_consent, n_purposes;
    uint32_t cats[MAX_CATS];
    node_set from, to;
    uint32_t consent[GEN_MAX_CONSENTS]; /* parties its consent names */
    bool consent_originator;
    uint32_t purposes[MAX_PURPOSES];
    int32_t agreement;           /* -1: none */
} rule_model;

typedef struct agreement_model {
    int32_t start;               /* signed */
    uint32_t n_orgs;
    uint32_t orgs[6];
    uint32_t sector;             /* NONE, or a sector group as its parties */
} agreement_model;

struct gen_policy {
    rng r;
    text out;
    text names;                  /* NUL-separated names */
    uint32_t n_parties;
    party *parties;
    uint32_t n_orgs;
    org *orgs;
    uint32_t n_groups, n_members;
    group *groups;
    uint32_t *members;
    uint32_t n_sectors, n_regions, n_alliances, n_panels;
    uint32_t first_sector, first_region, first_alliance, first_panel, watch;
    uint32_t outsider;           /* a party no allow rule can reach */
    uint32_t cat_name[N_CATEGORIES];
    uint32_t cat_first_child[N_CATEGORIES + 1]; /* children in cat_children */
    uint32_t cat_children[2 * N_CATEGORIES];
    uint32_t n_purposes, purpose_name[16];
    uint32_t n_scopes, n_markings;
    uint32_t *scope_name;
    uint32_t n_agreements;
    agreement_model *agreements;
    uint32_t n_rules;
    rule_model *rules;
    gen_stats stats;
    /* ids in the compiled policy, by generator index (gen_queries) */
    const sharepol_policy *interned;
    sharepol_id *party_id, *cat_id, *scope_id, *purpose_id;
};

static uint32_t add_name(gen_policy *g, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static uint32_t add_name(gen_policy *g, const char *fmt, ...)
{
    char buf[64];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    uint32_t at = (uint32_t)g->names.n;
    put(&g->names, "%s%c", buf, '\0');
    return at;
}

static const char *name_at(const gen_policy *g, uint32_t off)
{
    return g->names.v + off;
}

static const char *node_name(const gen_policy *g, uint32_t node)
{
    return node < g->n_parties ? name_at(g, g->parties[node].name)
                               : name_at(g, g->groups[node - g->n_parties].name);
}

static uint32_t group_node(const gen_policy *g, uint32_t gi)
{
    return g->n_parties + gi;
}

/* A random party in a node, units included (closure semantics). */
static uint32_t party_in(gen_policy *g, rng *r, uint32_t node)
{
    while (node >= g->n_parties) {
        const group *gr = &g->groups[node - g->n_parties];
        node = g->members[gr->first + rng_below(r, gr->n)];
    }
    return node + rng_below(r, g->parties[node].end - node);
}

/* Is party p in node (closure semantics)? */
static bool party_is_in(const gen_policy *g, uint32_t p, uint32_t node)
{
    if (node < g->n_parties)
        return p >= node && p < g->parties[node].end;
    const group *gr = &g->groups[node - g->n_parties];
    for (uint32_t i = 0; i < gr->n; i++)
        if (party_is_in(g, p, g->members[gr->first + i]))
            return true;
    return false;
}

/* ---- dates ------------------------------------------------------------------ */

static int32_t day_of(int y, int m, int d)
{
    char buf[40]; /* room for any int: y, m and d come from callers */
    int32_t day = 0;
    snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    sharepol_date_parse(&day, buf);
    return day;
}

static void put_date(text *t, int32_t day)
{
    char buf[11];
    sharepol_date_format(buf, day);
    put(t, "%s", buf);
}

/* ---- declarations ----------------------------------------------------------- */

static void gen_parties(gen_policy *g, uint32_t target)
{
    g->parties = calloc(target + 8, sizeof *g->parties);
    g->orgs = calloc(target + 8, sizeof *g->orgs);
    if (!g->parties || !g->orgs) {
        g->out.oom = true;
        return;
    }
    put(&g->out, "# organisations and their units\n");
    uint32_t n = 0;
    while (n + 1 < target) {
        uint32_t o = g->n_orgs++;
        uint32_t root = n++;
        g->orgs[o].party = root;
        g->parties[root].org = root;
        g->parties[root].name = add_name(g, "o%04u", o);
        put(&g->out, "party %s \"Organisation %u\";\n", name_at(g, g->parties[root].name), o);
        uint32_t units = 1 + rng_below(&g->r, 5);
        for (uint32_t u = 0; u < units && n + 1 < target; u++) {
            uint32_t unit = n++;
            g->parties[unit].org = root;
            g->parties[unit].name = add_name(g, "o%04u-u%u", o, u);
            put(&g->out, "party %s in %s;\n", name_at(g, g->parties[unit].name),
                name_at(g, g->parties[root].name));
            uint32_t subs = rng_chance(&g->r, 50) ? 1 + rng_below(&g->r, 3) : 0;
            for (uint32_t s = 0; s < subs && n + 1 < target; s++) {
                uint32_t sub = n++;
                g->parties[sub].org = root;
                g->parties[sub].end = sub + 1;
                g->parties[sub].name = add_name(g, "o%04u-u%u-s%u", o, u, s);
                put(&g->out, "party %s \"Office %u of unit %u\" in %s;\n",
                    name_at(g, g->parties[sub].name), s, u, name_at(g, g->parties[unit].name));
                g->stats.max_depth = 3;
            }
            g->parties[unit].end = n;
        }
        g->parties[root].end = n;
    }
    /* the last party: in the watch list only, so no allow rule reaches it */
    g->outsider = n++;
    g->parties[g->outsider].org = g->outsider;
    g->parties[g->outsider].end = n;
    g->parties[g->outsider].name = add_name(g, "outsider");
    put(&g->out, "party outsider \"Under no agreement\";\n");
    g->n_parties = n;
    if (g->stats.max_depth < 2)
        g->stats.max_depth = 2;
}

static uint32_t new_group(gen_policy *g, uint8_t kind, uint32_t cap)
{
    group *gr = &g->groups[g->n_groups];
    gr->kind = kind;
    gr->first = g->n_members;
    gr->n = 0;
    (void)cap;
    return g->n_groups++;
}

static void add_member(gen_policy *g, uint32_t group_index, uint32_t node)
{
    group *gr = &g->groups[group_index];
    for (uint32_t i = 0; i < gr->n; i++)
        if (g->members[gr->first + i] == node)
            return;
    g->members[g->n_members++] = node;
    gr->n++;
}

static void put_group(gen_policy *g, uint32_t gi, const char *label, uint32_t except)
{
    const group *gr = &g->groups[gi];
    put(&g->out, "group %s \"%s\" =", name_at(g, gr->name), label);
    for (uint32_t i = 0; i < gr->n; i++)
        put(&g->out, "%s %s", i ? "," : "", node_name(g, g->members[gr->first + i]));
    if (except != NONE)
        put(&g->out, " except %s", node_name(g, except));
    put(&g->out, ";\n");
}

static void gen_groups(gen_policy *g)
{
    uint32_t P = g->n_parties;
    g->n_sectors = P / 100 > 4 ? P / 100 : 4;
    g->n_regions = P / 400 > 2 ? P / 400 : 2;
    g->n_alliances = P / 250 > 2 ? P / 250 : 2;
    g->n_panels = P / 100 > 3 ? P / 100 : 3;
    uint32_t n = g->n_sectors + g->n_regions + g->n_alliances + g->n_panels + 1;
    g->groups = calloc(n, sizeof *g->groups);
    g->members = calloc((size_t)g->n_orgs * 4 + (size_t)g->n_alliances * 8 +
                            (size_t)g->n_panels * 6 + 64,
                        sizeof *g->members);
    if (!g->groups || !g->members) {
        g->out.oom = true;
        return;
    }
    put(&g->out, "\n# sectors and regions: groups of organisations\n");
    g->first_sector = g->n_groups;
    for (uint32_t s = 0; s < g->n_sectors; s++)
        g->groups[new_group(g, G_SECTOR, 0)].name = add_name(g, "sector-%03u", s);
    /* every organisation in one sector; one in ten in a second one */
    for (uint32_t o = 0; o < g->n_orgs; o++) {
        uint32_t s = rng_below(&g->r, g->n_sectors);
        g->orgs[o].sector = g->first_sector + s;
        g->orgs[o].alliance = NONE;
        g->orgs[o].panel = NONE;
    }
    for (uint32_t s = 0; s < g->n_sectors; s++) {
        uint32_t gi = g->first_sector + s;
        g->groups[gi].first = g->n_members;
        for (uint32_t o = 0; o < g->n_orgs; o++)
            if (g->orgs[o].sector == gi)
                add_member(g, gi, g->orgs[o].party);
        for (uint32_t k = 0; k < g->n_orgs / g->n_sectors / 10; k++)
            add_member(g, gi, g->orgs[rng_below(&g->r, g->n_orgs)].party);
        if (g->groups[gi].n == 0)
            add_member(g, gi, g->orgs[rng_below(&g->r, g->n_orgs)].party);
        put_group(g, gi, "Sector", NONE);
    }
    g->first_region = g->n_groups;
    for (uint32_t s = 0; s < g->n_regions; s++)
        g->groups[new_group(g, G_REGION, 0)].name = add_name(g, "region-%02u", s);
    for (uint32_t o = 0; o < g->n_orgs; o++)
        g->orgs[o].region = g->first_region + rng_below(&g->r, g->n_regions);
    for (uint32_t s = 0; s < g->n_regions; s++) {
        uint32_t gi = g->first_region + s;
        g->groups[gi].first = g->n_members;
        for (uint32_t o = 0; o < g->n_orgs; o++)
            if (g->orgs[o].region == gi)
                add_member(g, gi, g->orgs[o].party);
        if (g->groups[gi].n == 0)
            add_member(g, gi, g->orgs[rng_below(&g->r, g->n_orgs)].party);
        put_group(g, gi, "Region", NONE);
    }

    put(&g->out, "\n# alliances: groups of groups\n");
    g->first_alliance = g->n_groups;
    for (uint32_t a = 0; a < g->n_alliances; a++) {
        uint32_t gi = new_group(g, G_ALLIANCE, 0);
        g->groups[gi].name = add_name(g, "alliance-%02u", a);
        uint32_t k = 2 + rng_below(&g->r, 4);
        for (uint32_t i = 0; i < k; i++) {
            uint32_t member = rng_chance(&g->r, 75) ? g->first_sector + rng_below(&g->r, g->n_sectors)
                                                : g->first_region + rng_below(&g->r, g->n_regions);
            add_member(g, gi, group_node(g, member));
        }
        if (a > 0 && rng_chance(&g->r, 20)) /* an alliance of alliances */
            add_member(g, gi, group_node(g, g->first_alliance + rng_below(&g->r, a)));
        uint32_t except = NONE;
        if (rng_chance(&g->r, 15)) {
            uint32_t p = party_in(g, &g->r, group_node(g, gi));
            except = g->parties[p].org;
        }
        put_group(g, gi, "Alliance", except);
    }
    /* each organisation remembers one alliance that holds it (for rules) */
    for (uint32_t a = 0; a < g->n_alliances; a++) {
        const group *gr = &g->groups[g->first_alliance + a];
        for (uint32_t i = 0; i < gr->n; i++) {
            uint32_t member = g->members[gr->first + i] - g->n_parties;
            for (uint32_t o = 0; o < g->n_orgs; o++)
                if ((g->orgs[o].sector == member || g->orgs[o].region == member) &&
                    g->orgs[o].alliance == NONE)
                    g->orgs[o].alliance = g->first_alliance + a;
        }
    }

    put(&g->out, "\n# consent panels and the watch list\n");
    g->first_panel = g->n_groups;
    for (uint32_t p = 0; p < g->n_panels; p++) {
        uint32_t gi = new_group(g, G_PANEL, 0);
        g->groups[gi].name = add_name(g, "panel-%03u", p);
        uint32_t k = 3 + rng_below(&g->r, 4);
        while (g->groups[gi].n < k && g->groups[gi].n < g->n_orgs) {
            uint32_t o = rng_below(&g->r, g->n_orgs);
            add_member(g, gi, g->orgs[o].party);
            g->orgs[o].panel = gi;
        }
        put_group(g, gi, "Consent panel", NONE);
    }
    g->watch = new_group(g, G_WATCH, 0);
    g->groups[g->watch].name = add_name(g, "watch-list");
    add_member(g, g->watch, g->outsider);
    for (uint32_t i = 0; i < 2 + g->n_orgs / 50; i++)
        add_member(g, g->watch, g->orgs[rng_below(&g->r, g->n_orgs)].party);
    put_group(g, g->watch, "Watch list", NONE);
}

static void gen_categories(gen_policy *g)
{
    static const uint32_t level_size[3] = { 10, 90, 900 };
    uint32_t parents[N_CATEGORIES][2];
    uint32_t n_parents[N_CATEGORIES];
    uint32_t first = 0, prev_first = 0, prev_n = 0;
    put(&g->out, "\n# information categories: three levels, a DAG\n");
    for (int level = 0; level < 3; level++) {
        for (uint32_t i = 0; i < level_size[level]; i++) {
            uint32_t c = first + i;
            g->cat_name[c] = add_name(g, "c%u-%03u", level + 1, i);
            n_parents[c] = 0;
            if (level > 0) {
                parents[c][n_parents[c]++] = prev_first + rng_below(&g->r, prev_n);
                if (rng_chance(&g->r, 15)) {
                    uint32_t p2 = prev_first + rng_below(&g->r, prev_n);
                    if (p2 != parents[c][0])
                        parents[c][n_parents[c]++] = p2;
                }
            }
            put(&g->out, "category %s", name_at(g, g->cat_name[c]));
            if (rng_chance(&g->r, 30))
                put(&g->out, " \"Category %u.%u\"", level + 1, i);
            for (uint32_t k = 0; k < n_parents[c]; k++)
                put(&g->out, "%s %s", k ? "," : " in", name_at(g, g->cat_name[parents[c][k]]));
            put(&g->out, ";\n");
        }
        prev_first = first;
        prev_n = level_size[level];
        first += level_size[level];
    }
    /* children lists, for drawing a narrower category in queries */
    uint32_t count[N_CATEGORIES + 1] = { 0 };
    for (uint32_t c = 0; c < N_CATEGORIES; c++)
        for (uint32_t k = 0; k < n_parents[c]; k++)
            count[parents[c][k]]++;
    uint32_t sum = 0;
    for (uint32_t c = 0; c < N_CATEGORIES; c++) {
        g->cat_first_child[c] = sum;
        sum += count[c];
        count[c] = g->cat_first_child[c];
    }
    g->cat_first_child[N_CATEGORIES] = sum;
    for (uint32_t c = 0; c < N_CATEGORIES; c++)
        for (uint32_t k = 0; k < n_parents[c]; k++)
            g->cat_children[count[parents[c][k]]++] = c;
    /* mean number of ancestors (itself included), for the report */
    uint64_t total = 0;
    for (uint32_t c = 0; c < N_CATEGORIES; c++) {
        uint8_t seen[N_CATEGORIES];
        uint32_t stack[64], top = 0, n = 0;
        memset(seen, 0, sizeof seen);
        stack[top++] = c;
        while (top) {
            uint32_t x = stack[--top];
            if (seen[x])
                continue;
            seen[x] = 1;
            n++;
            for (uint32_t k = 0; k < n_parents[x]; k++)
                stack[top++] = parents[x][k];
        }
        total += n;
    }
    g->stats.mean_ancestors = (double)total / N_CATEGORIES;
}

static void gen_purposes_scopes(gen_policy *g)
{
    static const char *const roots[] = { "incident-response", "analysis", "research",
                                         "law-enforcement" };
    static const char *const kids[][2] = {
        { "containment", "incident-response" }, { "recovery", "incident-response" },
        { "threat-analysis", "analysis" },      { "attribution", "analysis" },
        { "academic-research", "research" },    { "product-security", "research" },
        { "prosecution", "law-enforcement" },   { "public-warning", "incident-response" },
    };
    put(&g->out, "\n# purposes\n");
    for (uint32_t i = 0; i < 4; i++) {
        g->purpose_name[g->n_purposes++] = add_name(g, "%s", roots[i]);
        put(&g->out, "purpose %s;\n", roots[i]);
    }
    for (uint32_t i = 0; i < 8; i++) {
        g->purpose_name[g->n_purposes++] = add_name(g, "%s", kids[i][0]);
        put(&g->out, "purpose %s in %s;\n", kids[i][0], kids[i][1]);
    }

    static const char *const markings[] = { "tlp-clear", "tlp-green", "tlp-amber",
                                            "tlp-amber-strict", "tlp-red" };
    uint32_t audiences = g->n_parties / 200 > 4 ? g->n_parties / 200 : 4;
    g->n_markings = 5;
    g->scope_name = calloc(5 + audiences, sizeof *g->scope_name);
    if (!g->scope_name) {
        g->out.oom = true;
        return;
    }
    put(&g->out, "\n# scopes: markings, and scopes that name their audience\n");
    for (uint32_t i = 0; i < 5; i++) {
        g->scope_name[g->n_scopes++] = add_name(g, "%s", markings[i]);
        put(&g->out, "scope %s \"TLP\";\n", markings[i]);
    }
    for (uint32_t i = 0; i < audiences; i++) {
        g->scope_name[g->n_scopes] = add_name(g, "only-%03u", i);
        uint32_t gi = rng_chance(&g->r, 60) ? g->first_sector + rng_below(&g->r, g->n_sectors)
                                        : g->first_alliance + rng_below(&g->r, g->n_alliances);
        put(&g->out, "scope %s = %s;\n", name_at(g, g->scope_name[g->n_scopes]),
            name_at(g, g->groups[gi].name));
        g->n_scopes++;
    }
}

/* ---- rules -------------------------------------------------------------------- */

/* Where a rule is written: inside an agreement (its parties), or at the top
 * level around one organisation. */
typedef struct rule_ctx {
    int32_t agreement;
    uint32_t orgs[6], n_orgs;  /* the parties concerned, as organisations */
    uint32_t home;             /* one of them */
} rule_ctx;

static uint32_t random_category(gen_policy *g)
{
    uint32_t x = rng_below(&g->r, 100);
    if (x < 5)
        return rng_below(&g->r, 10);
    if (x < 30)
        return 10 + rng_below(&g->r, 90);
    return 100 + rng_below(&g->r, 900);
}

static void put_set(gen_policy *g, const node_set *s)
{
    if (s->star)
        put(&g->out, "*");
    for (uint32_t i = 0; i < s->n; i++)
        put(&g->out, "%s%s", i ? ", " : "", node_name(g, s->nodes[i]));
    if (s->n_except)
        put(&g->out, " except %s", node_name(g, s->except));
}

static uint32_t unit_of(gen_policy *g, uint32_t org_party)
{
    uint32_t end = g->parties[org_party].end;
    return end - org_party > 1 ? org_party + 1 + rng_below(&g->r, end - org_party - 1) : org_party;
}

/* A sender or recipient set around the context. */
static void draw_set(gen_policy *g, const rule_ctx *c, node_set *s, bool sender)
{
    memset(s, 0, sizeof *s);
    const org *home = &g->orgs[c->home];
    uint32_t hp = home->party;
    uint32_t x = rng_below(&g->r, 100);
    if (c->agreement >= 0) {
        if (x < (sender ? 45u : 30u)) {
            s->nodes[s->n++] = hp;
        } else if (x < (sender ? 60u : 40u)) {
            s->nodes[s->n++] = unit_of(g, hp);
        } else if (x < 85) {
            for (uint32_t i = 0; i < c->n_orgs && s->n < MAX_NODES; i++)
                s->nodes[s->n++] = g->orgs[c->orgs[i]].party;
        } else if (x < 95) {
            s->nodes[s->n++] = group_node(g, home->sector);
        } else if (x < 98) {
            s->nodes[s->n++] = hp;
            s->n_except = 1;
            s->except = unit_of(g, hp);
            if (s->except == hp)
                s->n_except = 0;
        } else {
            s->star = true;
            s->n_except = 1;
            s->except = group_node(g, g->watch);
        }
        return;
    }
    if (x < (sender ? 40u : 25u)) {
        s->nodes[s->n++] = hp;
    } else if (x < (sender ? 55u : 35u)) {
        s->nodes[s->n++] = unit_of(g, hp);
    } else if (x < 75) {
        s->nodes[s->n++] = group_node(g, home->sector);
    } else if (x < 85) {
        s->nodes[s->n++] = group_node(g, home->region);
    } else if (x < 93) {
        uint32_t a = home->alliance != NONE ? home->alliance
                                            : g->first_alliance + rng_below(&g->r, g->n_alliances);
        s->nodes[s->n++] = group_node(g, a);
    } else if (x < 97) {
        /* a few named organisations */
        uint32_t k = 2 + rng_below(&g->r, 3);
        for (uint32_t i = 0; i < k; i++)
            s->nodes[s->n++] = g->orgs[rng_below(&g->r, g->n_orgs)].party;
    } else {
        s->star = true;
        s->n_except = 1;
        s->except = group_node(g, g->watch);
    }
}

static void note_consent_party(rule_model *m, uint32_t p)
{
    for (uint32_t i = 0; i < m->n_consent; i++)
        if (m->consent[i] == p)
            return;
    if (m->n_consent < GEN_MAX_CONSENTS)
        m->consent[m->n_consent++] = p;
}

static void note_consent_group(gen_policy *g, rule_model *m, uint32_t gi)
{
    const group *gr = &g->groups[gi];
    for (uint32_t i = 0; i < gr->n; i++)
        note_consent_party(m, g->members[gr->first + i]);
}

static uint32_t panel_of(gen_policy *g, const rule_ctx *c)
{
    uint32_t p = g->orgs[c->home].panel;
    return p != NONE ? p : g->first_panel + rng_below(&g->r, g->n_panels);
}

/* `with consent of ...` / `require consent of ...`: the expression. */
static void put_consent(gen_policy *g, const rule_ctx *c, rule_model *m, bool required)
{
    uint32_t x = rng_below(&g->r, 100);
    uint32_t other = g->orgs[c->orgs[rng_below(&g->r, c->n_orgs)]].party;
    uint32_t panel = panel_of(g, c);
    if (x < (required ? 50u : 30u)) {
        put(&g->out, "originator");
        m->consent_originator = true;
    } else if (x < 50) {
        put(&g->out, "%s", node_name(g, other));
        note_consent_party(m, other);
    } else if (x < 65 && c->n_orgs > 1) {
        put(&g->out, "all of {");
        for (uint32_t i = 0; i < c->n_orgs; i++) {
            uint32_t p = g->orgs[c->orgs[i]].party;
            put(&g->out, "%s%s", i ? ", " : "", node_name(g, p));
            note_consent_party(m, p);
        }
        put(&g->out, "}");
    } else if (x < 78) {
        put(&g->out, "any of %s", name_at(g, g->groups[panel].name));
        note_consent_group(g, m, panel);
    } else if (x < 88) {
        put(&g->out, "2 of %s", name_at(g, g->groups[panel].name));
        note_consent_group(g, m, panel);
    } else if (x < 94) {
        put(&g->out, "originator and any of %s", name_at(g, g->groups[panel].name));
        m->consent_originator = true;
        note_consent_group(g, m, panel);
    } else {
        uint32_t a = g->orgs[c->orgs[0]].party, b = g->orgs[c->orgs[c->n_orgs - 1]].party;
        put(&g->out, "(%s and %s) or all of %s", node_name(g, a), node_name(g, b),
            name_at(g, g->groups[panel].name));
        note_consent_party(m, a);
        note_consent_party(m, b);
    }
}

static void put_purposes(gen_policy *g, rule_model *m)
{
    uint32_t k = 1 + rng_below(&g->r, 2);
    put(&g->out, "purpose in ");
    for (uint32_t i = 0; i < k; i++) {
        uint32_t p = rng_below(&g->r, g->n_purposes);
        if (i > 0 && p == m->purposes[m->n_purposes - 1])
            continue;
        m->purposes[m->n_purposes++] = p;
        put(&g->out, "%s%s", i ? ", " : "", name_at(g, g->purpose_name[p]));
    }
}

/* `when ...` for an allow rule. */
static void put_allow_when(gen_policy *g, const rule_ctx *c, rule_model *m)
{
    uint32_t x = rng_below(&g->r, 100);
    if (x < 50)
        return;
    put(&g->out, " when ");
    if (x < 68) {
        put_purposes(g, m);
    } else if (x < 74) {
        put(&g->out, "not onward");
    } else if (x < 78) {
        put(&g->out, "onward and originator in %s",
            name_at(g, g->groups[g->orgs[c->home].sector].name));
    } else if (x < 83) {
        put(&g->out, "not marked tlp-red, tlp-amber-strict");
    } else if (x < 87) {
        put(&g->out, "to within scope or unmarked");
    } else if (x < 92) {
        put(&g->out, "since ");
        put_date(&g->out, day_of(2017 + (int)rng_below(&g->r, 6), 1 + (int)rng_below(&g->r, 12), 1));
    } else if (x < 96) {
        put_purposes(g, m);
        put(&g->out, " and not onward");
    } else {
        put(&g->out, "originator in %s except %s",
            name_at(g, g->groups[g->orgs[c->home].sector].name),
            name_at(g, g->groups[g->watch].name));
    }
}

static void put_categories(gen_policy *g, rule_model *m, unsigned star_percent)
{
    if (rng_chance(&g->r, star_percent)) {
        put(&g->out, "*");
        return;
    }
    uint32_t x = rng_below(&g->r, 100);
    uint32_t k = x < 55 ? 1 : x < 85 ? 2 : 3;
    for (uint32_t i = 0; i < k; i++) {
        uint32_t cat = random_category(g);
        bool dup = false;
        for (uint32_t j = 0; j < m->n_cats; j++)
            dup |= m->cats[j] == cat;
        if (dup)
            continue;
        m->cats[m->n_cats++] = cat;
        put(&g->out, "%s%s", m->n_cats > 1 ? ", " : "", name_at(g, g->cat_name[cat]));
    }
}

static void gen_rule(gen_policy *g, const rule_ctx *c, const char *indent)
{
    rule_model *m = &g->rules[g->n_rules];
    memset(m, 0, sizeof *m);
    m->agreement = c->agreement;
    uint32_t x = rng_below(&g->r, 100);
    uint32_t index = g->n_rules++;
    if (rng_chance(&g->r, 70))
        put(&g->out, "%srule r%06u%s\n%s  ", indent, index,
            rng_chance(&g->r, 30) ? " \"Article\"" : "", indent);
    else
        put(&g->out, "%s", indent);
    if (x < 80) {
        m->kind = SHAREPOL_RULE_ALLOW;
        g->stats.allows++;
        put(&g->out, "allow ");
        put_categories(g, m, 3);
        draw_set(g, c, &m->from, true);
        draw_set(g, c, &m->to, false);
        put(&g->out, " from ");
        put_set(g, &m->from);
        put(&g->out, " to ");
        put_set(g, &m->to);
        if (rng_chance(&g->r, 65)) {
            put(&g->out, " with consent of ");
            put_consent(g, c, m, false);
        }
        put_allow_when(g, c, m);
    } else if (x < 90) {
        m->kind = SHAREPOL_RULE_DENY;
        g->stats.denies++;
        put(&g->out, "deny ");
        put_categories(g, m, 0);
        draw_set(g, c, &m->from, true);
        uint32_t y = rng_below(&g->r, 100);
        if (y < 35) {
            m->to.n = 1;
            m->to.nodes[0] = group_node(g, g->watch);
        } else {
            draw_set(g, c, &m->to, false);
        }
        put(&g->out, " from ");
        put_set(g, &m->from);
        put(&g->out, " to ");
        put_set(g, &m->to);
        y = rng_below(&g->r, 100);
        if (y < 30)
            ; /* unconditional */
        else if (y < 50)
            put(&g->out, " when marked tlp-red and to outside scope");
        else if (y < 65) {
            put(&g->out, " when ");
            put_purposes(g, m);
        } else if (y < 80)
            put(&g->out, " when onward and not originator in %s",
                name_at(g, g->groups[g->orgs[c->home].sector].name));
        else {
            put(&g->out, " when before ");
            put_date(&g->out, day_of(2018 + (int)rng_below(&g->r, 6), 1 + (int)rng_below(&g->r, 12), 1));
        }
    } else if (c->agreement >= 0 && rng_chance(&g->r, 20)) {
        /* an agreement's own: the provider's say beyond the scope */
        m->kind = SHAREPOL_RULE_REQUIRE;
        g->stats.requires++;
        m->consent_originator = true;
        m->from.n = 1;
        m->from.nodes[0] = g->orgs[c->home].party;
        m->to.star = true;
        put(&g->out, "require consent of originator from %s when to outside scope",
            node_name(g, m->from.nodes[0]));
    } else {
        m->kind = SHAREPOL_RULE_REQUIRE;
        g->stats.requires++;
        put(&g->out, "require consent of ");
        put_consent(g, c, m, true);
        put(&g->out, " for ");
        put_categories(g, m, 0);
        draw_set(g, c, &m->from, true);
        put(&g->out, " from ");
        put_set(g, &m->from);
        if (rng_chance(&g->r, 50)) {
            draw_set(g, c, &m->to, false);
            put(&g->out, " to ");
            put_set(g, &m->to);
        } else {
            m->to.star = true;
        }
        uint32_t y = rng_below(&g->r, 100);
        if (y < 30)
            put(&g->out, " when to outside scope");
        else if (y < 50)
            put(&g->out, " when onward");
        else if (y < 65) {
            put(&g->out, " when ");
            put_purposes(g, m);
        }
    }
    put(&g->out, ";\n");
}

static void gen_agreements_and_rules(gen_policy *g)
{
    uint32_t target = g->n_parties * 10;
    g->rules = calloc(target + 16, sizeof *g->rules);
    g->n_agreements = g->n_parties / 20 > 3 ? g->n_parties / 20 : 3;
    g->agreements = calloc(g->n_agreements, sizeof *g->agreements);
    if (!g->rules || !g->agreements) {
        g->out.oom = true;
        return;
    }
    uint32_t in_agreements = target * 6 / 10;
    put(&g->out, "\n# agreements and their rules\n");
    for (uint32_t a = 0; a < g->n_agreements; a++) {
        agreement_model *am = &g->agreements[a];
        rule_ctx c;
        memset(&c, 0, sizeof c);
        c.agreement = (int32_t)a;
        uint32_t first = rng_below(&g->r, g->n_orgs);
        c.orgs[c.n_orgs++] = first;
        uint32_t k = 2 + rng_below(&g->r, 5);
        /* partners mostly from the same sector */
        uint32_t sector = g->orgs[first].sector;
        const group *sg = &g->groups[sector];
        for (uint32_t i = 1; i < k; i++) {
            uint32_t p = rng_chance(&g->r, 70) ? g->members[sg->first + rng_below(&g->r, sg->n)]
                                           : g->orgs[rng_below(&g->r, g->n_orgs)].party;
            uint32_t o = 0;
            while (g->orgs[o].party != p)
                o++; /* small n per agreement; fine for a generator */
            bool dup = false;
            for (uint32_t j = 0; j < c.n_orgs; j++)
                dup |= c.orgs[j] == o;
            if (!dup)
                c.orgs[c.n_orgs++] = o;
        }
        am->n_orgs = c.n_orgs;
        memcpy(am->orgs, c.orgs, sizeof c.orgs);
        am->start = day_of(2016 + (int)rng_below(&g->r, 9), 1 + (int)rng_below(&g->r, 12),
                           1 + (int)rng_below(&g->r, 28));
        put(&g->out, "\nagreement ag-%04u \"Agreement %u\" {\n  parties ", a, a);
        for (uint32_t i = 0; i < c.n_orgs; i++)
            put(&g->out, "%s%s", i ? ", " : "", node_name(g, g->orgs[c.orgs[i]].party));
        put(&g->out, ";\n  signed ");
        put_date(&g->out, am->start);
        put(&g->out, ";\n");
        uint32_t t = rng_below(&g->r, 100);
        static const char *const terms[] = { "1y", "2y", "3y", "5y" };
        if (t < 70) {
            put(&g->out, "  term %s renews 1y unless notice %s;\n", terms[rng_below(&g->r, 4)],
                rng_chance(&g->r, 50) ? "1mo" : "3mo");
            if (rng_chance(&g->r, 15)) {
                put(&g->out, "  notice by %s on ", node_name(g, g->orgs[c.orgs[0]].party));
                put_date(&g->out, am->start + 700 + (int32_t)rng_below(&g->r, 1500));
                put(&g->out, ";\n");
            }
        } else if (t < 85) {
            put(&g->out, "  term %s;\n", terms[1 + rng_below(&g->r, 3)]);
        } else if (t < 95) {
            put(&g->out, "  expires ");
            put_date(&g->out, am->start + 1500 + (int32_t)rng_below(&g->r, 1500));
            put(&g->out, ";\n");
        } /* else: no end */
        uint32_t n = in_agreements / g->n_agreements;
        for (uint32_t i = 0; i < n; i++) {
            c.home = c.orgs[rng_below(&g->r, c.n_orgs)];
            gen_rule(g, &c, "  ");
        }
        put(&g->out, "}\n");
    }
    put(&g->out, "\n# standing rules\n");
    while (g->n_rules < target) {
        rule_ctx c;
        memset(&c, 0, sizeof c);
        c.agreement = -1;
        c.home = rng_below(&g->r, g->n_orgs);
        c.orgs[c.n_orgs++] = c.home;
        uint32_t panel = panel_of(g, &c);
        const group *pg = &g->groups[panel];
        for (uint32_t i = 0; i < 2 && i < pg->n; i++) {
            uint32_t p = g->members[pg->first + i];
            uint32_t o = 0;
            while (g->orgs[o].party != p)
                o++;
            if (o != c.home)
                c.orgs[c.n_orgs++] = o;
        }
        gen_rule(g, &c, "");
    }
}

/* ---- the whole set ----------------------------------------------------------- */

gen_policy *gen_policy_new(uint32_t n_parties, uint64_t seed)
{
    gen_policy *g = calloc(1, sizeof *g);
    if (!g)
        return NULL;
    g->r.s = seed * 0x100000001b3u + n_parties;
    put(&g->out, "# generated by bench/gen.c: %u parties, seed %llu\n", n_parties,
        (unsigned long long)seed);
    gen_parties(g, n_parties);
    if (!g->out.oom)
        gen_groups(g);
    if (!g->out.oom)
        gen_categories(g);
    if (!g->out.oom)
        gen_purposes_scopes(g);
    if (!g->out.oom)
        gen_agreements_and_rules(g);
    if (!g->out.oom) {
        /* one test block, as a policy set should have */
        put(&g->out, "\ntest \"nothing reaches the outsider\" at 2024-01-01 {\n"
                     "  expect c3-000 from %s to outsider => deny;\n}\n",
            name_at(g, g->parties[0].name));
    }
    if (g->out.oom || g->names.oom) {
        gen_policy_free(g);
        return NULL;
    }
    gen_stats *s = &g->stats;
    s->parties = g->n_parties;
    s->organisations = g->n_orgs;
    s->groups = g->n_groups;
    s->categories = N_CATEGORIES;
    s->purposes = g->n_purposes;
    s->scopes = g->n_scopes;
    s->agreements = g->n_agreements;
    s->rules = g->n_rules;
    /* nodes a party is in: itself and its ancestors (all parties), and its
     * groups (on a sample of parties when there are many) */
    uint64_t tree = 0, in_groups = 0, sampled = 0;
    uint32_t step = g->n_parties <= 1000 ? 1 : 97;
    for (uint32_t p = 0; p < g->n_parties; p++)
        for (uint32_t q = g->parties[p].org; q <= p; q++)
            tree += p < g->parties[q].end;
    for (uint32_t p = 0; p < g->n_parties; p += step, sampled++)
        for (uint32_t gi = 0; gi < g->n_groups; gi++)
            in_groups += party_is_in(g, p, group_node(g, gi));
    s->mean_in = (double)tree / g->n_parties + (double)in_groups / (double)sampled;
    return g;
}

/* ---- draft 2: a relational mix --------------------------------------------- */

char *gen_relational_text(const gen_policy *g, uint64_t seed, size_t *len, uint32_t *n_rules)
{
    rng r = { seed * 0x9e3779b97f4a7c15u + g->n_parties };
    text t;
    memset(&t, 0, sizeof t);
    put(&t, "%s\n# draft 2: clients of organisations, and rules that read the holder\n"
            "relation clients \"the organisation's clients\";\n", g->out.v);
    for (uint32_t o = 0; o < g->n_orgs; o++) {
        if (!rng_chance(&r, 50))
            continue;
        put(&t, "relation clients of %s = ", node_name(g, g->orgs[o].party));
        uint32_t k = 1 + rng_below(&r, 3);
        for (uint32_t i = 0; i < k; i++)
            put(&t, "%s%s", i ? ", " : "",
                node_name(g, g->orgs[rng_below(&r, g->n_orgs)].party));
        put(&t, ";\n");
    }
    /* one relational rule for every ten parties: a tenth of the rules */
    uint32_t n = g->n_parties / 10 ? g->n_parties / 10 : 1;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t x = rng_below(&r, 100);
        const char *cat = name_at(g, g->cat_name[x < 5    ? rng_below(&r, 10)
                                                 : x < 30 ? 10 + rng_below(&r, 90)
                                                          : 100 + rng_below(&r, 900)]);
        const char *scope = name_at(g, g->scope_name[rng_below(&r, g->n_scopes)]);
        const char *sector = node_name(g, group_node(g, g->first_sector + rng_below(&r, g->n_sectors)));
        switch (rng_below(&r, 4)) {
        case 0:
            put(&t, "allow %s from * to organisation of from when marked %s;\n", cat, scope);
            break;
        case 1:
            put(&t, "allow %s from %s to organisation of from, clients of organisation of from;\n",
                cat, sector);
            break;
        case 2:
            put(&t, "allow %s from * to originator;\n", cat);
            break;
        default:
            put(&t, "deny %s from %s to * except organisation of originator, clients of originator "
                    "when marked %s;\n", cat, sector, scope);
            break;
        }
    }
    if (t.oom) {
        free(t.v);
        return NULL;
    }
    *len = t.n;
    *n_rules = n;
    return t.v;
}

void gen_policy_free(gen_policy *g)
{
    if (!g)
        return;
    free(g->out.v);
    free(g->names.v);
    free(g->parties);
    free(g->orgs);
    free(g->groups);
    free(g->members);
    free(g->scope_name);
    free(g->agreements);
    free(g->rules);
    free(g->party_id);
    free(g->cat_id);
    free(g->scope_id);
    free(g->purpose_id);
    free(g);
}

const char *gen_policy_text(const gen_policy *g, size_t *len)
{
    *len = g->out.n;
    return g->out.v;
}

const gen_stats *gen_policy_stats(const gen_policy *g)
{
    return &g->stats;
}

const char *gen_party_name(const gen_policy *g, uint32_t i)
{
    return name_at(g, g->parties[i].name);
}

const char *gen_category_name(const gen_policy *g, uint32_t i)
{
    return name_at(g, g->cat_name[i]);
}

const char *gen_scope_name(const gen_policy *g, uint32_t i)
{
    return name_at(g, g->scope_name[i]);
}

const char *gen_purpose_name(const gen_policy *g, uint32_t i)
{
    return name_at(g, g->purpose_name[i]);
}

/* ---- queries ------------------------------------------------------------------ */

static int intern(gen_policy *g, const sharepol_policy *policy)
{
    if (g->interned == policy)
        return 0;
    free(g->party_id);
    free(g->cat_id);
    free(g->scope_id);
    free(g->purpose_id);
    g->party_id = malloc(sizeof(sharepol_id) * g->n_parties);
    g->cat_id = malloc(sizeof(sharepol_id) * N_CATEGORIES);
    g->scope_id = malloc(sizeof(sharepol_id) * g->n_scopes);
    g->purpose_id = malloc(sizeof(sharepol_id) * g->n_purposes);
    if (!g->party_id || !g->cat_id || !g->scope_id || !g->purpose_id)
        return -1;
    for (uint32_t i = 0; i < g->n_parties; i++)
        g->party_id[i] = sharepol_party(policy, gen_party_name(g, i));
    for (uint32_t i = 0; i < N_CATEGORIES; i++)
        g->cat_id[i] = sharepol_category(policy, gen_category_name(g, i));
    for (uint32_t i = 0; i < g->n_scopes; i++)
        g->scope_id[i] = sharepol_scope(policy, gen_scope_name(g, i));
    for (uint32_t i = 0; i < g->n_purposes; i++)
        g->purpose_id[i] = sharepol_purpose(policy, gen_purpose_name(g, i));
    g->interned = policy;
    return 0;
}

void gen_query_ids(const gen_policy *g, const sharepol_policy *policy, const gen_query *q,
                   sharepol_query *out, sharepol_id *buf)
{
    (void)policy;
    sharepol_query init = SHAREPOL_QUERY_INIT;
    *out = init;
    out->category = g->cat_id[q->cat];
    out->from = g->party_id[q->from];
    out->to = g->party_id[q->to];
    if (q->originator >= 0)
        out->originator = g->party_id[q->originator];
    if (q->scope >= 0)
        out->scope = g->scope_id[q->scope];
    if (q->purpose >= 0)
        out->purpose = g->purpose_id[q->purpose];
    out->date = q->date;
    for (uint32_t i = 0; i < q->n_consents; i++)
        buf[i] = g->party_id[q->consents[i]];
    out->consents = q->n_consents ? buf : NULL;
    out->n_consents = q->n_consents;
    if (q->n_audience) {
        for (uint32_t i = 0; i < q->n_audience; i++)
            buf[GEN_MAX_CONSENTS + i] = g->party_id[q->audience[i]];
        out->audience = buf + GEN_MAX_CONSENTS;
        out->n_audience = q->n_audience;
    }
}

/* A random party in a rule's set; anyone for `*`. */
static uint32_t party_in_set(gen_policy *g, rng *r, const node_set *s)
{
    if (s->star || s->n == 0)
        return rng_below(r, g->n_parties);
    return party_in(g, r, s->nodes[rng_below(r, s->n)]);
}

/* The category, or now and then one below it. */
static uint32_t narrow(gen_policy *g, rng *r, uint32_t cat)
{
    while (rng_chance(r, 40)) {
        uint32_t n = g->cat_first_child[cat + 1] - g->cat_first_child[cat];
        if (n == 0)
            break;
        cat = g->cat_children[g->cat_first_child[cat] + rng_below(r, n)];
    }
    return cat;
}

/* A query drawn around rule m (or, with m NULL, at random). */
static void draw_query(gen_policy *g, rng *r, const rule_model *m, gen_query *q)
{
    memset(q, 0, sizeof *q);
    q->originator = q->scope = q->purpose = -1;
    int32_t lo = day_of(2019, 1, 1), hi = day_of(2027, 12, 31);
    if (!m) {
        q->cat = rng_below(r, N_CATEGORIES);
        q->from = rng_below(r, g->n_parties);
        q->to = rng_below(r, g->n_parties);
        q->date = lo + (int32_t)rng_below(r, (uint32_t)(hi - lo));
    } else {
        q->cat = m->n_cats ? narrow(g, r, m->cats[rng_below(r, m->n_cats)])
                           : rng_below(r, N_CATEGORIES);
        q->from = party_in_set(g, r, &m->from);
        q->to = party_in_set(g, r, &m->to);
        if (m->agreement >= 0) {
            int32_t start = g->agreements[m->agreement].start;
            q->date = start + (int32_t)rng_below(r, 4 * 365);
        } else {
            q->date = lo + (int32_t)rng_below(r, (uint32_t)(hi - lo));
        }
    }
    if (rng_chance(r, 30))
        q->originator = (int32_t)(rng_chance(r, 50) ? g->parties[q->from].org
                                                : rng_below(r, g->n_parties));
    uint32_t s = rng_below(r, 100);
    if (s < 25)
        q->scope = (int32_t)rng_below(r, g->n_markings);
    else if (s < 45)
        q->scope = (int32_t)(g->n_markings + rng_below(r, g->n_scopes - g->n_markings));
    else if (s < 52) {
        q->n_audience = 2;
        q->audience[0] = g->parties[q->to].org;
        q->audience[1] = g->orgs[rng_below(r, g->n_orgs)].party;
    }
    if (m && m->n_purposes && rng_chance(r, 70))
        q->purpose = (int32_t)m->purposes[rng_below(r, m->n_purposes)];
    else if (rng_chance(r, 40))
        q->purpose = (int32_t)rng_below(r, g->n_purposes);
    if (m) {
        uint32_t c = rng_below(r, 100);
        if (c < 45) {
            /* everyone the rule's consent names */
            for (uint32_t i = 0; i < m->n_consent; i++)
                q->consents[q->n_consents++] = m->consent[i];
            if (m->consent_originator && q->originator >= 0 &&
                q->n_consents < GEN_MAX_CONSENTS)
                q->consents[q->n_consents++] = (uint32_t)q->originator;
        } else if (c < 70) {
            for (uint32_t i = 0; i < m->n_consent; i++)
                if (rng_chance(r, 50))
                    q->consents[q->n_consents++] = m->consent[i];
        }
    }
}

/* Adds to q the parties of one way to satisfy a residual node (by
 * generator index; false when they do not fit). */
static bool add_satisfying(const gen_policy *g, const sharepol_consent_node *n, gen_query *q)
{
    uint32_t k;
    switch (n->kind) {
    case SHAREPOL_CONSENT_PARTY:
        if (q->n_consents == GEN_MAX_CONSENTS)
            return false;
        for (k = 0; k < g->n_parties && g->party_id[k] != n->party; k++)
            ;
        q->consents[q->n_consents++] = k;
        return true;
    case SHAREPOL_CONSENT_AND:
        for (size_t i = 0; i < n->n_children; i++)
            if (!add_satisfying(g, n->children[i], q))
                return false;
        return true;
    case SHAREPOL_CONSENT_OR:
        return n->n_children > 0 && add_satisfying(g, n->children[0], q);
    default: {
        unsigned need = n->kind == SHAREPOL_CONSENT_ANY ? 1 : n->count;
        for (size_t i = 0; i < need && i < n->n_parties; i++) {
            sharepol_consent_node one;
            memset(&one, 0, sizeof one);
            one.kind = SHAREPOL_CONSENT_PARTY;
            one.party = n->parties[i];
            if (!add_satisfying(g, &one, q))
                return false;
        }
        return true;
    }
    }
}

static void shuffle(gen_query *q, size_t n, rng *r)
{
    for (size_t i = n; i > 1; i--) {
        size_t j = (size_t)(((rng_next(r) >> 11) * (double)i) / 9007199254740992.0);
        gen_query t = q[i - 1];
        q[i - 1] = q[j];
        q[j] = t;
    }
}

int gen_queries(const gen_policy *gc, const sharepol_policy *policy, size_t n, gen_mix mix,
                uint64_t seed, gen_query **out, size_t got[4])
{
    gen_policy *g = (gen_policy *)gc; /* only the id cache changes */
    *out = NULL;
    memset(got, 0, sizeof(size_t) * 4);
    if (intern(g, policy) != 0)
        return -1;
    gen_query *qs = malloc(sizeof *qs * (n ? n : 1));
    if (!qs)
        return -1;
    size_t want[4] = { 0 }, by_rule = 0, by_default = 0;
    want[SHAREPOL_ALLOW] = n * mix.allow / 100;
    want[SHAREPOL_NEEDS_CONSENT] = n * mix.needs_consent / 100;
    want[SHAREPOL_DENY] = n - want[SHAREPOL_ALLOW] - want[SHAREPOL_NEEDS_CONSENT];
    rng r = { seed ^ 0x5eed5eed5eedu };
    size_t kept = 0, tries = 0;
    while (kept < n && tries < n * 50 + 100000) {
        tries++;
        gen_query q;
        uint32_t x = rng_below(&r, 100);
        const rule_model *m = NULL;
        if (x < 85) {
            /* around a rule: mostly allow rules, some deny rules */
            for (int k = 0; k < 8; k++) {
                m = &g->rules[rng_below(&r, g->n_rules)];
                if (m->kind == SHAREPOL_RULE_ALLOW || (x < 15 && m->kind == SHAREPOL_RULE_DENY))
                    break;
            }
        }
        draw_query(g, &r, m, &q);
        sharepol_query sq;
        sharepol_id buf[GEN_MAX_CONSENTS + GEN_MAX_AUDIENCE];
        gen_query_ids(g, policy, &q, &sq, buf);
        sharepol_result res;
        int d = sharepol_decide(policy, &sq, &res);
        if (d == SHAREPOL_NEEDS_CONSENT && got[SHAREPOL_ALLOW] < want[SHAREPOL_ALLOW] &&
            rng_chance(&r, 50)) {
            /* the caller brings the consents the answer asks for */
            sharepol_residual *rs = NULL;
            gen_query more = q;
            if (sharepol_residual_new(&rs, policy, &sq, &res) == SHAREPOL_OK &&
                add_satisfying(g, sharepol_residual_root(rs), &more)) {
                q = more;
                gen_query_ids(g, policy, &q, &sq, buf);
                d = sharepol_decide(policy, &sq, &res);
            }
            sharepol_residual_free(rs);
        }
        if (d < SHAREPOL_ALLOW || d > SHAREPOL_NEEDS_CONSENT)
            continue;
        if (got[d] >= want[d])
            continue;
        if (d == SHAREPOL_DENY) {
            /* half the denies by a deny rule, half by default */
            size_t *kind = res.rule ? &by_rule : &by_default;
            if (*kind >= (want[d] + (res.rule ? 1 : 0)) / 2)
                continue;
            (*kind)++;
        }
        got[d]++;
        qs[kept++] = q;
    }
    if (kept < n) {
        fprintf(stderr, "gen: after %zu candidates: %zu allow, %zu deny, %zu needs consent\n",
                tries, got[SHAREPOL_ALLOW], got[SHAREPOL_DENY], got[SHAREPOL_NEEDS_CONSENT]);
        free(qs);
        return -1;
    }
    shuffle(qs, n, &r);
    *out = qs;
    return 0;
}

static void json_str(text *t, const char *key, const char *value)
{
    put(t, ",\"%s\":\"%s\"", key, value);
}

int gen_query_json(const gen_policy *g, const gen_query *q, size_t index, char **buf,
                   size_t *len, size_t *cap)
{
    text t = { *buf, *len, *cap, false };
    char date[11];
    sharepol_date_format(date, q->date);
    put(&t, "{\"id\":\"q%zu\"", index);
    json_str(&t, "category", gen_category_name(g, q->cat));
    json_str(&t, "from", gen_party_name(g, q->from));
    json_str(&t, "to", gen_party_name(g, q->to));
    if (q->originator >= 0)
        json_str(&t, "originator", gen_party_name(g, (uint32_t)q->originator));
    if (q->n_audience) {
        put(&t, ",\"scope\":[");
        for (uint32_t i = 0; i < q->n_audience; i++)
            put(&t, "%s\"%s\"", i ? "," : "", gen_party_name(g, q->audience[i]));
        put(&t, "]");
    } else if (q->scope >= 0) {
        json_str(&t, "scope", gen_scope_name(g, (uint32_t)q->scope));
    }
    if (q->purpose >= 0)
        json_str(&t, "purpose", gen_purpose_name(g, (uint32_t)q->purpose));
    json_str(&t, "at", date);
    if (q->n_consents) {
        put(&t, ",\"consents\":[");
        for (uint32_t i = 0; i < q->n_consents; i++)
            put(&t, "%s\"%s\"", i ? "," : "", gen_party_name(g, q->consents[i]));
        put(&t, "]");
    }
    put(&t, "}\n");
    *buf = t.v;
    *len = t.n;
    *cap = t.cap;
    return t.oom ? -1 : 0;
}
