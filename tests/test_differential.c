/* test_differential.c — the fast evaluator against the oracle.
 *
 * A seeded generator writes random policy sets as TEXT (parties in trees up
 * to depth 3, or 10 in the occasional big policy of up to 150 parties, 80
 * categories and 100 rules; groups of parties and groups with `except` and `*`; categories
 * and purposes in DAGs; scopes with and without audiences; agreements with
 * signed/effective/expires/term/renews/notice and notices in time and late;
 * allow/deny/require rules, named and unnamed, inside and outside agreements,
 * with every form of SET, CONSENT and CONDITION; draft 2 relations with facts
 * for some parties, and party references and relation applications in the
 * rules' sets and conditions, after `except` too), and random queries around
 * the interesting dates.  Each policy is compiled twice:
 *
 *   - by the public API (sharepol_compile_string, sharepol_decide,
 *     sharepol_residual_new): the fast evaluator;
 *   - by the front end only (sp_parse, sp_check) and then evaluated by the
 *     naive oracle of tests/oracle/, which reads docs/language.md independently.
 *
 * For every query the decision, the deciding rule's index, the residual size
 * and the residual itself (by truth table over the parties involved) must
 * agree, and the fast residual must be irredundant (docs/language.md,
 * "Decisions": it names exactly the parties the oracle's truth table says
 * some minimal satisfying set holds, checked where the residual names at
 * most 12).  The query is also run through its QUERY text
 * (sharepol_query_parse) so that the printed reproduction is the query
 * that was decided.  Policies
 * the oracle finds invalid (`N of G` out of range, a notice by a non-party,
 * ...) must be rejected by the compiler, and only those.
 *
 * Residual sizes are compared exactly, also for residuals over many
 * parties: the evaluator settles them through forced parties and
 * independent components (src/consent.c), which this test drove to be
 * exact (it once found sizes counted too high past 16 parties).
 *
 * Environment:
 *   SHAREPOL_DIFF_SEED      master seed (default: from the clock; printed)
 *   SHAREPOL_DIFF_POLICIES  valid policies to generate (default 500)
 *   SHAREPOL_DIFF_QUERIES   queries per policy (default 20)
 *   SHAREPOL_DIFF_FIRST     index of the first policy (default 0); with the
 *                           seed and SHAREPOL_DIFF_POLICIES=1 it replays one
 *                           policy of an earlier run, as the failure message
 *                           says
 *   SHAREPOL_DIFF_PRINT     if set, print every policy, and at the end the
 *                           slowest sharepol_decide query with its policy
 *
 * One CI run: 500 policies x 20 queries, well under a second (a few seconds
 * under the sanitizers).  A million queries (one to two minutes; run
 * several seeds in parallel to go further):
 *
 *   SHAREPOL_DIFF_SEED=1 SHAREPOL_DIFF_POLICIES=50000 SHAREPOL_DIFF_QUERIES=20 \
 *       ./build/tests/test_differential
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "front.h"
#include "oracle/oracle.h"
#include "rng.h"
#include "sharepol.h"

/* ====================================================================== */
/* Text buffers (random numbers: rng.h).                                  */
/* ====================================================================== */

typedef struct sbuf {
    char *p;
    size_t n, cap;
} sbuf;

static void sb_vprintf(sbuf *b, const char *fmt, va_list ap)
    __attribute__((format(printf, 2, 0)));

static void sb_vprintf(sbuf *b, const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int need = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (need < 0)
        abort();
    if (b->n + (size_t)need + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->n + (size_t)need + 1)
            cap *= 2;
        char *p = realloc(b->p, cap);
        if (!p)
            abort();
        b->p = p;
        b->cap = cap;
    }
    vsnprintf(b->p + b->n, b->cap - b->n, fmt, ap);
    b->n += (size_t)need;
}

static void sb_printf(sbuf *b, const char *fmt, ...) SP_PRINTF(2, 3);

static void sb_printf(sbuf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    sb_vprintf(b, fmt, ap);
    va_end(ap);
}

static void sb_put(sbuf *b, const char *s)
{
    sb_printf(b, "%s", s);
}

static void sb_free(sbuf *b)
{
    free(b->p);
    memset(b, 0, sizeof *b);
}

/* ====================================================================== */
/* The policy generator.                                                  */
/* ====================================================================== */

/* Most policies are small (a dozen parties, so that residuals can be
 * compared on every assignment); one in sixteen is big, to cross the word
 * boundaries of any bit set: up to 150 parties, 80 categories, 70 purposes
 * and scopes, 100 rules, party trees up to depth 10. */
#define MAX_PARTIES 150
#define MAX_GROUPS 12
#define MAX_CATS 80
#define MAX_PURPOSES 70
#define MAX_SCOPES 70
#define MAX_ITEMS 800
#define MAX_DATES 1024

typedef struct gen {
    rng r;
    bool big;
    int n_parties, n_groups, n_cats, n_purposes, n_scopes, n_agreements;
    int parent[MAX_PARTIES], depth[MAX_PARTIES];
    char party[MAX_PARTIES][16];
    char group[MAX_GROUPS][16];
    char cat[MAX_CATS][16];
    char purpose[MAX_PURPOSES][16];
    char scope[MAX_SCOPES][16];
    int n_relations;             /* draft 2: relations rel0, rel1, ... */
    bool refs;                   /* writing a rule: sets may hold references */
    int rules;                   /* rule names handed out */
    int64_t dates[MAX_DATES];    /* every date literal written */
    int n_dates;
    sbuf items[MAX_ITEMS];       /* top-level items, shuffled at the end */
    int n_items;
} gen;

static const char *const labels[] = {
    "\"a label\"",
    "\"協定当事者\"",
    "\"quote \\\" and backslash \\\\ and tab \\t\"",
    "\"\\u{1F600} \\u{65E5}\\n\"",
    "\"\"",
};

static void maybe_label(gen *g, sbuf *b)
{
    if (rng_chance(&g->r, 25))
        sb_printf(b, " %s", labels[rng_below(&g->r, SP_ARRAY_LEN(labels))]);
}

static int64_t gen_date_value(gen *g)
{
    int64_t y;
    unsigned pick = rng_below(&g->r, 100);
    if (pick < 3)
        y = 9998 + rng_below(&g->r, 2);
    else if (pick < 5)
        y = 1900 + rng_below(&g->r, 2);
    else
        y = 2016 + rng_below(&g->r, 14);
    int m = 1 + (int)rng_below(&g->r, 12);
    if (rng_chance(&g->r, 8)) {
        y = 2016 + 4 * (int64_t)rng_below(&g->r, 4);   /* a leap day */
        m = 2;
    } else if (rng_chance(&g->r, 10)) {
        /* a month end shortly before a leap February: adding months or
         * years lands on it and must clamp to the 29th, not the 28th */
        y = 2015 + 4 * (int64_t)rng_below(&g->r, 4) + (int64_t)rng_below(&g->r, 2);
        m = rng_chance(&g->r, 50) ? 1 : 12 - (int)rng_below(&g->r, 4);
    }
    int last = oracle_month_days(y, m);
    int d;
    if (rng_chance(&g->r, 35))
        d = last - (int)rng_below(&g->r, 4);   /* month ends: clamping */
    else
        d = 1 + (int)rng_below(&g->r, (uint32_t)last);
    return oracle_days(y, m, d);
}

static void put_date(gen *g, sbuf *b, int64_t day)
{
    char buf[32];
    oracle_format_date(buf, sizeof buf, day);
    sb_put(b, buf);
    if (g->n_dates < MAX_DATES)
        g->dates[g->n_dates++] = day;
}

static void gen_date(gen *g, sbuf *b)
{
    put_date(g, b, gen_date_value(g));
}

