/* dot.c — the rule graph as Graphviz DOT (`sharepol graph`).
 *
 * Parties are boxes, clustered by organisation (a party with units is a
 * cluster holding them); groups are dashed ellipses, joined to their member
 * parties by dotted lines; allow rules are edges from each name of their
 * `from` set to each name of their `to` set, labelled with the rule, its
 * categories, the consent it needs and its condition; deny rules are red
 * bold edges.  A rule from a name to itself (a group sharing among its
 * members) is written inside that name's node rather than drawn as a loop,
 * whose label Graphviz would lay over the line.  Require rules have no edge
 * of their own: they are listed in a note, since they add consent to the
 * allow rules they meet.  A legend explains the colours. */
#include <stdio.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "eval.h"
#include "utf8.h"

typedef struct dot {
    sp_buf b;
    const sharepol_policy *pol;
    const sharepol_graph_options *opts;
    bool star_used;   /* some set is `*` */
    char ref_text[600]; /* the name of a party reference's node (end_name) */
    bool *drawn_root; /* organisations to draw; NULL: all of them */
    uint32_t *root_of; /* with drawn_root: each party's organisation */
    bool *members_marked; /* with drawn_root: groups whose members are marked */
    uint32_t *loop_off;   /* per node: its rules from itself to itself ... */
    uint32_t *loop_rules; /* ... as runs of rule indices */
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

/* Indentation shows nesting, up to a point: a chain of a hundred thousand
 * units must not cost a hundred thousand spaces a line. */
#define MAX_INDENT 40

static int indent(int columns)
{
    return columns < MAX_INDENT ? columns : MAX_INDENT;
}

/* The label of a node or an edge holds the policy's text, cut to this many
 * bytes: an edge is drawn once per pair of names, and a rule whose consent
 * is a megabyte long must not make a graph of gigabytes. */
#define MAX_LABEL_TEXT 200

/* Lines of a label are wrapped at about this many columns. */
#define WRAP_COLUMNS 30

static void text_cut(sp_buf *b, const char *s, bool wrap)
{
    size_t n = strlen(s);
    bool cut = n > MAX_LABEL_TEXT;
    if (cut) {
        n = MAX_LABEL_TEXT;
        while (n > 0 && ((unsigned char)s[n] & 0xc0) == 0x80)
            n--; /* not in the middle of a character */
    }
    /* Wrapped at a space, or between two East Asian wide characters, which
     * may break anywhere. */
    unsigned column = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t len = sp_utf8_decode((const unsigned char *)s + i, n - i, &cp);
        if (len == 0)
            len = 1, cp = '?';
        unsigned w = sp_utf8_width(cp);
        if (wrap && ((cp == ' ' && column >= WRAP_COLUMNS - 6) ||
                     (w == 2 && column + w > WRAP_COLUMNS))) {
            sp_buf_putc(b, '\n');
            column = 0;
            if (cp == ' ') {
                i += len;
                continue;
            }
        }
        if (cp == '\n')
            column = 0;
        sp_buf_add(b, s + i, len);
        column += w;
        i += len;
    }
    if (cut)
        sp_buf_puts(b, "...");
}

/* Text in a node's or an edge's label: cut, and wrapped. */
static void label_text(sp_buf *b, const char *s)
{
    text_cut(b, s, true);
}

/* Writes a label built in lbl, or records that it could not be built. */
static void put_label(dot *d, sp_buf *lbl)
{
    if (lbl->failed)
        d->b.failed = true;
    quoted(&d->b, lbl->data ? lbl->data : "");
}

/* A rule's categories, consent and condition in a few words. */
static void rule_summary(sp_buf *lbl, const sharepol_policy *pol, uint32_t r)
{
    const sp_crule *cr = &pol->rules[r];
    const sp_rule_text *t = &pol->rule_text[r];
    sp_buf_printf(lbl, "%s%s: ", cr->kind == SHAREPOL_RULE_DENY ? "deny " : "",
                  pol->rule_info[r].name);
    label_text(lbl, t->cats);
    if (t->consent && cr->kind == SHAREPOL_RULE_ALLOW) {
        sp_buf_puts(lbl, "\nconsent of ");
        label_text(lbl, t->consent);
    }
    if (t->when) {
        sp_buf_puts(lbl, "\nwhen ");
        label_text(lbl, t->when);
    }
}

