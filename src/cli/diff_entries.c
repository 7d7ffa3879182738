/* diff_entries.c — merges the classes of a diff into entries for a reader
 * (diff_entries.h).  The union of two classes is exact when their values
 * are equal in every dimension but one: the product of the values is then
 * the two products together.  For the days, the intervals must also touch,
 * so that the union is one interval.  An originator set reads as "the
 * sender itself, or one of these parties other than the sender", so the
 * union of two such sets is again exact.  Only classes with the same old
 * and new answer (decision, rule name, residual) and the same consents in
 * their examples are merged, so the first class's example stands for all.
 *
 * Merging runs dimension by dimension, over and over until nothing merges:
 * the entries are sorted so that the ones equal in every other dimension
 * are next to each other, and neighbours that agree are joined. */
#include <stdlib.h>
#include <string.h>

#include "diff_entries.h"

typedef struct merger {
    const sharepol_diff *d;
    int dim;              /* the dimension being merged; DIFF_DIMS: the days */
} merger;

static int compare_strings(const char *a, const char *b)
{
    if (!a || !b)
        return (a != NULL) - (b != NULL);
    return strcmp(a, b);
}

static int compare_result(const sharepol_result *a, const char *ra, const sharepol_result *b,
                          const char *rb)
{
    if (a->decision != b->decision)
        return a->decision < b->decision ? -1 : 1;
    int c = compare_strings(a->rule ? a->rule->name : NULL, b->rule ? b->rule->name : NULL);
    return c ? c : compare_strings(ra, rb);
}

/* The answers and the example's consents: what must be equal to merge. */
static int compare_answers(const sharepol_diff_class *a, const sharepol_diff_class *b)
{
    int c = compare_result(&a->old_result, a->old_residual, &b->old_result, b->old_residual);
    if (!c)
        c = compare_result(&a->new_result, a->new_residual, &b->new_result, b->new_residual);
    if (c)
        return c;
    if (a->old_query.n_consents != b->old_query.n_consents)
        return a->old_query.n_consents < b->old_query.n_consents ? -1 : 1;
    for (size_t i = 0; i < a->old_query.n_consents; i++)
        if (a->old_query.consents[i] != b->old_query.consents[i])
            return a->old_query.consents[i] < b->old_query.consents[i] ? -1 : 1;
    return 0;
}

static int compare_values(const diff_values *a, const diff_values *b)
{
    if (a->n != b->n)
        return a->n < b->n ? -1 : 1;
    for (size_t i = 0; i < a->n; i++)
        if (a->v[i] != b->v[i])
            return a->v[i] < b->v[i] ? -1 : 1;
    return 0;
}

static int compare_days(const diff_entry *a, const diff_entry *b)
{
    if (a->first_day != b->first_day)
        return a->first_day < b->first_day ? -1 : 1;
    if (a->last_day != b->last_day)
        return a->last_day < b->last_day ? -1 : 1;
    return 0;
}

/* Equal (0) when a and b may merge in m->dim.  with_dim: the dimension
 * itself breaks ties, last, so that the entries that may merge sort next to
 * each other (and day intervals in order). */
static int compare_except(const merger *m, const diff_entry *a, const diff_entry *b,
                          bool with_dim)
{
    int c = compare_answers(sharepol_diff_class_at(m->d, a->classes[0]),
                            sharepol_diff_class_at(m->d, b->classes[0]));
    for (int k = 0; !c && k < DIFF_DIMS; k++)
        if (k != m->dim)
            c = compare_values(&a->dims[k], &b->dims[k]);
    if (!c && m->dim != DIFF_DIMS)
        c = compare_days(a, b);
    if (!c && with_dim)
        c = m->dim == DIFF_DIMS ? compare_days(a, b) : compare_values(&a->dims[m->dim], &b->dims[m->dim]);
    return c;
}