static sp_duration gen_duration(gen *g, sbuf *b, bool notice)
{
    static const char *const units[] = { "d", "w", "mo", "y" };
    static const sp_unit unit_of_index[] = { SP_DAYS, SP_WEEKS, SP_MONTHS, SP_YEARS };
    unsigned u = rng_below(&g->r, 10);
    u = u < 2 ? 0 : u < 4 ? 1 : u < 7 ? 2 : 3;  /* months and years more often */
    unsigned n;
    if (notice && rng_chance(&g->r, 15)) {
        n = 0;
        u = 0;
    } else if (notice) {
        static const unsigned max_notice[] = { 90, 10, 4, 1 };
        n = 1 + rng_below(&g->r, max_notice[u]);
    } else {
        static const unsigned max_term[] = { 400, 60, 30, 4 };
        n = 1 + rng_below(&g->r, rng_chance(&g->r, 50) ? 3 : max_term[u]);  /* short ones
                                                 chain many clamped periods */
    }
    sb_printf(b, "%u%s", n, units[u]);
    sp_duration d = { n, unit_of_index[u] };
    return d;
}

/* A party, or a group below max_group. */
static void gen_name(gen *g, sbuf *b, int max_group)
{
    if (max_group > 0 && rng_chance(&g->r, 30))
        sb_put(b, g->group[rng_below(&g->r, (uint32_t)max_group)]);
    else
        sb_put(b, g->party[rng_below(&g->r, (uint32_t)g->n_parties)]);
}

/* ref = "from" | "to" | "originator" | "organisation" "of" ref | NAME */
static void gen_ref(gen *g, sbuf *b, int depth)
{
    static const char *const query_parties[] = { "from", "to", "originator" };
    unsigned pick = rng_below(&g->r, 10);
    if (pick < 6)
        sb_put(b, query_parties[pick % 3]);
    else if (pick < 8 && depth < 2) {
        sb_put(b, "organisation of ");
        gen_ref(g, b, depth + 1);
    } else
        sb_put(b, g->party[rng_below(&g->r, (uint32_t)g->n_parties)]);
}

/* A set's element: in a rule, now and then a party reference or a relation
 * applied to one (docs/language.md, "Party references"); else a party or
 * group. */
static void gen_elem(gen *g, sbuf *b, int max_group)
{
    if (!g->refs || !rng_chance(&g->r, 30)) {
        gen_name(g, b, max_group);
        return;
    }
    if (g->n_relations > 0 && rng_chance(&g->r, 40))
        sb_printf(b, "rel%u of ", rng_below(&g->r, (uint32_t)g->n_relations));
    gen_ref(g, b, 0);
}

/* SET = ( "*" | elems ) [ "except" elems ] */
static void gen_set(gen *g, sbuf *b, int max_group, unsigned star_percent,
                    unsigned except_percent)
{
    if (rng_chance(&g->r, star_percent)) {
        sb_put(b, "*");
    } else {
        int k = 1 + (int)rng_below(&g->r, 3);
        for (int i = 0; i < k; i++) {
            if (i)
                sb_put(b, ", ");
            gen_elem(g, b, max_group);
        }
    }
    if (rng_chance(&g->r, except_percent)) {
        sb_put(b, " except ");
        int k = 1 + (int)rng_below(&g->r, 2);
        for (int i = 0; i < k; i++) {
            if (i)
                sb_put(b, ", ");
            gen_elem(g, b, max_group);
        }
    }
}

/* A list of distinct names drawn from count names. */
static void gen_distinct(gen *g, sbuf *b, char (*names)[16], int count, int k)
{
    int pick[MAX_PARTIES + MAX_CATS];
    int n = 0;
    for (int i = 0; i < count; i++)
        pick[n++] = i;
    for (int i = 0; i < k && i < n; i++) {
        int j = i + (int)rng_below(&g->r, (uint32_t)(n - i));
        int t = pick[i];
        pick[i] = pick[j];
        pick[j] = t;
        sb_printf(b, "%s%s", i ? ", " : "", names[pick[i]]);
    }
}

/* categories = "*" | names */
static void gen_categories(gen *g, sbuf *b)
{
    if (rng_chance(&g->r, 25)) {
        sb_put(b, "*");
        return;
    }
    gen_distinct(g, b, g->cat, g->n_cats, 1 + (int)rng_below(&g->r, 3));
}

/* The group of an all/any/N of: a named group or an inline set.  @return
 * how many distinct names an inline set lists (0 for a named group). */
static int gen_members(gen *g, sbuf *b)
{
    if (g->n_groups > 0 && rng_chance(&g->r, 40)) {
        sb_put(b, g->group[rng_below(&g->r, (uint32_t)g->n_groups)]);
        return 0;
    }
    sb_put(b, "{");
    int k = 1 + (int)rng_below(&g->r, 3);
    if (g->n_groups > 0 && rng_chance(&g->r, 15)) {
        sb_printf(b, "%s, ", g->group[rng_below(&g->r, (uint32_t)g->n_groups)]);
        gen_distinct(g, b, g->party, g->n_parties, k);
        sb_put(b, "}");
        return 0;
    }
    if (k > g->n_parties)
        k = g->n_parties;
    gen_distinct(g, b, g->party, g->n_parties, k);
    sb_put(b, "}");
    return k;
}

static void gen_consent(gen *g, sbuf *b, int depth);

static void gen_consent_atom(gen *g, sbuf *b, int depth)
{
    unsigned pick = rng_below(&g->r, 100);
    if (depth < 2 && pick < 12) {
        sb_put(b, "(");
        gen_consent(g, b, depth + 1);
        sb_put(b, ")");
    } else if (pick < 27) {
        sb_put(b, "originator");
    } else if (pick < 52) {
        sb_put(b, g->party[rng_below(&g->r, (uint32_t)g->n_parties)]);
    } else if (pick < 67) {
        sb_put(b, "all of ");
        gen_members(g, b);
    } else if (pick < 82) {
        sb_put(b, "any of ");
        gen_members(g, b);
    } else {
        sbuf m = { 0 };
        int k = gen_members(g, &m);
        unsigned n = k > 0 ? 1 + rng_below(&g->r, (uint32_t)k) : rng_chance(&g->r, 80) ? 1u : 2u;
        sb_printf(b, "%u of %s", n, m.p);
        sb_free(&m);
    }
}

/* consent = consent_and { "or" consent_and } */
static void gen_consent(gen *g, sbuf *b, int depth)
{
    int terms = 1 + (depth < 2 && rng_chance(&g->r, 35) ? 1 + (int)rng_below(&g->r, 2) : 0);
    for (int t = 0; t < terms; t++) {
        if (t)
            sb_put(b, " or ");
        int atoms = 1 + (depth < 2 && rng_chance(&g->r, 35) ? 1 + (int)rng_below(&g->r, 2) : 0);
        for (int a = 0; a < atoms; a++) {
            if (a)
                sb_put(b, " and ");
            gen_consent_atom(g, b, depth);
        }
    }
}

static void gen_condition(gen *g, sbuf *b, int depth);

static void gen_cond_atom(gen *g, sbuf *b, int depth)
{
    if (rng_chance(&g->r, 18)) {
        int nots = 1 + (int)rng_below(&g->r, 3);
        for (int i = 0; i < nots; i++)
            sb_put(b, "not ");
    }
    for (;;) {
        switch (rng_below(&g->r, 13)) {
        case 0:
            if (depth >= 2)
                continue;
            sb_put(b, "(");
            gen_condition(g, b, depth + 1);
            sb_put(b, ")");
            return;
        case 1:
            sb_put(b, "originator in ");
            gen_set(g, b, g->n_groups, 10, 20);
            return;
        case 2:
            sb_put(b, "from in ");
            gen_set(g, b, g->n_groups, 10, 20);
            return;
        case 3:
            sb_put(b, "to in ");
            gen_set(g, b, g->n_groups, 10, 20);
            return;
        case 4:
            sb_put(b, "to outside scope");
            return;
        case 5:
            sb_put(b, "to within scope");
            return;
        case 6:
            sb_put(b, "onward");
            return;
        case 7:
            if (!g->n_scopes)
                continue;
            sb_put(b, "marked ");
            gen_distinct(g, b, g->scope, g->n_scopes, 1 + (int)rng_below(&g->r, 2));
            return;
        case 8:
            sb_put(b, "unmarked");
            return;
        case 9:
            if (!g->n_purposes)
                continue;
            sb_put(b, "purpose in ");
            gen_distinct(g, b, g->purpose, g->n_purposes, 1 + (int)rng_below(&g->r, 2));
            return;
        case 10:
            sb_put(b, "before ");
            gen_date(g, b);
            return;
        case 11:
            sb_put(b, "since ");
            gen_date(g, b);
            return;
        default:
            sb_put(b, rng_chance(&g->r, 50) ? "to outside scope" : "onward");
            return;
        }
    }
}