/* The rules from a node to itself, for the end of its label. */
static void loops_text(const dot *d, sp_buf *lbl, uint32_t node)
{
    if (!d->loop_off || d->loop_off[node] == d->loop_off[node + 1])
        return;
    sp_buf_puts(lbl, "\n\namong themselves:");
    for (uint32_t i = d->loop_off[node]; i < d->loop_off[node + 1]; i++) {
        sp_buf_putc(lbl, '\n');
        rule_summary(lbl, d->pol, d->loop_rules[i]);
    }
}

static void party_node(dot *d, uint32_t p, int depth)
{
    const sp_entity *e = &d->pol->parties[p];
    sp_buf *b = &d->b;
    sp_buf_printf(b, "%*s", indent(2 * depth), "");
    quoted(b, e->name);
    sp_buf_puts(b, " [label=");
    sp_buf lbl;
    sp_buf_init(&lbl, &d->pol->allocator);
    sp_buf_puts(&lbl, e->name);
    if (e->label) {
        sp_buf_putc(&lbl, '\n');
        label_text(&lbl, e->label);
    }
    loops_text(d, &lbl, p);
    put_label(d, &lbl);
    sp_buf_free(&lbl);
    sp_buf_puts(b, "];\n");
}

/* An organisation's frame says whose it is, in small grey letters (party
 * names are ASCII, so they need no quoting beyond the quotes). */
static const char *cluster_style(const sharepol_policy *pol, uint32_t p)
{
    (void)pol;
    (void)p;
    return "label=\"organisation\"; labeljust=l; fontsize=9; fontcolor=gray45; style=rounded";
}

/* A party with units is a cluster holding it and them, nested as deep as
 * the tree: iterative, with an explicit stack, and linear in the number of
 * parties (each party's units are listed once, in id order). */
static void organisations(dot *d)
{
    const sharepol_policy *pol = d->pol;
    uint32_t n = pol->n_parties;
    const uint32_t none = UINT32_MAX;
    uint32_t *stack = sp_alloc(&pol->allocator, sizeof *stack * (n + 1));
    uint32_t *next = sp_alloc(&pol->allocator, sizeof *next * (n + 1));
    uint32_t *first_child = sp_alloc(&pol->allocator, sizeof *first_child * (n + 1));
    uint32_t *sibling = sp_alloc(&pol->allocator, sizeof *sibling * (n + 1));
    if (!stack || !next || !first_child || !sibling) {
        d->b.failed = true;
        sp_free(stack);
        sp_free(next);
        sp_free(first_child);
        sp_free(sibling);
        return;
    }
    for (uint32_t p = 0; p < n; p++)
        first_child[p] = sibling[p] = none;
    for (uint32_t p = n; p-- > 0;) {
        int32_t q = pol->party_parent[p];
        if (q >= 0) {
            sibling[p] = first_child[q];
            first_child[q] = p;
        }
    }
    for (uint32_t root = 0; root < n; root++) {
        if (pol->party_parent[root] >= 0 || (d->drawn_root && !d->drawn_root[root]))
            continue;
        if (first_child[root] == none) {
            party_node(d, root, 1);
            continue;
        }
        uint32_t top = 0;
        stack[top] = root;
        next[top++] = first_child[root];
        sp_buf_printf(&d->b, "  subgraph \"cluster_%s\" {\n    %s;\n", pol->parties[root].name,
                      cluster_style(pol, root));
        party_node(d, root, 2);
        while (top > 0) {
            uint32_t c = next[top - 1];
            if (c == none) {
                top--;
                sp_buf_printf(&d->b, "%*s}\n", indent((int)(2 * top + 2)), "");
                continue;
            }
            next[top - 1] = sibling[c];
            if (first_child[c] != none) {
                sp_buf_printf(&d->b, "%*ssubgraph \"cluster_%s\" {\n%*s%s;\n",
                              indent((int)(2 * top + 2)), "", pol->parties[c].name,
                              indent((int)(2 * top + 4)), "", cluster_style(pol, c));
                party_node(d, c, (int)top + 1);
                stack[top] = c;
                next[top++] = first_child[c];
            } else {
                party_node(d, c, (int)top + 1);
            }
        }
    }
    sp_free(stack);
    sp_free(next);
    sp_free(first_child);
    sp_free(sibling);
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
        if (e->label) {
            sp_buf_putc(&lbl, '\n');
            label_text(&lbl, e->label);
        }
        loops_text(d, &lbl, pol->n_parties + g);
        put_label(d, &lbl);
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
    d->drawn_root[d->root_of[p]] = true;
}

