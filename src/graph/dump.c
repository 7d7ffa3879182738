/* dump.c — the compiled rule graph as text (`sharepol check --dump`), in the
 * spirit of jq's disassembly and libpcap's bpf_image: what lowering made of a
 * policy, for authors who wonder how a rule was read and for the golden tests
 * (tests/dump/), where a change to lowering shows as a readable diff.
 *
 * Sections, in this order: the parties in tree order (each with its tree
 * range, its organisation and the groups it is in), the groups with their
 * member parties, the categories and purposes with their ancestors, the
 * scopes with their audiences, the relations with their facts, the STIX
 * mappings (ids and types to parties, scopes and categories), the
 * agreements with the days they are in force, every rule in its lowered
 * form (kind, categories, days in force, sets, consent tree, condition
 * tree), and the rule index, key by key.
 * Declarations show their ids (`MOD #0`); everything else refers to them by
 * name.  The order is fixed (declaration, tree, source or id order; a key's
 * runs by category id), and no address or hash slot is shown, so the same
 * policy always gives the same text.  Trees indent two spaces a level, up to
 * MAX_INDENT: past it the structure is no longer drawn, so that a chain of a
 * hundred thousand units does not cost a hundred thousand spaces a line. */
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "date.h"
#include "graph.h"

#define MAX_INDENT 40

/* What each operator is called and what its node holds (graph_ops.h). */
typedef struct op_info {
    const char *spelling;
    sp_operands operands;
} op_info;

static const op_info consent_ops[] = {
#define SP_CONSENT_OP(name, operands, spelling) [SP_C_##name] = { spelling, SP_OPERANDS_##operands },
#include "graph_ops.h"
};

static const op_info cond_ops[] = {
#define SP_COND_OP(name, operands, spelling) [SP_W_##name] = { spelling, SP_OPERANDS_##operands },
#include "graph_ops.h"
};

typedef struct dumper {
    sp_buf b;
    const sharepol_policy *pol;
} dumper;

static void indent(dumper *d, uint32_t depth)
{
    uint32_t columns = 2 * depth < MAX_INDENT ? 2 * depth : MAX_INDENT;
    for (uint32_t i = 0; i < columns; i++)
        sp_buf_putc(&d->b, ' ');
}

/* A file name, or an unnamed rule's FILE:LINE: a file name may hold any
 * byte but NUL, and must not reach a terminal as it is. */
static void escaped(dumper *d, const char *text)
{
    sp_buf_escaped(&d->b, text, strlen(text), 0);
}

/* ` "label"`, escaped, or nothing. */
static void label(dumper *d, const char *text)
{
    if (!text)
        return;
    sp_buf_puts(&d->b, " \"");
    sp_buf_escaped(&d->b, text, strlen(text), '"');
    sp_buf_putc(&d->b, '"');
}

static void day(dumper *d, int32_t date)
{
    char text[11];
    if (sharepol_date_format(text, date) == SHAREPOL_OK)
        sp_buf_puts(&d->b, text);
    else
        sp_buf_printf(&d->b, "day %ld", (long)date);
}

/* The days [start, end) as written in the graph. */
static void days(dumper *d, int32_t start, int32_t end)
{
    if (start == SP_DATE_NOSTART && end == SP_DATE_NOEND) {
        sp_buf_puts(&d->b, "always");
        return;
    }
    sp_buf_puts(&d->b, "[");
    if (start == SP_DATE_NOSTART)
        sp_buf_puts(&d->b, "beginning");
    else
        day(d, start);
    sp_buf_puts(&d->b, ", ");
    if (end == SP_DATE_NOEND)
        sp_buf_puts(&d->b, "no end");
    else
        day(d, end);
    sp_buf_puts(&d->b, ")");
    if (start != SP_DATE_NOSTART && end != SP_DATE_NOEND && end <= start)
        sp_buf_puts(&d->b, ", never");
}

/* A principal node: a party, or n_parties + a group. */
static const char *node_name(const sharepol_policy *pol, uint32_t node)
{
    if (node < pol->n_parties)
        return pol->parties[node].name;
    if (node - pol->n_parties < pol->n_groups)
        return pol->groups[node - pol->n_parties].name;
    return "?";
}