/* condition = cond_and { "or" cond_and } */
static void gen_condition(gen *g, sbuf *b, int depth)
{
    int terms = 1 + (depth < 2 && rng_chance(&g->r, 35) ? 1 + (int)rng_below(&g->r, 2) : 0);
    for (int t = 0; t < terms; t++) {
        if (t)
            sb_put(b, " or ");
        int atoms = 1 + (depth < 2 && rng_chance(&g->r, 35) ? 1 + (int)rng_below(&g->r, 2) : 0);
        for (int a = 0; a < atoms; a++) {
            if (a)
                sb_put(b, " and ");
            gen_cond_atom(g, b, depth);
        }
    }
}

static void gen_rule(gen *g, sbuf *b, const char *indent)
{
    g->refs = true;
    sb_put(b, indent);
    if (rng_chance(&g->r, 50)) {
        sb_printf(b, "rule r%d", g->rules++);
        maybe_label(g, b);
        sb_printf(b, "\n%s  ", indent);
    }
    unsigned kind = rng_below(&g->r, 100);
    if (g->big && kind >= 67 && rng_chance(&g->r, 60))
        kind = rng_below(&g->r, 67);  /* big: fewer requires, narrower residuals */
    if (kind < 55) {
        sb_put(b, "allow ");
        gen_categories(g, b);
        sb_put(b, " from ");
        gen_set(g, b, g->n_groups, g->big ? 60 : 40, 15);
        sb_put(b, " to ");
        gen_set(g, b, g->n_groups, g->big ? 60 : 40, 15);
        if (rng_chance(&g->r, 55)) {
            sb_put(b, " with consent of ");
            gen_consent(g, b, 0);
        }
        if (rng_chance(&g->r, 35)) {
            sb_put(b, " when ");
            gen_condition(g, b, 0);
        }
    } else if (kind < 67) {
        sb_put(b, "deny ");
        gen_categories(g, b);
        sb_put(b, " from ");
        gen_set(g, b, g->n_groups, 15, 15);
        sb_put(b, " to ");
        gen_set(g, b, g->n_groups, 15, 15);
        if (rng_chance(&g->r, 80)) {
            sb_put(b, " when ");
            gen_condition(g, b, 0);
        }
    } else {
        sb_put(b, "require consent of ");
        gen_consent(g, b, 0);
        if (g->big) {
            /* big: a require for a few of many categories, so that few
             * apply at once and residuals stay narrow enough to check */
            sb_put(b, " for ");
            gen_distinct(g, b, g->cat, g->n_cats, 1 + (int)rng_below(&g->r, 3));
        } else if (rng_chance(&g->r, 45)) {
            sb_put(b, " for ");
            gen_categories(g, b);
        }
        if (rng_chance(&g->r, 40)) {
            sb_put(b, " from ");
            gen_set(g, b, g->n_groups, 15, 15);
        }
        if (rng_chance(&g->r, 40)) {
            sb_put(b, " to ");
            gen_set(g, b, g->n_groups, 15, 15);
        }
        if (rng_chance(&g->r, 45)) {
            sb_put(b, " when ");
            gen_condition(g, b, 0);
        }
    }
    sb_put(b, ";\n");
    g->refs = false;
}

static sbuf *new_item(gen *g)
{
    if (g->n_items >= MAX_ITEMS)
        abort();
    sbuf *b = &g->items[g->n_items++];
    memset(b, 0, sizeof *b);
    if (rng_chance(&g->r, 10))
        sb_put(b, "# a comment, with \"quotes\" and ünïcode\n");
    return b;
}

/* A start date: sometimes a leap day (a year later is the 28th) or the
 * first of a month (every period then ends on a month's last day, and a
 * notice period in months is subtracted from it). */
static int64_t agreement_start(gen *g)
{
    unsigned pick = rng_below(&g->r, 100);
    if (pick < 10)
        return oracle_days(2016 + 4 * (int64_t)rng_below(&g->r, 4), 2, 29);
    if (pick < 25)
        return oracle_days(2016 + (int64_t)rng_below(&g->r, 14), 1 + (int)rng_below(&g->r, 12), 1);
    return gen_date_value(g);
}

/* A descendant of party p (or p itself), for a notice by a unit. */
static int unit_of(gen *g, int p)
{
    int kids[MAX_PARTIES], n = 0;
    for (int q = 0; q < g->n_parties; q++)
        if (g->parent[q] == p)
            kids[n++] = q;
    if (n == 0 || rng_chance(&g->r, 60))
        return p;
    return unit_of(g, kids[rng_below(&g->r, (uint32_t)n)]);
}

