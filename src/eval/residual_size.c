/* residual_size.c — how many more parties a needs-consent answer needs at
 * the fewest (the residual's size), without allocating.
 *
 * The size of a residual is the size of the smallest set of further parties
 * whose consent satisfies a rule's consent and every applying require
 * (docs/language.md, "Decisions").  That is a minimum hitting set, hard in general,
 * so it is computed in three steps that settle real policies at once:
 *
 *  1. forced parties: the formula is an `and` of parts; a part that is one
 *     party, `all of` a group, or `N of` a group that needs every missing
 *     member, forces its parties into every satisfying set;
 *  2. independent components: the parts left are grouped by the parties they
 *     share; the size is the sum over the groups, and a group of one part
 *     that names no party twice has its size by adding up (`and` adds, `or`
 *     takes the smallest, `N of` needs N minus those given);
 *  3. for components whose parts share parties, a branch-and-bound search
 *     over sets of the component's parties (each set it tries counts
 *     against the budget).
 *
 * Limits (docs/language.md): more than 2,048 forced parties, more than 64
 * parties left for steps 2 and 3, or a search of more than 2^20 sets make
 * the size that of adding up, which is never smaller than the exact size. */
#include "residual_size.h"

#include "consent.h"

#define MAX_FORCED 2048
#define MAX_CHOOSABLE 64        /* parties left to choose from, as bits */
#define MAX_PARTS 256
#define SEARCH_BUDGET (1u << 20)
/* A size no set reaches: the part cannot be satisfied; sums stop there. */
#define NEVER (UINT32_MAX / 4)

static unsigned add_capped(unsigned a, unsigned b)
{
    return a + b > NEVER ? NEVER : a + b;
}

/* Lower and upper bounds of a part's size, adding up: exact when no party
 * occurs twice in it. */
static void size_bounds(const sp_consenters *who, uint32_t node, unsigned *lb, unsigned *ub)
{
    const sharepol_policy *pol = who->ctx->pol;
    const sp_cnode *c = &pol->cnodes[node];
    const uint32_t *v = pol->u32 + c->a;
    unsigned missing = 0, given = 0;
    switch ((sp_cop)c->op) {
    case SP_C_ORIGINATOR:
    case SP_C_PARTY:
        *lb = *ub = sp_consent_sat_by(who, node) ? 0 : 1;
        return;
    case SP_C_ALL:
    case SP_C_ANY:
    case SP_C_COUNT:
        for (uint32_t i = 0; i < c->n; i++) {
            if (sp_consent_given(who, v[i]))
                given++;
            else
                missing++;
        }
        if (c->op == SP_C_ALL)
            *lb = *ub = missing;
        else if (c->op == SP_C_ANY)
            *lb = *ub = given > 0 ? 0 : 1;
        else
            *lb = *ub = given >= c->k ? 0 : c->k - given;
        return;
    case SP_C_AND:
        *lb = *ub = 0;
        for (uint32_t i = 0; i < c->n; i++) {
            unsigned l, h;
            size_bounds(who, v[i], &l, &h);
            if (l > *lb)
                *lb = l;
            *ub = add_capped(*ub, h);
        }
        return;
    case SP_C_OR:
        *lb = *ub = NEVER;
        for (uint32_t i = 0; i < c->n; i++) {
            unsigned l, h;
            size_bounds(who, v[i], &l, &h);
            if (l < *lb)
                *lb = l;
            if (h < *ub)
                *ub = h;
        }
        return;
    }
}

unsigned sp_residual_size_lower_bound(const sp_ctx *ctx, int32_t node)
{
    sp_consenters who = SP_CONSENTERS_GIVEN(ctx);
    unsigned lb = 0, ub;
    if (node >= 0)
        size_bounds(&who, (uint32_t)node, &lb, &ub);
    return lb;
}

/* ---- step 1: the parts, and the parties they force --------------------------- */

typedef struct sizing {
    sp_consenters who;
    uint32_t forced[MAX_FORCED];
    uint32_t choosable[MAX_CHOOSABLE];
    uint32_t part[MAX_PARTS];   /* the conjuncts still to satisfy */
    uint32_t n_parts;
    bool part_sat[MAX_PARTS];   /* with the forced parties, once they are all in */
    uint64_t part_missing[MAX_PARTS]; /* its parties not yet in, as bits of choosable */
    bool part_read_once[MAX_PARTS];
    bool overflow;              /* a limit was reached: add up instead */
} sizing;