/* n names of entities ids at u32[at], comma separated. */
static void names(dumper *d, const sp_entity *entities, uint32_t at, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++)
        sp_buf_printf(&d->b, "%s%s", i ? ", " : "", entities[d->pol->u32[at + i]].name);
}

/* A party reference (graph.h): `clients of organisation of from`. */
static void party_ref(dumper *d, const uint32_t *ref)
{
    uint32_t rel = ref[0] >> SP_REF_REL_SHIFT;
    if (rel)
        sp_buf_printf(&d->b, "%s of ", d->pol->relations[rel - 1].name);
    if (ref[0] & SP_REF_ORG)
        sp_buf_puts(&d->b, "organisation of ");
    sp_buf_puts(&d->b, sp_graph_ref_base(d->pol, ref));
}

/* n nodes at u32[at], then n_refs references at u32[refs], in braces. */
static void node_list(dumper *d, uint32_t at, uint32_t n, uint32_t refs, uint32_t n_refs)
{
    sp_buf_putc(&d->b, '{');
    for (uint32_t i = 0; i < n; i++)
        sp_buf_printf(&d->b, "%s%s", i ? ", " : "", node_name(d->pol, d->pol->u32[at + i]));
    for (uint32_t i = 0; i < n_refs; i++) {
        sp_buf_puts(&d->b, i + n ? ", " : "");
        party_ref(d, d->pol->u32 + refs + 2 * (size_t)i);
    }
    sp_buf_putc(&d->b, '}');
}

static void pset(dumper *d, int32_t index)
{
    const sp_pset *s = &d->pol->psets[index];
    if (s->star)
        sp_buf_putc(&d->b, '*');
    else
        node_list(d, s->names, s->n_names, s->refs, s->n_refs);
    if (s->n_excepts || s->n_xrefs) {
        sp_buf_puts(&d->b, " except ");
        node_list(d, s->excepts, s->n_excepts, s->refs + 2 * s->n_refs, s->n_xrefs);
    }
}

/* ---- declarations -------------------------------------------------------- */

/* ", 3 parties" / ", 1 party" */
static void count(dumper *d, const char *sep, uint32_t n, const char *one, const char *many)
{
    sp_buf_printf(&d->b, "%s%u %s", sep, n, n == 1 ? one : many);
}

static void header(dumper *d)
{
    const sharepol_policy *pol = d->pol;
    count(d, "rule graph: ", pol->n_parties, "party", "parties");
    count(d, ", ", pol->n_groups, "group", "groups");
    count(d, ", ", pol->n_categories, "category", "categories");
    count(d, ", ", pol->n_purposes, "purpose", "purposes");
    count(d, ", ", pol->n_scopes, "scope", "scopes");
    count(d, ", ", pol->n_agreements, "agreement", "agreements");
    count(d, ", ", pol->n_rules, "rule", "rules");
    if (pol->n_relations)
        count(d, ", ", pol->n_relations, "relation", "relations");
    sp_buf_putc(&d->b, '\n');
}

