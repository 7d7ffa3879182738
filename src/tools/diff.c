/* diff.c — sharepol_diff_new(): the exact difference between the answers of
 * two policies (docs/diff.md).
 *
 * The queries that name only names both versions declare fall into classes
 * that no rule of either version tells apart.  The classes are found by
 * splitting one dimension at a time, in the order category, day, sender,
 * recipient, originator, marking, purpose; each split looks only at the
 * rules that can still apply (their heads hold so far), and groups the
 * values of the dimension by what those rules observe of them (a row of
 * bits per value, one column per observer).  A set that names the query's
 * own parties (`to organisation of from`) adds columns at each party level
 * it relates, so that it too is constant on a class (relation_columns); a
 * marking value is a set of kinds of scope with an explicit audience or
 * none (split_markings).  Every rule's head and
 * condition is then constant on a class, so one query of the class, run
 * through sharepol_decide_residual() under every set of the consents that
 * matter, stands for all of it.
 *
 * Rules that mean the same in both versions (same key, same meaning over
 * the common names, same relative order) cannot make a difference on their
 * own: a branch where no other rule can apply is passed over at once, and
 * each dimension is first narrowed to the values where some changed rule's
 * head holds.  That is what makes a one-rule change of a large policy
 * fast. */
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "arena.h"
#include "date.h"
#include "diff_consent.h"
#include "eval.h"
#include "graph.h"

#define NONE_U UINT32_MAX
#define REF(v, i) (((uint32_t)(v) << 31) | (uint32_t)(i))
#define REF_V(x) ((x) >> 31)
#define REF_I(x) ((x) & 0x7fffffffu)
/* Past this many classes that differ, diff stops (SHAREPOL_ELIMIT) rather
 * than take gigabytes: a change that large is read by narrowing it. */
#define MAX_CLASSES 1000000u
#define MAX_MARKING_KINDS 12

/* A marking value: a set of kinds of scope (bit k: some scope of kind k)
 * and an explicit audience: none, with the recipient, without, or with it
 * in one version only (a party moved in the organisational tree). */
enum { AUD_NONE, AUD_WITH, AUD_WITHOUT, AUD_OLD, AUD_NEW, N_AUD };
#define MARK(kinds, aud) ((int32_t)((kinds) * N_AUD + (aud)))
#define MARK_KINDS(m) ((uint32_t)(m) / N_AUD)
#define MARK_AUD(m) ((uint32_t)(m) % N_AUD)

/* The parties of a query a rule's set can read, in the order they are split. */
enum { DIM_FROM = 1, DIM_TO = 2, DIM_ORIG = 4 };

enum { LEVEL_CAT, LEVEL_DAY, LEVEL_FROM, LEVEL_TO, LEVEL_ORIG, LEVEL_MARK, LEVEL_PURPOSE,
       N_LEVELS };

/* One version, and how the common names map onto its ids. */
typedef struct side {
    const sharepol_policy *pol;
    uint32_t *party, *cat, *purpose, *scope; /* universe index -> id */
    uint32_t *party_u;                       /* id -> universe index, NONE_U */
    bool *changed;                           /* per rule */
    int32_t day;                             /* fixed day, or SHAREPOL_DATE_NONE */
} side;

/* What the rules that can still apply observe. */
typedef struct observed {
    SP_VEC(uint32_t) from_sets, to_sets, orig_sets; /* REF(v, pset) */
    SP_VEC(uint32_t) marked, purpose_in;            /* REF(v, wnode) */
    SP_VEC(int32_t) dates;
    SP_VEC(uint32_t) named;                         /* universe parties */
    bool onward, marking, audience, orig_consent;
    bool outside, within;                           /* which audience atoms */
} observed;

/* The buffers of one level, reused by its siblings. */
typedef struct level {
    uint32_t *members, *off, n_atoms;
    uint32_t *rules;   /* the rules still possible below */
    observed obs;
} level;

typedef struct hidx {
    uint64_t hash;
    uint32_t idx;
} hidx;

struct sharepol_diff {
    sharepol_allocator allocator;
    sp_arena arena;
    SP_VEC(sharepol_diff_class) classes;
    SP_VEC(const char *) only[2];
    SP_VEC(int) only_kind[2];
};

typedef struct state {
    side s[2];
    uint32_t nu_party, nu_cat, nu_purpose, nu_scope, n_refs;
    sharepol_diff *out;
    sp_arena work;
    jmp_buf oom;
    int error;
    int32_t min_day, max_day;
    bool fixed_days;
    uint8_t *named_mark;   /* per universe party */
    level lv[N_LEVELS];
    uint64_t *rows;
    size_t rows_cap;
    hidx *order;
    uint32_t *cands;
    uint64_t *firsts;
    /* the class being built */
    const uint32_t *cats, *from, *to, *orig, *purposes;
    uint32_t n_cats, n_from, n_to, n_orig, n_purposes;
    int32_t day_lo, day_hi;
    int orig_mode;
    uint32_t from_rep, orig_rep;
    int32_t *mark_vals;            /* MARK() values, ascending */
    uint32_t n_mark_vals;
    uint64_t mark_weight;          /* the sets of markings they stand for */
    uint32_t *scope_kind;          /* per universe scope */
    uint32_t n_kinds, kind_first[MAX_MARKING_KINDS];
    uint64_t kind_weight[MAX_MARKING_KINDS]; /* its non-empty subsets */
    sharepol_marking *mark_buf[2]; /* an example's markings, per version */
    sharepol_id *aud_buf[2];       /* its audience {TO} */
    /* columns of sets that read the query's parties, column-major */
    SP_VEC(uint64_t) colbits;
    uint32_t n_cols, col_words;
    uint32_t *reps[2];             /* parties that read a set alike: to, originator */
    int trees_same;                /* -1: not worked out yet */
    int8_t *facts_same;            /* per relation of OLD: -1 not yet, 0, 1 */
    sharepol_residual *pending[2]; /* freed if an allocation jumps out */
    /* classes whose answers are the same functions of the consents (the
       same rules apply, the same sender and originator where a consent
       can name them) differ alike: what was found, by key */
    SP_VEC(uint32_t) keys;
    struct seen { uint64_t hash; uint32_t key, len; int differs; uint32_t set, n_set; } *seen;
    SP_VEC(uint32_t) sets;     /* the consents found for a key, by seen */
    uint32_t *named;           /* the parties that may consent, per class */
    sharepol_id *consents;     /* a query's consents, per query */
    uint32_t *require_nodes;   /* the consents of the requires, per class */
    sp_diff_consent consent;
    sp_diff_consent residual;       /* comparing two residuals */
    sp_diff_consent_names places;   /* where their parties stand */
} state;

#define SEEN_SLOTS (1u << 16)

static void *work_alloc(state *st, size_t n, size_t size)
{
    if (n && size > SIZE_MAX / n)
        return sp_arena_fail(&st->work);
    return sp_arena_zalloc(&st->work, n && size ? n * size : 1);
}

/* ---- what a version says ------------------------------------------------ */

static bool covers_cat(const side *sd, const sp_crule *cr, uint32_t uc)
{
    if (cr->all_cats)
        return true;
    const sharepol_policy *pol = sd->pol;
    uint32_t c = sd->cat[uc];
    for (uint32_t i = pol->cat_anc_off[c]; i < pol->cat_anc_off[c + 1]; i++)
        for (uint32_t j = 0; j < cr->n_cats; j++)
            if (pol->u32[cr->cats + j] == pol->u32[i])
                return true;
    return false;
}

/* Is universe party up in version sd's set, its references to the query's
 * parties read against universe parties uf, ut, uo (NONE_U where the set
 * does not read them)? */
static bool in_rule_set(const side *sd, int32_t pset, uint32_t up, uint32_t uf, uint32_t ut,
                        uint32_t uo)
{
    if (pset < 0)
        return true;
    const sharepol_policy *pol = sd->pol;
    const sp_pset *s = &pol->psets[pset];
    uint32_t p = sd->party[up];
    if ((s->n_refs | s->n_xrefs) == 0)
        return sp_graph_in_set(pol, p, s);
    return sp_graph_in_rset(pol, p, s, uf == NONE_U ? p : sd->party[uf],
                            ut == NONE_U ? p : sd->party[ut], uo == NONE_U ? p : sd->party[uo]);
}

/* A set that reads none of the query's parties. */
static bool in_pset(const side *sd, int32_t pset, uint32_t up)
{
    return in_rule_set(sd, pset, up, NONE_U, NONE_U, NONE_U);
}

static unsigned ref_dim(uint32_t word)
{
    switch (word & SP_REF_BASE) {
    case SP_REF_FROM:
        return DIM_FROM;
    case SP_REF_TO:
        return DIM_TO;
    case SP_REF_ORIGINATOR:
        return DIM_ORIG;
    default:
        return 0;
    }
}

/* The query's parties a rule's set reads (DIM_*): 0 for a constant set. */
static unsigned set_dims(const sharepol_policy *pol, int32_t pset)
{
    if (pset < 0)
        return 0;
    const sp_pset *s = &pol->psets[pset];
    unsigned d = 0;
    for (uint32_t i = 0; i < s->n_refs + s->n_xrefs; i++)
        d |= ref_dim(pol->u32[s->refs + 2 * (size_t)i]);
    return d;
}

static bool purpose_in(const side *sd, uint32_t node, uint32_t upurpose)
{
    if (upurpose == NONE_U)
        return false;
    const sharepol_policy *pol = sd->pol;
    const sp_wnode *w = &pol->wnodes[node];
    uint32_t p = sd->purpose[upurpose];
    for (uint32_t i = pol->purpose_anc_off[p]; i < pol->purpose_anc_off[p + 1]; i++)
        for (uint32_t j = 0; j < w->n; j++)
            if (pol->u32[w->a + j] == pol->u32[i])
                return true;
    return false;
}

static bool marked_in(const side *sd, uint32_t node, uint32_t uscope)
{
    const sharepol_policy *pol = sd->pol;
    const sp_wnode *w = &pol->wnodes[node];
    for (uint32_t j = 0; j < w->n; j++)
        if (pol->u32[w->a + j] == sd->scope[uscope])
            return true;
    return false;
}

/* A common party whose tree holds universe party ut in version v but not
 * in the other, or NONE_U: an audience of it holds the recipient in one
 * version only. */
static uint32_t audience_witness(const side s[2], uint32_t nu_party, uint32_t ut, uint32_t v)
{
    for (uint32_t x = 0; x < nu_party; x++)
        if (sp_graph_party_in(s[v].pol, s[v].party[ut], s[v].party[x]) &&
            !sp_graph_party_in(s[!v].pol, s[!v].party[ut], s[!v].party[x]))
            return x;
    return NONE_U;
}

/* The recipient against a scope's audience: -1 none, 0 outside, 1 within. */
static int scope_within(const side *sd, uint32_t uscope, uint32_t uto)
{
    int32_t a = sd->pol->scope_audience[sd->scope[uscope]];
    if (a < 0)
        return -1;
    return in_pset(sd, a, uto) ? 1 : 0;
}

/* ---- what the rules observe ------------------------------------------- */

static void note_named(state *st, observed *o, const side *sd, uint32_t id)
{
    uint32_t u = sd->party_u[id];
    if (u != NONE_U && !st->named_mark[u]) {
        st->named_mark[u] = 1;
        sp_vec_push(&st->work, &o->named, u);
    }
}

static void observe_consent(state *st, observed *o, uint32_t v, uint32_t node)
{
    const side *sd = &st->s[v];
    const sp_cnode *c = &sd->pol->cnodes[node];
    switch ((sp_cop)c->op) {
    case SP_C_ORIGINATOR:
        o->orig_consent = true;
        return;
    case SP_C_PARTY:
        note_named(st, o, sd, c->a);
        return;
    case SP_C_ALL:
    case SP_C_ANY:
    case SP_C_COUNT:
        for (uint32_t i = 0; i < c->n; i++)
            note_named(st, o, sd, sd->pol->u32[c->a + i]);
        return;
    case SP_C_AND:
    case SP_C_OR:
        for (uint32_t i = 0; i < c->n; i++)
            observe_consent(st, o, v, sd->pol->u32[c->a + i]);
        return;
    }
}

/* What one atom of a condition observes of a query, into an observed. */
typedef struct observing {
    state *st;
    observed *o;
    uint32_t v;
} observing;