static void add_part(sizing *s, uint32_t node)
{
    if (s->n_parts == MAX_PARTS)
        s->overflow = true;
    else
        s->part[s->n_parts++] = node;
}

/* The parts of the formula: `and`s are opened, so that each part is
 * something other than an `and`. */
static void gather_parts(sizing *s, int32_t own, const uint32_t *reqs, uint32_t n_reqs)
{
    const sharepol_policy *pol = s->who.ctx->pol;
    /* A formula the consents given satisfy adds nothing (and so the size
     * with a satisfied `own` is the size of the requires alone). */
    if (own >= 0 && !sp_consent_sat_by(&s->who, (uint32_t)own))
        add_part(s, (uint32_t)own);
    for (uint32_t i = 0; i < n_reqs; i++) {
        uint32_t node = (uint32_t)pol->rules[reqs[i]].consent;
        if (!sp_consent_sat_by(&s->who, node))
            add_part(s, node);
    }
    for (uint32_t i = 0; i < s->n_parts && !s->overflow;) {
        const sp_cnode *c = &pol->cnodes[s->part[i]];
        if (c->op != SP_C_AND) {
            i++;
            continue;
        }
        s->part[i] = pol->u32[c->a];
        for (uint32_t k = 1; k < c->n; k++)
            add_part(s, pol->u32[c->a + k]);
    }
}

static void force(sizing *s, uint32_t p)
{
    if (sp_consent_given(&s->who, p))
        return;
    if (s->who.n_forced == MAX_FORCED) {
        s->overflow = true;
        return;
    }
    uint32_t i = s->who.n_forced++;
    s->who.forced_filter |= (uint64_t)1 << (p & 63);
    while (i > 0 && s->forced[i - 1] > p) {
        s->forced[i] = s->forced[i - 1];
        i--;
    }
    s->forced[i] = p;
}

/* Adds every party that some part forces, until none does; the last round
 * forces nothing, so what it finds satisfied stays so in part_sat. */
static void force_parties(sizing *s)
{
    const sharepol_policy *pol = s->who.ctx->pol;
    for (bool changed = true; changed && !s->overflow;) {
        changed = false;
        for (uint32_t i = 0; i < s->n_parts && !s->overflow; i++) {
            const sp_cnode *c = &pol->cnodes[s->part[i]];
            const uint32_t *v = pol->u32 + c->a;
            uint32_t before = s->who.n_forced;
            s->part_sat[i] = sp_consent_sat_by(&s->who, s->part[i]);
            if (s->part_sat[i])
                continue;
            if (c->op == SP_C_PARTY) {
                force(s, c->a);
            } else if (c->op == SP_C_ORIGINATOR) {
                force(s, s->who.ctx->originator);
            } else if (c->op == SP_C_ALL || c->op == SP_C_COUNT ||
                       (c->op == SP_C_ANY && c->n == 1)) {
                uint32_t given = 0;
                for (uint32_t k = 0; k < c->n; k++)
                    given += sp_consent_given(&s->who, v[k]);
                uint32_t need = c->op == SP_C_ALL ? c->n - given
                                : c->op == SP_C_ANY ? 1 : c->k - given;
                if (need == c->n - given)
                    for (uint32_t k = 0; k < c->n; k++)
                        force(s, v[k]);
            }
            changed = changed || s->who.n_forced != before;
        }
    }
}

/* ---- step 2: the parties left, and the components --------------------------- */

static void mark_missing(sizing *s, uint32_t node, uint64_t *mask, bool *read_once);

/* Adds the missing parties of an unsatisfied part to choosable and their bits
 * to *mask; read_once is cleared when a party occurs twice.  Recursion bounded by the nesting
 * limit. */