/* Each party's organisation (the root of its tree), in linear time: a walk
 * up stops at the first party already known.  `path` has room for every
 * party. */
static void find_roots(const sharepol_policy *pol, uint32_t *root_of, uint32_t *path)
{
    const uint32_t unknown = UINT32_MAX;
    for (uint32_t p = 0; p < pol->n_parties; p++)
        root_of[p] = unknown;
    for (uint32_t p = 0; p < pol->n_parties; p++) {
        uint32_t n = 0, q = p;
        while (root_of[q] == unknown && pol->party_parent[q] >= 0) {
            path[n++] = q;
            q = (uint32_t)pol->party_parent[q];
        }
        uint32_t root = root_of[q] == unknown ? q : root_of[q];
        root_of[q] = root;
        while (n > 0)
            root_of[path[--n]] = root;
    }
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
        if (!d->drawn_root || d->members_marked[g])
            continue;
        d->members_marked[g] = true;
        for (uint32_t m = pol->member_off[g]; m < pol->member_off[g + 1]; m++)
            mark_root(d, pol->u32[m]);
    }
}

/* An end that is a party reference (docs/language.md, "Party references"):
 * this bit and where its two words are in the pool.  Its node is named by
 * its text, which no declared name can be (names hold no spaces). */
#define REF_END 0x80000000u

/* The i-th end of a rule's edges: each name of the set, each party
 * reference, or the `*` node. */
static uint32_t n_ends(dot *d, int32_t set)
{
    if (set < 0 || d->pol->psets[set].star) {
        d->star_used = true;
        return 1;
    }
    return d->pol->psets[set].n_names + d->pol->psets[set].n_refs;
}

static uint32_t end_node(const dot *d, int32_t set, uint32_t i)
{
    const sharepol_policy *pol = d->pol;
    if (set < 0 || pol->psets[set].star)
        return UINT32_MAX; /* the `*` node */
    const sp_pset *s = &pol->psets[set];
    if (i >= s->n_names)
        return REF_END | (s->refs + 2 * (i - s->n_names));
    return pol->u32[s->names + i];
}

static const char *end_name(dot *d, uint32_t node)
{
    if (node == UINT32_MAX)
        return "*";
    if (!(node & REF_END))
        return node_name(d->pol, node);
    const uint32_t *ref = d->pol->u32 + (node & ~REF_END);
    uint32_t rel = ref[0] >> SP_REF_REL_SHIFT;
    snprintf(d->ref_text, sizeof d->ref_text, "%s%s%s%s",
             rel ? d->pol->relations[rel - 1].name : "", rel ? " of " : "",
             ref[0] & SP_REF_ORG ? "organisation of " : "",
             sp_graph_ref_base(d->pol, ref));
    return d->ref_text;
}

/* A party reference's node: drawn dashed, as it stands for a different
 * party in each query. */
static void ref_node(dot *d, uint32_t node)
{
    if (node == UINT32_MAX || !(node & REF_END))
        return;
    sp_buf_puts(&d->b, "  ");
    quoted(&d->b, end_name(d, node));
    sp_buf_puts(&d->b, " [shape=box, style=\"rounded,dashed\", fontcolor=gray25];\n");
}