static bool observe_atom(const sharepol_policy *pol, const sp_wnode *w, uint32_t node, void *ctx)
{
    (void)pol;
    observing *c = ctx;
    state *st = c->st;
    observed *o = c->o;
    uint32_t v = c->v;
    switch ((sp_wop)w->op) {
    case SP_W_OR:
    case SP_W_AND:
    case SP_W_NOT: /* sp_graph_any_atom walks these */
        break;
    case SP_W_ORIGINATOR_IN:
        sp_vec_push(&st->work, &o->orig_sets, REF(v, w->a));
        break;
    case SP_W_FROM_IN:
        sp_vec_push(&st->work, &o->from_sets, REF(v, w->a));
        break;
    case SP_W_TO_IN:
        sp_vec_push(&st->work, &o->to_sets, REF(v, w->a));
        break;
    case SP_W_OUTSIDE_SCOPE:
    case SP_W_WITHIN_SCOPE:
        o->audience = true;
        o->outside |= w->op == SP_W_OUTSIDE_SCOPE;
        o->within |= w->op == SP_W_WITHIN_SCOPE;
        break;
    case SP_W_ONWARD:
        o->onward = true;
        break;
    case SP_W_MARKED:
        o->marking = true;
        sp_vec_push(&st->work, &o->marked, REF(v, node));
        break;
    case SP_W_UNMARKED:
        o->marking = true;
        break;
    case SP_W_PURPOSE_IN:
        sp_vec_push(&st->work, &o->purpose_in, REF(v, node));
        break;
    case SP_W_BEFORE:
    case SP_W_SINCE:
        sp_vec_push(&st->work, &o->dates, w->date);
        break;
    }
    return false;
}

static void observe_cond(state *st, observed *o, uint32_t v, uint32_t node)
{
    observing c = { st, o, v };
    sp_graph_any_atom(st->s[v].pol, node, observe_atom, &c);
}

static void observe(state *st, observed *o, const uint32_t *rules, uint32_t n)
{
    for (uint32_t i = 0; i < o->named.n; i++)
        st->named_mark[o->named.v[i]] = 0;
    o->from_sets.n = o->to_sets.n = o->orig_sets.n = 0;
    o->marked.n = o->purpose_in.n = o->dates.n = o->named.n = 0;
    o->onward = o->marking = o->audience = o->orig_consent = o->outside = o->within = false;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t v = REF_V(rules[i]);
        const sp_crule *cr = &st->s[v].pol->rules[REF_I(rules[i])];
        if (cr->from >= 0)
            sp_vec_push(&st->work, &o->from_sets, REF(v, (uint32_t)cr->from));
        if (cr->to >= 0)
            sp_vec_push(&st->work, &o->to_sets, REF(v, (uint32_t)cr->to));
        if (cr->when >= 0)
            observe_cond(st, o, v, (uint32_t)cr->when);
        if (cr->consent >= 0)
            observe_consent(st, o, v, (uint32_t)cr->consent);
    }
    for (uint32_t i = 0; i < o->named.n; i++)
        st->named_mark[o->named.v[i]] = 0;
}

static bool reads_dim(const state *st, const uint32_t *sets, uint32_t n, unsigned dim)
{
    for (uint32_t i = 0; i < n; i++)
        if (set_dims(st->s[REF_V(sets[i])].pol, (int32_t)REF_I(sets[i])) & dim)
            return true;
    return false;
}

static bool orig_observed(const state *st, const observed *o)
{
    return o->orig_sets.n || o->onward || o->orig_consent ||
           reads_dim(st, o->from_sets.v, o->from_sets.n, DIM_ORIG) ||
           reads_dim(st, o->to_sets.v, o->to_sets.n, DIM_ORIG);
}

static bool any_changed(const state *st, const uint32_t *rules, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++)
        if (st->s[REF_V(rules[i])].changed[REF_I(rules[i])])
            return true;
    return false;
}

/* ---- splitting a dimension -------------------------------------------- */

static int cmp_hidx(const void *a, const void *b)
{
    const hidx *x = a, *y = b;
    if (x->hash != y->hash)
        return x->hash < y->hash ? -1 : 1;
    return x->idx < y->idx ? -1 : x->idx > y->idx;
}

static int cmp_first(const void *a, const void *b)
{
    const uint64_t *x = a, *y = b;
    return *x < *y ? -1 : *x > *y;
}

static uint64_t *rows_for(state *st, uint32_t n, uint32_t words)
{
    size_t need = (size_t)n * (words ? words : 1);
    if (need > st->rows_cap) {
        st->rows = work_alloc(st, need, sizeof *st->rows);
        st->rows_cap = need;
    }
    memset(st->rows, 0, need * sizeof *st->rows);
    return st->rows;
}

static inline void set_bit(uint64_t *row, uint32_t col)
{
    row[col >> 6] |= (uint64_t)1 << (col & 63);
}

/* Groups the n values vals[] by equal rows (st->rows, `words` words each)
 * into lv's atoms: members in ascending order of value position, atoms in
 * order of their first member. */
static void partition(state *st, level *lv, const uint32_t *vals, uint32_t n, uint32_t words)
{
    hidx *order = st->order;
    for (uint32_t i = 0; i < n; i++) {
        const uint64_t *row = st->rows + (size_t)i * words;
        uint64_t h = 0x9e3779b97f4a7c15u;
        for (uint32_t w = 0; w < words; w++) {
            h ^= row[w];
            h *= 0xff51afd7ed558ccdu;
            h ^= h >> 32;
        }
        order[i] = (hidx){ h, i };
    }
    qsort(order, n, sizeof *order, cmp_hidx);
    /* Within a run of equal hashes, split off one class at a time. */
    uint32_t *assigned = st->cands + n; /* scratch after the candidates */
    uint32_t *tmp = assigned + n, n_atoms = 0;
    uint64_t *firsts = st->firsts;
    for (uint32_t i = 0; i < n; i++)
        assigned[i] = NONE_U;
    for (uint32_t i = 0; i < n;) {
        uint32_t j = i;
        while (j < n && order[j].hash == order[i].hash)
            j++;
        for (uint32_t a = i; a < j; a++) {
            if (assigned[a] != NONE_U)
                continue;
            const uint64_t *lead = st->rows + (size_t)order[a].idx * words;
            for (uint32_t b = a; b < j; b++)
                if (assigned[b] == NONE_U &&
                    !memcmp(lead, st->rows + (size_t)order[b].idx * words, (size_t)words * 8)) {
                    assigned[b] = n_atoms;
                }
            firsts[n_atoms] = ((uint64_t)order[a].idx << 32) | n_atoms;
            n_atoms++;
        }
        i = j;
    }
    qsort(firsts, n_atoms, sizeof *firsts, cmp_first);
    /* tmp[atom] = its rank; count, then place members by ascending index. */
    uint32_t *rank = tmp, *count = tmp + n_atoms;
    for (uint32_t r = 0; r < n_atoms; r++)
        rank[(uint32_t)firsts[r]] = r, count[r] = 0;
    uint32_t *atom_of = count + n_atoms;
    for (uint32_t a = 0; a < n; a++)
        atom_of[order[a].idx] = rank[assigned[a]];
    for (uint32_t i = 0; i < n; i++)
        count[atom_of[i]]++;
    lv->off[0] = 0;
    for (uint32_t r = 0; r < n_atoms; r++)
        lv->off[r + 1] = lv->off[r] + count[r];
    for (uint32_t r = 0; r < n_atoms; r++)
        count[r] = lv->off[r];
    for (uint32_t i = 0; i < n; i++)
        lv->members[count[atom_of[i]]++] = vals[i];
    lv->n_atoms = n_atoms;
}

/* ---- the answers ------------------------------------------------------- */

typedef struct answer {
    int status;
    sharepol_result result;
    sharepol_residual *residual;
} answer;

/* A rule's name for comparing: an unnamed rule's FILE:LINE without the
 * directories of FILE, so that a copy of a policy elsewhere compares. */
static const char *rule_key(const sharepol_rule_info *info)
{
    if (!info)
        return "";
    size_t fl = strlen(info->file);
    if (!strncmp(info->name, info->file, fl) && info->name[fl] == ':') {
        const char *slash = strrchr(info->file, '/');
        return slash ? info->name + (slash + 1 - info->file) : info->name;
    }
    return info->name;
}

static bool same_rule_name(const sharepol_rule_info *a, const sharepol_rule_info *b)
{
    if (!a || !b)
        return a == b;
    const char *ka = rule_key(a), *kb = rule_key(b);
    /* rule_key of an unnamed rule points into its name; compare tails */
    return !strcmp(ka, kb);
}

/* Are two residuals the same consent expression over party names? */
static int residuals_equal(state *st, const answer *a, const answer *b)
{
    if (!strcmp(sharepol_residual_text(a->residual), sharepol_residual_text(b->residual)))
        return 1;
    return sp_diff_consent_same_residual(&st->residual, &st->places,
                                         sharepol_residual_root(a->residual),
                                         sharepol_residual_root(b->residual));
}

/* 1 when the answers differ, 0 when not, or an error. */
static int answers_differ(state *st, const answer *a, const answer *b)
{
    if (a->status < 0)
        return a->status;
    if (b->status < 0)
        return b->status;
    if (a->result.decision != b->result.decision ||
        !same_rule_name(a->result.rule, b->result.rule))
        return 1;
    if (a->result.decision != SHAREPOL_NEEDS_CONSENT)
        return 0;
    int eq = residuals_equal(st, a, b);
    return eq < 0 ? eq : !eq;
}

/* ---- a class ----------------------------------------------------------- */

static uint64_t mul_sat(uint64_t a, uint64_t b)
{
    if (a && b > UINT64_MAX / a)
        return UINT64_MAX;
    return a * b;
}

static sharepol_id *ids_out(state *st, uint32_t v, const uint32_t *map, const uint32_t *u,
                            uint32_t n)
{
    (void)v;
    sharepol_id *ids = sp_arena_alloc(&st->out->arena, (n ? n : 1) * sizeof *ids);
    for (uint32_t i = 0; i < n; i++)
        ids[i] = u[i] == NONE_U ? SHAREPOL_ID_NONE : (sharepol_id)map[u[i]];
    return ids;
}

/* The example query of the class in version v, with the consents of the
 * n_consents universe parties given. */
static void build_query(const state *st, uint32_t v, int32_t mark, uint32_t upurpose,
                        const uint32_t *given, uint32_t n_consents, sharepol_id *consents,
                        sharepol_id *audience, sharepol_query *q)
{
    const side *sd = &st->s[v];
    *q = (sharepol_query)SHAREPOL_QUERY_INIT;
    q->category = (sharepol_id)sd->cat[st->cats[0]];
    q->from = (sharepol_id)sd->party[st->from_rep];
    q->to = (sharepol_id)sd->party[st->to[0]];
    if (st->orig_mode == SHAREPOL_DIFF_ORIGINATOR_OTHER)
        q->originator = (sharepol_id)sd->party[st->orig_rep];
    /* mark: MARK(); the first scope of each kind, then the audience; one
       marking in the single-marking fields, as a draft 1 query */
    sharepol_marking *ms = st->mark_buf[v];
    uint32_t n_marks = 0;
    for (uint32_t k = 0; k < st->n_kinds; k++)
        if ((MARK_KINDS(mark) >> k) & 1)
            ms[n_marks++] = (sharepol_marking){ (sharepol_id)sd->scope[st->kind_first[k]], NULL, 0 };
    uint32_t aud = MARK_AUD(mark);
    if (aud != AUD_NONE) {
        uint32_t member = aud == AUD_OLD || aud == AUD_NEW
                              ? audience_witness(st->s, st->nu_party, st->to[0], aud == AUD_NEW)
                              : st->to[0];
        st->aud_buf[v][0] = (sharepol_id)sd->party[member];
        ms[n_marks++] = (sharepol_marking){ SHAREPOL_ID_NONE, st->aud_buf[v], aud != AUD_WITHOUT };
    }
    if (n_marks > 1) {
        q->markings = ms;
        q->n_markings = n_marks;
    } else if (n_marks == 1 && ms[0].audience) {
        audience[0] = st->aud_buf[v][0];
        q->audience = audience;
        q->n_audience = ms[0].n_audience;
    } else if (n_marks == 1) {
        q->scope = ms[0].scope;
    }
    if (upurpose != NONE_U)
        q->purpose = (sharepol_id)sd->purpose[upurpose];
    /* the last day of a class that starts with the calendar: the day
       nearest to what changes */
    q->date = sd->day != SHAREPOL_DATE_NONE ? sd->day
              : st->day_lo == st->min_day ? st->day_hi
                                          : st->day_lo;
    for (uint32_t i = 0; i < n_consents; i++)
        consents[i] = (sharepol_id)sd->party[given[i]];
    q->consents = n_consents ? consents : NULL;
    q->n_consents = n_consents;
}