/* A merge sort of entry pointers (qsort has no context). */
static void sort_entries(const merger *m, diff_entry **v, diff_entry **tmp, size_t n)
{
    if (n < 2)
        return;
    size_t half = n / 2;
    sort_entries(m, v, tmp, half);
    sort_entries(m, v + half, tmp, n - half);
    size_t i = 0, j = half, k = 0;
    while (i < half && j < n)
        tmp[k++] = compare_except(m, v[j], v[i], true) < 0 ? v[j++] : v[i++];
    while (i < half)
        tmp[k++] = v[i++];
    while (j < n)
        tmp[k++] = v[j++];
    memcpy(v, tmp, n * sizeof *v);
}

static bool union_values(diff_values *a, const diff_values *b)
{
    int32_t *v = malloc((a->n + b->n) * sizeof *v);
    if (!v)
        return false;
    size_t i = 0, j = 0, n = 0;
    while (i < a->n || j < b->n) {
        if (j == b->n || (i < a->n && a->v[i] < b->v[j]))
            v[n++] = a->v[i++];
        else if (i == a->n || b->v[j] < a->v[i])
            v[n++] = b->v[j++];
        else {
            v[n++] = a->v[i++];
            j++;
        }
    }
    free(a->v);
    a->v = v;
    a->n = n;
    return true;
}

static void entry_free(diff_entry *e)
{
    free(e->classes);
    for (int k = 0; k < DIFF_DIMS; k++)
        free(e->dims[k].v);
    memset(e, 0, sizeof *e);
}

/* Moves b into a (the union in dimension dim, days when DIFF_DIMS). */
static bool entry_absorb(diff_entry *a, diff_entry *b, int dim)
{
    if (dim < DIFF_DIMS && !union_values(&a->dims[dim], &b->dims[dim]))
        return false;
    if (dim == DIFF_DIMS)
        a->last_day = b->last_day;
    size_t *classes = malloc((a->n_classes + b->n_classes) * sizeof *classes);
    if (!classes)
        return false;
    size_t i = 0, j = 0, n = 0;
    while (i < a->n_classes || j < b->n_classes)
        classes[n++] = j == b->n_classes || (i < a->n_classes && a->classes[i] < b->classes[j])
                           ? a->classes[i++]
                           : b->classes[j++];
    free(a->classes);
    a->classes = classes;
    a->n_classes = n;
    a->size = a->size + b->size < a->size ? UINT64_MAX : a->size + b->size;
    entry_free(b);
    return true;
}

static int compare_ids(const void *a, const void *b)
{
    int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
    return (x > y) - (x < y);
}

static bool copy_values(diff_values *out, const int32_t *v, size_t n)
{
    out->v = malloc((n ? n : 1) * sizeof *out->v);
    if (!out->v)
        return false;
    if (n)
        memcpy(out->v, v, n * sizeof *v);
    out->n = n;
    qsort(out->v, n, sizeof *out->v, compare_ids);
    return true;
}

/* The values of the class's sets of markings, sorted. */
static bool marking_values(diff_values *out, diff_markings *markings, const sharepol_diff_class *c)
{
    out->v = malloc((c->n_marking_sets ? c->n_marking_sets : 1) * sizeof *out->v);
    if (!out->v)
        return false;
    out->n = 0;
    for (size_t i = 0; i < c->n_marking_sets; i++)
        if (!diff_markings_value(markings, c, i, &out->v[out->n++]))
            return false;
    qsort(out->v, out->n, sizeof *out->v, compare_ids);
    return true;
}