static void rule_edges(dot *d, uint32_t r)
{
    const sharepol_policy *pol = d->pol;
    const sp_crule *cr = &pol->rules[r];
    const sp_rule_text *t = &pol->rule_text[r];
    sp_buf lbl;
    sp_buf_init(&lbl, &pol->allocator);
    sp_buf_printf(&lbl, "%s%s", cr->kind == SHAREPOL_RULE_DENY ? "deny " : "",
                  pol->rule_info[r].name);
    /* Several agreements in one picture: say whose rule it is. */
    if (d->opts->agreement < 0 && pol->rule_info[r].agreement && pol->n_agreements > 1)
        sp_buf_printf(&lbl, " (%s)", pol->rule_info[r].agreement);
    sp_buf_putc(&lbl, '\n');
    label_text(&lbl, t->cats);
    if (cr->from >= 0 && (pol->psets[cr->from].n_excepts || pol->psets[cr->from].n_xrefs)) {
        sp_buf_puts(&lbl, "\nfrom ");
        label_text(&lbl, t->from);
    }
    if (cr->to >= 0 && (pol->psets[cr->to].n_excepts || pol->psets[cr->to].n_xrefs)) {
        sp_buf_puts(&lbl, "\nto ");
        label_text(&lbl, t->to);
    }
    if (t->consent && cr->kind == SHAREPOL_RULE_ALLOW) {
        sp_buf_puts(&lbl, "\nconsent of ");
        label_text(&lbl, t->consent);
    }
    if (t->when) {
        sp_buf_puts(&lbl, "\nwhen ");
        label_text(&lbl, t->when);
    }
    uint32_t nf = n_ends(d, cr->from), nt = n_ends(d, cr->to);
    for (uint32_t i = 0; i < nf; i++)
        ref_node(d, end_node(d, cr->from, i));
    for (uint32_t j = 0; j < nt; j++)
        ref_node(d, end_node(d, cr->to, j));
    for (uint32_t i = 0; i < nf; i++)
        for (uint32_t j = 0; j < nt; j++) {
            uint32_t from = end_node(d, cr->from, i), to = end_node(d, cr->to, j);
            if (from == to && from != UINT32_MAX)
                continue; /* written in the node (loops_text) */
            sp_buf_puts(&d->b, "  ");
            quoted(&d->b, end_name(d, from));
            sp_buf_puts(&d->b, " -> ");
            quoted(&d->b, end_name(d, to));
            sp_buf_puts(&d->b, " [label=");
            put_label(d, &lbl);
            if (cr->kind == SHAREPOL_RULE_DENY)
                sp_buf_puts(&d->b, ", color=red3, fontcolor=red3, style=bold");
            else if (t->consent)
                sp_buf_puts(&d->b, ", color=darkorange3, fontcolor=darkorange3");
            else
                sp_buf_puts(&d->b, ", color=darkgreen, fontcolor=darkgreen");
            sp_buf_puts(&d->b, "];\n");
        }
    if (lbl.failed) /* even when no edge needed it: the operation failed */
        d->b.failed = true;
    sp_buf_free(&lbl);
}

/* Finds the rules from a node to itself: counted, then listed per node. */
static bool find_loops(dot *d)
{
    const sharepol_policy *pol = d->pol;
    size_t nodes = (size_t)pol->n_parties + pol->n_groups;
    d->loop_off = sp_calloc(&pol->allocator, sizeof *d->loop_off * (nodes + 2));
    if (!d->loop_off)
        return false;
    for (int pass = 0; pass < 2; pass++) {
        for (uint32_t r = 0; r < pol->n_rules; r++) {
            const sp_crule *cr = &pol->rules[r];
            if (cr->kind == SHAREPOL_RULE_REQUIRE || !selected(d, r) || cr->from < 0 ||
                cr->to < 0 || pol->psets[cr->from].star || pol->psets[cr->to].star)
                continue;
            const sp_pset *f = &pol->psets[cr->from], *t = &pol->psets[cr->to];
            for (uint32_t i = 0; i < f->n_names; i++)
                for (uint32_t j = 0; j < t->n_names; j++) {
                    uint32_t node = pol->u32[f->names + i];
                    if (node != pol->u32[t->names + j])
                        continue;
                    if (pass == 0)
                        d->loop_off[node + 2]++;
                    else
                        d->loop_rules[d->loop_off[node + 1]++] = r;
                }
        }
        if (pass == 0) {
            for (size_t k = 2; k < nodes + 2; k++)
                d->loop_off[k] += d->loop_off[k - 1];
            d->loop_rules = sp_alloc(&pol->allocator,
                                     sizeof *d->loop_rules * (d->loop_off[nodes + 1] + 1));
            if (!d->loop_rules)
                return false;
        }
    }
    return true;
}