static void answer_free(answer *a)
{
    sharepol_residual_free(a->residual);
    a->residual = NULL;
}

static void decide(const state *st, uint32_t v, const sharepol_query *q, answer *a)
{
    a->residual = NULL;
    a->status = sharepol_decide_residual(st->s[v].pol, q, &a->result, &a->residual);
}

static const char *residual_copy(state *st, const answer *a)
{
    if (a->result.decision != SHAREPOL_NEEDS_CONSENT || !a->residual)
        return NULL;
    return sp_arena_strdup(&st->out->arena, sharepol_residual_text(a->residual));
}

static void copy_query(state *st, sharepol_query *q)
{
    if (q->audience) {
        sharepol_id *a = sp_arena_alloc(&st->out->arena, sizeof *a * (q->n_audience + 1));
        memcpy(a, q->audience, sizeof *a * q->n_audience);
        q->audience = a;
    }
    if (q->markings) {
        sharepol_marking *m = sp_arena_alloc(&st->out->arena, sizeof *m * q->n_markings);
        memcpy(m, q->markings, sizeof *m * q->n_markings);
        for (size_t i = 0; i < q->n_markings; i++)
            if (m[i].audience) {
                sharepol_id *a = sp_arena_alloc(&st->out->arena, sizeof *a);
                a[0] = m[i].audience[0];
                m[i].audience = a;
            }
        q->markings = m;
    }
    if (q->consents) {
        sharepol_id *c = sp_arena_alloc(&st->out->arena, sizeof *c * q->n_consents);
        memcpy(c, q->consents, sizeof *c * q->n_consents);
        q->consents = c;
    }
}

static bool has_mark(const state *st, int32_t m)
{
    uint32_t lo = 0, hi = st->n_mark_vals;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (st->mark_vals[mid] < m)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < st->n_mark_vals && st->mark_vals[lo] == m;
}

/* The class's markings: its queries with at most one marking (in the
 * order unmarked, each scope, an audience with the recipient, without),
 * and every set of markings by kind. */
static void record_markings(state *st, sharepol_diff_class *c)
{
    sp_arena *a = &st->out->arena;
    const sharepol_policy *pol = st->s[0].pol;
    int32_t *marks = sp_arena_alloc(a, sizeof *marks * (st->nu_scope + N_AUD));
    size_t n = 0;
    if (has_mark(st, MARK(0, AUD_NONE)))
        marks[n++] = SHAREPOL_DIFF_UNMARKED;
    for (uint32_t s = 0; s < st->nu_scope; s++)
        if (has_mark(st, MARK((uint32_t)1 << st->scope_kind[s], AUD_NONE)))
            marks[n++] = (int32_t)st->s[0].scope[s];
    if (has_mark(st, MARK(0, AUD_WITH)))
        marks[n++] = SHAREPOL_DIFF_AUDIENCE_WITH;
    if (has_mark(st, MARK(0, AUD_WITHOUT)))
        marks[n++] = SHAREPOL_DIFF_AUDIENCE_WITHOUT;
    if (has_mark(st, MARK(0, AUD_OLD)))
        marks[n++] = SHAREPOL_DIFF_AUDIENCE_OLD_ONLY;
    if (has_mark(st, MARK(0, AUD_NEW)))
        marks[n++] = SHAREPOL_DIFF_AUDIENCE_NEW_ONLY;
    c->markings = marks;
    c->n_markings = n;
    int32_t *kinds = sp_arena_alloc(a, sizeof *kinds * (pol->n_scopes + 1));
    for (uint32_t s = 0; s < pol->n_scopes; s++)
        kinds[s] = -1;
    for (uint32_t s = 0; s < st->nu_scope; s++)
        kinds[st->s[0].scope[s]] = (int32_t)st->scope_kind[s];
    c->marking_kinds = kinds;
    c->n_marking_kinds = st->n_kinds;
    sharepol_diff_marking *sets = sp_arena_alloc(a, sizeof *sets * st->n_mark_vals);
    static const int32_t aud[N_AUD] = { SHAREPOL_DIFF_NO_AUDIENCE, SHAREPOL_DIFF_AUDIENCE_WITH,
                                        SHAREPOL_DIFF_AUDIENCE_WITHOUT,
                                        SHAREPOL_DIFF_AUDIENCE_OLD_ONLY,
                                        SHAREPOL_DIFF_AUDIENCE_NEW_ONLY };
    for (uint32_t i = 0; i < st->n_mark_vals; i++)
        sets[i] = (sharepol_diff_marking){ MARK_KINDS(st->mark_vals[i]),
                                           aud[MARK_AUD(st->mark_vals[i])] };
    c->marking_sets = sets;
    c->n_marking_sets = st->n_mark_vals;
}

static void record(state *st, int32_t mark, uint32_t upurpose, const uint32_t *given,
                   uint32_t n_consents, answer ans[2], uint64_t size)
{
    if (st->out->classes.n >= MAX_CLASSES) {
        st->error = SHAREPOL_ELIMIT;
        return;
    }
    sharepol_diff_class c;
    memset(&c, 0, sizeof c);
    sp_arena *a = &st->out->arena;
    c.categories = ids_out(st, 0, st->s[0].cat, st->cats, st->n_cats);
    c.n_categories = st->n_cats;
    c.from = ids_out(st, 0, st->s[0].party, st->from, st->n_from);
    c.n_from = st->n_from;
    c.to = ids_out(st, 0, st->s[0].party, st->to, st->n_to);
    c.n_to = st->n_to;
    c.originator_mode = st->orig_mode;
    c.originators = ids_out(st, 0, st->s[0].party, st->orig, st->n_orig);
    c.n_originators = st->orig_mode == SHAREPOL_DIFF_ORIGINATOR_OTHER ? st->n_orig : 0;
    record_markings(st, &c);
    c.purposes = ids_out(st, 0, st->s[0].purpose, st->purposes, st->n_purposes);
    c.n_purposes = st->n_purposes;
    c.first_day = st->fixed_days ? SHAREPOL_DATE_NONE : st->day_lo;
    c.last_day = st->fixed_days ? SHAREPOL_DATE_NONE : st->day_hi;
    c.size = size;
    sharepol_id aud[1];
    for (uint32_t v = 0; v < 2; v++) {
        sharepol_query *q = v ? &c.new_query : &c.old_query;
        build_query(st, v, mark, upurpose, given, n_consents, st->consents, aud, q);
        copy_query(st, q);
        (v ? &c.new_result : &c.old_result)[0] = ans[v].result;
        (v ? &c.new_residual : &c.old_residual)[0] = residual_copy(st, &ans[v]);
    }
    sp_vec_push(a, &st->out->classes, c);
}

static bool same_consent(state *st, uint32_t a, uint32_t b);
static int compare_at(state *st, int32_t mark, uint32_t upurpose, const uint32_t *given,
                      uint32_t n_consents, uint64_t size);

/* Do the same rules (by name and kind, in the same order, with the same
 * consent) apply in both versions?  Then no set of consents tells the
 * answers apart.  The old version's rules come first in `applying`. */
static bool same_applying(state *st, const uint32_t *applying, uint32_t n)
{
    uint32_t n_old = 0;
    while (n_old < n && REF_V(applying[n_old]) == 0)
        n_old++;
    if (2 * n_old != n)
        return false;
    for (uint32_t i = 0; i < n_old; i++) {
        uint32_t a = REF_I(applying[i]), b = REF_I(applying[n_old + i]);
        const sp_crule *x = &st->s[0].pol->rules[a], *y = &st->s[1].pol->rules[b];
        if (x->kind != y->kind || (x->consent < 0) != (y->consent < 0) ||
            strcmp(rule_key(&st->s[0].pol->rule_info[a]), rule_key(&st->s[1].pol->rule_info[b])) !=
                0 ||
            (x->consent >= 0 && !same_consent(st, (uint32_t)x->consent, (uint32_t)y->consent)))
            return false;
    }
    return true;
}

/* How many parties a consent expression names, repeats counted. */
static uint32_t parties_named(const sharepol_policy *pol, uint32_t node)
{
    const sp_cnode *c = &pol->cnodes[node];
    if (c->op == SP_C_PARTY || c->op == SP_C_ORIGINATOR)
        return 1;
    if (c->op != SP_C_AND && c->op != SP_C_OR)
        return c->n;
    uint32_t n = 0;
    for (uint32_t i = 0; i < c->n; i++)
        n += parties_named(pol, pol->u32[c->a + i]);
    return n;
}

/* An allow's residual and the requires' are sized exactly (residual_size.c
 * searches at most 2^20 sets) when they name at most this many parties. */
#define EXACT_SIZE_PARTIES 16

/* Leaves out of `applying` (in source order per version) the allow rules
 * that can never decide: those after an allow that needs no consent the
 * requires do not already need (none of its own, one the sender gives, or
 * one the requires imply).  That allow decides whenever the requires hold,
 * and when they do not, its residual is the requires' alone, which no later
 * allow undercuts (ties go to source order) — provided the sizes are
 * exact, so only when few parties are named.  @return the new count. */
static uint32_t drop_passed_over(state *st, const sp_ctx ctx[2], uint32_t *applying, uint32_t n)
{
    uint32_t k = 0;
    for (uint32_t v = 0; v < 2; v++) {
        const sharepol_policy *pol = st->s[v].pol;
        uint32_t n_req = 0, named = 0;
        for (uint32_t i = 0; i < n; i++) {
            const sp_crule *cr = &pol->rules[REF_I(applying[i])];
            if (REF_V(applying[i]) == v && cr->kind == SHAREPOL_RULE_REQUIRE) {
                st->require_nodes[n_req++] = (uint32_t)cr->consent;
                named += parties_named(pol, (uint32_t)cr->consent);
            }
        }
        bool passed = false;
        for (uint32_t i = 0; i < n; i++) {
            if (REF_V(applying[i]) != v)
                continue;
            const sp_crule *cr = &pol->rules[REF_I(applying[i])];
            if (cr->kind == SHAREPOL_RULE_ALLOW) {
                if (passed)
                    continue;
                uint32_t own = cr->consent < 0 ? 0 : parties_named(pol, (uint32_t)cr->consent);
                passed = named + own <= EXACT_SIZE_PARTIES &&
                         (cr->consent < 0 || sp_diff_consent_implied(&ctx[v], st->require_nodes,
                                                                     n_req, (uint32_t)cr->consent));
            }
            applying[k++] = applying[i];
        }
    }
    return k;
}

/* A class's trying of one set of consents (sp_diff_consent_search). */
typedef struct trial {
    state *st;
    int32_t mark;
    uint32_t upurpose;
    uint64_t size;
    struct seen *slot;  /* where to remember the set that differs, or NULL */
} trial;

static int try_consents(void *arg, const uint32_t *consents, uint32_t n)
{
    trial *t = arg;
    state *st = t->st;
    int d = compare_at(st, t->mark, t->upurpose, consents, n, t->size);
    if (d > 0 && t->slot) {
        t->slot->differs = 1;
        t->slot->set = st->sets.n;
        t->slot->n_set = n;
        for (uint32_t i = 0; i < n; i++)
            sp_vec_push(&st->work, &st->sets, consents[i]);
    }
    return d;
}

/* Every set of the consents that matter, fewest first, up to parties no
 * consent tells apart: the first that gives different answers makes the
 * class a difference. */