/* Parties in tree order, each indented below its parent. */
static int dump_parties(dumper *d)
{
    const sharepol_policy *pol = d->pol;
    uint32_t np = pol->n_parties;
    uint32_t *at = sp_alloc(&pol->allocator, sizeof *at * (np + 1));
    uint32_t *open_ends = sp_alloc(&pol->allocator, sizeof *open_ends * (np + 1));
    if (!at || !open_ends) {
        sp_free(at);
        sp_free(open_ends);
        return SHAREPOL_ENOMEM;
    }
    for (uint32_t p = 0; p < np; p++)
        at[pol->pinfo[p].tree_pos] = p;
    sp_buf_puts(&d->b, "\nparties, in tree order: tree range, organisation, groups\n");
    uint32_t depth = 0; /* the trees still open: their ends */
    for (uint32_t pos = 0; pos < np; pos++) {
        uint32_t p = at[pos];
        const sp_pinfo *pi = &pol->pinfo[p];
        while (depth > 0 && open_ends[depth - 1] <= pos)
            depth--;
        indent(d, depth + 1);
        sp_buf_printf(&d->b, "%s #%u", pol->parties[p].name, p);
        label(d, pol->parties[p].label);
        sp_buf_printf(&d->b, ": [%u, %u)", pi->tree_pos, pi->tree_end);
        if (pol->party_parent[p] < 0)
            sp_buf_puts(&d->b, ", organisation");
        else
            sp_buf_printf(&d->b, ", in %s", pol->parties[pol->party_parent[p]].name);
        if (pi->n_groups) {
            sp_buf_puts(&d->b, "; groups ");
            for (uint32_t i = 0; i < pi->n_groups; i++)
                sp_buf_printf(&d->b, "%s%s", i ? ", " : "",
                              node_name(pol, pol->u32[pi->groups + i]));
        }
        sp_buf_putc(&d->b, '\n');
        open_ends[depth++] = pi->tree_end;
    }
    sp_free(at);
    sp_free(open_ends);
    return SHAREPOL_OK;
}

/* "  NAME #id "label": ", which starts each declaration's line. */
static void declared(dumper *d, const char *name, uint32_t id, const char *text)
{
    sp_buf_printf(&d->b, "  %s #%u", name, id);
    label(d, text);
    sp_buf_puts(&d->b, ": ");
}

static void dump_groups(dumper *d)
{
    const sharepol_policy *pol = d->pol;
    if (pol->n_groups == 0)
        return;
    sp_buf_puts(&d->b, "\ngroups, with their member parties\n");
    for (uint32_t g = 0; g < pol->n_groups; g++) {
        declared(d, pol->groups[g].name, g, pol->groups[g].label);
        uint32_t first = pol->member_off[g], n = pol->member_off[g + 1] - first;
        if (n == 0)
            sp_buf_puts(&d->b, "no members");
        names(d, pol->parties, first, n);
        sp_buf_putc(&d->b, '\n');
    }
}

/* Categories or purposes, each with its ancestors (itself included). */
static void dump_dag(dumper *d, const char *title, const sp_entity *entities, uint32_t n,
                     const uint32_t *anc_off)
{
    if (n == 0)
        return;
    sp_buf_printf(&d->b, "\n%s, with their ancestors (themselves included)\n", title);
    for (uint32_t i = 0; i < n; i++) {
        declared(d, entities[i].name, i, entities[i].label);
        names(d, entities, anc_off[i], anc_off[i + 1] - anc_off[i]);
        sp_buf_putc(&d->b, '\n');
    }
}

static void dump_scopes(dumper *d)
{
    const sharepol_policy *pol = d->pol;
    if (pol->n_scopes == 0)
        return;
    sp_buf_puts(&d->b, "\nscopes, with their audiences\n");
    for (uint32_t s = 0; s < pol->n_scopes; s++) {
        declared(d, pol->scopes[s].name, s, pol->scopes[s].label);
        if (pol->scope_audience[s] < 0) {
            sp_buf_puts(&d->b, "no audience\n");
            continue;
        }
        sp_buf_puts(&d->b, "audience ");
        pset(d, pol->scope_audience[s]);
        sp_buf_putc(&d->b, '\n');
    }
}

/* Each relation, and each party's fact for it in party order. */
static void dump_relations(dumper *d)
{
    const sharepol_policy *pol = d->pol;
    if (pol->n_relations == 0)
        return;
    sp_buf_puts(&d->b, "\nrelations, with each party's fact\n");
    for (uint32_t r = 0; r < pol->n_relations; r++) {
        declared(d, pol->relations[r].name, r, pol->relations[r].label);
        /* without parties there is no table of facts (NULL) to index */
        const int32_t *facts = pol->n_parties ? pol->facts + (size_t)r * pol->n_parties : NULL;
        uint32_t n = 0;
        for (uint32_t p = 0; p < pol->n_parties; p++)
            n += facts[p] >= 0;
        count(d, "", n, "fact", "facts");
        for (uint32_t p = 0; p < pol->n_parties; p++) {
            if (facts[p] < 0)
                continue;
            sp_buf_printf(&d->b, "\n    of %s: ", pol->parties[p].name);
            pset(d, facts[p]);
        }
        sp_buf_putc(&d->b, '\n');
    }
}