static void gen_agreement(gen *g, int index)
{
    sbuf *b = new_item(g);
    sb_printf(b, "agreement ag%d", index);
    maybe_label(g, b);
    sb_put(b, " {\n");

    sbuf parts[16];
    int n_parts = 0;
    memset(parts, 0, sizeof parts);

    /* parties: mostly plain party names, so that notices can name one */
    bool has_parties = rng_chance(&g->r, 85);
    int listed[4], n_listed = 0;
    bool parties_star = false;
    if (has_parties) {
        sbuf *p = &parts[n_parts++];
        sb_put(p, "  parties ");
        if (rng_chance(&g->r, 10)) {
            parties_star = true;
            sb_put(p, "*");
        } else if (rng_chance(&g->r, 20)) {
            gen_set(g, p, g->n_groups, 0, 25);
        } else {
            n_listed = 1 + (int)rng_below(&g->r, 3);
            for (int i = 0; i < n_listed; i++) {
                listed[i] = (int)rng_below(&g->r, (uint32_t)g->n_parties);
                sb_printf(p, "%s%s", i ? ", " : "", g->party[listed[i]]);
            }
        }
        sb_put(p, ";\n");
    }
    bool has_start = false;
    int64_t start = 0;
    if (rng_chance(&g->r, 75)) {
        sbuf *p = &parts[n_parts++];
        sb_put(p, "  signed ");
        start = agreement_start(g);
        put_date(g, p, start);
        sb_put(p, ";\n");
        has_start = true;
    }
    if (rng_chance(&g->r, 30)) {
        sbuf *p = &parts[n_parts++];
        sb_put(p, "  effective ");
        start = agreement_start(g);
        put_date(g, p, start);
        sb_put(p, ";\n");
        has_start = true;
    }
    if (rng_chance(&g->r, 25)) {
        sbuf *p = &parts[n_parts++];
        sb_put(p, "  expires ");
        /* often near the start, sometimes before it */
        int64_t day = start + (int64_t)rng_below(&g->r, 800) - 100;
        if (has_start && rng_chance(&g->r, 50) && day >= oracle_days(1900, 1, 1) &&
            day <= oracle_days(9999, 12, 31))
            put_date(g, p, day);
        else
            gen_date(g, p);
        sb_put(p, ";\n");
    }
    bool has_term = false, has_renews = false;
    sp_duration term = { 0, SP_DAYS }, renews = term, notice = term;
    if (has_start && rng_chance(&g->r, 65)) {
        sbuf *p = &parts[n_parts++];
        has_term = true;
        sb_put(p, "  term ");
        int64_t y;
        int m, d;
        oracle_civil(start, &y, &m, &d);
        unsigned months = 0;
        if (d >= 29 && rng_chance(&g->r, 40)) {
            /* a term that ends in a shorter month, preferably a leap
             * February: the end must clamp to that month's last day */
            for (unsigned n = 1; n <= 48; n++) {
                int64_t total = y * 12 + (m - 1) + n;
                int64_t ny = total / 12;
                int nm = (int)(total % 12) + 1;
                if (oracle_month_days(ny, nm) < d &&
                    (months == 0 || (nm == 2 && oracle_month_days(ny, nm) == 29))) {
                    months = n;
                    if (nm == 2 && oracle_month_days(ny, nm) == 29)
                        break;
                }
            }
        }
        if (months) {
            sb_printf(p, "%umo", months);
            term.n = months;
            term.unit = SP_MONTHS;
        } else {
            term = gen_duration(g, p, false);
        }
        if (rng_chance(&g->r, 65)) {
            has_renews = true;
            sb_put(p, " renews ");
            renews = gen_duration(g, p, false);
            if (rng_chance(&g->r, 70)) {
                sb_put(p, " unless notice ");
                notice = gen_duration(g, p, true);
            }
        }
        sb_put(p, ";\n");
    }
    if (has_parties) {
        int notices = (int)rng_below(&g->r, 4);
        /* a notice by a party outside `parties` is an error: name a listed
         * party or one of its units, and only sometimes try another */
        if (n_listed == 0 && !parties_star && !rng_chance(&g->r, 30))
            notices = 0;
        for (int i = 0; i < notices && n_parts < 12; i++) {
            sbuf *p = &parts[n_parts++];
            int who;
            if (n_listed > 0)
                who = unit_of(g, listed[rng_below(&g->r, (uint32_t)n_listed)]);
            else
                who = (int)rng_below(&g->r, (uint32_t)g->n_parties);
            sb_printf(p, "  notice by %s on ", g->party[who]);
            if (has_term && rng_chance(&g->r, 70)) {
                /* on, just before or just after the deadline of one of the
                 * first periods: in time, or late for it */
                int k = (int)rng_below(&g->r, 4);
                int64_t end = oracle_add(start, term, 1);
                for (int j = 0; j < k && has_renews && end != ORACLE_NO_END; j++)
                    end = oracle_add(end, renews, 1);
                int64_t day = end == ORACLE_NO_END ? gen_date_value(g)
                                                   : oracle_add(end - 1, notice, -1) +
                                                         (int64_t)rng_below(&g->r, 3) - 1;
                if (day < oracle_days(1900, 1, 1) || day > oracle_days(9999, 12, 31))
                    day = gen_date_value(g);
                put_date(g, p, day);
            } else {
                gen_date(g, p);
            }
            sb_put(p, ";\n");
        }
    }
    int rules = 1 + (int)rng_below(&g->r, 4);
    if (g->big)
        rules = 1 + (int)rng_below(&g->r, 7);
    for (int i = 0; i < rules && n_parts < 16; i++)
        gen_rule(g, &parts[n_parts++], "  ");
    /* any order inside the block */
    for (int i = n_parts - 1; i > 0; i--) {
        int j = (int)rng_below(&g->r, (uint32_t)i + 1);
        sbuf t = parts[i];
        parts[i] = parts[j];
        parts[j] = t;
    }
    for (int i = 0; i < n_parts; i++) {
        sb_put(b, parts[i].p);
        sb_free(&parts[i]);
    }
    sb_put(b, rng_chance(&g->r, 30) ? "};\n" : "}\n");
}

static void gen_parents(gen *g, sbuf *b, char (*names)[16], int i)
{
    if (i == 0 || !rng_chance(&g->r, 55))
        return;
    int k = 1 + (int)rng_below(&g->r, 2);
    sb_put(b, " in ");
    gen_distinct(g, b, names, i, k);
}

/* The whole policy text; g->dates gets every date literal. */
static void gen_policy(gen *g, sbuf *out)
{
    g->big = rng_chance(&g->r, 6);
    if (g->big) {
        g->n_parties = 20 + (int)rng_below(&g->r, MAX_PARTIES - 19);
        g->n_groups = (int)rng_below(&g->r, MAX_GROUPS + 1);
        g->n_cats = 1 + (int)rng_below(&g->r, MAX_CATS);
        g->n_purposes = (int)rng_below(&g->r, MAX_PURPOSES + 1);
        g->n_scopes = (int)rng_below(&g->r, MAX_SCOPES + 1);
        g->n_agreements = (int)rng_below(&g->r, 6);
    } else {
        g->n_parties = 2 + (int)rng_below(&g->r, rng_chance(&g->r, 70) ? 6 : 10);
        g->n_groups = (int)rng_below(&g->r, 6);
        g->n_cats = 1 + (int)rng_below(&g->r, rng_chance(&g->r, 70) ? 4 : 7);
        g->n_purposes = (int)rng_below(&g->r, 5);
        g->n_scopes = (int)rng_below(&g->r, 4);
        g->n_agreements = (int)rng_below(&g->r, 4);
    }

    for (int i = 0; i < g->n_parties; i++) {
        switch (rng_below(&g->r, 4)) { /* names of several shapes */
        case 0:
            snprintf(g->party[i], sizeof g->party[i], "P%d", i);
            break;
        case 1:
            snprintf(g->party[i], sizeof g->party[i], "unit-%d", i);
            break;
        case 2:
            snprintf(g->party[i], sizeof g->party[i], "Org_%d", i);
            break;
        default:
            snprintf(g->party[i], sizeof g->party[i], "x%d-y", i);
            break;
        }
        g->parent[i] = -1;
        g->depth[i] = 0;
        if (i > 0 && rng_chance(&g->r, 55)) {
            int j = (int)rng_below(&g->r, (uint32_t)i);
            if (g->depth[j] < (g->big ? 10 : 3)) {
                g->parent[i] = j;
                g->depth[i] = g->depth[j] + 1;
            }
        }
        sbuf *b = new_item(g);
        sb_printf(b, "party %s", g->party[i]);
        maybe_label(g, b);
        if (g->parent[i] >= 0)
            sb_printf(b, " in %s", g->party[g->parent[i]]);
        sb_put(b, ";\n");
    }
    for (int i = 0; i < g->n_groups; i++) {
        snprintf(g->group[i], sizeof g->group[i], "G%d", i);
        sbuf *b = new_item(g);
        sb_printf(b, "group %s", g->group[i]);
        maybe_label(g, b);
        sb_put(b, " = ");
        gen_set(g, b, i, g->big ? 0 : 8, 25);  /* big: residuals stay small */
        sb_put(b, ";\n");
    }
    for (int i = 0; i < g->n_cats; i++) {
        snprintf(g->cat[i], sizeof g->cat[i], i % 2 ? "cat-%d" : "c%d", i);
        sbuf *b = new_item(g);
        sb_printf(b, "category %s", g->cat[i]);
        maybe_label(g, b);
        gen_parents(g, b, g->cat, i);
        sb_put(b, ";\n");
    }
    for (int i = 0; i < g->n_purposes; i++) {
        snprintf(g->purpose[i], sizeof g->purpose[i], "pu%d", i);
        sbuf *b = new_item(g);
        sb_printf(b, "purpose %s", g->purpose[i]);
        maybe_label(g, b);
        gen_parents(g, b, g->purpose, i);
        sb_put(b, ";\n");
    }
    for (int i = 0; i < g->n_scopes; i++) {
        snprintf(g->scope[i], sizeof g->scope[i], "S%d", i);
        sbuf *b = new_item(g);
        sb_printf(b, "scope %s", g->scope[i]);
        maybe_label(g, b);
        if (rng_chance(&g->r, 65)) {
            sb_put(b, " = ");
            gen_set(g, b, g->n_groups, 10, 25);
        }
        sb_put(b, ";\n");
    }
    /* draft 2: relations, and for some parties a fact */
    g->n_relations = (int)rng_below(&g->r, 3);
    for (int i = 0; i < g->n_relations; i++) {
        sbuf *b = new_item(g);
        sb_printf(b, "relation rel%d", i);
        maybe_label(g, b);
        sb_put(b, ";\n");
        for (int p = 0; p < g->n_parties; p++) {
            if (!rng_chance(&g->r, 40))
                continue;
            b = new_item(g);
            sb_printf(b, "relation rel%d of %s = ", i, g->party[p]);
            gen_set(g, b, g->n_groups, 5, 20);
            sb_put(b, ";\n");
        }
    }
    for (int i = 0; i < g->n_agreements; i++)
        gen_agreement(g, i);
    int rules = (g->n_agreements ? 0 : 1) + (int)rng_below(&g->r, g->big ? 90 : 7);
    for (int i = 0; i < rules; i++)
        gen_rule(g, new_item(g), "");

    /* Declarations may come in any order: shuffle everything. */
    for (int i = g->n_items - 1; i > 0; i--) {
        int j = (int)rng_below(&g->r, (uint32_t)i + 1);
        sbuf t = g->items[i];
        g->items[i] = g->items[j];
        g->items[j] = t;
    }
    for (int i = 0; i < g->n_items; i++) {
        sb_put(out, g->items[i].p);
        sb_free(&g->items[i]);
    }
    g->n_items = 0;
}