static void leaf(state *st, const uint32_t *rules, uint32_t n_rules, int32_t mark,
                 uint32_t upurpose, uint64_t size)
{
    /* Only the rules that apply to the class matter: when no changed rule
     * does, its answers are the same under every set of consents; and a
     * version where a deny applies answers alike under all of them. */
    sp_ctx ctx[2];
    sharepol_id own_audience[2][1];
    bool denied[2] = { false, false }, changed = false;
    for (uint32_t v = 0; v < 2; v++) {
        sharepol_query q;
        build_query(st, v, mark, upurpose, NULL, 0, NULL, own_audience[v], &q);
        if (sp_eval_prepare(&ctx[v], st->s[v].pol, &q) != SHAREPOL_OK) {
            st->error = SHAREPOL_EINVAL;
            return;
        }
    }
    uint32_t *applying = st->lv[LEVEL_PURPOSE].rules, n_applying = 0;
    for (uint32_t i = 0; i < n_rules; i++) {
        uint32_t v = REF_V(rules[i]), r = REF_I(rules[i]);
        if (!sp_eval_applies(&ctx[v], r, 0))
            continue;
        changed |= st->s[v].changed[r];
        denied[v] |= st->s[v].pol->rules[r].kind == SHAREPOL_RULE_DENY;
        applying[n_applying++] = rules[i];
    }
    if (!changed)
        return;
    n_applying = drop_passed_over(st, ctx, applying, n_applying);
    if (same_applying(st, applying, n_applying))
        return;
    /* A version answers alike under every set of consents when a deny
     * applies, when no allow does, or when the first allow that applies
     * needs nothing (no consent of its own, no require rule applying). */
    bool constant[2], some_require[2] = { false, false };
    int first_allow[2] = { -1, -1 };
    for (uint32_t i = 0; i < n_applying; i++) {
        uint32_t v = REF_V(applying[i]);
        const sp_crule *cr = &st->s[v].pol->rules[REF_I(applying[i])];
        some_require[v] |= cr->kind == SHAREPOL_RULE_REQUIRE;
        if (cr->kind == SHAREPOL_RULE_ALLOW && first_allow[v] < 0)
            first_allow[v] = (int)i;
    }
    for (uint32_t v = 0; v < 2; v++) {
        constant[v] = denied[v] || first_allow[v] < 0 ||
                      (!some_require[v] &&
                       st->s[v].pol->rules[REF_I(applying[first_allow[v]])].consent < 0);
        if (!constant[v]) {
            /* consent only grows what is satisfied: when the first allow
               that applies holds without any consent, it holds with all */
            sharepol_query q;
            sharepol_result res;
            build_query(st, v, mark, upurpose, NULL, 0, NULL, own_audience[v], &q);
            constant[v] = sharepol_decide(st->s[v].pol, &q, &res) == SHAREPOL_ALLOW &&
                          res.rule_index == REF_I(applying[first_allow[v]]);
        }
    }
    uint32_t key_at = st->keys.n;
    for (uint32_t i = 0; i < n_applying; i++)
        sp_vec_push(&st->work, &st->keys, applying[i]);
    uint32_t n_consenting = 0;
    for (uint32_t i = 0; i < n_applying; i++)
        if (!constant[REF_V(applying[i])])
            applying[n_consenting++] = applying[i];
    observed *o = &st->lv[LEVEL_PURPOSE].obs;
    observe(st, o, applying, n_consenting);
    uint32_t *named = st->named, k = 0;
    for (uint32_t i = 0; i < o->named.n; i++)
        if (o->named.v[i] != st->from_rep)
            named[k++] = o->named.v[i];
    if (o->orig_consent && st->orig_mode == SHAREPOL_DIFF_ORIGINATOR_OTHER) {
        bool have = false;
        for (uint32_t i = 0; i < k; i++)
            have |= named[i] == st->orig_rep;
        if (!have)
            named[k++] = st->orig_rep;
    }
    bool from_named = false;
    for (uint32_t i = 0; i < o->named.n; i++)
        from_named |= o->named.v[i] == st->from_rep;
    sp_vec_push(&st->work, &st->keys, from_named || o->orig_consent ? st->from_rep : NONE_U);
    sp_vec_push(&st->work, &st->keys,
                o->orig_consent && st->orig_mode == SHAREPOL_DIFF_ORIGINATOR_OTHER ? st->orig_rep
                                                                                  : NONE_U);
    for (uint32_t i = 0; i < k; i++)
        sp_vec_push(&st->work, &st->keys, named[i]);
    uint32_t key_len = st->keys.n - key_at;
    uint64_t h = 0xcbf29ce484222325u;
    for (uint32_t i = 0; i < key_len; i++) {
        h ^= st->keys.v[key_at + i];
        h *= 0x100000001b3u;
    }
    struct seen *slot = NULL;
    for (uint32_t i = (uint32_t)h & (SEEN_SLOTS - 1);; i = (i + 1) & (SEEN_SLOTS - 1)) {
        struct seen *e = &st->seen[i];
        if (e->len == 0) {
            slot = e;
            break;
        }
        if (e->hash == h && e->len == key_len &&
            !memcmp(st->keys.v + e->key, st->keys.v + key_at, key_len * sizeof(uint32_t))) {
            st->keys.n = key_at;
            if (!e->differs)
                return;
            compare_at(st, mark, upurpose, st->sets.v + e->set, e->n_set, size);
            return;
        }
        if (((i + 1) & (SEEN_SLOTS - 1)) == ((uint32_t)h & (SEEN_SLOTS - 1)))
            break; /* full: no more is remembered */
    }
    if (slot) {
        *slot = (struct seen){ h, key_at, key_len, 0, 0, 0 };
        /* the key stays in st->keys */
    } else {
        st->keys.n = key_at;
    }
    /* the sets of consents that can tell the answers apart, fewest first
       (diff_consent.c): the first that does makes the class a difference */
    sp_diff_consent_start(&st->consent, named, k);
    for (uint32_t i = 0; i < n_consenting; i++) {
        uint32_t v = REF_V(applying[i]);
        int32_t consent = st->s[v].pol->rules[REF_I(applying[i])].consent;
        if (consent >= 0)
            sp_diff_consent_add(&st->consent, &ctx[v], st->s[v].party_u, (uint32_t)consent);
    }
    trial t = { st, mark, upurpose, size, slot };
    if (sp_diff_consent_search(&st->consent, try_consents, &t) == SHAREPOL_ELIMIT)
        st->error = SHAREPOL_ELIMIT;
}

/* Decides the class's example under the consents given in both versions and
 * records the class when the answers differ.  @return 1 differ, 0 not, or
 * an error (also left in st->error). */
static int compare_at(state *st, int32_t mark, uint32_t upurpose, const uint32_t *given,
                      uint32_t n_consents, uint64_t size)
{
    answer ans[2];
    for (uint32_t v = 0; v < 2; v++) {
        sharepol_query q;
        sharepol_id aud[1];
        build_query(st, v, mark, upurpose, given, n_consents, st->consents, aud, &q);
        decide(st, v, &q, &ans[v]);
    }
    int d = answers_differ(st, &ans[0], &ans[1]);
    st->pending[0] = ans[0].residual;
    st->pending[1] = ans[1].residual;
    if (d > 0 && !st->error)
        record(st, mark, upurpose, given, n_consents, ans, size);
    st->pending[0] = st->pending[1] = NULL;
    answer_free(&ans[0]);
    answer_free(&ans[1]);
    if (d < 0)
        st->error = d;
    return d;
}

/* ---- the levels -------------------------------------------------------- */

static void split(state *st, int depth, const uint32_t *rules, uint32_t n_rules);

static bool done(const state *st)
{
    return st->error != 0;
}

/* The rules of `rules` that keep holding, into lv->rules; @return count. */
typedef bool (*keep_fn)(const state *st, uint32_t v, const sp_crule *cr, uint32_t arg);

static uint32_t filter(const state *st, level *lv, const uint32_t *rules, uint32_t n, keep_fn keep,
                       uint32_t arg)
{
    uint32_t k = 0;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t v = REF_V(rules[i]);
        if (keep(st, v, &st->s[v].pol->rules[REF_I(rules[i])], arg))
            lv->rules[k++] = rules[i];
    }
    return k;
}

static bool keep_cat(const state *st, uint32_t v, const sp_crule *cr, uint32_t uc)
{
    return covers_cat(&st->s[v], cr, uc);
}

static bool keep_day(const state *st, uint32_t v, const sp_crule *cr, uint32_t day)
{
    int32_t d = st->s[v].day != SHAREPOL_DATE_NONE ? st->s[v].day : (int32_t)day;
    return cr->start <= d && d < cr->end;
}

/* A rule's sender set holds the sender, when it reads no later party. */
static bool keep_from(const state *st, uint32_t v, const sp_crule *cr, uint32_t up)
{
    if (set_dims(st->s[v].pol, cr->from) & ~(unsigned)DIM_FROM)
        return true; /* decided with the recipient or the originator */
    return in_rule_set(&st->s[v], cr->from, up, up, NONE_U, NONE_U);
}

/* Both sets of a rule against the recipient, the sender being the class's:
 * those that read the originator wait for it. */
static bool keep_to(const state *st, uint32_t v, const sp_crule *cr, uint32_t up)
{
    const side *sd = &st->s[v];
    uint32_t f = st->from[0];
    if (!(set_dims(sd->pol, cr->to) & DIM_ORIG) && !in_rule_set(sd, cr->to, up, f, up, NONE_U))
        return false;
    unsigned d = set_dims(sd->pol, cr->from);
    return !(d & DIM_TO) || (d & DIM_ORIG) || in_rule_set(sd, cr->from, f, f, up, NONE_U);
}

/* The sets that read the originator, against universe party uo, the
 * class's sender and recipient. */
static bool keep_orig(const state *st, uint32_t v, const sp_crule *cr, uint32_t uo)
{
    const side *sd = &st->s[v];
    uint32_t f = st->from_rep, t = st->to[0];
    return (!(set_dims(sd->pol, cr->from) & DIM_ORIG) || in_rule_set(sd, cr->from, f, f, t, uo)) &&
           (!(set_dims(sd->pol, cr->to) & DIM_ORIG) || in_rule_set(sd, cr->to, t, f, t, uo));
}
static void split_categories(state *st, level *lv, const uint32_t *rules, uint32_t n_rules)
{
    uint32_t n = 0;
    for (uint32_t c = 0; c < st->nu_cat; c++) {
        bool hit = false;
        for (uint32_t i = 0; i < n_rules && !hit; i++) {
            uint32_t v = REF_V(rules[i]);
            hit = st->s[v].changed[REF_I(rules[i])] &&
                  covers_cat(&st->s[v], &st->s[v].pol->rules[REF_I(rules[i])], c);
        }
        if (hit)
            st->cands[n++] = c;
    }
    uint32_t words = (n_rules + 63) / 64;
    uint64_t *rows = rows_for(st, n, words);
    for (uint32_t i = 0; i < n; i++)
        for (uint32_t j = 0; j < n_rules; j++) {
            uint32_t v = REF_V(rules[j]);
            if (covers_cat(&st->s[v], &st->s[v].pol->rules[REF_I(rules[j])], st->cands[i]))
                set_bit(rows + (size_t)i * words, j);
        }
    partition(st, lv, st->cands, n, words);
    for (uint32_t a = 0; a < lv->n_atoms && !done(st); a++) {
        st->cats = lv->members + lv->off[a];
        st->n_cats = lv->off[a + 1] - lv->off[a];
        uint32_t k = filter(st, lv, rules, n_rules, keep_cat, st->cats[0]);
        if (any_changed(st, lv->rules, k))
            split(st, LEVEL_DAY, lv->rules, k);
    }
}

static int cmp_i32(const void *a, const void *b)
{
    int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
    return x < y ? -1 : x > y;
}

static void add_cut(state *st, observed *o, int32_t d)
{
    if (d > st->min_day && d <= st->max_day)
        sp_vec_push(&st->work, &o->dates, d);
}

static void split_days(state *st, level *lv, const uint32_t *rules, uint32_t n_rules)
{
    if (st->fixed_days) {
        st->day_lo = st->day_hi = st->s[0].day;
        uint32_t k = filter(st, lv, rules, n_rules, keep_day, 0);
        if (any_changed(st, lv->rules, k))
            split(st, LEVEL_FROM, lv->rules, k);
        return;
    }
    observed *o = &lv->obs;
    observe(st, o, rules, n_rules);
    uint32_t n_cond = o->dates.n;
    for (uint32_t i = 0; i < n_cond; i++) {
        int32_t d = o->dates.v[i];
        o->dates.v[i] = st->min_day;   /* re-added clamped below */
        add_cut(st, o, d);
    }
    for (uint32_t i = 0; i < n_rules; i++) {
        const sp_crule *cr = &st->s[REF_V(rules[i])].pol->rules[REF_I(rules[i])];
        add_cut(st, o, cr->start);
        add_cut(st, o, cr->end);
    }
    sp_vec_push(&st->work, &o->dates, st->min_day);
    qsort(o->dates.v, o->dates.n, sizeof *o->dates.v, cmp_i32);
    for (uint32_t i = 0; i < o->dates.n && !done(st); i++) {
        if (i && o->dates.v[i] == o->dates.v[i - 1])
            continue;
        int32_t lo = o->dates.v[i], hi = st->max_day;
        for (uint32_t j = i + 1; j < o->dates.n; j++)
            if (o->dates.v[j] != lo) {
                hi = o->dates.v[j] - 1;
                break;
            }
        uint32_t k = filter(st, lv, rules, n_rules, keep_day, (uint32_t)lo);
        if (!any_changed(st, lv->rules, k))
            continue;
        st->day_lo = lo;
        st->day_hi = hi;
        split(st, LEVEL_FROM, lv->rules, k);
    }
}

/* Candidate parties: those in some changed rule's set of this side (a set
 * that reads a party not split yet may hold any). */
