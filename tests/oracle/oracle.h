/* oracle.h — a deliberately naive second evaluator of sharepol policies,
 * written straight from the language reference (docs/language.md,
 * "Declarations" to "Decisions"), for the differential test
 * (tests/test_differential.c).
 *
 * It walks the checked syntax tree (ast.h) directly: membership by recursive
 * search of the party tree and of group definitions, ancestors by walking
 * `parents`, agreement periods with its own calendar arithmetic, residual
 * sizes by brute force over subsets of parties.  It shares nothing with the
 * fast evaluator (eval.c, consent.c, residual.c, lower.c, closure.c, term.c,
 * date.c): only the front end that produced the tree.
 *
 * Every party, group, category, purpose and scope is named by its index in
 * prog->decls; rules by their index in prog->rules. */
#ifndef SHAREPOL_ORACLE_H
#define SHAREPOL_ORACLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ast.h"

/* ---- calendar: days since 1970-01-01, proleptic Gregorian ------------- */

int64_t oracle_days(int64_t y, int m, int d);
void oracle_civil(int64_t days, int64_t *y, int *m, int *d);
int oracle_month_days(int64_t y, int m);
/* "YYYY-MM-DD" into buf (at least 16 bytes). */
void oracle_format_date(char *buf, size_t size, int64_t days);

/* day + sign * dur with month-end clamping; ORACLE_NO_END past 9999-12-31. */
#define ORACLE_NO_END INT64_MAX
int64_t oracle_add(int64_t day, sp_duration dur, int sign);

/* ---- the evaluator ----------------------------------------------------- */

/* When an agreement is in force: the days start..last, both included. */
typedef struct oracle_span {
    bool never;      /* `expires` before the start */
    bool has_start;  /* false: from the beginning of time */
    int64_t start;
    bool has_end;    /* false: no end */
    int64_t last;    /* the last day in force */
} oracle_span;

typedef struct oracle {
    const sp_program *prog;
    uint32_t n_decls;
    oracle_span *spans;  /* one per agreement */
} oracle;

/* Sets o up over a parsed and checked program (kept borrowed).
 * @return false when out of memory. */
bool oracle_init(oracle *o, const sp_program *prog);
void oracle_free(oracle *o);

/* NULL when the program is valid for the parts of the language the checker
 * cannot decide without membership; else a static text saying what is wrong
 * (`N of G` out of range, `any of` an empty group, a notice by a party
 * outside `parties`, a term without a start). */
const char *oracle_invalid(const oracle *o);

enum { ORACLE_SCOPE_NAMED = 1, ORACLE_SCOPE_AUDIENCE };

/* One marking on the item ("Several markings on one item"). */
typedef struct oracle_marking {
    int kind;                    /* ORACLE_SCOPE_* */
    int32_t scope;               /* NAMED: a scope decl */
    const int32_t *audience;     /* AUDIENCE: party decls */
    size_t n_audience;
} oracle_marking;

typedef struct oracle_query {
    int32_t category, from, to;  /* decl indices */
    int32_t originator;          /* -1: the sender */
    const oracle_marking *markings; /* none, one or several */
    size_t n_markings;
    int32_t purpose;             /* -1: none */
    int64_t date;                /* days since 1970-01-01 */
    const int32_t *consents;     /* party decls */
    size_t n_consents;
} oracle_query;

/* A residual: a monotone boolean formula over parties. */
enum {
    ORACLE_F_TRUE = 1,
    ORACLE_F_PARTY,    /* party */
    ORACLE_F_AND,      /* kids */
    ORACLE_F_OR,       /* kids */
    ORACLE_F_ATLEAST   /* at least k of the kids (all of them PARTY nodes) */
};

typedef struct oracle_formula oracle_formula;
struct oracle_formula {
    int kind;
    int32_t party;
    uint32_t k;
    size_t n;
    oracle_formula **kids;
};

enum { ORACLE_ALLOW = 1, ORACLE_DENY = 2, ORACLE_NEEDS_CONSENT = 3 };

/* NEEDS_CONSENT: one applying allow rule and what it still needs. */
typedef struct oracle_candidate {
    int32_t rule;
    unsigned size;           /* the fewest further parties that satisfy it */
    unsigned parties;        /* how many distinct parties it names */
    oracle_formula *residual;
} oracle_candidate;

typedef struct oracle_result {
    int decision;            /* ORACLE_* */
    int32_t rule;            /* deciding rule, or -1 for the default deny */
    unsigned residual_size;  /* NEEDS_CONSENT only */
    oracle_formula *residual;/* NEEDS_CONSENT: the cited rule's (one of the
                                candidates) */
    oracle_candidate *candidates; /* NEEDS_CONSENT: every applying allow, in
                                     source order */
    size_t n_candidates;
} oracle_result;                 /* free with oracle_result_free */

/* Decides q.  @return false when out of memory. */
bool oracle_decide(const oracle *o, const oracle_query *q, oracle_result *out);
void oracle_result_free(oracle_result *r);

/* The value of a residual when exactly the parties with yes[p] (indexed by
 * decl) consent in addition to those already given. */
bool oracle_formula_holds(const oracle_formula *f, const bool *yes);

/* The fewest further parties that satisfy f: by trying every subset in
 * order of size (exhaustive), or by branch and bound.  The decision uses the
 * first for residuals naming at most 12 parties, the second above. */
unsigned oracle_formula_min(const oracle *o, const oracle_formula *f, bool exhaustive);

/* Marks in `mentioned` (indexed by decl) every party the formula names. */
void oracle_formula_parties(const oracle_formula *f, bool *mentioned);

/* Marks in `needed` (indexed by decl) every party that is in some minimal
 * satisfying set of f (docs/language.md, "Decisions"): a party whose
 * consent, for some consents of the others, decides f; found from f's
 * whole truth table over the parties it names.  @return false, marking
 * nothing, when f names more than `max` parties (at most 20); true
 * otherwise, or false when out of memory. */
bool oracle_formula_needed(const oracle *o, const oracle_formula *f, size_t max, bool *needed);

/* The formula as text into buf (truncated to size). */
void oracle_formula_text(const oracle *o, const oracle_formula *f, char *buf,
                         size_t size);

/* Every date where something may change, for picking query dates: agreement
 * starts and last days with their neighbours, renewal boundaries and notice
 * deadlines.  @return how many were written (at most max). */
size_t oracle_agreement_dates(const oracle *o, int64_t *out, size_t max);

#endif
