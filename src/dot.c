/* dot.c — the rule graph as Graphviz DOT (`sharepol graph`).
 *
 * Parties are boxes, clustered by organisation (a party with units is a
 * cluster holding them); groups are dashed ellipses, joined to their member
 * parties by dotted lines; allow rules are edges from each name of their
 * `from` set to each name of their `to` set, labelled with the rule, its
 * categories, the consent it needs and its condition; deny rules are red
 * bold edges.  Require rules have no edge of their own: they are listed in
 * a note, since they add consent to whatever allow rule they meet. */
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "eval.h"

typedef struct dot {
    sp_buf b;
    const sharepol_policy *pol;
    const sharepol_graph_options *opts;
    bool star_used;   /* some set is `*` */
    bool *drawn_root; /* organisations to draw; NULL: all of them */
} dot;

static void quoted(sp_buf *b, const char *s)
{
    sp_buf_putc(b, '"');
    for (; *s; s++) {
        if (*s == '"' || *s == '\\')
            sp_buf_putc(b, '\\');
        if (*s == '\n') {
            sp_buf_puts(b, "\\n");
            continue;
        }
        if ((unsigned char)*s < 0x20)
            continue;
        sp_buf_putc(b, *s);
    }
    sp_buf_putc(b, '"');
}

static const char *node_name(const sharepol_policy *pol, uint32_t node)
{
    return node < pol->n_parties ? pol->parties[node].name
                                 : pol->groups[node - pol->n_parties].name;
}

/* Does the rule matter for the options' category and agreement? */
static bool selected(const dot *d, uint32_t r)
{
    const sharepol_policy *pol = d->pol;
    const sp_crule *cr = &pol->rules[r];
    if (d->opts->agreement >= 0) {
        const char *want = pol->agreements[d->opts->agreement].name;
        const char *have = pol->rule_info[r].agreement;
        if (!have || strcmp(want, have) != 0)
            return false;
    }
    sharepol_id c = d->opts->category;
    if (c < 0 || cr->all_cats)
        return true;
    for (uint32_t i = pol->cat_anc_off[c]; i < pol->cat_anc_off[c + 1]; i++)
        for (uint32_t j = 0; j < cr->n_cats; j++)
            if (pol->u32[cr->cats + j] == pol->u32[i])
                return true;
    return false;
}

static void party_node(dot *d, uint32_t p, int depth)
{
    const sp_entity *e = &d->pol->parties[p];
    sp_buf *b = &d->b;
    for (int i = 0; i < depth; i++)
        sp_buf_puts(b, "  ");
    quoted(b, e->name);
    sp_buf_puts(b, " [label=");
    sp_buf lbl;
    sp_buf_init(&lbl, &d->pol->allocator);
    sp_buf_puts(&lbl, e->name);
    if (e->label) {
        sp_buf_putc(&lbl, '\n');
        sp_buf_puts(&lbl, e->label);
    }
    quoted(b, lbl.data ? lbl.data : e->name);
    sp_buf_free(&lbl);
    sp_buf_puts(b, "];\n");
}

static bool has_children(const sharepol_policy *pol, uint32_t p)
{
    for (uint32_t q = 0; q < pol->n_parties; q++)
        if (pol->party_parent[q] == (int32_t)p)
            return true;
    return false;
}

/* A party with units is a cluster holding it and them, nested as deep as
 * the tree: iterative, with an explicit stack. */
static void organisations(dot *d)
{
    const sharepol_policy *pol = d->pol;
    uint32_t n = pol->n_parties;
    uint32_t *stack = sp_alloc(&pol->allocator, sizeof *stack * (n + 1));
    uint32_t *next = sp_alloc(&pol->allocator, sizeof *next * (n + 1));
    if (!stack || !next) {
        d->b.failed = true;
        sp_free(stack);
        sp_free(next);
        return;
    }
    for (uint32_t root = 0; root < n; root++) {
        if (pol->party_parent[root] >= 0 || (d->drawn_root && !d->drawn_root[root]))
            continue;
        if (!has_children(pol, root)) {
            party_node(d, root, 1);
            continue;
        }
        uint32_t top = 0;
        stack[top] = root;
        next[top++] = 0;
        sp_buf_printf(&d->b, "  subgraph \"cluster_%s\" {\n    label=\"\"; style=rounded;\n",
                      pol->parties[root].name);
        party_node(d, root, 2);
        while (top > 0) {
            uint32_t v = stack[top - 1];
            uint32_t c = next[top - 1];
            while (c < n && pol->party_parent[c] != (int32_t)v)
                c++;
            if (c >= n) {
                top--;
                sp_buf_printf(&d->b, "%*s}\n", (int)(2 * top + 2), "");
                continue;
            }
            next[top - 1] = c + 1;
            if (has_children(pol, c)) {
                sp_buf_printf(&d->b, "%*ssubgraph \"cluster_%s\" {\n%*slabel=\"\"; style=rounded;\n",
                              (int)(2 * top + 2), "", pol->parties[c].name, (int)(2 * top + 4), "");
                party_node(d, c, (int)top + 1);
                stack[top] = c;
                next[top++] = 0;
            } else {
                party_node(d, c, (int)top + 1);
            }
        }
    }
    sp_free(stack);
    sp_free(next);
}

