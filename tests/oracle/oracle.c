/* oracle.c — the naive evaluator of oracle.h, read off the language
 * reference.
 *
 * Nothing here is clever on purpose: every question is answered by walking
 * the syntax tree again.  The sections named are those of
 * docs/language.md. */
#include "oracle.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ====================================================================== */
/* Calendar ("Agreements": months and years clamp to the month's last day). */
/* ====================================================================== */

static bool is_leap(int64_t y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int oracle_month_days(int64_t y, int m)
{
    static const int days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    if (m == 2 && is_leap(y))
        return 29;
    return days[m - 1];
}

/* Days from 0001-01-01 to the first of January of year y (y >= 1). */
static int64_t days_before_year(int64_t y)
{
    int64_t p = y - 1;
    return 365 * p + p / 4 - p / 100 + p / 400;
}

int64_t oracle_days(int64_t y, int m, int d)
{
    int64_t n = days_before_year(y) - days_before_year(1970);
    for (int k = 1; k < m; k++)
        n += oracle_month_days(y, k);
    return n + d - 1;
}

void oracle_civil(int64_t days, int64_t *y, int *m, int *d)
{
    int64_t year = 1970 + days / 365;
    while (oracle_days(year, 1, 1) > days)
        year--;
    while (oracle_days(year + 1, 1, 1) <= days)
        year++;
    int month = 1;
    while (month < 12 && oracle_days(year, month + 1, 1) <= days)
        month++;
    *y = year;
    *m = month;
    *d = (int)(days - oracle_days(year, month, 1)) + 1;
}

void oracle_format_date(char *buf, size_t size, int64_t days)
{
    int64_t y;
    int m, d;
    oracle_civil(days, &y, &m, &d);
    snprintf(buf, size, "%04lld-%02d-%02d", (long long)y, m, d);
}

/* 9999-12-31: arithmetic past it means "no end" ("Agreements"). */
#define LAST_DAY_EVER oracle_days(9999, 12, 31)
#define NO_END ORACLE_NO_END
#define VERY_EARLY (INT64_MIN / 4)

/* day + sign * dur, clamping months and years to the month's end. */
static int64_t add_duration(int64_t day, sp_duration dur, int sign)
{
    int64_t n = (int64_t)dur.n * sign;
    int64_t r;
    if (dur.unit == SP_DAYS || dur.unit == SP_WEEKS) {
        r = day + (dur.unit == SP_WEEKS ? 7 * n : n);
    } else {
        int64_t y;
        int m, d;
        oracle_civil(day, &y, &m, &d);
        int64_t ny;
        int nm;
        if (dur.unit == SP_MONTHS) {
            int64_t months = y * 12 + (m - 1) + n;
            if (months < 12)
                return VERY_EARLY;
            ny = months / 12;
            nm = (int)(months % 12) + 1;
        } else {
            ny = y + n;
            nm = m;
            if (ny < 1)
                return VERY_EARLY;
        }
        int last = oracle_month_days(ny, nm);
        r = oracle_days(ny, nm, d < last ? d : last);
    }
    if (r > LAST_DAY_EVER)
        return NO_END;
    return r;
}

int64_t oracle_add(int64_t day, sp_duration dur, int sign)
{
    return add_duration(day, dur, sign);
}

/* ====================================================================== */
/* Agreements ("Agreements").                                            */
/* ====================================================================== */

static void end_at(oracle_span *s, int64_t last)
{
    if (!s->has_end || last < s->last)
        s->last = last;
    s->has_end = true;
}

static void compute_span(const sp_agreement *ag, oracle_span *s)
{
    memset(s, 0, sizeof *s);
    if (ag->effective.given) {
        s->has_start = true;
        s->start = ag->effective.date;
    } else if (ag->signed_.given) {
        s->has_start = true;
        s->start = ag->signed_.date;
    }
    if (ag->expires.given)
        end_at(s, ag->expires.date);
    if (ag->has_term && s->has_start) {
        int64_t first_end = add_duration(s->start, ag->term, 1);
        if (!ag->has_renews) {
            if (first_end != NO_END)
                end_at(s, first_end - 1);
        } else {
            sp_duration notice = { 0, SP_DAYS };
            if (ag->has_notice_period)
                notice = ag->notice_period;
            for (uint32_t i = 0; i < ag->notices.n; i++) {
                int64_t given_on = ag->notices.v[i].date;
                int64_t period_end = first_end;
                /* Periods in order from the first: the notice counts against
                 * the first whose deadline is on or after it. */
                while (period_end != NO_END) {
                    int64_t last_day = period_end - 1;
                    int64_t deadline = add_duration(last_day, notice, -1);
                    if (deadline >= given_on) {
                        end_at(s, last_day);
                        break;
                    }
                    period_end = add_duration(period_end, ag->renews, 1);
                }
            }
        }
    }
    if (s->has_start && s->has_end && s->last < s->start)
        s->never = true;
}

static bool in_force(const oracle_span *s, int64_t day)
{
    if (s->never)
        return false;
    if (s->has_start && day < s->start)
        return false;
    if (s->has_end && day > s->last)
        return false;
    return true;
}

size_t oracle_agreement_dates(const oracle *o, int64_t *out, size_t max)
{
    size_t n = 0;
#define PUT(x)                                                                 \
    do {                                                                       \
        int64_t x_ = (x);                                                      \
        if (n < max && x_ >= oracle_days(1900, 1, 1) && x_ <= LAST_DAY_EVER)   \
            out[n++] = x_;                                                     \
    } while (0)
    for (uint32_t a = 0; a < o->prog->agreements.n; a++) {
        const oracle_span *s = &o->spans[a];
        const sp_agreement *ag = o->prog->agreements.v[a];
        if (s->has_start) {
            PUT(s->start - 1);
            PUT(s->start);
        }
        if (s->has_end) {
            PUT(s->last);
            PUT(s->last + 1);
        }
        if (ag->has_term && s->has_start) {
            int64_t e = add_duration(s->start, ag->term, 1);
            for (int k = 0; k < 4 && e != NO_END; k++) {
                PUT(e - 1);
                PUT(e);
                if (ag->has_renews) {
                    sp_duration notice = { 0, SP_DAYS };
                    if (ag->has_notice_period)
                        notice = ag->notice_period;
                    int64_t dl = add_duration(e - 1, notice, -1);
                    if (dl != VERY_EARLY) {
                        PUT(dl);
                        PUT(dl + 1);
                    }
                    e = add_duration(e, ag->renews, 1);
                } else {
                    break;
                }
            }
        }
    }
#undef PUT
    return n;
}

/* ====================================================================== */
/* Membership ("Declarations", "Sets and categories").                   */
/* ====================================================================== */

static const sp_decl *decl(const oracle *o, int32_t i)
{
    return &o->prog->decls.v[i];
}

static int32_t parent_of(const oracle *o, int32_t p)
{
    const sp_decl *d = decl(o, p);
    return d->parents.n ? d->parents.v[0].sym : -1;
}

static bool party_in_set(const oracle *o, int32_t p, const sp_set *s);

/* A party is in itself, its ancestors, and every group whose set holds it. */
static bool party_in_name(const oracle *o, int32_t p, int32_t x)
{
    const sp_decl *d = decl(o, x);
    if (d->kind == SP_DECL_PARTY) {
        for (int32_t q = p; q >= 0; q = parent_of(o, q))
            if (q == x)
                return true;
        return false;
    }
    if (d->kind == SP_DECL_GROUP)
        return party_in_set(o, p, &d->set);
    return false;
}

/* In `A, B except C, D`: in A or B, and in neither C nor D. */
static bool party_in_set(const oracle *o, int32_t p, const sp_set *s)
{
    bool in = s->star;
    for (uint32_t i = 0; i < s->names.n && !in; i++)
        if (party_in_name(o, p, s->names.v[i].sym))
            in = true;
    if (!in)
        return false;
    for (uint32_t i = 0; i < s->excepts.n; i++)
        if (party_in_name(o, p, s->excepts.v[i].sym))
            return false;
    return true;
}

static bool add_members_of_set(const oracle *o, const sp_set *s, bool *out);

/* Member parties ("Sets and categories"): the parties listed, and
 * recursively the member parties of the groups listed, not the units below
 * them. */
static bool add_members_of_name(const oracle *o, int32_t x, bool *out)
{
    const sp_decl *d = decl(o, x);
    if (d->kind == SP_DECL_PARTY) {
        out[x] = true;
        return true;
    }
    if (d->kind == SP_DECL_GROUP)
        return add_members_of_set(o, &d->set, out);
    return true;
}

static bool add_members_of_set(const oracle *o, const sp_set *s, bool *out)
{
    bool *mine = calloc(o->n_decls, sizeof *mine);
    if (!mine)
        return false;
    if (s->star)
        for (uint32_t p = 0; p < o->n_decls; p++)
            if (decl(o, (int32_t)p)->kind == SP_DECL_PARTY)
                mine[p] = true;
    for (uint32_t i = 0; i < s->names.n; i++)
        if (!add_members_of_name(o, s->names.v[i].sym, mine)) {
            free(mine);
            return false;
        }
    /* `except` removes every party in the excepted name, reflexively and
     * transitively ("Sets and categories"). */
    for (uint32_t p = 0; p < o->n_decls; p++) {
        if (!mine[p])
            continue;
        for (uint32_t i = 0; i < s->excepts.n; i++)
            if (party_in_name(o, (int32_t)p, s->excepts.v[i].sym))
                mine[p] = false;
        if (mine[p])
            out[p] = true;
    }
    free(mine);
    return true;
}

/* The member parties of the group (or inline set) of an ALL/ANY/COUNT. */
static bool *consent_members(const oracle *o, const sp_consent *c)
{
    bool *m = calloc(o->n_decls, sizeof *m);
    if (!m)
        return NULL;
    bool ok = true;
    if (c->inline_set) {
        for (uint32_t i = 0; i < c->members.n && ok; i++)
            ok = add_members_of_name(o, c->members.v[i].sym, m);
    } else {
        ok = add_members_of_name(o, c->ref.sym, m);
    }
    if (!ok) {
        free(m);
        return NULL;
    }
    return m;
}

/* A category or purpose x covers c when x is c or one of its ancestors. */
static bool covers(const oracle *o, int32_t x, int32_t c)
{
    if (x == c)
        return true;
    const sp_decl *d = decl(o, c);
    for (uint32_t i = 0; i < d->parents.n; i++)
        if (covers(o, x, d->parents.v[i].sym))
            return true;
    return false;
}

/* ====================================================================== */
/* Set-up and validity.                                                   */
/* ====================================================================== */

bool oracle_init(oracle *o, const sp_program *prog)
{
    memset(o, 0, sizeof *o);
    o->prog = prog;
    o->n_decls = prog->decls.n;
    o->spans = calloc(prog->agreements.n + 1, sizeof *o->spans);
    if (!o->spans)
        return false;
    for (uint32_t a = 0; a < prog->agreements.n; a++)
        compute_span(prog->agreements.v[a], &o->spans[a]);
    return true;
}

void oracle_free(oracle *o)
{
    free(o->spans);
    o->spans = NULL;
}

static const char *consent_invalid(const oracle *o, const sp_consent *c)
{
    switch (c->kind) {
    case SP_CONSENT_ANY:
    case SP_CONSENT_COUNT: {
        bool *m = consent_members(o, c);
        if (!m)
            return "out of memory";
        uint32_t n = 0;
        for (uint32_t p = 0; p < o->n_decls; p++)
            n += m[p];
        free(m);
        if (c->kind == SP_CONSENT_ANY && n == 0)
            return "'any of' a group with no member parties";
        if (c->kind == SP_CONSENT_COUNT && (c->count < 1 || c->count > n))
            return "'N of G' with N out of range";
        return NULL;
    }
    case SP_CONSENT_AND:
    case SP_CONSENT_OR:
        for (uint32_t i = 0; i < c->kids.n; i++) {
            const char *why = consent_invalid(o, c->kids.v[i]);
            if (why)
                return why;
        }
        return NULL;
    default:
        return NULL;
    }
}

const char *oracle_invalid(const oracle *o)
{
    const sp_program *prog = o->prog;
    for (uint32_t r = 0; r < prog->rules.n; r++) {
        const sp_rule *rule = prog->rules.v[r];
        if (rule->consent) {
            const char *why = consent_invalid(o, rule->consent);
            if (why)
                return why;
        }
    }
    for (uint32_t a = 0; a < prog->agreements.n; a++) {
        const sp_agreement *ag = prog->agreements.v[a];
        if (ag->has_term && !ag->signed_.given && !ag->effective.given)
            return "a term without a start";
        for (uint32_t i = 0; i < ag->notices.n; i++) {
            if (!ag->has_parties)
                return "a notice in an agreement without parties";
            if (!party_in_set(o, ag->notices.v[i].party.sym, &ag->parties))
                return "a notice by a party outside the agreement's parties";
        }
    }
    return NULL;
}

/* ====================================================================== */
/* Conditions ("Conditions"; scopes' audiences in "Declarations").       */
/* ====================================================================== */

typedef struct ctx {
    const oracle *o;
    const oracle_query *q;
    int32_t originator;   /* the query's, or the sender */
    bool *given;          /* consents plus the sender, by decl */
} ctx;

static bool has_audience(const ctx *c, const oracle_marking *m)
{
    if (m->kind == ORACLE_SCOPE_AUDIENCE)
        return true;
    return decl(c->o, m->scope)->has_set;
}

static bool to_in_audience(const ctx *c, const oracle_marking *m)
{
    if (m->kind == ORACLE_SCOPE_AUDIENCE) {
        for (size_t i = 0; i < m->n_audience; i++)
            if (party_in_name(c->o, c->q->to, m->audience[i]))
                return true;
        return false;
    }
    return party_in_set(c->o, c->q->to, &decl(c->o, m->scope)->set);
}

/* The table of "Several markings on one item", row by row. */
static bool some_audience(const ctx *c)
{
    for (size_t i = 0; i < c->q->n_markings; i++)
        if (has_audience(c, &c->q->markings[i]))
            return true;
    return false;
}

static bool outside_some_audience(const ctx *c)
{
    for (size_t i = 0; i < c->q->n_markings; i++)
        if (has_audience(c, &c->q->markings[i]) && !to_in_audience(c, &c->q->markings[i]))
            return true;
    return false;
}

static bool within_every_audience(const ctx *c)
{
    for (size_t i = 0; i < c->q->n_markings; i++)
        if (has_audience(c, &c->q->markings[i]) && !to_in_audience(c, &c->q->markings[i]))
            return false;
    return some_audience(c);
}

static bool marked_one_of(const ctx *c, const sp_refs *scopes)
{
    for (size_t i = 0; i < c->q->n_markings; i++) {
        const oracle_marking *m = &c->q->markings[i];
        /* An explicit audience is not one of the named scopes. */
        if (m->kind != ORACLE_SCOPE_NAMED)
            continue;
        for (uint32_t j = 0; j < scopes->n; j++)
            if (scopes->v[j].sym == m->scope)
                return true;
    }
    return false;
}

/* Draft 2 (docs/language.md, "Party references"): the party a reference
 * stands for, the query's or the one named, then the root of its tree for
 * `organisation of` (walked up one parent at a time). */
static int32_t ref_party(const ctx *c, const sp_pref *p)
{
    int32_t x = p->base == SP_PREF_FROM         ? c->q->from
                : p->base == SP_PREF_TO         ? c->q->to
                : p->base == SP_PREF_ORIGINATOR ? c->originator
                                                : p->party.sym;
    if (p->organisation)
        while (parent_of(c->o, x) >= 0)
            x = parent_of(c->o, x);
    return x;
}

/* Party x's fact for relation rel (docs/language.md, "Relations"), found by
 * reading every fact. */
static const sp_fact *fact_of(const oracle *o, int32_t rel, int32_t x)
{
    for (uint32_t i = 0; i < o->prog->facts.n; i++) {
        const sp_fact *f = &o->prog->facts.v[i];
        if (f->relation.sym == rel && f->party.sym == x)
            return f;
    }
    return NULL;
}

/* A reference holds its party and its units; `REL of R` the parties in the
 * set of R's fact, none without one. */
static bool party_in_elem(const ctx *c, int32_t p, const sp_ref *e)
{
    if (!e->pref)
        return party_in_name(c->o, p, e->sym);
    int32_t x = ref_party(c, e->pref);
    if (!e->pref->has_relation)
        return party_in_name(c->o, p, x);
    const sp_fact *f = fact_of(c->o, e->pref->relation.sym, x);
    return f && party_in_set(c->o, p, &f->set);
}

/* A rule's set, its elements read against the query. */
static bool party_in_rule_set(const ctx *c, int32_t p, const sp_set *s)
{
    bool in = s->star;
    for (uint32_t i = 0; i < s->names.n && !in; i++)
        in = party_in_elem(c, p, &s->names.v[i]);
    if (!in)
        return false;
    for (uint32_t i = 0; i < s->excepts.n; i++)
        if (party_in_elem(c, p, &s->excepts.v[i]))
            return false;
    return true;
}

static bool cond_holds(const ctx *c, const sp_cond *w)
{
    const oracle_query *q = c->q;
    switch (w->kind) {
    case SP_COND_OR:
        for (uint32_t i = 0; i < w->kids.n; i++)
            if (cond_holds(c, w->kids.v[i]))
                return true;
        return false;
    case SP_COND_AND:
        for (uint32_t i = 0; i < w->kids.n; i++)
            if (!cond_holds(c, w->kids.v[i]))
                return false;
        return true;
    case SP_COND_NOT: {
        bool v = cond_holds(c, w->kids.v[0]);
        return (w->nots % 2) ? !v : v;
    }
    case SP_COND_ORIGINATOR_IN:
        return party_in_rule_set(c, c->originator, &w->set);
    case SP_COND_FROM_IN:
        return party_in_rule_set(c, q->from, &w->set);
    case SP_COND_TO_IN:
        return party_in_rule_set(c, q->to, &w->set);
    case SP_COND_OUTSIDE_SCOPE:
        return outside_some_audience(c);
    case SP_COND_WITHIN_SCOPE:
        return within_every_audience(c);
    case SP_COND_ONWARD:
        return q->from != c->originator;
    case SP_COND_MARKED:
        return marked_one_of(c, &w->names);
    case SP_COND_UNMARKED:
        return q->n_markings == 0;
    case SP_COND_PURPOSE_IN:
        if (q->purpose < 0)
            return false;
        for (uint32_t i = 0; i < w->names.n; i++)
            if (covers(c->o, w->names.v[i].sym, q->purpose))
                return true;
        return false;
    case SP_COND_BEFORE:
        return q->date < w->date;
    case SP_COND_SINCE:
        return q->date >= w->date;
    }
    return false;
}

/* ====================================================================== */
/* Rules that apply ("Decisions", step 1).                               */
/* ====================================================================== */

static bool rule_applies(const ctx *c, const sp_rule *r)
{
    const oracle_query *q = c->q;
    if (r->agreement >= 0 && !in_force(&c->o->spans[r->agreement], q->date))
        return false;
    if (r->cats.given && !r->cats.star) {
        bool hit = false;
        for (uint32_t i = 0; i < r->cats.names.n && !hit; i++)
            hit = covers(c->o, r->cats.names.v[i].sym, q->category);
        if (!hit)
            return false;
    }
    if (r->has_from && !party_in_rule_set(c, q->from, &r->from))
        return false;
    if (r->has_to && !party_in_rule_set(c, q->to, &r->to))
        return false;
    if (r->when && !cond_holds(c, r->when))
        return false;
    return true;
}

/* ====================================================================== */
/* Consent ("Consent"): directly, and as a residual formula.             */
/* ====================================================================== */

/* Whether the consents given satisfy c: straight from the table. */
static int consent_holds(const ctx *cx, const sp_consent *c)
{
    switch (c->kind) {
    case SP_CONSENT_ORIGINATOR:
        return cx->given[cx->originator];
    case SP_CONSENT_PARTY:
        return cx->given[c->ref.sym];
    case SP_CONSENT_ALL:
    case SP_CONSENT_ANY:
    case SP_CONSENT_COUNT: {
        bool *m = consent_members(cx->o, c);
        if (!m)
            return -1;
        uint32_t members = 0, yes = 0;
        for (uint32_t p = 0; p < cx->o->n_decls; p++) {
            members += m[p];
            yes += m[p] && cx->given[p];
        }
        free(m);
        if (c->kind == SP_CONSENT_ALL)
            return yes == members;
        if (c->kind == SP_CONSENT_ANY)
            return yes >= 1;
        return yes >= c->count;
    }
    case SP_CONSENT_AND:
        for (uint32_t i = 0; i < c->kids.n; i++) {
            int v = consent_holds(cx, c->kids.v[i]);
            if (v != 1)
                return v;
        }
        return 1;
    case SP_CONSENT_OR:
        for (uint32_t i = 0; i < c->kids.n; i++) {
            int v = consent_holds(cx, c->kids.v[i]);
            if (v != 0)
                return v;
        }
        return 0;
    }
    return 0;
}

static oracle_formula *f_new(int kind)
{
    oracle_formula *f = calloc(1, sizeof *f);
    if (f)
        f->kind = kind;
    return f;
}

static void f_free(oracle_formula *f)
{
    if (!f)
        return;
    for (size_t i = 0; i < f->n; i++)
        f_free(f->kids[i]);
    free(f->kids);
    free(f);
}

static bool f_push(oracle_formula *f, oracle_formula *kid)
{
    if (!kid)
        return false;
    oracle_formula **k = realloc(f->kids, (f->n + 1) * sizeof *k);
    if (!k) {
        f_free(kid);
        return false;
    }
    f->kids = k;
    f->kids[f->n++] = kid;
    return true;
}

static oracle_formula *f_party(int32_t p)
{
    oracle_formula *f = f_new(ORACLE_F_PARTY);
    if (f)
        f->party = p;
    return f;
}

/* What c still needs once the given parties are taken away. */
static oracle_formula *residual_of(const ctx *cx, const sp_consent *c)
{
    switch (c->kind) {
    case SP_CONSENT_ORIGINATOR:
        return cx->given[cx->originator] ? f_new(ORACLE_F_TRUE) : f_party(cx->originator);
    case SP_CONSENT_PARTY:
        return cx->given[c->ref.sym] ? f_new(ORACLE_F_TRUE) : f_party(c->ref.sym);
    case SP_CONSENT_ALL:
    case SP_CONSENT_ANY:
    case SP_CONSENT_COUNT: {
        bool *m = consent_members(cx->o, c);
        if (!m)
            return NULL;
        uint32_t yes = 0;
        for (uint32_t p = 0; p < cx->o->n_decls; p++)
            yes += m[p] && cx->given[p];
        int64_t need = 0;   /* how many more (ANY, COUNT) */
        if (c->kind == SP_CONSENT_ANY)
            need = yes >= 1 ? 0 : 1;
        else if (c->kind == SP_CONSENT_COUNT)
            need = (int64_t)c->count - yes;
        oracle_formula *f = f_new(c->kind == SP_CONSENT_ALL ? ORACLE_F_AND : ORACLE_F_ATLEAST);
        if (!f) {
            free(m);
            return NULL;
        }
        for (uint32_t p = 0; p < cx->o->n_decls; p++)
            if (m[p] && !cx->given[p] && !f_push(f, f_party((int32_t)p))) {
                free(m);
                f_free(f);
                return NULL;
            }
        free(m);
        if (c->kind == SP_CONSENT_ALL ? f->n == 0 : need <= 0) {
            f_free(f);
            return f_new(ORACLE_F_TRUE);
        }
        if (c->kind != SP_CONSENT_ALL)
            f->k = (uint32_t)need;
        return f;
    }
    case SP_CONSENT_AND:
    case SP_CONSENT_OR: {
        oracle_formula *f = f_new(c->kind == SP_CONSENT_AND ? ORACLE_F_AND : ORACLE_F_OR);
        if (!f)
            return NULL;
        for (uint32_t i = 0; i < c->kids.n; i++) {
            oracle_formula *k = residual_of(cx, c->kids.v[i]);
            if (!k) {
                f_free(f);
                return NULL;
            }
            if (k->kind == ORACLE_F_TRUE) {
                f_free(k);
                if (c->kind == SP_CONSENT_OR) {
                    f_free(f);
                    return f_new(ORACLE_F_TRUE);
                }
                continue;
            }
            if (!f_push(f, k)) {
                f_free(f);
                return NULL;
            }
        }
        if (f->n == 0) {
            /* and: every part already holds.  (or: cannot be empty, since
             * an OR has kids and none was TRUE.) */
            f_free(f);
            return f_new(ORACLE_F_TRUE);
        }
        return f;
    }
    }
    return NULL;
}

bool oracle_formula_holds(const oracle_formula *f, const bool *yes)
{
    switch (f->kind) {
    case ORACLE_F_TRUE:
        return true;
    case ORACLE_F_PARTY:
        return yes[f->party];
    case ORACLE_F_AND:
        for (size_t i = 0; i < f->n; i++)
            if (!oracle_formula_holds(f->kids[i], yes))
                return false;
        return true;
    case ORACLE_F_OR:
        for (size_t i = 0; i < f->n; i++)
            if (oracle_formula_holds(f->kids[i], yes))
                return true;
        return false;
    case ORACLE_F_ATLEAST: {
        uint32_t n = 0;
        for (size_t i = 0; i < f->n; i++)
            n += oracle_formula_holds(f->kids[i], yes);
        return n >= f->k;
    }
    }
    return false;
}

void oracle_formula_parties(const oracle_formula *f, bool *mentioned)
{
    if (f->kind == ORACLE_F_PARTY)
        mentioned[f->party] = true;
    for (size_t i = 0; i < f->n; i++)
        oracle_formula_parties(f->kids[i], mentioned);
}

bool oracle_formula_needed(const oracle *o, const oracle_formula *f, size_t max, bool *needed)
{
    bool *yes = calloc(o->n_decls, sizeof *yes);
    bool *mentioned = calloc(o->n_decls, sizeof *mentioned);
    int32_t vars[20];
    size_t n = 0;
    bool ok = yes && mentioned;
    if (ok)
        oracle_formula_parties(f, mentioned);
    for (uint32_t p = 0; ok && p < o->n_decls; p++)
        if (mentioned[p]) {
            if (n == max || n == 20)
                ok = false;
            else
                vars[n++] = (int32_t)p;
        }
    /* the truth table, one byte a row: row r gives party vars[i] bit i */
    uint8_t *table = ok ? malloc((size_t)1 << n) : NULL;
    ok = ok && table;
    for (uint32_t row = 0; ok && row < (1u << n); row++) {
        for (size_t i = 0; i < n; i++)
            yes[vars[i]] = (row >> i) & 1;
        table[row] = oracle_formula_holds(f, yes);
    }
    for (size_t i = 0; ok && i < n; i++)
        for (uint32_t row = 0; row < (1u << n) && !needed[vars[i]]; row++)
            needed[vars[i]] = table[row] != table[row ^ (1u << i)];
    free(table);
    free(mentioned);
    free(yes);
    return ok;
}

static void text_of(const oracle *o, const oracle_formula *f, char *buf, size_t size,
                    size_t *at, bool nested)
{
#define OUT(...)                                                               \
    do {                                                                       \
        if (*at < size) {                                                      \
            int w_ = snprintf(buf + *at, size - *at, __VA_ARGS__);             \
            if (w_ > 0)                                                        \
                *at += (size_t)w_;                                             \
        }                                                                      \
    } while (0)
    switch (f->kind) {
    case ORACLE_F_TRUE:
        OUT("true");
        break;
    case ORACLE_F_PARTY:
        OUT("%s", o->prog->decls.v[f->party].name);
        break;
    case ORACLE_F_ATLEAST:
        OUT("%u of {", f->k);
        for (size_t i = 0; i < f->n; i++)
            OUT("%s%s", i ? ", " : "", o->prog->decls.v[f->kids[i]->party].name);
        OUT("}");
        break;
    case ORACLE_F_AND:
    case ORACLE_F_OR:
        if (nested)
            OUT("(");
        for (size_t i = 0; i < f->n; i++) {
            if (i)
                OUT(f->kind == ORACLE_F_AND ? " and " : " or ");
            text_of(o, f->kids[i], buf, size, at, true);
        }
        if (nested)
            OUT(")");
        break;
    }
#undef OUT
}

void oracle_formula_text(const oracle *o, const oracle_formula *f, char *buf, size_t size)
{
    size_t at = 0;
    if (size)
        buf[0] = '\0';
    text_of(o, f, buf, size, &at, false);
}

/* The fewest further parties that satisfy f: every subset of the parties it
 * names, by increasing size. */
static bool try_size(const oracle_formula *f, const int32_t *vars, size_t n, size_t from,
                     size_t left, bool *yes)
{
    if (left == 0)
        return oracle_formula_holds(f, yes);
    for (size_t i = from; i + left <= n; i++) {
        yes[vars[i]] = true;
        bool ok = try_size(f, vars, n, i + 1, left - 1, yes);
        yes[vars[i]] = false;
        if (ok)
            return true;
    }
    return false;
}

/* The same minimum when the parties are too many to try every subset:
 * decide each party in turn, in or out, and give up on a branch as soon as
 * it cannot beat the best found or cannot be satisfied even if every party
 * still undecided consented (consent is monotone). */
static void branch(const oracle_formula *f, const int32_t *vars, size_t n, size_t i,
                   unsigned taken, bool *yes, unsigned *best)
{
    if (taken >= *best)
        return;
    if (oracle_formula_holds(f, yes)) {
        *best = taken;
        return;
    }
    if (i == n)
        return;
    for (size_t j = i; j < n; j++)
        yes[vars[j]] = true;
    bool possible = oracle_formula_holds(f, yes);
    for (size_t j = i; j < n; j++)
        yes[vars[j]] = false;
    if (!possible)
        return;
    yes[vars[i]] = true;
    branch(f, vars, n, i + 1, taken + 1, yes, best);
    yes[vars[i]] = false;
    branch(f, vars, n, i + 1, taken, yes, best);
}

/* How many parties a formula names, and the fewest that satisfy it: every
 * subset by increasing size when they are at most 12 (or always, with
 * exhaustive), else branch and bound. */
static bool smallest_size(const oracle *o, const oracle_formula *f, unsigned *out,
                          unsigned *parties, int exhaustive)
{
    bool *mentioned = calloc(o->n_decls, sizeof *mentioned);
    bool *yes = calloc(o->n_decls, sizeof *yes);
    int32_t *vars = calloc(o->n_decls + 1, sizeof *vars);
    bool ok = mentioned && yes && vars;
    if (ok) {
        oracle_formula_parties(f, mentioned);
        size_t n = 0;
        for (uint32_t p = 0; p < o->n_decls; p++)
            if (mentioned[p])
                vars[n++] = (int32_t)p;
        *parties = (unsigned)n;
        *out = UINT32_MAX;
        if (exhaustive > 0 || (exhaustive == 0 && n <= 12)) {
            for (size_t k = 0; k <= n; k++)
                if (try_size(f, vars, n, 0, k, yes)) {
                    *out = (unsigned)k;
                    break;
                }
        } else {
            /* A party without which f fails even when every other party
             * consents is in every satisfying set: take those first.  A
             * greedy pass (drop parties while f still holds) then gives a
             * first bound to beat. */
            size_t m = 0;
            unsigned forced = 0;
            for (size_t i = 0; i < n; i++)
                yes[vars[i]] = true;
            for (size_t i = 0; i < n; i++) {
                yes[vars[i]] = false;
                bool needed = !oracle_formula_holds(f, yes);
                yes[vars[i]] = true;
                if (needed)
                    forced++;
                else
                    vars[m++] = vars[i];
            }
            unsigned greedy = forced + (unsigned)m;
            for (size_t i = 0; i < m; i++) {
                yes[vars[i]] = false;
                if (oracle_formula_holds(f, yes))
                    greedy--;
                else
                    yes[vars[i]] = true;
            }
            for (size_t i = 0; i < m; i++)
                yes[vars[i]] = false;
            *out = greedy + 1;
            branch(f, vars, m, 0, forced, yes, out);
            if (*out > greedy)
                *out = greedy;
        }
    }
    free(mentioned);
    free(yes);
    free(vars);
    return ok;
}

unsigned oracle_formula_min(const oracle *o, const oracle_formula *f, bool exhaustive)
{
    unsigned size = UINT32_MAX, parties;
    if (!smallest_size(o, f, &size, &parties, exhaustive ? 1 : -1))
        abort();
    return size;
}

/* ====================================================================== */
/* The decision ("Decisions").                                           */
/* ====================================================================== */

void oracle_result_free(oracle_result *r)
{
    for (size_t i = 0; i < r->n_candidates; i++)
        f_free(r->candidates[i].residual);
    free(r->candidates);
    r->candidates = NULL;
    r->n_candidates = 0;
    r->residual = NULL;
}

bool oracle_decide(const oracle *o, const oracle_query *q, oracle_result *out)
{
    const sp_program *prog = o->prog;
    memset(out, 0, sizeof *out);
    out->rule = -1;

    ctx cx;
    cx.o = o;
    cx.q = q;
    cx.originator = q->originator >= 0 ? q->originator : q->from;
    cx.given = calloc(o->n_decls, sizeof *cx.given);
    bool *applies = calloc(prog->rules.n + 1, sizeof *applies);
    if (!cx.given || !applies) {
        free(cx.given);
        free(applies);
        return false;
    }
    for (size_t i = 0; i < q->n_consents; i++)
        cx.given[q->consents[i]] = true;
    cx.given[q->from] = true;  /* the sender always consents */

    /* 1. The rules that apply. */
    for (uint32_t r = 0; r < prog->rules.n; r++)
        applies[r] = rule_applies(&cx, prog->rules.v[r]);

    bool ok = true;
    /* 2. Deny wins, citing the first. */
    for (uint32_t r = 0; r < prog->rules.n; r++)
        if (applies[r] && prog->rules.v[r]->kind == SP_RULE_DENY) {
            out->decision = ORACLE_DENY;
            out->rule = (int32_t)r;
            goto done;
        }
    /* 3. No allow: deny by default. */
    bool any_allow = false;
    for (uint32_t r = 0; r < prog->rules.n; r++)
        if (applies[r] && prog->rules.v[r]->kind == SP_RULE_ALLOW)
            any_allow = true;
    if (!any_allow) {
        out->decision = ORACLE_DENY;
        goto done;
    }
    /* 4. The first allow whose own consent and every applying require's
     * consent are satisfied. */
    for (uint32_t r = 0; r < prog->rules.n; r++) {
        const sp_rule *rule = prog->rules.v[r];
        if (!applies[r] || rule->kind != SP_RULE_ALLOW)
            continue;
        bool satisfied = true;
        if (rule->consent) {
            int v = consent_holds(&cx, rule->consent);
            if (v < 0) {
                ok = false;
                goto done;
            }
            satisfied = v == 1;
        }
        for (uint32_t s = 0; s < prog->rules.n && satisfied; s++) {
            if (!applies[s] || prog->rules.v[s]->kind != SP_RULE_REQUIRE)
                continue;
            int v = consent_holds(&cx, prog->rules.v[s]->consent);
            if (v < 0) {
                ok = false;
                goto done;
            }
            satisfied = v == 1;
        }
        if (satisfied) {
            out->decision = ORACLE_ALLOW;
            out->rule = (int32_t)r;
            goto done;
        }
    }
    /* 5. Needs consent: the allow with the smallest residual, ties by source
     * order. */
    out->decision = ORACLE_NEEDS_CONSENT;
    for (uint32_t r = 0; r < prog->rules.n; r++) {
        const sp_rule *rule = prog->rules.v[r];
        if (!applies[r] || rule->kind != SP_RULE_ALLOW)
            continue;
        oracle_formula *need = f_new(ORACLE_F_AND);
        if (!need) {
            ok = false;
            goto done;
        }
        if (rule->consent && !f_push(need, residual_of(&cx, rule->consent)))
            ok = false;
        for (uint32_t s = 0; s < prog->rules.n && ok; s++)
            if (applies[s] && prog->rules.v[s]->kind == SP_RULE_REQUIRE)
                ok = f_push(need, residual_of(&cx, prog->rules.v[s]->consent));
        unsigned size = 0, parties = 0;
        if (ok)
            ok = smallest_size(o, need, &size, &parties, 0);
        oracle_candidate *more = NULL;
        if (ok) {
            more = realloc(out->candidates, (out->n_candidates + 1) * sizeof *more);
            ok = more != NULL;
        }
        if (!ok) {
            f_free(need);
            goto done;
        }
        out->candidates = more;
        oracle_candidate *c = &out->candidates[out->n_candidates++];
        c->rule = (int32_t)r;
        c->size = size;
        c->parties = parties;
        c->residual = need;
    }
    for (size_t i = 0; i < out->n_candidates; i++)
        if (out->rule < 0 || out->candidates[i].size < out->residual_size) {
            out->rule = out->candidates[i].rule;
            out->residual_size = out->candidates[i].size;
            out->residual = out->candidates[i].residual;
        }

done:
    free(cx.given);
    free(applies);
    if (!ok)
        oracle_result_free(out);
    return ok;
}