static uint32_t party_candidates(state *st, const uint32_t *rules, uint32_t n_rules, bool to)
{
    /* the changed rules first: usually a few among thousands, and every
       party is tried against each */
    enum { FEW = 64 };
    uint32_t changed[FEW] = { 0 }, n_changed = 0;
    bool few = true;
    for (uint32_t i = 0; i < n_rules && few; i++)
        if (st->s[REF_V(rules[i])].changed[REF_I(rules[i])]) {
            few = n_changed < FEW;
            if (few)
                changed[n_changed++] = rules[i];
        }
    if (few) {
        rules = changed;
        n_rules = n_changed;
    }
    uint32_t n = 0;
    for (uint32_t p = 0; p < st->nu_party; p++) {
        bool hit = false;
        for (uint32_t i = 0; i < n_rules && !hit; i++) {
            uint32_t v = REF_V(rules[i]);
            const side *sd = &st->s[v];
            const sp_crule *cr = &sd->pol->rules[REF_I(rules[i])];
            if (!sd->changed[REF_I(rules[i])])
                continue;
            int32_t set = to ? cr->to : cr->from;
            unsigned later = to ? DIM_ORIG : DIM_TO | DIM_ORIG;
            hit = (set_dims(sd->pol, set) & later) ||
                  in_rule_set(sd, set, p, to ? st->from[0] : p, p, NONE_U);
        }
        if (hit)
            st->cands[n++] = p;
    }
    return n;
}

static uint32_t set_columns(state *st, uint64_t *rows, uint32_t words, uint32_t col,
                            const uint32_t *sets, uint32_t n_sets, const uint32_t *vals,
                            uint32_t n)
{
    for (uint32_t j = 0; j < n_sets; j++) {
        const side *sd = &st->s[REF_V(sets[j])];
        if (set_dims(sd->pol, (int32_t)REF_I(sets[j])))
            continue; /* relation_columns */
        for (uint32_t i = 0; i < n; i++)
            if (in_pset(sd, (int32_t)REF_I(sets[j]), vals[i]))
                set_bit(rows + (size_t)i * words, col);
        col++;
    }
    return col;
}

static uint32_t named_columns(uint64_t *rows, uint32_t words, uint32_t col,
                              const observed *o, const uint32_t *vals, uint32_t n)
{
    for (uint32_t j = 0; j < o->named.n; j++, col++)
        for (uint32_t i = 0; i < n; i++)
            if (vals[i] == o->named.v[j])
                set_bit(rows + (size_t)i * words, col);
    return col;
}

/* ---- sets that read the query's parties ------------------------------- */

/* What a reference reads of party p (an id): the party, its organisation,
 * or the fact of either for a relation. */
static uint32_t ref_key(const sharepol_policy *pol, const uint32_t *ref, uint32_t p)
{
    if (ref[0] & SP_REF_ORG)
        p = pol->pinfo[p].root;
    uint32_t rel = ref[0] >> SP_REF_REL_SHIFT;
    return rel ? (uint32_t)pol->facts[(size_t)(rel - 1) * pol->n_parties + p] : p;
}

/* Do universe parties x and y read alike in every reference of the set to
 * `dim`? */
static bool same_reading(const side *sd, int32_t pset, unsigned dim, uint32_t x, uint32_t y)
{
    const sharepol_policy *pol = sd->pol;
    const sp_pset *s = &pol->psets[pset];
    for (uint32_t i = 0; i < s->n_refs + s->n_xrefs; i++) {
        const uint32_t *ref = pol->u32 + s->refs + 2 * (size_t)i;
        unsigned d = ref_dim(ref[0]);
        if (d == dim && ref_key(pol, ref, sd->party[x]) != ref_key(pol, ref, sd->party[y]))
            return false;
    }
    return true;
}

/* One universe party for each way the set's references to `dim` can read,
 * into reps.  @return how many. */
static uint32_t readings(const state *st, const side *sd, int32_t pset, unsigned dim,
                         uint32_t *reps)
{
    const sharepol_policy *pol = sd->pol;
    const sp_pset *s = &pol->psets[pset];
    bool plain = false; /* the party itself: every party reads apart */
    for (uint32_t i = 0; i < s->n_refs + s->n_xrefs; i++) {
        uint32_t w = pol->u32[s->refs + 2 * (size_t)i];
        plain |= ref_dim(w) == dim && !(w & SP_REF_ORG) && !(w >> SP_REF_REL_SHIFT);
    }
    uint32_t n = 0;
    for (uint32_t x = 0; x < st->nu_party; x++) {
        uint32_t r = plain ? n : 0;
        while (r < n && !same_reading(sd, pset, dim, reps[r], x))
            r++;
        if (r == n)
            reps[n++] = x;
    }
    return n;
}

static uint64_t *new_column(state *st)
{
    for (uint32_t i = 0; i < st->col_words; i++)
        sp_vec_push(&st->work, &st->colbits, 0);
    st->n_cols++;
    return st->colbits.v + st->colbits.n - st->col_words;
}

/* Does the set hold its subject in the query whose party at level `dim`
 * is c, whose earlier parties are the class's and later ones rt, ro (with
 * `sender`, the originator is the sender)? */
static bool rel_holds(const state *st, uint32_t ref, unsigned subject, unsigned dim, uint32_t c,
                      uint32_t rt, uint32_t ro, bool sender)
{
    uint32_t f = dim == DIM_FROM ? c : st->from[0];
    uint32_t t = dim == DIM_TO ? c : dim == DIM_ORIG ? st->to[0] : rt;
    uint32_t o = sender ? f : dim == DIM_ORIG ? c : ro;
    uint32_t who = subject == DIM_FROM ? f : subject == DIM_TO ? t : o;
    return in_rule_set(&st->s[REF_V(ref)], (int32_t)REF_I(ref), who, f, t, o);
}

/* The columns at level `dim` of one set that reads the query's parties:
 * `subject` is the party tested; with `sender`, read as though the
 * originator were the sender (the class "sent by its originator"). */
static void relation_set_columns(state *st, uint32_t ref, unsigned subject, unsigned dim,
                                 bool sender, const uint32_t *vals, uint32_t n)
{
    const side *sd = &st->s[REF_V(ref)];
    int32_t pset = (int32_t)REF_I(ref);
    unsigned reads = set_dims(sd->pol, pset), subj = subject;
    if (sender) {
        if (subj == DIM_ORIG)
            subj = DIM_FROM;
        if (reads & DIM_ORIG)
            reads = (reads & ~(unsigned)DIM_ORIG) | DIM_FROM;
    }
    unsigned all = subj | reads, later = all & ~((dim << 1) - 1);
    if (!(all & dim))
        return;
    if (!later) {
        /* every party it reads is known: it holds or not */
        uint64_t *col = new_column(st);
        for (uint32_t i = 0; i < n; i++)
            if (rel_holds(st, ref, subject, dim, vals[i], NONE_U, NONE_U, sender))
                set_bit(col, i);
        return;
    }
    if (subj == dim) {
        /* the party tested against every reading of the later ones */
        uint32_t *rt = st->reps[0], *ro = st->reps[1], nt = 1, no = 1;
        rt[0] = ro[0] = NONE_U;
        if (later & DIM_TO)
            nt = readings(st, sd, pset, DIM_TO, rt);
        if (later & DIM_ORIG)
            no = readings(st, sd, pset, DIM_ORIG, ro);
        for (uint32_t a = 0; a < nt; a++)
            for (uint32_t b = 0; b < no; b++) {
                uint64_t *col = new_column(st);
                for (uint32_t i = 0; i < n; i++)
                    if (rel_holds(st, ref, subject, dim, vals[i], rt[a], ro[b], sender))
                        set_bit(col, i);
            }
        return;
    }
    /* a later party is tested against this one: the class keeps what
       each reference reads of it (its organisation, its facts) */
    const sharepol_policy *pol = sd->pol;
    const sp_pset *s = &pol->psets[pset];
    for (uint32_t j = 0; j < s->n_refs + s->n_xrefs; j++) {
        const uint32_t *r = pol->u32 + s->refs + 2 * (size_t)j;
        unsigned d = ref_dim(r[0]);
        if (d != dim && !(sender && dim == DIM_FROM && d == DIM_ORIG))
            continue;
        for (uint32_t bit = 0; bit < 32; bit++) {
            uint64_t *col = new_column(st);
            for (uint32_t i = 0; i < n; i++)
                if ((ref_key(pol, r, sd->party[vals[i]]) >> bit) & 1)
                    set_bit(col, i);
        }
    }
}

/* The columns at level `dim` of every set the rules still observe that
 * reads the query's parties, into st->colbits: what makes each such set
 * the same on a class of this level (docs/diff.md, "Classes"). */
static void relation_columns(state *st, const observed *o, unsigned dim, const uint32_t *vals,
                             uint32_t n)
{
    st->colbits.n = 0;
    st->n_cols = 0;
    st->col_words = (n + 63) / 64;
    const uint32_t *sets[3] = { o->from_sets.v, o->to_sets.v, o->orig_sets.v };
    const uint32_t n_sets[3] = { o->from_sets.n, o->to_sets.n, o->orig_sets.n };
    static const unsigned subject[3] = { DIM_FROM, DIM_TO, DIM_ORIG };
    for (int l = 0; l < 3; l++)
        for (uint32_t j = 0; j < n_sets[l]; j++) {
            const side *sd = &st->s[REF_V(sets[l][j])];
            unsigned reads = set_dims(sd->pol, (int32_t)REF_I(sets[l][j]));
            if (!reads)
                continue;
            relation_set_columns(st, sets[l][j], subject[l], dim, false, vals, n);
            if (dim != DIM_ORIG && (subject[l] == DIM_ORIG || (reads & DIM_ORIG)))
                relation_set_columns(st, sets[l][j], subject[l], dim, true, vals, n);
        }
}

/* Copies st->colbits into the rows from column col on. */
static void put_relation_columns(const state *st, uint64_t *rows, uint32_t words, uint32_t col,
                                 uint32_t n)
{
    for (uint32_t j = 0; j < st->n_cols; j++) {
        const uint64_t *bits = st->colbits.v + (size_t)j * st->col_words;
        for (uint32_t i = 0; i < n; i++)
            if ((bits[i >> 6] >> (i & 63)) & 1)
                set_bit(rows + (size_t)i * words, col + j);
    }
}

static uint32_t n_constant(const state *st, const uint32_t *sets, uint32_t n)
{
    uint32_t k = 0;
    for (uint32_t i = 0; i < n; i++)
        k += set_dims(st->s[REF_V(sets[i])].pol, (int32_t)REF_I(sets[i])) == 0;
    return k;
}

/* ---- the party levels ---------------------------------------------------- */

static bool trees_same(state *st);

static void split_from(state *st, level *lv, const uint32_t *rules, uint32_t n_rules)
{
    observed *o = &lv->obs;
    observe(st, o, rules, n_rules);
    uint32_t n = party_candidates(st, rules, n_rules, false);
    bool orig = orig_observed(st, o);
    relation_columns(st, o, DIM_FROM, st->cands, n);
    uint32_t cols = n_constant(st, o->from_sets.v, o->from_sets.n) + o->named.n +
                    (orig ? n_constant(st, o->orig_sets.v, o->orig_sets.n) : 0) + st->n_cols;
    uint32_t words = (cols + 63) / 64;
    uint64_t *rows = rows_for(st, n, words);
    uint32_t col = set_columns(st, rows, words, 0, o->from_sets.v, o->from_sets.n, st->cands, n);
    col = named_columns(rows, words, col, o, st->cands, n);
    if (orig)
        col = set_columns(st, rows, words, col, o->orig_sets.v, o->orig_sets.n, st->cands, n);
    put_relation_columns(st, rows, words, col, n);
    partition(st, lv, st->cands, n, words);
    for (uint32_t a = 0; a < lv->n_atoms && !done(st); a++) {
        st->from = lv->members + lv->off[a];
        st->n_from = lv->off[a + 1] - lv->off[a];
        uint32_t k = filter(st, lv, rules, n_rules, keep_from, st->from[0]);
        if (any_changed(st, lv->rules, k))
            split(st, LEVEL_TO, lv->rules, k);
    }
}