static void group_nodes(dot *d, const bool *used_group)
{
    const sharepol_policy *pol = d->pol;
    for (uint32_t g = 0; g < pol->n_groups; g++) {
        if (!used_group[g])
            continue;
        const sp_entity *e = &pol->groups[g];
        sp_buf_puts(&d->b, "  ");
        quoted(&d->b, e->name);
        sp_buf_puts(&d->b, " [shape=ellipse, style=dashed, label=");
        sp_buf lbl;
        sp_buf_init(&lbl, &pol->allocator);
        sp_buf_printf(&lbl, "%s\n(group)", e->name);
        if (e->label)
            sp_buf_printf(&lbl, "\n%s", e->label);
        quoted(&d->b, lbl.data ? lbl.data : e->name);
        sp_buf_free(&lbl);
        sp_buf_puts(&d->b, "];\n");
        for (uint32_t i = pol->member_off[g]; i < pol->member_off[g + 1]; i++) {
            sp_buf_puts(&d->b, "  ");
            quoted(&d->b, pol->parties[pol->u32[i]].name);
            sp_buf_puts(&d->b, " -> ");
            quoted(&d->b, e->name);
            sp_buf_puts(&d->b, " [style=dotted, arrowhead=none, color=gray50];\n");
        }
    }
}

static void mark_root(const dot *d, uint32_t p)
{
    while (d->pol->party_parent[p] >= 0)
        p = (uint32_t)d->pol->party_parent[p];
    d->drawn_root[p] = true;
}

/* Marks the groups a set names and, when only some rules are drawn, the
 * organisations its parties and the groups' members belong to. */
static void mark_used(const dot *d, const sp_pset *s, bool *used_group)
{
    const sharepol_policy *pol = d->pol;
    for (uint32_t i = 0; i < s->n_names + s->n_excepts; i++) {
        uint32_t node = pol->u32[i < s->n_names ? s->names + i : s->excepts + i - s->n_names];
        if (node < pol->n_parties) {
            if (d->drawn_root)
                mark_root(d, node);
            continue;
        }
        uint32_t g = node - pol->n_parties;
        if (i < s->n_names)
            used_group[g] = true;
        for (uint32_t m = pol->member_off[g]; d->drawn_root && m < pol->member_off[g + 1]; m++)
            mark_root(d, pol->u32[m]);
    }
}

/* The ends of a rule's edges: each name of the set, or the `*` node. */
static void ends(dot *d, int32_t set, const char **names, uint32_t *n)
{
    const sharepol_policy *pol = d->pol;
    *n = 0;
    if (set < 0 || pol->psets[set].star) {
        names[(*n)++] = "*";
        d->star_used = true;
        return;
    }
    const sp_pset *s = &pol->psets[set];
    for (uint32_t i = 0; i < s->n_names && *n < 64; i++)
        names[(*n)++] = node_name(pol, pol->u32[s->names + i]);
}

static void rule_edges(dot *d, uint32_t r)
{
    const sharepol_policy *pol = d->pol;
    const sp_crule *cr = &pol->rules[r];
    const sp_rule_text *t = &pol->rule_text[r];
    sp_buf lbl;
    sp_buf_init(&lbl, &pol->allocator);
    sp_buf_printf(&lbl, "%s%s\n%s", cr->kind == SHAREPOL_RULE_DENY ? "deny " : "",
                  pol->rule_info[r].name, t->cats);
    if (cr->from >= 0 && pol->psets[cr->from].n_excepts)
        sp_buf_printf(&lbl, "\nfrom %s", t->from);
    if (cr->to >= 0 && pol->psets[cr->to].n_excepts)
        sp_buf_printf(&lbl, "\nto %s", t->to);
    if (t->consent && cr->kind == SHAREPOL_RULE_ALLOW)
        sp_buf_printf(&lbl, "\nconsent of %s", t->consent);
    if (t->when)
        sp_buf_printf(&lbl, "\nwhen %s", t->when);
    const char *from[64], *to[64];
    uint32_t nf, nt;
    ends(d, cr->from, from, &nf);
    ends(d, cr->to, to, &nt);
    for (uint32_t i = 0; i < nf; i++)
        for (uint32_t j = 0; j < nt; j++) {
            sp_buf_puts(&d->b, "  ");
            quoted(&d->b, from[i]);
            sp_buf_puts(&d->b, " -> ");
            quoted(&d->b, to[j]);
            sp_buf_puts(&d->b, " [label=");
            quoted(&d->b, lbl.data ? lbl.data : "");
            if (cr->kind == SHAREPOL_RULE_DENY)
                sp_buf_puts(&d->b, ", color=red3, fontcolor=red3, style=bold");
            else if (t->consent)
                sp_buf_puts(&d->b, ", color=darkorange3, fontcolor=darkorange3");
            else
                sp_buf_puts(&d->b, ", color=darkgreen, fontcolor=darkgreen");
            sp_buf_puts(&d->b, "];\n");
        }
    sp_buf_free(&lbl);
}