/* The STIX mappings, identities, markings and types in key order; a TLP 2.0
 * marking the policy did not map itself says so. */
static void dump_stix(dumper *d)
{
    const sharepol_policy *pol = d->pol;
    if (pol->n_stix == 0)
        return;
    static const char *const words[] = { "identity", "marking", "type" };
    sp_buf_puts(&d->b, "\nstix mappings\n");
    for (uint32_t i = 0; i < pol->n_stix; i++) {
        const sp_stix_entry *e = &pol->stix[i];
        const sp_entity *to = e->to == SP_STIX_TO_PARTY   ? &pol->parties[e->target]
                              : e->to == SP_STIX_TO_SCOPE ? &pol->scopes[e->target]
                                                          : &pol->categories[e->target];
        sp_buf_printf(&d->b, "  %s %s -> %s%s\n", words[e->to], e->key, to->name,
                      e->by_default ? " (TLP 2.0, by default)" : "");
    }
}

static void dump_agreements(dumper *d)
{
    const sharepol_policy *pol = d->pol;
    if (pol->n_agreements == 0)
        return;
    sp_buf_puts(&d->b, "\nagreements, with the days they are in force\n");
    for (uint32_t i = 0; i < pol->n_agreements; i++) {
        const sharepol_agreement_info *ag = &pol->agreements[i];
        declared(d, ag->name, i, ag->label);
        /* first_day .. last_day are the rules' [start, end) */
        days(d, ag->first_day == SHAREPOL_DATE_NONE ? SP_DATE_NOSTART : ag->first_day,
             ag->last_day == SHAREPOL_DATE_NONE ? SP_DATE_NOEND : ag->last_day + 1);
        sp_buf_putc(&d->b, '\n');
    }
}

/* ---- rules ------------------------------------------------------------------ */

/* Recursion is bounded by the parser's nesting limit. */
static void consent_tree(dumper *d, uint32_t node, uint32_t depth)
{
    const sharepol_policy *pol = d->pol;
    const sp_cnode *c = &pol->cnodes[node];
    const op_info *op = &consent_ops[c->op];
    indent(d, depth);
    switch (op->operands) {
    case SP_OPERANDS_PARTY:
        sp_buf_printf(&d->b, "%s %s\n", op->spelling, pol->parties[c->a].name);
        return;
    case SP_OPERANDS_PARTIES:
        sp_buf_printf(&d->b, "%s {", op->spelling);
        names(d, pol->parties, c->a, c->n);
        sp_buf_puts(&d->b, "}\n");
        return;
    case SP_OPERANDS_COUNT:
        /* "N of", with the count in place of N */
        sp_buf_printf(&d->b, "%u%s {", c->k, op->spelling + 1);
        names(d, pol->parties, c->a, c->n);
        sp_buf_puts(&d->b, "}\n");
        return;
    case SP_OPERANDS_CHILDREN:
        sp_buf_printf(&d->b, "%s\n", op->spelling);
        for (uint32_t i = 0; i < c->n; i++)
            consent_tree(d, pol->u32[c->a + i], depth + 1);
        return;
    default:
        sp_buf_printf(&d->b, "%s\n", op->spelling);
        return;
    }
}