static void split_to(state *st, level *lv, const uint32_t *rules, uint32_t n_rules)
{
    observed *o = &lv->obs;
    observe(st, o, rules, n_rules);
    uint32_t n = party_candidates(st, rules, n_rules, true);
    relation_columns(st, o, DIM_TO, st->cands, n);
    /* an audience that holds the recipient in one version only: such
       queries exist for some recipients (a marking value of their own) */
    bool moved = !trees_same(st);
    uint32_t cols = n_constant(st, o->to_sets.v, o->to_sets.n) +
                    (o->audience ? 2 * 2 * st->nu_scope : 0) + 2 * moved + st->n_cols;
    uint32_t words = (cols + 63) / 64;
    uint64_t *rows = rows_for(st, n, words);
    uint32_t col = set_columns(st, rows, words, 0, o->to_sets.v, o->to_sets.n, st->cands, n);
    for (uint32_t v = 0; moved && v < 2; v++, col++)
        for (uint32_t i = 0; i < n; i++)
            if (audience_witness(st->s, st->nu_party, st->cands[i], v) != NONE_U)
                set_bit(rows + (size_t)i * words, col);
    if (o->audience)
        for (uint32_t v = 0; v < 2; v++)
            for (uint32_t s = 0; s < st->nu_scope; s++, col += 2)
                for (uint32_t i = 0; i < n; i++) {
                    int w = scope_within(&st->s[v], s, st->cands[i]);
                    if (w >= 0)
                        set_bit(rows + (size_t)i * words, col + (uint32_t)w);
                }
    put_relation_columns(st, rows, words, col, n);
    partition(st, lv, st->cands, n, words);
    for (uint32_t a = 0; a < lv->n_atoms && !done(st); a++) {
        st->to = lv->members + lv->off[a];
        st->n_to = lv->off[a + 1] - lv->off[a];
        uint32_t k = filter(st, lv, rules, n_rules, keep_to, st->to[0]);
        if (any_changed(st, lv->rules, k))
            split(st, LEVEL_ORIG, lv->rules, k);
    }
}

/* The rules whose sets still hold once the originator is orig (the
 * sender's for the class "sent by its originator"), and on. */
static void split_orig_class(state *st, level *lv, const uint32_t *rules, uint32_t n_rules,
                             uint32_t orig)
{
    uint32_t k = filter(st, lv, rules, n_rules, keep_orig, orig);
    if (any_changed(st, lv->rules, k))
        split(st, LEVEL_MARK, lv->rules, k);
}

static void split_originators(state *st, level *lv, const uint32_t *rules, uint32_t n_rules)
{
    observed *o = &lv->obs;
    observe(st, o, rules, n_rules);
    st->from_rep = st->from[0];
    if (!orig_observed(st, o)) {
        st->orig_mode = SHAREPOL_DIFF_ORIGINATOR_ANY;
        st->orig = NULL;
        st->n_orig = 0;
        split(st, LEVEL_MARK, rules, n_rules);
        return;
    }
    st->orig_mode = SHAREPOL_DIFF_ORIGINATOR_SENDER;
    st->orig = NULL;
    st->n_orig = 0;
    split_orig_class(st, lv, rules, n_rules, st->from_rep);
    uint32_t n = st->nu_party;
    for (uint32_t p = 0; p < n; p++)
        st->cands[p] = p;
    relation_columns(st, o, DIM_ORIG, st->cands, n);
    uint32_t cols = n_constant(st, o->orig_sets.v, o->orig_sets.n) + o->named.n + st->n_cols;
    uint32_t words = (cols + 63) / 64;
    uint64_t *rows = rows_for(st, n, words);
    uint32_t col = set_columns(st, rows, words, 0, o->orig_sets.v, o->orig_sets.n, st->cands, n);
    col = named_columns(rows, words, col, o, st->cands, n);
    put_relation_columns(st, rows, words, col, n);
    partition(st, lv, st->cands, n, words);
    for (uint32_t a = 0; a < lv->n_atoms && !done(st); a++) {
        const uint32_t *O = lv->members + lv->off[a];
        uint32_t nO = lv->off[a + 1] - lv->off[a];
        /* a sender and an originator of the class that differ */
        uint32_t from_rep = NONE_U, orig_rep = NONE_U;
        for (uint32_t f = 0; f < st->n_from && from_rep == NONE_U; f++)
            for (uint32_t i = 0; i < nO; i++)
                if (O[i] != st->from[f]) {
                    from_rep = st->from[f];
                    orig_rep = O[i];
                    break;
                }
        if (from_rep == NONE_U)
            continue;
        st->orig_mode = SHAREPOL_DIFF_ORIGINATOR_OTHER;
        st->orig = O;
        st->n_orig = nO;
        st->from_rep = from_rep;
        st->orig_rep = orig_rep;
        split_orig_class(st, lv, rules, n_rules, orig_rep);
    }
}

/* The number of (sender, originator) pairs of the class. */
static uint64_t pair_count(const state *st)
{
    uint64_t nf = st->n_from;
    switch (st->orig_mode) {
    case SHAREPOL_DIFF_ORIGINATOR_SENDER:
        return nf;
    case SHAREPOL_DIFF_ORIGINATOR_OTHER: {
        uint64_t both = 0;
        for (uint32_t f = 0; f < st->n_from; f++)
            for (uint32_t i = 0; i < st->n_orig; i++)
                both += st->orig[i] == st->from[f];
        return nf * st->n_orig - both;
    }
    default:
        return mul_sat(nf, st->nu_party);
    }
}

/* ---- markings ------------------------------------------------------------ */

/* Whether some scope of the kinds in `kinds` is in marked list `node`. */
static bool kinds_marked(const state *st, uint32_t ref, uint32_t kinds)
{
    for (uint32_t k = 0; k < st->n_kinds; k++)
        if (((kinds >> k) & 1) && marked_in(&st->s[REF_V(ref)], REF_I(ref), st->kind_first[k]))
            return true;
    return false;
}

/* The item's markings against the recipient in version v: SP_WITHIN_*. */
static int kinds_within(const state *st, uint32_t v, uint32_t m)
{
    uint32_t aud = MARK_AUD(m);
    bool in = aud == AUD_WITH || aud == (v ? AUD_NEW : AUD_OLD);
    bool out = aud != AUD_NONE && !in;
    for (uint32_t k = 0; k < st->n_kinds; k++)
        if ((MARK_KINDS(m) >> k) & 1) {
            int w = scope_within(&st->s[v], st->kind_first[k], st->to[0]);
            out |= w == 0;
            in |= w == 1;
        }
    return out ? SP_WITHIN_OUTSIDE : in ? SP_WITHIN_ALL : SP_WITHIN_NO_AUDIENCE;
}

/* The scopes into kinds that no rule tells apart: the `marked` lists they
 * are in and, when an audience is looked at, whether the recipient is in
 * their audience in each version.  @return false past the limit. */
static bool marking_kinds(state *st, level *lv, const observed *o)
{
    uint32_t n = st->nu_scope;
    for (uint32_t s = 0; s < n; s++)
        st->cands[s] = s;
    uint32_t cols = o->marked.n + (o->audience ? 4 : 0), words = (cols + 63) / 64;
    uint64_t *rows = rows_for(st, n, words);
    for (uint32_t s = 0; s < n; s++) {
        uint64_t *row = rows + (size_t)s * words;
        for (uint32_t j = 0; j < o->marked.n; j++)
            if (marked_in(&st->s[REF_V(o->marked.v[j])], REF_I(o->marked.v[j]), s))
                set_bit(row, j);
        for (uint32_t v = 0; o->audience && v < 2; v++) {
            int w = scope_within(&st->s[v], s, st->to[0]);
            if (w >= 0)
                set_bit(row, o->marked.n + 2 * v + (uint32_t)w);
        }
    }
    partition(st, lv, st->cands, n, words);
    if (lv->n_atoms > MAX_MARKING_KINDS)
        return false;
    st->n_kinds = lv->n_atoms;
    for (uint32_t k = 0; k < lv->n_atoms; k++) {
        uint32_t size = lv->off[k + 1] - lv->off[k];
        st->kind_first[k] = lv->members[lv->off[k]];
        st->kind_weight[k] = size >= 64 ? UINT64_MAX : ((uint64_t)1 << size) - 1;
        for (uint32_t i = lv->off[k]; i < lv->off[k + 1]; i++)
            st->scope_kind[lv->members[i]] = k;
    }
    return true;
}

static void split_markings(state *st, level *lv, const uint32_t *rules, uint32_t n_rules)
{
    observed *o = &lv->obs;
    observe(st, o, rules, n_rules);
    if (!marking_kinds(st, lv, o)) {
        st->error = SHAREPOL_ELIMIT;
        return;
    }
    /* The values: every set of kinds, each with no explicit audience, one
     * with the recipient, one without (several audiences read as one:
     * with the recipient when all hold it).  What the rules observe:
     * `unmarked`, each `marked` list, and in each version whether the
     * recipient is outside some audience, and whether within all. */
    bool one_version[2];
    for (uint32_t v = 0; v < 2; v++)
        one_version[v] = !trees_same(st) &&
                         audience_witness(st->s, st->nu_party, st->to[0], v) != NONE_U;
    uint32_t n = 0;
    for (uint32_t i = 0; i < (uint32_t)N_AUD << st->n_kinds; i++)
        if ((MARK_AUD(i) != AUD_OLD || one_version[0]) && (MARK_AUD(i) != AUD_NEW || one_version[1]))
            st->cands[n++] = i;
    uint32_t cols = (o->marking ? 1 + o->marked.n : 0) + (o->audience ? 4 : 0);
    uint32_t words = (cols + 63) / 64;
    uint64_t *rows = rows_for(st, n, words);
    for (uint32_t i = 0; o->marking && i < n; i++) {
        uint64_t *row = rows + (size_t)i * words;
        if (st->cands[i] == (uint32_t)MARK(0, AUD_NONE))
            set_bit(row, 0);
        for (uint32_t j = 0; j < o->marked.n; j++)
            if (kinds_marked(st, o->marked.v[j], MARK_KINDS(st->cands[i])))
                set_bit(row, 1 + j);
    }
    for (uint32_t i = 0; o->audience && i < n; i++) {
        uint64_t *row = rows + (size_t)i * words;
        uint32_t col = o->marking ? 1 + o->marked.n : 0;
        for (uint32_t v = 0; v < 2; v++) {
            /* only what the atoms ask: outside, within all */
            int w = kinds_within(st, v, st->cands[i]);
            if ((w == SP_WITHIN_OUTSIDE && o->outside) || (w == SP_WITHIN_ALL && o->within))
                set_bit(row, col + 2 * v + (uint32_t)w);
        }
    }
    partition(st, lv, st->cands, n, words);
    for (uint32_t a = 0; a < lv->n_atoms && !done(st); a++) {
        st->mark_vals = (int32_t *)lv->members + lv->off[a];
        st->n_mark_vals = lv->off[a + 1] - lv->off[a];
        /* each set of kinds stands for the sets of scopes with at least
           one scope of each of its kinds and none of the others */
        uint64_t weight = 0;
        for (uint32_t i = 0; i < st->n_mark_vals; i++) {
            uint64_t w = 1;
            for (uint32_t k = 0; k < st->n_kinds; k++)
                if ((MARK_KINDS(st->mark_vals[i]) >> k) & 1)
                    w = mul_sat(w, st->kind_weight[k]);
            weight = weight + w < weight ? UINT64_MAX : weight + w;
        }
        st->mark_weight = weight;
        split(st, LEVEL_PURPOSE, rules, n_rules);
    }
}


static void split_purposes(state *st, level *lv, const uint32_t *rules, uint32_t n_rules)
{
    observed *o = &lv->obs;
    observe(st, o, rules, n_rules);
    uint32_t n = st->nu_purpose + 1;
    st->cands[0] = NONE_U;
    for (uint32_t p = 0; p < st->nu_purpose; p++)
        st->cands[1 + p] = p;
    if (!o->purpose_in.n) {
        lv->off[0] = 0;
        lv->off[1] = n;
        memcpy(lv->members, st->cands, n * sizeof *st->cands);
        lv->n_atoms = 1;
    } else {
        uint32_t words = (o->purpose_in.n + 63) / 64;
        uint64_t *rows = rows_for(st, n, words);
        for (uint32_t i = 0; i < n; i++)
            for (uint32_t j = 0; j < o->purpose_in.n; j++)
                if (purpose_in(&st->s[REF_V(o->purpose_in.v[j])], REF_I(o->purpose_in.v[j]),
                               st->cands[i]))
                    set_bit(rows + (size_t)i * words, j);
        partition(st, lv, st->cands, n, words);
    }
    uint64_t days = st->fixed_days ? 1 : (uint64_t)(st->day_hi - st->day_lo + 1);
    uint64_t base = mul_sat(mul_sat(mul_sat(st->n_cats, days), pair_count(st)), st->n_to);
    base = mul_sat(base, st->mark_weight);
    for (uint32_t a = 0; a < lv->n_atoms && !done(st); a++) {
        st->purposes = lv->members + lv->off[a];
        st->n_purposes = lv->off[a + 1] - lv->off[a];
        leaf(st, rules, n_rules, st->mark_vals[0], st->purposes[0],
             mul_sat(base, st->n_purposes));
    }
}