static void mark_missing_unsat(sizing *s, uint32_t node, uint64_t *mask, bool *read_once)
{
    const sharepol_policy *pol = s->who.ctx->pol;
    const sp_cnode *c = &pol->cnodes[node];
    if (c->op == SP_C_AND || c->op == SP_C_OR) {
        for (uint32_t i = 0; i < c->n; i++)
            mark_missing(s, pol->u32[c->a + i], mask, read_once);
        return;
    }
    uint32_t one[1], n;
    const uint32_t *v = sp_consent_leaf_parties(s->who.ctx, c, one, &n);
    uint64_t mine = 0;
    for (uint32_t i = 0; i < n; i++) {
        if (sp_consent_given(&s->who, v[i]))
            continue;
        int k = sp_consent_choosable_index(&s->who, v[i]);
        if (k < 0) {
            if (s->who.n_choosable == MAX_CHOOSABLE) {
                s->overflow = true;
                return;
            }
            k = (int)s->who.n_choosable;
            s->choosable[s->who.n_choosable++] = v[i];
        }
        mine |= (uint64_t)1 << k;
    }
    if (*mask & mine)
        *read_once = false;
    *mask |= mine;
}

/* The same for any part: nothing when it is satisfied. */
static void mark_missing(sizing *s, uint32_t node, uint64_t *mask, bool *read_once)
{
    if (!sp_consent_sat_by(&s->who, node))
        mark_missing_unsat(s, node, mask, read_once);
}

/* ---- step 3: the search ----------------------------------------------------- *
 *
 * A branch and bound over the component's parties as bits.  Each part
 * becomes a small tree of mask nodes; a set is grown one party at a time,
 * the party taken from the part with the fewest parties that could help it.
 * A branch leaves out the parties of the branches before it, so no set is
 * tried twice; the bound below adds up the needs of parts that share no
 * party, the bound above is the best set found (first a greedy one).  Each
 * set tried counts against the budget. */

#define MAX_MASK_NODES 512

/* A leaf needs `need` more of the parties in `mask`; an AND or OR has the
 * children kid[first .. first + n). */
typedef struct mask_node {
    uint8_t op;          /* SP_C_AND, SP_C_OR, or SP_C_ANY for a leaf */
    uint8_t need;
    uint16_t first, n;
    uint64_t mask;
} mask_node;

typedef struct searcher {
    mask_node node[MAX_MASK_NODES];
    uint16_t kid[MAX_MASK_NODES];
    uint32_t n_nodes, n_kids;
    bool overflow;
    unsigned *budget;
    unsigned best;
} searcher;

static uint64_t choosable_bit(const sp_consenters *who, uint32_t p)
{
    int i = sp_consent_given(who, p) ? -1 : sp_consent_choosable_index(who, p);
    return i < 0 ? 0 : (uint64_t)1 << i;
}

/* The formula at cnode `node` as mask nodes; @return its index.
 * Recursion is bounded by the parser's nesting limit. */
static uint32_t build_mask_tree(searcher *x, const sp_consenters *who, uint32_t node)
{
    const sharepol_policy *pol = who->ctx->pol;
    const sp_cnode *c = &pol->cnodes[node];
    const uint32_t *v = pol->u32 + c->a;
    if (x->n_nodes == MAX_MASK_NODES) {
        x->overflow = true;
        return 0;
    }
    uint32_t at = x->n_nodes++;
    mask_node *m = &x->node[at];
    m->op = SP_C_ANY;
    m->need = 0;
    m->first = m->n = 0;
    m->mask = 0;
    switch ((sp_cop)c->op) {
    case SP_C_ORIGINATOR:
    case SP_C_PARTY:
        m->mask = choosable_bit(who, c->op == SP_C_PARTY ? c->a : who->ctx->originator);
        m->need = m->mask ? 1 : 0;
        break;
    case SP_C_ALL:
    case SP_C_ANY:
    case SP_C_COUNT: {
        unsigned given = 0, missing = 0;
        for (uint32_t i = 0; i < c->n; i++) {
            uint64_t b = choosable_bit(who, v[i]);
            if (!b) {
                given++;
            } else if (!(m->mask & b)) {
                m->mask |= b;
                missing++;
            }
        }
        unsigned need = c->op == SP_C_ALL   ? missing
                        : c->op == SP_C_ANY ? (given ? 0 : 1)
                                            : (given >= c->k ? 0 : c->k - given);
        m->need = (uint8_t)(need < missing ? need : missing);
        break;
    }
    case SP_C_AND:
    case SP_C_OR:
        if (x->n_kids + c->n > MAX_MASK_NODES) {
            x->overflow = true;
            break;
        }
        m->op = c->op;
        m->first = (uint16_t)x->n_kids;
        m->n = (uint16_t)c->n;
        x->n_kids += c->n;
        for (uint32_t i = 0; i < c->n && !x->overflow; i++) {
            uint32_t k = build_mask_tree(x, who, v[i]);
            x->kid[x->node[at].first + i] = (uint16_t)k;
        }
        break;
    }
    return at;
}