static bool entry_of_class(diff_entry *e, const diff_entries *all, diff_markings *markings,
                           const sharepol_diff_class *c, size_t index)
{
    memset(e, 0, sizeof *e);
    e->classes = malloc(sizeof *e->classes);
    if (!e->classes)
        return false;
    e->classes[0] = index;
    e->n_classes = 1;
    e->size = c->size;
    e->first_day = c->first_day;
    e->last_day = c->last_day;
    bool ok = copy_values(&e->dims[DIFF_DIM_CATEGORY], c->categories, c->n_categories) &&
              copy_values(&e->dims[DIFF_DIM_FROM], c->from, c->n_from) &&
              copy_values(&e->dims[DIFF_DIM_TO], c->to, c->n_to) &&
              marking_values(&e->dims[DIFF_DIM_MARKING], markings, c) &&
              copy_values(&e->dims[DIFF_DIM_PURPOSE], c->purposes, c->n_purposes);
    diff_values *o = &e->dims[DIFF_DIM_ORIGINATOR];
    if (ok && c->originator_mode == SHAREPOL_DIFF_ORIGINATOR_OTHER) {
        ok = copy_values(o, c->originators, c->n_originators);
    } else if (ok) {
        bool any = c->originator_mode == SHAREPOL_DIFF_ORIGINATOR_ANY;
        ok = copy_values(o, all->parties, any ? all->n_parties : 0);
        int32_t sender = DIFF_ORIGINATOR_SENDER;
        diff_values s = { &sender, 1 };
        ok = ok && union_values(o, &s);
    }
    return ok;
}

/* One round over every dimension.  @return how many entries merged away,
 * or -1 when out of memory. */
static long merge_round(diff_entries *out, const sharepol_diff *d, diff_entry **v,
                        diff_entry **tmp)
{
    long merged = 0;
    for (int dim = 0; dim <= DIFF_DIMS; dim++) {
        merger m = { d, dim };
        size_t n = 0;
        for (size_t i = 0; i < out->n; i++)
            if (out->v[i].n_classes)
                v[n++] = &out->v[i];
        sort_entries(&m, v, tmp, n);
        for (size_t i = 0; i < n;) {
            size_t j = i + 1;
            for (; j < n && !compare_except(&m, v[i], v[j], false); j++) {
                if (dim == DIFF_DIMS && v[i]->last_day + 1 != v[j]->first_day)
                    break;
                if (!entry_absorb(v[i], v[j], dim))
                    return -1;
                merged++;
            }
            i = j;
        }
    }
    return merged;
}

static int compare_first_class(const void *a, const void *b)
{
    size_t x = ((const diff_entry *)a)->classes[0], y = ((const diff_entry *)b)->classes[0];
    return (x > y) - (x < y);
}

bool diff_entries_build(diff_entries *out, const sharepol_policy *po, const sharepol_policy *pn,
                        const sharepol_diff *d, diff_markings *markings, bool merge)
{
    memset(out, 0, sizeof *out);
    size_t n = sharepol_diff_count(d), parties = sharepol_count(po, SHAREPOL_KIND_PARTY);
    out->parties = malloc((parties ? parties : 1) * sizeof *out->parties);
    out->v = calloc(n ? n : 1, sizeof *out->v);
    diff_entry **v = malloc((n ? n : 1) * sizeof *v), **tmp = malloc((n ? n : 1) * sizeof *tmp);
    bool ok = out->parties && out->v && v && tmp;
    for (sharepol_id i = 0; ok && (size_t)i < parties; i++)
        if (sharepol_kind_of(pn, sharepol_name(po, SHAREPOL_KIND_PARTY, i)) ==
            SHAREPOL_KIND_PARTY)
            out->parties[out->n_parties++] = i;
    while (ok && out->n < n) {
        /* counted first, so that a half-made entry is freed too */
        size_t i = out->n++;
        ok = entry_of_class(&out->v[i], out, markings, sharepol_diff_class_at(d, i), i);
    }
    if (ok && merge) {
        long merged;
        while ((merged = merge_round(out, d, v, tmp)) > 0)
            ;
        ok = merged == 0;
    }
    free(v);
    free(tmp);
    if (!ok) {
        diff_entries_free(out);
        return false;
    }
    size_t kept = 0;
    for (size_t i = 0; i < out->n; i++)
        if (out->v[i].n_classes)
            out->v[kept++] = out->v[i];
    out->n = kept;
    qsort(out->v, out->n, sizeof *out->v, compare_first_class);
    return true;
}

void diff_entries_free(diff_entries *entries)
{
    for (size_t i = 0; entries->v && i < entries->n; i++)
        entry_free(&entries->v[i]);
    free(entries->v);
    free(entries->parties);
    memset(entries, 0, sizeof *entries);
}