static void legend(dot *d)
{
    sp_buf_puts(&d->b, "  legend [shape=plaintext, fontsize=9, fontcolor=gray30, label=\""
                       "green: allowed\\lorange: allowed with consent\\lred: denied\\l"
                       "dotted: member of a group\\l\"];\n");
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
        sp_buf_puts(&note, pol->rule_info[r].name);
        if (pol->rule_info[r].agreement && d->opts->agreement < 0)
            sp_buf_printf(&note, " (%s)", pol->rule_info[r].agreement);
        sp_buf_puts(&note, ": consent of ");
        text_cut(&note, t->consent, false);
        if (strcmp(t->cats, "*") != 0) {
            sp_buf_puts(&note, " for ");
            text_cut(&note, t->cats, false);
        }
        if (strcmp(t->from, "*") != 0) {
            sp_buf_puts(&note, " from ");
            text_cut(&note, t->from, false);
        }
        if (strcmp(t->to, "*") != 0) {
            sp_buf_puts(&note, " to ");
            text_cut(&note, t->to, false);
        }
        if (t->when) {
            sp_buf_puts(&note, " when ");
            text_cut(&note, t->when, false);
        }
        sp_buf_puts(&note, "\\l");
    }
    if (note.len) {
        sp_buf_puts(&d->b, "  \"required consent\" [shape=note, label=\"where it applies, an allow also needs:\\l");
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
    if (!policy || options->version < 1 || options->version > SHAREPOL_GRAPH_OPTIONS_VERSION ||
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
    uint32_t *path = NULL;
    if (filtered) {
        size_t np = (size_t)policy->n_parties + 1;
        d.drawn_root = sp_calloc(&policy->allocator, np);
        d.members_marked = sp_calloc(&policy->allocator, policy->n_groups + 1);
        d.root_of = sp_alloc(&policy->allocator, sizeof *d.root_of * np);
        path = sp_alloc(&policy->allocator, sizeof *path * np);
    }
    if (!used_group || (filtered && (!d.drawn_root || !d.members_marked || !d.root_of ||
                                     !path))) {
        sp_free(used_group);
        sp_free(d.drawn_root);
        sp_free(d.members_marked);
        sp_free(d.root_of);
        sp_free(path);
        return SHAREPOL_ENOMEM;
    }
    if (filtered)
        find_roots(policy, d.root_of, path);
    sp_free(path);
    if (!find_loops(&d)) {
        sp_free(used_group);
        sp_free(d.drawn_root);
        sp_free(d.members_marked);
        sp_free(d.root_of);
        sp_free(d.loop_off);
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
        if (options->agreement >= 0) {
            const sharepol_agreement_info *ag = &policy->agreements[options->agreement];
            char first[11] = "", last[11] = "";
            sp_buf_printf(&title, "%sagreement %s", options->category >= 0 ? ", " : "", ag->name);
            if (ag->first_day != SHAREPOL_DATE_NONE)
                sharepol_date_format(first, ag->first_day);
            if (ag->last_day != SHAREPOL_DATE_NONE)
                sharepol_date_format(last, ag->last_day);
            if (first[0] || last[0])
                sp_buf_printf(&title, "\nin force %s to %s", first[0] ? first : "always",
                              last[0] ? last : "no end");
        }
        put_label(&d, &title);
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
    legend(&d);
    sp_buf_puts(&d.b, "}\n");
    sp_free(d.loop_off);
    sp_free(d.loop_rules);
    sp_free(used_group);
    sp_free(d.drawn_root);
    sp_free(d.members_marked);
    sp_free(d.root_of);
    *out = sp_buf_finish(&d.b);
    return *out ? SHAREPOL_OK : SHAREPOL_ENOMEM;
}