/* A lower bound of the parties node i still needs when the bits `chosen`
 * are added and the bits `out` may not be; NEVER when it cannot be satisfied.
 * *open receives the parties that could help it. */
static unsigned lower_bound(const searcher *x, uint32_t i, uint64_t chosen, uint64_t out,
                            uint64_t *open)
{
    const mask_node *m = &x->node[i];
    *open = 0;
    if (m->op == SP_C_ANY) {
        unsigned have = sp_popcount(m->mask & chosen);
        if (have >= m->need)
            return 0;
        *open = m->mask & ~chosen & ~out;
        unsigned need = m->need - have;
        return sp_popcount(*open) < need ? NEVER : need;
    }
    unsigned best = m->op == SP_C_AND ? 0 : NEVER, sum = 0;
    uint64_t seen = 0;
    for (uint32_t k = 0; k < m->n; k++) {
        uint64_t o;
        unsigned l = lower_bound(x, x->kid[m->first + k], chosen, out, &o);
        if (m->op == SP_C_OR) {
            if (l == 0) {
                *open = 0;
                return 0;
            }
            best = l < best ? l : best;
            *open |= o;
            continue;
        }
        if (l >= NEVER)
            return NEVER;
        best = l > best ? l : best;
        /* parts that share no party each need their own parties */
        if ((o & seen) == 0)
            sum += l;
        seen |= o;
    }
    *open |= m->op == SP_C_AND ? seen : 0;
    return sum > best ? sum : best;
}

/* Parties one of which every way to satisfy node i adds (0: satisfied, or
 * no way is left). */
static uint64_t branch_parties(const searcher *x, uint32_t i, uint64_t chosen, uint64_t out)
{
    const mask_node *m = &x->node[i];
    uint64_t o;
    if (lower_bound(x, i, chosen, out, &o) == 0)
        return 0;
    if (m->op == SP_C_ANY)
        return o;
    uint64_t pick = 0;
    int fewest = 65;
    for (uint32_t k = 0; k < m->n; k++) {
        uint64_t b = branch_parties(x, x->kid[m->first + k], chosen, out);
        if (m->op == SP_C_OR) {
            pick |= b;
        } else if (b && (int)sp_popcount(b) < fewest) {
            fewest = (int)sp_popcount(b);
            pick = b;
        }
    }
    return pick;
}

/* Adds parties (lowest bits first) until node i is satisfied: a set that
 * satisfies it, for the first bound above. */
static uint64_t complete_greedily(const searcher *x, uint32_t i, uint64_t chosen)
{
    const mask_node *m = &x->node[i];
    if (m->op == SP_C_ANY) {
        unsigned have = sp_popcount(m->mask & chosen);
        for (uint64_t rest = m->mask & ~chosen; have < m->need; rest &= rest - 1, have++)
            chosen |= rest & (~rest + 1);
        return chosen;
    }
    if (m->op == SP_C_AND) {
        for (uint32_t k = 0; k < m->n; k++)
            chosen = complete_greedily(x, x->kid[m->first + k], chosen);
        return chosen;
    }
    uint64_t best = 0;
    int fewest = 65;
    for (uint32_t k = 0; k < m->n; k++) {
        uint64_t c = complete_greedily(x, x->kid[m->first + k], chosen);
        if ((int)sp_popcount(c) < fewest) {
            fewest = (int)sp_popcount(c);
            best = c;
        }
    }
    return best;
}

/* Each level adds a party, so recursion is at most MAX_CHOOSABLE deep. */
static void search(searcher *x, uint32_t root, uint64_t chosen, uint64_t out, unsigned size)
{
    if (*x->budget == 0)
        return;
    (*x->budget)--;
    uint64_t o;
    unsigned lb = lower_bound(x, root, chosen, out, &o);
    if (lb >= NEVER || size + lb >= x->best)
        return;
    if (lb == 0) {
        x->best = size;
        return;
    }
    for (uint64_t b = branch_parties(x, root, chosen, out); b; b &= b - 1) {
        uint64_t bit = b & (~b + 1);
        search(x, root, chosen | bit, out, size + 1);
        out |= bit;
        if (*x->budget == 0 || size + 1 >= x->best)
            return;
    }
}