/* Recursion is bounded by the parser's nesting limit. */
static void cond_tree(dumper *d, uint32_t node, uint32_t depth)
{
    const sharepol_policy *pol = d->pol;
    const sp_wnode *w = &pol->wnodes[node];
    const op_info *op = &cond_ops[w->op];
    indent(d, depth);
    sp_buf_puts(&d->b, op->spelling);
    switch (op->operands) {
    case SP_OPERANDS_CHILDREN:
    case SP_OPERANDS_CHILD:
        sp_buf_putc(&d->b, '\n');
        for (uint32_t i = 0; i < (op->operands == SP_OPERANDS_CHILD ? 1 : w->n); i++)
            cond_tree(d, pol->u32[w->a + i], depth + 1);
        return;
    case SP_OPERANDS_SET:
        sp_buf_putc(&d->b, ' ');
        pset(d, (int32_t)w->a);
        break;
    case SP_OPERANDS_SCOPES:
        sp_buf_putc(&d->b, ' ');
        names(d, pol->scopes, w->a, w->n);
        break;
    case SP_OPERANDS_PURPOSES:
        sp_buf_putc(&d->b, ' ');
        names(d, pol->purposes, w->a, w->n);
        break;
    case SP_OPERANDS_DATE:
        sp_buf_putc(&d->b, ' ');
        day(d, w->date);
        break;
    default:
        break;
    }
    sp_buf_putc(&d->b, '\n');
}

static const char *const rule_kinds[] = {
    [SHAREPOL_RULE_ALLOW] = "allow", [SHAREPOL_RULE_DENY] = "deny",
    [SHAREPOL_RULE_REQUIRE] = "require"
};

static void dump_rule(dumper *d, uint32_t r)
{
    const sharepol_policy *pol = d->pol;
    const sp_crule *cr = &pol->rules[r];
    const sharepol_rule_info *info = &pol->rule_info[r];
    sp_buf_printf(&d->b, "  rule #%u ", r);
    escaped(d, info->name);
    label(d, info->label);
    sp_buf_puts(&d->b, " at ");
    escaped(d, info->file);
    sp_buf_printf(&d->b, ":%u:%u\n", info->line, info->column);

    /* require: the categories it covers, as its `for` says them */
    sp_buf_printf(&d->b, "    %s%s ", rule_kinds[cr->kind],
                  cr->kind == SHAREPOL_RULE_REQUIRE ? " for" : "");
    if (cr->all_cats)
        sp_buf_putc(&d->b, '*');
    else
        names(d, pol->categories, cr->cats, cr->n_cats);
    sp_buf_putc(&d->b, '\n');
    sp_buf_puts(&d->b, "    in force ");
    days(d, cr->start, cr->end);
    if (info->agreement)
        sp_buf_printf(&d->b, ", by agreement %s", info->agreement);
    sp_buf_putc(&d->b, '\n');
    const char *sides[2] = { "from", "to" };
    int32_t sets[2] = { cr->from, cr->to };
    for (int i = 0; i < 2; i++) {
        sp_buf_printf(&d->b, "    %s ", sides[i]);
        if (sets[i] < 0)
            sp_buf_puts(&d->b, "every party (not given)");
        else
            pset(d, sets[i]);
        sp_buf_putc(&d->b, '\n');
    }
    if (cr->consent >= 0) {
        sp_buf_puts(&d->b, "    consent of\n");
        consent_tree(d, (uint32_t)cr->consent, 3);
    }
    if (cr->when >= 0) {
        sp_buf_puts(&d->b, "    when\n");
        cond_tree(d, (uint32_t)cr->when, 3);
    }
}

/* ---- the rule index ------------------------------------------------------------ */

typedef struct slot {
    uint32_t cat, run;
} slot;

static int cmp_slot(const void *a, const void *b)
{
    uint32_t x = ((const slot *)a)->cat, y = ((const slot *)b)->cat;
    return (x > y) - (x < y);
}

/* A run's filter of the rule's other side (SP_FILTER_*), in brackets. */
static void filter(dumper *d, const char *side, uint32_t f)
{
    if (f == SP_FILTER_ALL)
        sp_buf_printf(&d->b, "[%s *]", side);
    else if (f == SP_FILTER_CHECK)
        sp_buf_printf(&d->b, "[%s: check the set]", side);
    else
        sp_buf_printf(&d->b, "[%s %sin %s%s]", side, f & SP_FILTER_NOT ? "not " : "",
                      node_name(d->pol, f & SP_FILTER_NODE),
                      f & SP_FILTER_ORG ? " by root" : "");
}

/* One key's table, its runs in category order; `side` is what the filters
 * test.  slots has room for every category and `*`.  @return whether the
 * key has rules. */