/* ====================================================================== */
/* Queries and comparison.                                                */
/* ====================================================================== */

/* The markings a query may carry (several since draft 2). */
#define MAX_QUERY_MARKINGS 3

typedef struct gmarking {
    int kind, scope;                /* ORACLE_SCOPE_* */
    int audience[8], n_audience;
} gmarking;

typedef struct gquery {
    int cat, from, to, originator;  /* generator indices; originator -1 */
    gmarking markings[MAX_QUERY_MARKINGS];
    int n_markings;
    bool list_form;                 /* one marking or none: pass it in the
                                       API's list rather than scope/audience */
    int purpose;                    /* -1 */
    int consents[12], n_consents;
    int64_t date;
} gquery;

typedef struct run {
    uint64_t seed;
    long index;             /* policy index under the seed */
    const char *text;
    gen *g;
    const sp_program *prog;
    oracle *o;
    sharepol_policy *pol;
    /* name maps: generator index -> decl index / API id */
    int32_t party_decl[MAX_PARTIES], party_id[MAX_PARTIES];
    int32_t cat_decl[MAX_CATS], cat_id[MAX_CATS];
    int32_t purpose_decl[MAX_PURPOSES], purpose_id[MAX_PURPOSES];
    int32_t scope_decl[MAX_SCOPES], scope_id[MAX_SCOPES];
    int32_t *decl_of_id;    /* API party id -> decl index */
    size_t n_ids;
    int64_t dates[MAX_DATES * 3 + 7 * 256];  /* the boundaries first */
    size_t n_dates, n_boundaries;
    /* counters */
    unsigned long queries, allows, denies, needs, residual_rows;
} run;

static void gen_query(run *R, rng *r, gquery *q)
{
    gen *g = R->g;
    memset(q, 0, sizeof *q);
    q->cat = (int)rng_below(r, (uint32_t)g->n_cats);
    q->from = (int)rng_below(r, (uint32_t)g->n_parties);
    q->to = (int)rng_below(r, (uint32_t)g->n_parties);
    q->originator = -1;
    if (rng_chance(r, 40))
        q->originator = rng_chance(r, 15) ? q->from : (int)rng_below(r, (uint32_t)g->n_parties);
    /* none, one, or (one query in five) two or three markings */
    unsigned s = rng_below(r, 100);
    q->n_markings = s < 25 ? 0 : s < 80 ? 1 : 2 + (int)rng_below(r, MAX_QUERY_MARKINGS - 1);
    q->list_form = rng_chance(r, 30);
    for (int k = 0; k < q->n_markings; k++) {
        gmarking *m = &q->markings[k];
        if (g->n_scopes && rng_chance(r, 60)) {
            m->kind = ORACLE_SCOPE_NAMED;
            m->scope = (int)rng_below(r, (uint32_t)g->n_scopes);
        } else {
            m->kind = ORACLE_SCOPE_AUDIENCE;
            m->n_audience = (int)rng_below(r, g->big ? 8 : 4);
            for (int i = 0; i < m->n_audience; i++)
                m->audience[i] = (int)rng_below(r, (uint32_t)g->n_parties);
        }
    }
    q->purpose = -1;
    if (g->n_purposes && rng_chance(r, 50))
        q->purpose = (int)rng_below(r, (uint32_t)g->n_purposes);
    unsigned d = rng_below(r, 100);
    if (d < 35 && R->n_boundaries) {
        /* an agreement's boundary exactly */
        q->date = R->dates[rng_below(r, (uint32_t)R->n_boundaries)];
    } else if (d < 70 && R->n_dates) {
        /* near a boundary, or a date written in the policy */
        q->date = R->dates[rng_below(r, (uint32_t)R->n_dates)];
    } else if (d < 97) {
        q->date = oracle_days(2015 + rng_below(r, 16), 1, 1) + rng_below(r, 366);
    } else {
        q->date = oracle_days(1900, 1, 1) + rng_below(r, (uint32_t)(oracle_days(9999, 12, 31) -
                                                              oracle_days(1900, 1, 1) + 1));
    }
    if (rng_chance(r, 55)) {
        q->n_consents = 1 + (int)rng_below(r, g->big ? 12 : 5);
        for (int i = 0; i < q->n_consents; i++)
            q->consents[i] = (int)rng_below(r, (uint32_t)g->n_parties);
    }
}

static void query_text(const run *R, const gquery *q, sbuf *b)
{
    const gen *g = R->g;
    char date[32];
    oracle_format_date(date, sizeof date, q->date);
    sb_printf(b, "%s from %s to %s", g->cat[q->cat], g->party[q->from], g->party[q->to]);
    if (q->originator >= 0)
        sb_printf(b, " originator %s", g->party[q->originator]);
    for (int k = 0; k < q->n_markings; k++) {
        const gmarking *m = &q->markings[k];
        sb_put(b, k ? ", " : " scope ");
        if (m->kind == ORACLE_SCOPE_NAMED) {
            sb_put(b, g->scope[m->scope]);
            continue;
        }
        sb_put(b, "{");
        for (int i = 0; i < m->n_audience; i++)
            sb_printf(b, "%s%s", i ? ", " : "", g->party[m->audience[i]]);
        sb_put(b, "}");
    }
    if (q->purpose >= 0)
        sb_printf(b, " purpose %s", g->purpose[q->purpose]);
    sb_printf(b, " at %s", date);
    if (q->n_consents) {
        sb_put(b, " consent ");
        for (int i = 0; i < q->n_consents; i++)
            sb_printf(b, "%s%s", i ? ", " : "", g->party[q->consents[i]]);
    }
}

static const char *decision_name(int d)
{
    switch (d) {
    case SHAREPOL_ALLOW:
        return "allow";
    case SHAREPOL_DENY:
        return "deny";
    case SHAREPOL_NEEDS_CONSENT:
        return "needs consent";
    default:
        return "error";
    }
}