/* The size of the parts whose parties are the bits of comp. */
static unsigned component_size(sizing *s, uint64_t comp, unsigned *budget)
{
    unsigned lb = 0, ub = 0;
    uint32_t parts = 0;
    bool read_once = true;
    for (uint32_t i = 0; i < s->n_parts; i++) {
        if (!(s->part_missing[i] & comp))
            continue;
        unsigned l, h;
        size_bounds(&s->who, s->part[i], &l, &h);
        if (l > lb)
            lb = l;
        ub = add_capped(ub, h);
        parts++;
        read_once = read_once && s->part_read_once[i];
    }
    if (lb >= ub || (parts == 1 && read_once))
        return ub;
    searcher x;
    x.n_nodes = 1;
    x.n_kids = 0;
    x.overflow = false;
    x.budget = budget;
    /* the root: an AND of the component's parts */
    x.node[0] = (mask_node){ SP_C_AND, 0, 0, (uint16_t)parts, 0 };
    if (parts > MAX_MASK_NODES)
        return ub;
    x.n_kids = parts;
    for (uint32_t i = 0, k = 0; i < s->n_parts && !x.overflow; i++)
        if (s->part_missing[i] & comp) {
            uint32_t at = build_mask_tree(&x, &s->who, s->part[i]);
            x.kid[k++] = (uint16_t)at;
        }
    if (x.overflow)
        return ub;
    unsigned greedy = sp_popcount(complete_greedily(&x, 0, 0));
    x.best = greedy < ub ? greedy : ub;
    search(&x, 0, 0, 0, 0);
    /* out of budget: adding up, as documented */
    return *budget == 0 ? ub : x.best;
}

unsigned sp_residual_size_count(const sp_ctx *ctx, int32_t own, const uint32_t *reqs,
                                uint32_t n_reqs)
{
    sizing s;
    s.who = (sp_consenters){ ctx, s.forced, 0, 0, s.choosable, 0, 0 };
    s.n_parts = 0;
    s.overflow = false;
    gather_parts(&s, own, reqs, n_reqs);
    if (!s.overflow)
        force_parties(&s);
    unsigned size = s.who.n_forced;
    if (s.overflow) {
        /* Adding up, from scratch: never below the exact size. */
        sp_consenters plain = SP_CONSENTERS_GIVEN(ctx);
        size = 0;
        for (uint32_t i = 0; i <= n_reqs; i++) {
            int32_t node = i == 0 ? own : ctx->pol->rules[reqs[i - 1]].consent;
            unsigned l, h;
            if (node >= 0) {
                size_bounds(&plain, (uint32_t)node, &l, &h);
                size = add_capped(size, h);
            }
        }
        return size;
    }
    /* Only the parts the forced parties leave unsatisfied remain. */
    uint32_t kept = 0;
    for (uint32_t i = 0; i < s.n_parts; i++)
        if (!s.part_sat[i])
            s.part[kept++] = s.part[i];
    s.n_parts = kept;
    for (uint32_t i = 0; i < s.n_parts; i++) {
        s.part_missing[i] = 0;
        s.part_read_once[i] = true;
        mark_missing_unsat(&s, s.part[i], &s.part_missing[i], &s.part_read_once[i]);
    }
    if (s.overflow) {
        for (uint32_t i = 0; i < s.n_parts; i++) {
            unsigned l, h;
            size_bounds(&s.who, s.part[i], &l, &h);
            size = add_capped(size, h);
        }
        return size;
    }
    /* Components: parts joined by the parties they share. */
    uint64_t done = 0;
    unsigned budget = SEARCH_BUDGET;
    for (uint32_t i = 0; i < s.n_parts; i++) {
        if (s.part_missing[i] & done)
            continue;
        uint64_t comp = s.part_missing[i];
        for (bool grew = true; grew;) {
            grew = false;
            for (uint32_t j = 0; j < s.n_parts; j++)
                if ((s.part_missing[j] & comp) && (s.part_missing[j] & ~comp)) {
                    comp |= s.part_missing[j];
                    grew = true;
                }
        }
        done |= comp;
        size = add_capped(size, component_size(&s, comp, &budget));
    }
    return size;
}