static bool dump_key(dumper *d, const char *key, const char *name, sp_table table,
                     const char *side, slot *slots)
{
    const sharepol_policy *pol = d->pol;
    if (table.bits == 0)
        return false;
    const uint32_t *t = pol->index + table.first;
    uint32_t size = (uint32_t)1 << (table.bits - 1), n = 0;
    for (uint32_t i = 0; i < size; i++)
        if (t[2 * (size_t)i] != 0) {
            slots[n].cat = t[2 * (size_t)i] - 1;
            slots[n++].run = t[2 * (size_t)i + 1];
        }
    qsort(slots, n, sizeof *slots, cmp_slot);
    sp_buf_printf(&d->b, "  key %s%s%s:", key, name ? " " : "", name ? name : "");
    count(d, " ", n, "category", "categories");
    sp_buf_printf(&d->b, " in %u slots\n", size);
    for (uint32_t i = 0; i < n; i++) {
        const uint32_t *run = pol->index + slots[i].run;
        sp_buf_printf(&d->b, "    %s\n", slots[i].cat < pol->n_categories
                                             ? pol->categories[slots[i].cat].name
                                             : "*");
        for (uint32_t j = 0; j < run[0]; j++) {
            uint32_t rule = run[1 + 2 * j];
            sp_buf_puts(&d->b, "      ");
            escaped(d, pol->rule_info[rule].name);
            sp_buf_putc(&d->b, ' ');
            filter(d, side, run[2 + 2 * j]);
            sp_buf_putc(&d->b, '\n');
        }
    }
    return true;
}

static int dump_index(dumper *d)
{
    static const char *const keys[SP_N_PARTY_KEYS] = { "from party", "from org", "to party",
                                                       "to org" };
    static const char *const sides[SP_N_PARTY_KEYS] = { "to", "to", "from", "from" };
    const sharepol_policy *pol = d->pol;
    slot *slots = sp_alloc(&pol->allocator, sizeof *slots * ((size_t)pol->n_categories + 1));
    if (!slots)
        return SHAREPOL_ENOMEM;
    sp_buf_puts(&d->b, "\nrule index: per key, per category, its rules in source order, each\n"
                       "with a filter of its other side (`by root`: tested by organisation)\n");
    bool any = dump_key(d, "any", NULL, pol->any_table, "from", slots);
    for (uint32_t p = 0; p < pol->n_parties; p++)
        for (int which = 0; which < SP_N_PARTY_KEYS; which++)
            any |= dump_key(d, keys[which], pol->parties[p].name,
                            sp_graph_table(&pol->pinfo[p], which), sides[which], slots);
    if (!any)
        sp_buf_puts(&d->b, "  no keys: no rule holds a party on both sides\n");
    sp_free(slots);
    return SHAREPOL_OK;
}

/* ---- entry ------------------------------------------------------------------ */

int sharepol_policy_dump(char **out, const sharepol_policy *policy)
{
    if (!out)
        return SHAREPOL_EINVAL;
    *out = NULL;
    if (!policy)
        return SHAREPOL_EINVAL;
    dumper d;
    d.pol = policy;
    sp_buf_init(&d.b, &policy->allocator);
    header(&d);
    int st = dump_parties(&d);
    if (st == SHAREPOL_OK) {
        dump_groups(&d);
        dump_dag(&d, "categories", policy->categories, policy->n_categories,
                 policy->cat_anc_off);
        dump_dag(&d, "purposes", policy->purposes, policy->n_purposes,
                 policy->purpose_anc_off);
        dump_scopes(&d);
        dump_relations(&d);
        dump_stix(&d);
        dump_agreements(&d);
        if (policy->n_rules)
            sp_buf_puts(&d.b, "\nrules, in source order\n");
        for (uint32_t r = 0; r < policy->n_rules; r++)
            dump_rule(&d, r);
        st = dump_index(&d);
    }
    if (st != SHAREPOL_OK) {
        sp_buf_free(&d.b);
        return st;
    }
    *out = sp_buf_finish(&d.b);
    return *out ? SHAREPOL_OK : SHAREPOL_ENOMEM;
}