static bool fast_holds(const run *R, const sharepol_consent_node *n, const bool *yes)
{
    switch (n->kind) {
    case SHAREPOL_CONSENT_PARTY:
        return yes[R->decl_of_id[n->party]];
    case SHAREPOL_CONSENT_AND:
        for (size_t i = 0; i < n->n_children; i++)
            if (!fast_holds(R, n->children[i], yes))
                return false;
        return true;
    case SHAREPOL_CONSENT_OR:
        for (size_t i = 0; i < n->n_children; i++)
            if (fast_holds(R, n->children[i], yes))
                return true;
        return false;
    case SHAREPOL_CONSENT_ANY:
    case SHAREPOL_CONSENT_COUNT: {
        unsigned c = 0;
        for (size_t i = 0; i < n->n_parties; i++)
            c += yes[R->decl_of_id[n->parties[i]]];
        return c >= (n->kind == SHAREPOL_CONSENT_ANY ? 1u : n->count);
    }
    default:
        return false;
    }
}

/* Marks the parties a fast residual names; false if it is malformed. */
static bool fast_parties(const run *R, const sharepol_consent_node *n, bool *mentioned)
{
    if (!n)
        return false;
    switch (n->kind) {
    case SHAREPOL_CONSENT_PARTY:
        if (n->party < 0 || (size_t)n->party >= R->n_ids)
            return false;
        mentioned[R->decl_of_id[n->party]] = true;
        return true;
    case SHAREPOL_CONSENT_AND:
    case SHAREPOL_CONSENT_OR:
        if (n->n_children == 0)
            return false;
        for (size_t i = 0; i < n->n_children; i++)
            if (!fast_parties(R, n->children[i], mentioned))
                return false;
        return true;
    case SHAREPOL_CONSENT_ANY:
    case SHAREPOL_CONSENT_COUNT:
        if (n->n_parties == 0)
            return false;
        for (size_t i = 0; i < n->n_parties; i++) {
            if (n->parties[i] < 0 || (size_t)n->parties[i] >= R->n_ids)
                return false;
            mentioned[R->decl_of_id[n->parties[i]]] = true;
        }
        return true;
    default:
        return false;
    }
}

static void report(const run *R, const gquery *q, const char *what, const sharepol_result *fr,
                   const char *fast_residual, const oracle_result *orr)
{
    sbuf qt = { 0 };
    query_text(R, q, &qt);
    char ores[2048] = "";
    if (orr->residual)
        oracle_formula_text(R->o, orr->residual, ores, sizeof ores);
    const char *orule = orr->rule >= 0 ? R->prog->rules.v[orr->rule]->name : NULL;
    const sharepol_rule_info *fi = fr->rule;
    fprintf(stderr,
            "\n==== DISAGREEMENT: %s\n"
            "seed %llu, policy %ld (replay: SHAREPOL_DIFF_SEED=%llu SHAREPOL_DIFF_FIRST=%ld "
            "SHAREPOL_DIFF_POLICIES=1)\n"
            "---- policy gen.spol ----\n%s"
            "---- query ----\n%s\n"
            "---- fast ----\n%s, rule %lld (%s), residual size %u, residual %s\n"
            "---- oracle ----\n%s, rule %d (%s), residual size %u, residual %s\n",
            what, (unsigned long long)R->seed, R->index, (unsigned long long)R->seed, R->index,
            R->text, qt.p, decision_name(fr->decision), fr->rule == NULL ? -1LL : (long long)fr->rule_index,
            fi ? fi->name : "-", fr->residual_size, fast_residual ? fast_residual : "-",
            decision_name(orr->decision), orr->rule, orr->rule >= 0 ? (orule ? orule : "unnamed") : "-",
            orr->residual_size, orr->residual ? ores : "-");
    sb_free(&qt);
}

/* The slowest sharepol_decide seen, for the summary. */
static double slowest_ms;
static char *slowest_text;