static void split(state *st, int depth, const uint32_t *rules, uint32_t n_rules)
{
    switch (depth) {
    case LEVEL_CAT:
        split_categories(st, &st->lv[LEVEL_CAT], rules, n_rules);
        return;
    case LEVEL_DAY:
        split_days(st, &st->lv[LEVEL_DAY], rules, n_rules);
        return;
    case LEVEL_FROM:
        split_from(st, &st->lv[LEVEL_FROM], rules, n_rules);
        return;
    case LEVEL_TO:
        split_to(st, &st->lv[LEVEL_TO], rules, n_rules);
        return;
    case LEVEL_ORIG:
        split_originators(st, &st->lv[LEVEL_ORIG], rules, n_rules);
        return;
    case LEVEL_MARK:
        split_markings(st, &st->lv[LEVEL_MARK], rules, n_rules);
        return;
    case LEVEL_PURPOSE:
        split_purposes(st, &st->lv[LEVEL_PURPOSE], rules, n_rules);
        return;
    }
}

/* ---- which rules changed ---------------------------------------------- */

/* Is universe party up in one of the nodes (parties' trees, groups) at
 * u32[first], n of them? */
static bool in_nodes(const side *sd, uint32_t first, uint32_t n, uint32_t up)
{
    for (uint32_t i = 0; i < n; i++)
        if (sp_graph_party_in(sd->pol, sd->party[up], sd->pol->u32[first + i]))
            return true;
    return false;
}

/* Do the common parties have the same organisational trees in both? */
static bool trees_same(state *st)
{
    if (st->trees_same < 0) {
        st->trees_same = 1;
        for (uint32_t p = 0; p < st->nu_party && st->trees_same; p++) {
            uint32_t u[2];
            for (uint32_t v = 0; v < 2; v++) {
                int32_t parent = st->s[v].pol->party_parent[st->s[v].party[p]];
                u[v] = parent < 0 ? NONE_U - 1 : st->s[v].party_u[parent];
            }
            st->trees_same = u[0] == u[1] && u[0] != NONE_U;
        }
    }
    return st->trees_same;
}

/* Do relation r of OLD and the relation of NEW with its name state the
 * same facts about the common parties? */
static bool facts_same(state *st, uint32_t r, uint32_t *r_new)
{
    const sharepol_policy *po = st->s[0].pol, *pn = st->s[1].pol;
    uint32_t rn = 0;
    while (rn < pn->n_relations && strcmp(pn->relations[rn].name, po->relations[r].name) != 0)
        rn++;
    if (rn == pn->n_relations)
        return false;
    *r_new = rn;
    if (st->facts_same[r] < 0) {
        bool same = true;
        for (uint32_t p = 0; p < st->nu_party && same; p++) {
            int32_t a = po->facts[(size_t)r * po->n_parties + st->s[0].party[p]];
            int32_t b = pn->facts[(size_t)rn * pn->n_parties + st->s[1].party[p]];
            same = (a < 0) == (b < 0);
            for (uint32_t q = 0; q < st->nu_party && same && a >= 0; q++)
                same = in_pset(&st->s[0], a, q) == in_pset(&st->s[1], b, q);
        }
        st->facts_same[r] = same ? 1 : 0;
    }
    return st->facts_same[r];
}

/* Do two references (two words each) read the same on every common
 * query? */
static bool same_ref(state *st, const uint32_t *x, const uint32_t *y)
{
    uint32_t mask = SP_REF_BASE | SP_REF_ORG;
    if ((x[0] & mask) != (y[0] & mask))
        return false;
    if ((x[0] & SP_REF_BASE) == SP_REF_PARTY &&
        (st->s[0].party_u[x[1]] == NONE_U || st->s[0].party_u[x[1]] != st->s[1].party_u[y[1]]))
        return false;
    uint32_t rx = x[0] >> SP_REF_REL_SHIFT, ry = y[0] >> SP_REF_REL_SHIFT, rn = 0;
    if ((rx == 0) != (ry == 0) || !trees_same(st))
        return false;
    return rx == 0 || (facts_same(st, rx - 1, &rn) && rn == ry - 1);
}

/* Two rule sets that name the query's parties: the same fixed parties,
 * and the same references in the same order. */
static bool same_rset(state *st, int32_t a, int32_t b)
{
    const sharepol_policy *po = st->s[0].pol, *pn = st->s[1].pol;
    const sp_pset *x = &po->psets[a], *y = &pn->psets[b];
    if (x->star != y->star || x->n_refs != y->n_refs || x->n_xrefs != y->n_xrefs)
        return false;
    for (uint32_t p = 0; p < st->nu_party; p++)
        if (in_nodes(&st->s[0], x->names, x->n_names, p) !=
                in_nodes(&st->s[1], y->names, y->n_names, p) ||
            in_nodes(&st->s[0], x->excepts, x->n_excepts, p) !=
                in_nodes(&st->s[1], y->excepts, y->n_excepts, p))
            return false;
    for (uint32_t i = 0; i < x->n_refs + x->n_xrefs; i++)
        if (!same_ref(st, po->u32 + x->refs + 2 * (size_t)i, pn->u32 + y->refs + 2 * (size_t)i))
            return false;
    return true;
}

static bool same_pset(state *st, int32_t a, int32_t b)
{
    if (a < 0 && b < 0)
        return true;
    bool ra = a >= 0 && (st->s[0].pol->psets[a].n_refs | st->s[0].pol->psets[a].n_xrefs);
    bool rb = b >= 0 && (st->s[1].pol->psets[b].n_refs | st->s[1].pol->psets[b].n_xrefs);
    if (ra || rb)
        return ra && rb && same_rset(st, a, b);
    for (uint32_t p = 0; p < st->nu_party; p++)
        if (in_pset(&st->s[0], a, p) != in_pset(&st->s[1], b, p))
            return false;
    return true;
}

static bool same_cats(const state *st, const sp_crule *a, const sp_crule *b)
{
    if (a->all_cats && b->all_cats)
        return true;
    for (uint32_t c = 0; c < st->nu_cat; c++)
        if (covers_cat(&st->s[0], a, c) != covers_cat(&st->s[1], b, c))
            return false;
    return true;
}

/* Do two lists of party ids (one in each version) name the same parties?
 * A party that only one version declares never matches. */
static bool same_parties(state *st, const uint32_t *a, const uint32_t *b, uint32_t n)
{
    bool same = true;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t u = st->s[0].party_u[a[i]];
        if (u == NONE_U)
            same = false;
        else
            st->named_mark[u] = 1;
    }
    for (uint32_t i = 0; i < n && same; i++) {
        uint32_t u = st->s[1].party_u[b[i]];
        same = u != NONE_U && st->named_mark[u];
    }
    for (uint32_t i = 0; i < n; i++)
        if (st->s[0].party_u[a[i]] != NONE_U)
            st->named_mark[st->s[0].party_u[a[i]]] = 0;
    return same;
}

static bool same_consent(state *st, uint32_t a, uint32_t b)
{
    const sharepol_policy *pa = st->s[0].pol, *pb = st->s[1].pol;
    const sp_cnode *x = &pa->cnodes[a], *y = &pb->cnodes[b];
    if (x->op != y->op || x->n != y->n || x->k != y->k)
        return false;
    switch ((sp_cop)x->op) {
    case SP_C_ORIGINATOR:
        return true;
    case SP_C_PARTY:
        return same_parties(st, &x->a, &y->a, 1);
    case SP_C_ALL:
    case SP_C_ANY:
    case SP_C_COUNT:
        return same_parties(st, pa->u32 + x->a, pb->u32 + y->a, x->n);
    case SP_C_AND:
    case SP_C_OR:
        for (uint32_t i = 0; i < x->n; i++)
            if (!same_consent(st, pa->u32[x->a + i], pb->u32[y->a + i]))
                return false;
        return true;
    }
    return false;
}

static bool same_cond(state *st, uint32_t a, uint32_t b, bool audiences_same)
{
    const sharepol_policy *pa = st->s[0].pol, *pb = st->s[1].pol;
    const sp_wnode *x = &pa->wnodes[a], *y = &pb->wnodes[b];
    if (x->op != y->op)
        return false;
    switch ((sp_wop)x->op) {
    case SP_W_OR:
    case SP_W_AND:
        if (x->n != y->n)
            return false;
        for (uint32_t i = 0; i < x->n; i++)
            if (!same_cond(st, pa->u32[x->a + i], pb->u32[y->a + i], audiences_same))
                return false;
        return true;
    case SP_W_NOT:
        return same_cond(st, pa->u32[x->a], pb->u32[y->a], audiences_same);
    case SP_W_ORIGINATOR_IN:
    case SP_W_FROM_IN:
    case SP_W_TO_IN:
        return same_pset(st, (int32_t)x->a, (int32_t)y->a);
    case SP_W_OUTSIDE_SCOPE:
    case SP_W_WITHIN_SCOPE:
        return audiences_same;
    case SP_W_ONWARD:
    case SP_W_UNMARKED:
        return true;
    case SP_W_MARKED:
        for (uint32_t s = 0; s < st->nu_scope; s++)
            if (marked_in(&st->s[0], a, s) != marked_in(&st->s[1], b, s))
                return false;
        return true;
    case SP_W_PURPOSE_IN:
        for (uint32_t p = 0; p < st->nu_purpose; p++)
            if (purpose_in(&st->s[0], a, p) != purpose_in(&st->s[1], b, p))
                return false;
        return true;
    case SP_W_BEFORE:
    case SP_W_SINCE:
        return x->date == y->date;
    }
    return false;
}

/* Does old rule a mean what new rule b means, on every common query? */
static bool same_meaning(state *st, uint32_t a, uint32_t b, bool audiences_same)
{
    const sp_crule *x = &st->s[0].pol->rules[a], *y = &st->s[1].pol->rules[b];
    if (x->kind != y->kind || x->start != y->start || x->end != y->end ||
        (x->consent < 0) != (y->consent < 0) || (x->when < 0) != (y->when < 0))
        return false;
    if (!same_cats(st, x, y) || !same_pset(st, x->from, y->from) || !same_pset(st, x->to, y->to))
        return false;
    if (x->consent >= 0 && !same_consent(st, (uint32_t)x->consent, (uint32_t)y->consent))
        return false;
    return x->when < 0 || same_cond(st, (uint32_t)x->when, (uint32_t)y->when, audiences_same);
}

typedef struct keyed {
    const char *key;
    uint32_t rule;
} keyed;

static int cmp_keyed(const void *a, const void *b)
{
    const keyed *x = a, *y = b;
    int c = strcmp(x->key, y->key);
    return c ? c : (x->rule > y->rule) - (x->rule < y->rule);
}

/* Marks the pairs not on a longest run of new indices increasing in old
 * order as changed (their order relative to the others moved). */
static void mark_moved(state *st, const uint32_t *old_of, const uint32_t *new_of, uint32_t n)
{
    uint32_t *tail = work_alloc(st, n + 1, sizeof *tail);
    uint32_t *prev = work_alloc(st, n + 1, sizeof *prev);
    bool *keep = work_alloc(st, n + 1, sizeof *keep);
    uint32_t len = 0;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t lo = 0, hi = len;
        while (lo < hi) {
            uint32_t mid = (lo + hi) / 2;
            if (new_of[tail[mid]] < new_of[i])
                lo = mid + 1;
            else
                hi = mid;
        }
        prev[i] = lo ? tail[lo - 1] : NONE_U;
        tail[lo] = i;
        if (lo == len)
            len++;
    }
    for (uint32_t i = len ? tail[len - 1] : NONE_U; i != NONE_U; i = prev[i])
        keep[i] = true;
    for (uint32_t i = 0; i < n; i++)
        if (!keep[i]) {
            st->s[0].changed[old_of[i]] = true;
            st->s[1].changed[new_of[i]] = true;
        }
}

static bool audiences_same(state *st)
{
    for (uint32_t s = 0; s < st->nu_scope; s++) {
        int32_t a = st->s[0].pol->scope_audience[st->s[0].scope[s]];
        int32_t b = st->s[1].pol->scope_audience[st->s[1].scope[s]];
        if ((a < 0) != (b < 0) || (a >= 0 && !same_pset(st, a, b)))
            return false;
    }
    return true;
}