static void requirements_note(dot *d)
{
    const sharepol_policy *pol = d->pol;
    sp_buf note;
    sp_buf_init(&note, &pol->allocator);
    for (uint32_t r = 0; r < pol->n_rules; r++) {
        if (pol->rules[r].kind != SHAREPOL_RULE_REQUIRE || !selected(d, r))
            continue;
        const sp_rule_text *t = &pol->rule_text[r];
        sp_buf_printf(&note, "%s: consent of %s", pol->rule_info[r].name, t->consent);
        if (strcmp(t->cats, "*") != 0)
            sp_buf_printf(&note, " for %s", t->cats);
        if (strcmp(t->from, "*") != 0)
            sp_buf_printf(&note, " from %s", t->from);
        if (strcmp(t->to, "*") != 0)
            sp_buf_printf(&note, " to %s", t->to);
        if (t->when)
            sp_buf_printf(&note, " when %s", t->when);
        sp_buf_puts(&note, "\\l");
    }
    if (note.len) {
        sp_buf_puts(&d->b, "  \"required consent\" [shape=note, label=\"every allow also needs:\\l");
        for (size_t i = 0; i < note.len; i++) {
            char c = note.data[i];
            if (c == '"')
                sp_buf_putc(&d->b, '\\');
            sp_buf_putc(&d->b, c);
        }
        sp_buf_puts(&d->b, "\"];\n");
    }
    if (note.failed)
        d->b.failed = true;
    sp_buf_free(&note);
}

int sharepol_graph_dot(char **out, const sharepol_policy *policy,
                       const sharepol_graph_options *options)
{
    if (!out)
        return SHAREPOL_EINVAL;
    *out = NULL;
    sharepol_graph_options defaults = SHAREPOL_GRAPH_OPTIONS_INIT;
    if (!options)
        options = &defaults;
    if (!policy || options->version != 1 ||
        (options->category != SHAREPOL_ID_NONE &&
         (options->category < 0 || (uint32_t)options->category >= policy->n_categories)) ||
        (options->agreement < -1 || (options->agreement >= 0 &&
                                     (uint32_t)options->agreement >= policy->n_agreements)))
        return SHAREPOL_EINVAL;
    dot d;
    memset(&d, 0, sizeof d);
    d.pol = policy;
    d.opts = options;
    sp_buf_init(&d.b, &policy->allocator);
    bool *used_group = sp_calloc(&policy->allocator, policy->n_groups + 1);
    bool filtered = options->category >= 0 || options->agreement >= 0;
    /* With a filter, only the organisations the drawn rules involve. */
    d.drawn_root = filtered ? sp_calloc(&policy->allocator, policy->n_parties + 1) : NULL;
    if (!used_group || (filtered && !d.drawn_root)) {
        sp_free(used_group);
        sp_free(d.drawn_root);
        return SHAREPOL_ENOMEM;
    }
    for (uint32_t r = 0; r < policy->n_rules; r++) {
        const sp_crule *cr = &policy->rules[r];
        if (cr->kind == SHAREPOL_RULE_REQUIRE || !selected(&d, r))
            continue;
        if (cr->from >= 0)
            mark_used(&d, &policy->psets[cr->from], used_group);
        if (cr->to >= 0)
            mark_used(&d, &policy->psets[cr->to], used_group);
    }
    sp_buf_puts(&d.b, "digraph sharepol {\n"
                      "  graph [rankdir=LR, fontname=\"sans-serif\", nodesep=0.4];\n"
                      "  node [shape=box, style=rounded, fontname=\"sans-serif\"];\n"
                      "  edge [fontname=\"sans-serif\", fontsize=10];\n");
    if (options->category >= 0 || options->agreement >= 0) {
        sp_buf_puts(&d.b, "  label=");
        sp_buf title;
        sp_buf_init(&title, &policy->allocator);
        if (options->category >= 0)
            sp_buf_printf(&title, "category %s", policy->categories[options->category].name);
        if (options->agreement >= 0)
            sp_buf_printf(&title, "%sagreement %s", options->category >= 0 ? ", " : "",
                          policy->agreements[options->agreement].name);
        quoted(&d.b, title.data ? title.data : "");
        sp_buf_free(&title);
        sp_buf_puts(&d.b, "; labelloc=t;\n");
    }
    organisations(&d);
    group_nodes(&d, used_group);
    for (uint32_t r = 0; r < policy->n_rules; r++)
        if (policy->rules[r].kind != SHAREPOL_RULE_REQUIRE && selected(&d, r))
            rule_edges(&d, r);
    if (d.star_used)
        sp_buf_puts(&d.b, "  \"*\" [shape=plaintext, label=\"* (every party)\"];\n");
    requirements_note(&d);
    sp_buf_puts(&d.b, "}\n");
    sp_free(used_group);
    sp_free(d.drawn_root);
    *out = sp_buf_finish(&d.b);
    return *out ? SHAREPOL_OK : SHAREPOL_ENOMEM;
}