/* Decides one query both ways.  @return true when they agree. */
static bool check_query(run *R, const gquery *q)
{
    int32_t aud_d[MAX_QUERY_MARKINGS][8], aud_i[MAX_QUERY_MARKINGS][8], con_d[12], con_i[12];
    oracle_marking omark[MAX_QUERY_MARKINGS];
    sharepol_marking smark[MAX_QUERY_MARKINGS];
    for (int k = 0; k < q->n_markings; k++) {
        const gmarking *m = &q->markings[k];
        for (int i = 0; i < m->n_audience; i++) {
            aud_d[k][i] = R->party_decl[m->audience[i]];
            aud_i[k][i] = R->party_id[m->audience[i]];
        }
        omark[k].kind = m->kind;
        omark[k].scope = m->kind == ORACLE_SCOPE_NAMED ? R->scope_decl[m->scope] : -1;
        omark[k].audience = aud_d[k];
        omark[k].n_audience = (size_t)m->n_audience;
        smark[k].scope = m->kind == ORACLE_SCOPE_NAMED ? R->scope_id[m->scope] : SHAREPOL_ID_NONE;
        smark[k].audience = m->kind == ORACLE_SCOPE_AUDIENCE ? aud_i[k] : NULL;
        smark[k].n_audience = (size_t)m->n_audience;
    }
    for (int i = 0; i < q->n_consents; i++) {
        con_d[i] = R->party_decl[q->consents[i]];
        con_i[i] = R->party_id[q->consents[i]];
    }

    oracle_query oq;
    memset(&oq, 0, sizeof oq);
    oq.category = R->cat_decl[q->cat];
    oq.from = R->party_decl[q->from];
    oq.to = R->party_decl[q->to];
    oq.originator = q->originator >= 0 ? R->party_decl[q->originator] : -1;
    oq.markings = omark;
    oq.n_markings = (size_t)q->n_markings;
    oq.purpose = q->purpose >= 0 ? R->purpose_decl[q->purpose] : -1;
    oq.date = q->date;
    oq.consents = con_d;
    oq.n_consents = (size_t)q->n_consents;

    sharepol_query sq = SHAREPOL_QUERY_INIT;
    sq.category = R->cat_id[q->cat];
    sq.from = R->party_id[q->from];
    sq.to = R->party_id[q->to];
    sq.originator = q->originator >= 0 ? R->party_id[q->originator] : SHAREPOL_ID_NONE;
    if (q->n_markings > 1 || q->list_form) {
        sq.markings = smark;
        sq.n_markings = (size_t)q->n_markings;
    } else if (q->n_markings == 1) {
        sq.scope = smark[0].scope;
        sq.audience = smark[0].audience;
        sq.n_audience = smark[0].n_audience;
    }
    sq.purpose = q->purpose >= 0 ? R->purpose_id[q->purpose] : SHAREPOL_ID_NONE;
    sq.date = (int32_t)q->date;
    sq.consents = q->n_consents ? con_i : NULL;
    sq.n_consents = (size_t)q->n_consents;

    oracle_result orr;
    if (!oracle_decide(R->o, &oq, &orr))
        abort();
    sharepol_result fr;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    int st = sharepol_decide(R->pol, &sq, &fr);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double ms = (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6;
    if (ms > slowest_ms) {
        slowest_ms = ms;
        free(slowest_text);
        sbuf qt = { 0 };
        query_text(R, q, &qt);
        sb_printf(&qt, "\n---- in policy (seed %llu, policy %ld) ----\n%s",
                  (unsigned long long)R->seed, R->index, R->text);
        slowest_text = qt.p;
    }
    R->queries++;
    bool ok = true;
    const char *what = NULL;
    sharepol_residual *res = NULL;
    char *fast_text = NULL;
    /* the oracle residual to compare the fast one with: the cited rule's */
    const oracle_formula *want = orr.residual;

    if (st == SHAREPOL_NEEDS_CONSENT && sharepol_residual_new(&res, R->pol, &sq, &fr) == SHAREPOL_OK)
        fast_text = strdup(sharepol_residual_text(res));
    sharepol_residual_free(res);
    res = NULL;

    if (st != fr.decision && st >= 0) {
        what = "sharepol_decide returned a status other than result.decision";
        ok = false;
    } else if (st < 0) {
        what = "sharepol_decide failed";
        ok = false;
    } else if (fr.decision != orr.decision) {
        what = "decision";
        ok = false;
    } else if ((orr.rule < 0 && fr.rule_index != (size_t)-1) ||
               (orr.rule >= 0 && fr.rule_index != (size_t)orr.rule)) {
        what = "deciding rule";
        ok = false;
    } else if ((orr.rule < 0) != (fr.rule == NULL)) {
        what = "result.rule and result.rule_index disagree";
        ok = false;
    } else if (orr.rule >= 0 && R->prog->rules.v[orr.rule]->name &&
               strcmp(R->prog->rules.v[orr.rule]->name, fr.rule->name) != 0) {
        what = "rule name";
        ok = false;
    } else if (fr.residual_size != (orr.decision == ORACLE_NEEDS_CONSENT ? orr.residual_size : 0)) {
        what = "residual size";
        ok = false;
    }

    if (ok && fr.decision == SHAREPOL_NEEDS_CONSENT) {
        int rs = sharepol_residual_new(&res, R->pol, &sq, &fr);
        if (rs != SHAREPOL_OK) {
            what = "sharepol_residual_new failed";
            ok = false;
        } else {
            uint32_t n = R->prog->decls.n;
            bool *given = calloc(n, sizeof *given);
            bool *fm = calloc(n, sizeof *fm);
            bool *om = calloc(n, sizeof *om);
            bool *yes = calloc(n, sizeof *yes);
            int32_t vars[MAX_PARTIES];
            size_t nv = 0;
            if (!given || !fm || !om || !yes)
                abort();
            for (int i = 0; i < q->n_consents; i++)
                given[con_d[i]] = true;
            given[oq.from] = true;
            if (!fast_parties(R, sharepol_residual_root(res), fm)) {
                what = "malformed fast residual";
                ok = false;
            }
            oracle_formula_parties(want, om);
            for (uint32_t p = 0; p < n && ok; p++) {
                if (fm[p] && given[p]) {
                    what = "the fast residual names a party that already consented";
                    ok = false;
                }
                if ((fm[p] || om[p]) && nv < MAX_PARTIES)
                    vars[nv++] = (int32_t)p;
            }
            if (ok && oracle_formula_holds(want, yes)) {
                what = "oracle bug: its residual holds with no further consent";
                ok = false;
            }
            /* the oracle's two ways to the minimum agree */
            if (ok && nv <= 12 && want == orr.residual &&
                oracle_formula_min(R->o, want, false) != orr.residual_size) {
                what = "oracle bug: branch and bound misses the minimum";
                ok = false;
            }
            /* Every assignment of the parties involved when they are few;
             * else every assignment of weight <= 2 or >= nv - 1, and random
             * ones of every density. */
            rng sr = { (uint64_t)q->date * 7919u + nv };
            uint64_t rows = nv <= 12 ? (uint64_t)1 << nv : 3000;
            for (uint64_t row = 0; ok && row < rows; row++) {
                if (nv <= 12) {
                    for (size_t i = 0; i < nv; i++)
                        yes[vars[i]] = (row >> i) & 1;
                } else if (row < 2 + 2 * (uint64_t)nv) {
                    bool flip = row >= 1 + (uint64_t)nv;   /* complements */
                    uint64_t one = row - (flip ? 1 + (uint64_t)nv : 0);
                    for (size_t i = 0; i < nv; i++)
                        yes[vars[i]] = flip ^ (one > 0 && i == one - 1);
                } else if (row < 2 + 2 * (uint64_t)nv + (uint64_t)nv * (nv - 1) / 2 &&
                           row < 1500) {
                    uint64_t k = row - (2 + 2 * (uint64_t)nv), i = 0;
                    while (k >= nv - 1 - i) {
                        k -= nv - 1 - i;
                        i++;
                    }
                    for (size_t j = 0; j < nv; j++)
                        yes[vars[j]] = j == i || j == i + 1 + k;
                } else {
                    uint32_t density = 1 + rng_below(&sr, 99);
                    for (size_t j = 0; j < nv; j++)
                        yes[vars[j]] = rng_chance(&sr, density);
                }
                R->residual_rows++;
                if (fast_holds(R, sharepol_residual_root(res), yes) !=
                    oracle_formula_holds(want, yes)) {
                    what = "residual (truth tables differ)";
                    ok = false;
                }
            }
            /* Irredundant (docs/language.md, "Decisions"): the fast
             * residual names exactly the parties in some minimal
             * satisfying set, which the oracle finds from the whole truth
             * table of its own. */
            bool *needed = calloc(n, sizeof *needed);
            if (!needed)
                abort();
            if (ok && oracle_formula_needed(R->o, want, 12, needed)) {
                for (uint32_t p = 0; p < n && ok; p++)
                    if (fm[p] != needed[p]) {
                        what = fm[p] ? "the fast residual names a party in no minimal "
                                       "satisfying set"
                                     : "the fast residual leaves out a party it needs";
                        ok = false;
                    }
            }
            free(needed);
            free(given);
            free(fm);
            free(om);
            free(yes);
        }
    }

    /* The same query through its text: the reproduction must be faithful. */
    if (ok) {
        sbuf qt = { 0 };
        query_text(R, q, &qt);
        sharepol_parsed_query *pq = NULL;
        int ps = sharepol_query_parse(&pq, R->pol, qt.p, qt.n, NULL);
        sharepol_result fr2;
        if (ps != SHAREPOL_OK) {
            what = "sharepol_query_parse failed on the query text";
            ok = false;
        } else if (sharepol_decide(R->pol, sharepol_parsed_query_get(pq), &fr2) != fr.decision ||
                   fr2.rule_index != fr.rule_index || fr2.residual_size != fr.residual_size) {
            what = "the query text decides differently from the query by ids";
            ok = false;
        }
        sharepol_parsed_query_free(pq);
        sb_free(&qt);
    }

    if (!ok)
        report(R, q, what, &fr, fast_text, &orr);
    else if (fr.decision == SHAREPOL_ALLOW)
        R->allows++;
    else if (fr.decision == SHAREPOL_DENY)
        R->denies++;
    else
        R->needs++;
    free(fast_text);
    sharepol_residual_free(res);
    oracle_result_free(&orr);
    return ok;
}

/* ====================================================================== */
/* The driver.                                                            */
/* ====================================================================== */

static unsigned long env_number(const char *name, unsigned long def)
{
    const char *s = getenv(name);
    if (!s || !*s)
        return def;
    return strtoul(s, NULL, 0);
}

static uint64_t mix(uint64_t a, uint64_t b)
{
    rng r = { a ^ (b * 0xd1342543de82ef95u) };
    rng_next(&r);
    return rng_next(&r);
}

typedef enum outcome { POLICY_OK, POLICY_INVALID, POLICY_FAILED } outcome;

static outcome run_policy(uint64_t seed, long index, unsigned long n_queries, run *totals)
{
    gen g;
    memset(&g, 0, sizeof g);
    g.r.s = mix(seed, (uint64_t)index);
    sbuf text = { 0 };
    gen_policy(&g, &text);
    if (getenv("SHAREPOL_DIFF_PRINT"))
        printf("---- policy %ld ----\n%s", index, text.p);

    outcome result = POLICY_OK;
    front f;
    if (!front_load(&f, "gen.spol", text.p, text.n)) {
        char *msg = NULL;
        sharepol_diagnostics_render(&msg, f.diags, 0);
        fprintf(stderr,
                "\n==== GENERATOR BUG: the front end rejects a generated policy\n"
                "seed %llu, policy %ld\n---- policy ----\n%s---- diagnostics ----\n%s",
                (unsigned long long)seed, index, text.p, msg ? msg : "");
        sharepol_string_free(msg);
        front_free(&f);
        sb_free(&text);
        return POLICY_FAILED;
    }
    oracle o;
    if (!oracle_init(&o, &f.prog))
        abort();
    const char *invalid = oracle_invalid(&o);

    sharepol_policy *pol = NULL;
    sharepol_diagnostics *diags = NULL;
    int st = sharepol_compile_string(&pol, text.p, text.n, "gen.spol", NULL, &diags);
    if ((st == SHAREPOL_OK) != (invalid == NULL)) {
        char *msg = NULL;
        sharepol_diagnostics_render(&msg, diags, 0);
        fprintf(stderr,
                "\n==== DISAGREEMENT: compilation %s, but the oracle says %s\n"
                "seed %llu, policy %ld (replay: SHAREPOL_DIFF_SEED=%llu SHAREPOL_DIFF_FIRST=%ld "
                "SHAREPOL_DIFF_POLICIES=1)\n---- policy gen.spol ----\n%s---- diagnostics ----\n%s",
                st == SHAREPOL_OK ? "succeeds" : "fails", invalid ? invalid : "valid",
                (unsigned long long)seed, index, (unsigned long long)seed, index, text.p,
                msg ? msg : "");
        sharepol_string_free(msg);
        result = POLICY_FAILED;
    } else if (invalid) {
        if (getenv("SHAREPOL_DIFF_PRINT"))
            printf("(invalid as expected: %s)\n", invalid);
        result = POLICY_INVALID;
    }
    sharepol_diagnostics_free(diags);

    if (result == POLICY_OK) {
        run R;
        memset(&R, 0, sizeof R);
        R.seed = seed;
        R.index = index;
        R.text = text.p;
        R.g = &g;
        R.prog = &f.prog;
        R.o = &o;
        R.pol = pol;
        for (int i = 0; i < g.n_parties; i++) {
            R.party_decl[i] = front_decl(&f.prog, g.party[i]);
            R.party_id[i] = sharepol_party(pol, g.party[i]);
        }
        for (int i = 0; i < g.n_cats; i++) {
            R.cat_decl[i] = front_decl(&f.prog, g.cat[i]);
            R.cat_id[i] = sharepol_category(pol, g.cat[i]);
        }
        for (int i = 0; i < g.n_purposes; i++) {
            R.purpose_decl[i] = front_decl(&f.prog, g.purpose[i]);
            R.purpose_id[i] = sharepol_purpose(pol, g.purpose[i]);
        }
        for (int i = 0; i < g.n_scopes; i++) {
            R.scope_decl[i] = front_decl(&f.prog, g.scope[i]);
            R.scope_id[i] = sharepol_scope(pol, g.scope[i]);
        }
        R.n_ids = sharepol_count(pol, SHAREPOL_KIND_PARTY);
        R.decl_of_id = calloc(R.n_ids + 1, sizeof *R.decl_of_id);
        if (!R.decl_of_id)
            abort();
        for (size_t id = 0; id < R.n_ids; id++)
            R.decl_of_id[id] =
                front_decl(&f.prog, sharepol_name(pol, SHAREPOL_KIND_PARTY, (sharepol_id)id));
        /* query dates: every boundary of an agreement, every date literal
         * and their neighbours */
        R.n_dates = oracle_agreement_dates(&o, R.dates, 256);
        size_t n_boundaries = R.n_boundaries = R.n_dates;
        for (size_t i = 0; i < n_boundaries; i++)
            for (int64_t dd = -3; dd <= 3; dd++) {
                int64_t day = R.dates[i] + dd;
                if (dd && R.n_dates < SP_ARRAY_LEN(R.dates) && day >= oracle_days(1900, 1, 1) &&
                    day <= oracle_days(9999, 12, 31))
                    R.dates[R.n_dates++] = day;
            }
        for (int i = 0; i < g.n_dates; i++)
            for (int64_t dd = -1; dd <= 1; dd++) {
                int64_t day = g.dates[i] + dd;
                if (R.n_dates < SP_ARRAY_LEN(R.dates) && day >= oracle_days(1900, 1, 1) &&
                    day <= oracle_days(9999, 12, 31))
                    R.dates[R.n_dates++] = day;
            }
        rng qr = { mix(seed ^ 0x5175657279u, (uint64_t)index) };
        for (unsigned long i = 0; i < n_queries && result == POLICY_OK; i++) {
            gquery q;
            gen_query(&R, &qr, &q);
            if (!check_query(&R, &q)) {
                result = POLICY_FAILED;
                break;
            }
        }
        free(R.decl_of_id);
        totals->queries += R.queries;
        totals->allows += R.allows;
        totals->denies += R.denies;
        totals->needs += R.needs;
        totals->residual_rows += R.residual_rows;
    }
    sharepol_policy_release(pol);
    oracle_free(&o);
    front_free(&f);
    sb_free(&text);
    return result;
}

/* The oracle's calendar against itself and the library's date parser. */
static void calendar_is_sound(void **state)
{
    (void)state;
    assert_int_equal(oracle_days(1970, 1, 1), 0);
    assert_int_equal(oracle_days(2000, 3, 1), 11017);
    assert_int_equal(oracle_days(1900, 1, 1), -25567);
    assert_int_equal(oracle_days(9999, 12, 31), 2932896);
    for (int64_t day = oracle_days(1900, 1, 1); day <= oracle_days(9999, 12, 31); day++) {
        int64_t y;
        int m, d;
        oracle_civil(day, &y, &m, &d);
        if (oracle_days(y, m, d) != day || d < 1 || d > oracle_month_days(y, m)) {
            fail_msg("civil round trip fails at day %lld", (long long)day);
        }
        if (day % 997 == 0) {
            char buf[32];
            int32_t parsed;
            oracle_format_date(buf, sizeof buf, day);
            assert_int_equal(sharepol_date_parse(&parsed, buf), SHAREPOL_OK);
            assert_int_equal(parsed, day);
        }
    }
}

static void fast_agrees_with_oracle(void **state)
{
    (void)state;
    uint64_t seed = (uint64_t)env_number("SHAREPOL_DIFF_SEED", 0);
    if (!getenv("SHAREPOL_DIFF_SEED"))
        seed = (uint64_t)time(NULL) ^ ((uint64_t)clock() << 32);
    unsigned long policies = env_number("SHAREPOL_DIFF_POLICIES", 500);
    unsigned long queries = env_number("SHAREPOL_DIFF_QUERIES", 20);
    long first = (long)env_number("SHAREPOL_DIFF_FIRST", 0);
    printf("differential: seed %llu, %lu policies x %lu queries, from policy %ld\n",
           (unsigned long long)seed, policies, queries, first);
    fflush(stdout);

    run totals;
    memset(&totals, 0, sizeof totals);
    unsigned long valid = 0, invalid = 0, failed = 0;
    long index = first;
    clock_t t0 = clock();
    while (valid < policies && failed < 5) {
        outcome oc = run_policy(seed, index++, queries, &totals);
        if (oc == POLICY_OK)
            valid++;
        else if (oc == POLICY_INVALID)
            invalid++;
        else
            failed++;
        if (policies == 1 && oc != POLICY_OK)
            break;
    }
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    printf("differential: seed %llu: %lu valid policies (+%lu rejected as the oracle "
           "expects), %lu queries: %lu allow, %lu deny, %lu needs consent; %lu residual rows "
           "compared; %lu failures; %.2f s\n",
           (unsigned long long)seed, valid, invalid, totals.queries, totals.allows,
           totals.denies, totals.needs, totals.residual_rows, failed, secs);
    printf("differential: slowest sharepol_decide: %.3f ms\n", slowest_ms);
    if (getenv("SHAREPOL_DIFF_PRINT") && slowest_text)
        printf("---- slowest query ----\n%s", slowest_text);
    free(slowest_text);
    slowest_text = NULL;
    if (failed)
        fail_msg("%lu disagreement(s); seed %llu", failed, (unsigned long long)seed);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(calendar_is_sound),
        cmocka_unit_test(fast_agrees_with_oracle),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