static void match_rules(state *st)
{
    const sharepol_policy *po = st->s[0].pol, *pn = st->s[1].pol;
    keyed *keys = work_alloc(st, pn->n_rules, sizeof *keys);
    for (uint32_t r = 0; r < pn->n_rules; r++)
        keys[r] = (keyed){ rule_key(&pn->rule_info[r]), r };
    qsort(keys, pn->n_rules, sizeof *keys, cmp_keyed);
    bool *taken = work_alloc(st, pn->n_rules, sizeof *taken);
    uint32_t *old_of = work_alloc(st, po->n_rules, sizeof *old_of);
    uint32_t *new_of = work_alloc(st, po->n_rules, sizeof *new_of), n = 0;
    /* an explicit audience holds the recipient by the party tree */
    bool aud = audiences_same(st) && trees_same(st);
    for (uint32_t r = 0; r < po->n_rules; r++) {
        keyed want = { rule_key(&po->rule_info[r]), 0 };
        const keyed *k = bsearch(&want, keys, pn->n_rules, sizeof *keys, cmp_keyed);
        /* bsearch on (key, 0) finds nothing: look for the first with the key */
        uint32_t lo = 0, hi = pn->n_rules;
        (void)k;
        while (lo < hi) {
            uint32_t mid = (lo + hi) / 2;
            if (strcmp(keys[mid].key, want.key) < 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo < pn->n_rules && !strcmp(keys[lo].key, want.key) && !taken[keys[lo].rule] &&
            same_meaning(st, r, keys[lo].rule, aud)) {
            taken[keys[lo].rule] = true;
            old_of[n] = r;
            new_of[n++] = keys[lo].rule;
        } else {
            st->s[0].changed[r] = true;
        }
    }
    for (uint32_t r = 0; r < pn->n_rules; r++)
        if (!taken[r])
            st->s[1].changed[r] = true;
    mark_moved(st, old_of, new_of, n);
}

/* Whether a date atom tells day d1 from day d2 (two days, packed in ctx). */
static bool atom_tells_days(const sharepol_policy *pol, const sp_wnode *w, uint32_t node,
                            void *ctx)
{
    (void)pol;
    (void)node;
    const int32_t *d = ctx;
    return (w->op == SP_W_BEFORE || w->op == SP_W_SINCE) && (d[0] < w->date) != (d[1] < w->date);
}

/* Each version on its own day: a rule changed too when its days tell the
 * two days apart. */
static void match_days(state *st)
{
    for (uint32_t v = 0; v < 2; v++) {
        const sharepol_policy *pol = st->s[v].pol;
        for (uint32_t r = 0; r < pol->n_rules; r++) {
            const sp_crule *cr = &pol->rules[r];
            int32_t d[2] = { st->s[0].day, st->s[1].day };
            bool in1 = cr->start <= d[0] && d[0] < cr->end;
            bool in2 = cr->start <= d[1] && d[1] < cr->end;
            st->s[v].changed[r] |=
                in1 != in2 ||
                (cr->when >= 0 && sp_graph_any_atom(pol, (uint32_t)cr->when, atom_tells_days, d));
        }
    }
}

/* ---- the common names ---------------------------------------------------- */

static void note_only(state *st, int which, int kind, const char *name)
{
    sharepol_diff *d = st->out;
    sp_vec_push(&d->arena, &d->only[which], name);
    sp_vec_push(&d->arena, &d->only_kind[which], kind);
}

/* Numbers the names of `kind` both versions declare (in OLD's order) into
 * s[v].<map>; lists the others.  @return how many are common. */
static uint32_t common_names(state *st, int kind, uint32_t **map0, uint32_t **map1,
                             uint32_t **u0, uint32_t **u1)
{
    const sharepol_policy *po = st->s[0].pol, *pn = st->s[1].pol;
    size_t no = sharepol_count(po, kind), nn = sharepol_count(pn, kind);
    *map0 = work_alloc(st, no + 1, sizeof **map0);
    *map1 = work_alloc(st, no + 1, sizeof **map1);
    uint32_t *back0 = work_alloc(st, no + 1, sizeof *back0);
    uint32_t *back1 = work_alloc(st, nn + 1, sizeof *back1);
    for (size_t i = 0; i < nn; i++)
        back1[i] = NONE_U;
    uint32_t n = 0;
    for (size_t i = 0; i < no; i++) {
        const char *name = sharepol_name(po, kind, (sharepol_id)i);
        int32_t v = sp_symtab_get(&pn->names, name);
        if (v >= 0 && SP_NAME_KIND(v) == kind) {
            (*map0)[n] = (uint32_t)i;
            (*map1)[n] = (uint32_t)SP_NAME_ID(v);
            back0[i] = n;
            back1[SP_NAME_ID(v)] = n++;
        } else {
            back0[i] = NONE_U;
            note_only(st, 0, kind, name);
        }
    }
    for (size_t i = 0; i < nn; i++)
        if (back1[i] == NONE_U)
            note_only(st, 1, kind, sharepol_name(pn, kind, (sharepol_id)i));
    if (u0) {
        *u0 = back0;
        *u1 = back1;
    }
    return n;
}

/* ---- the public entry points ------------------------------------------- */

static void run(state *st)
{
    st->nu_party = common_names(st, SHAREPOL_KIND_PARTY, &st->s[0].party, &st->s[1].party,
                                &st->s[0].party_u, &st->s[1].party_u);
    st->nu_cat = common_names(st, SHAREPOL_KIND_CATEGORY, &st->s[0].cat, &st->s[1].cat, NULL, NULL);
    st->nu_purpose =
        common_names(st, SHAREPOL_KIND_PURPOSE, &st->s[0].purpose, &st->s[1].purpose, NULL, NULL);
    st->nu_scope = common_names(st, SHAREPOL_KIND_SCOPE, &st->s[0].scope, &st->s[1].scope, NULL, NULL);
    st->named_mark = work_alloc(st, st->nu_party + 1, 1);
    st->trees_same = -1;
    st->facts_same = work_alloc(st, st->s[0].pol->n_relations + 1, 1);
    memset(st->facts_same, -1, st->s[0].pol->n_relations + 1);
    for (uint32_t v = 0; v < 2; v++)
        st->s[v].changed = work_alloc(st, st->s[v].pol->n_rules + 1, sizeof(bool));
    if (st->s[0].pol != st->s[1].pol)
        match_rules(st);
    if (st->fixed_days)
        match_days(st);

    uint32_t n_refs = st->s[0].pol->n_rules + st->s[1].pol->n_rules;
    uint32_t dim = st->nu_party;
    if (st->nu_cat > dim)
        dim = st->nu_cat;
    if (st->nu_purpose + 1 > dim)
        dim = st->nu_purpose + 1;
    uint32_t mark_vals = (uint32_t)N_AUD
                         << (st->nu_scope < MAX_MARKING_KINDS ? st->nu_scope : MAX_MARKING_KINDS);
    if (mark_vals > dim)
        dim = mark_vals;
    if (st->nu_scope > dim)
        dim = st->nu_scope;
    for (int l = 0; l < N_LEVELS; l++) {
        st->lv[l].members = work_alloc(st, dim, sizeof(uint32_t));
        st->lv[l].off = work_alloc(st, dim + 2, sizeof(uint32_t));
        st->lv[l].rules = work_alloc(st, n_refs + 1, sizeof(uint32_t));
    }
    st->cands = work_alloc(st, 5 * (size_t)dim + 8, sizeof(uint32_t));
    st->firsts = work_alloc(st, dim + 1, sizeof(uint64_t));
    st->order = work_alloc(st, dim + 1, sizeof(hidx));
    st->seen = work_alloc(st, SEEN_SLOTS, sizeof *st->seen);
    st->scope_kind = work_alloc(st, st->nu_scope + 1, sizeof *st->scope_kind);
    for (uint32_t v = 0; v < 2; v++) {
        st->mark_buf[v] = work_alloc(st, MAX_MARKING_KINDS + 1, sizeof *st->mark_buf[v]);
        st->aud_buf[v] = work_alloc(st, 1, sizeof *st->aud_buf[v]);
        st->reps[v] = work_alloc(st, st->nu_party + 1, sizeof *st->reps[v]);
    }
    st->named = work_alloc(st, st->nu_party + 1, sizeof *st->named);
    st->require_nodes = work_alloc(st, n_refs + 1, sizeof *st->require_nodes);
    st->consents = work_alloc(st, st->nu_party + 1, sizeof *st->consents);
    sp_diff_consent_init(&st->consent, &st->work, st->nu_party + 1);
    uint32_t n_old = (uint32_t)sharepol_count(st->s[0].pol, SHAREPOL_KIND_PARTY);
    uint32_t n_new = (uint32_t)sharepol_count(st->s[1].pol, SHAREPOL_KIND_PARTY);
    st->places = (sp_diff_consent_names){ { st->s[0].party_u, st->s[1].party_u }, st->nu_party,
                                          n_old };
    sp_diff_consent_init(&st->residual, &st->work, st->nu_party + n_old + n_new + 1);
    uint32_t *refs = work_alloc(st, n_refs + 1, sizeof *refs), n = 0;
    for (uint32_t v = 0; v < 2; v++)
        for (uint32_t r = 0; r < st->s[v].pol->n_rules; r++)
            refs[n++] = REF(v, r);
    if (any_changed(st, refs, n))
        split(st, LEVEL_CAT, refs, n);
}

static bool day_ok(int32_t d)
{
    char buf[11];
    return sharepol_date_format(buf, d) == SHAREPOL_OK;
}

int sharepol_diff_new(sharepol_diff **out, const sharepol_policy *old_policy,
                      const sharepol_policy *new_policy, const sharepol_diff_options *options)
{
    if (out)
        *out = NULL;
    if (!out || !old_policy || !new_policy)
        return SHAREPOL_EINVAL;
    sharepol_diff_options opts = SHAREPOL_DIFF_OPTIONS_INIT;
    if (options) {
        if (options->version != SHAREPOL_DIFF_OPTIONS_VERSION)
            return SHAREPOL_EINVAL;
        opts = *options;
    }
    if ((opts.old_date == SHAREPOL_DATE_NONE) != (opts.new_date == SHAREPOL_DATE_NONE))
        return SHAREPOL_EINVAL;
    if (opts.old_date != SHAREPOL_DATE_NONE && (!day_ok(opts.old_date) || !day_ok(opts.new_date)))
        return SHAREPOL_ERANGE;

    sharepol_diff *d = sp_calloc(&old_policy->allocator, sizeof *d);
    if (!d)
        return SHAREPOL_ENOMEM;
    d->allocator = old_policy->allocator;
    sp_arena_init(&d->arena, &d->allocator);
    state *st = sp_calloc(&d->allocator, sizeof *st);
    if (!st) {
        sp_free(d);
        return SHAREPOL_ENOMEM;
    }
    st->out = d;
    st->s[0].pol = old_policy;
    st->s[1].pol = new_policy;
    st->s[0].day = opts.old_date;
    st->s[1].day = opts.new_date;
    st->fixed_days = opts.old_date != SHAREPOL_DATE_NONE;
    int32_t lo = 0, hi = 0;
    sharepol_date_parse(&lo, "1900-01-01");
    sharepol_date_parse(&hi, "9999-12-31");
    st->min_day = lo;
    st->max_day = hi;
    sp_arena_init(&st->work, &d->allocator);
    if (setjmp(st->oom)) {
        st->error = SHAREPOL_ENOMEM;
        sharepol_residual_free(st->pending[0]);
        sharepol_residual_free(st->pending[1]);
    } else {
        st->work.on_oom = &st->oom;
        d->arena.on_oom = &st->oom;
        run(st);
    }
    d->arena.on_oom = NULL;
    int status = st->error;
    sp_arena_free(&st->work);
    sp_free(st);
    if (status) {
        sharepol_diff_free(d);
        return status;
    }
    *out = d;
    return SHAREPOL_OK;
}

size_t sharepol_diff_count(const sharepol_diff *diff)
{
    return diff ? diff->classes.n : 0;
}

const sharepol_diff_class *sharepol_diff_class_at(const sharepol_diff *diff, size_t index)
{
    return diff && index < diff->classes.n ? &diff->classes.v[index] : NULL;
}

const char *sharepol_diff_only_in(const sharepol_diff *diff, int which, size_t index, int *kind)
{
    if (!diff || (which != 0 && which != 1) || index >= diff->only[which].n)
        return NULL;
    if (kind)
        *kind = diff->only_kind[which].v[index];
    return diff->only[which].v[index];
}

void sharepol_diff_free(sharepol_diff *diff)
{
    if (!diff)
        return;
    sp_arena_free(&diff->arena);
    sp_free(diff);
}
