/* diff_markings.c — the sets of markings of diff's classes as values that
 * mean the same in every class (diff_markings.h).  A class's set is a
 * combination of its kinds of scope with an audience; the scopes of each
 * kind in the combination form a group, and the queries it holds carry a
 * non-empty subset of every group and no other scope.  Equal groups and
 * audience mean the same queries however the class numbered its kinds, so
 * the groups, numbered by their first scope, are the key. */
#include <stdlib.h>
#include <string.h>

#include "diff_markings.h"

static uint64_t mul_sat(uint64_t a, uint64_t b)
{
    return b && a > UINT64_MAX / b ? UINT64_MAX : a * b;
}

static uint64_t add_sat(uint64_t a, uint64_t b)
{
    return a + b < a ? UINT64_MAX : a + b;
}

static uint64_t pow2_sat(size_t n)
{
    return n >= 64 ? UINT64_MAX : (uint64_t)1 << n;
}

void diff_markings_init(diff_markings *m, const sharepol_policy *po)
{
    memset(m, 0, sizeof *m);
    m->n_scopes = sharepol_count(po, SHAREPOL_KIND_SCOPE);
}

uint64_t diff_markings_space(const diff_markings *m)
{
    unsigned audiences = 3 + (m->moved & 1) + (m->moved >> 1 & 1);
    return mul_sat(audiences, pow2_sat(m->n_scopes));
}

static uint64_t hash_set(const int32_t *group, size_t n, int32_t audience)
{
    uint64_t h = 0xcbf29ce484222325u ^ (uint32_t)audience;
    for (size_t i = 0; i < n; i++) {
        h ^= (uint32_t)group[i];
        h *= 0x100000001b3u;
    }
    return h;
}

static bool same_set(const diff_marking_set *s, const int32_t *group, size_t n, int32_t audience)
{
    return s->audience == audience && !memcmp(s->group, group, n * sizeof *group);
}

static bool grow(diff_markings *m)
{
    size_t n_slots = m->n_slots ? 2 * m->n_slots : 64;
    size_t *slots = calloc(n_slots, sizeof *slots);
    if (!slots)
        return false;
    for (size_t i = 0; i < m->n; i++) {
        const diff_marking_set *s = &m->v[i];
        size_t at = hash_set(s->group, m->n_scopes, s->audience) & (n_slots - 1);
        while (slots[at])
            at = (at + 1) & (n_slots - 1);
        slots[at] = i + 1;
    }
    free(m->slots);
    m->slots = slots;
    m->n_slots = n_slots;
    return true;
}

/* The index of the set with these groups and audience, added if new, or
 * SIZE_MAX when out of memory. */
static size_t intern(diff_markings *m, int32_t *group, uint32_t n_groups, int32_t audience,
                     uint64_t count)
{
    if (2 * (m->n + 1) > m->n_slots && !grow(m))
        return SIZE_MAX;
    size_t at = hash_set(group, m->n_scopes, audience) & (m->n_slots - 1);
    for (; m->slots[at]; at = (at + 1) & (m->n_slots - 1))
        if (same_set(&m->v[m->slots[at] - 1], group, m->n_scopes, audience))
            return m->slots[at] - 1;
    if (m->n == m->cap) {
        size_t cap = m->cap ? 2 * m->cap : 16;
        diff_marking_set *v = realloc(m->v, cap * sizeof *v);
        if (!v)
            return SIZE_MAX;
        m->v = v;
        m->cap = cap;
    }
    int32_t *copy = malloc((m->n_scopes ? m->n_scopes : 1) * sizeof *copy);
    if (!copy)
        return SIZE_MAX;
    memcpy(copy, group, m->n_scopes * sizeof *copy);
    m->v[m->n] = (diff_marking_set){ copy, n_groups, audience, count };
    m->slots[at] = m->n + 1;
    return m->n++;
}

bool diff_markings_value(diff_markings *m, const sharepol_diff_class *c, size_t set,
                         int32_t *value)
{
    const sharepol_diff_marking *s = &c->marking_sets[set];
    if (s->audience == SHAREPOL_DIFF_AUDIENCE_OLD_ONLY)
        m->moved |= 1;
    if (s->audience == SHAREPOL_DIFF_AUDIENCE_NEW_ONLY)
        m->moved |= 2;
    int32_t *group = malloc((m->n_scopes ? m->n_scopes : 1) * sizeof *group);
    int32_t label[32];
    uint32_t size[32] = { 0 };
    if (!group)
        return false;
    for (size_t k = 0; k < 32; k++)
        label[k] = -1;
    uint32_t n_groups = 0;
    int32_t last = -1;
    for (size_t i = 0; i < m->n_scopes; i++) {
        int32_t k = c->marking_kinds ? c->marking_kinds[i] : -1;
        group[i] = -1;
        if (k < 0 || k >= 32 || !((s->kinds >> k) & 1))
            continue;
        if (label[k] < 0)
            label[k] = (int32_t)n_groups++;
        group[i] = label[k];
        size[label[k]]++;
        last = (int32_t)i;
    }
    uint64_t count = 1;
    for (uint32_t g = 0; g < n_groups; g++)
        count = mul_sat(count, pow2_sat(size[g]) - 1);
    /* a single marking keeps the library's number */
    if (n_groups == 0) {
        *value = s->audience == SHAREPOL_DIFF_NO_AUDIENCE ? SHAREPOL_DIFF_UNMARKED : s->audience;
    } else if (n_groups == 1 && size[0] == 1 && s->audience == SHAREPOL_DIFF_NO_AUDIENCE) {
        *value = last;
    } else {
        size_t i = intern(m, group, n_groups, s->audience, count);
        if (i == SIZE_MAX) {
            free(group);
            return false;
        }
        *value = DIFF_MARKING_SET_FIRST + (int32_t)i;
    }
    free(group);
    return true;
}

const diff_marking_set *diff_markings_set(const diff_markings *m, int32_t value)
{
    if (value < DIFF_MARKING_SET_FIRST || value >= DIFF_MARKING_SET_FIRST + (int32_t)m->n)
        return NULL;
    return &m->v[value - DIFF_MARKING_SET_FIRST];
}

uint64_t diff_markings_count(const diff_markings *m, int32_t value)
{
    const diff_marking_set *s = diff_markings_set(m, value);
    return s ? s->count : 1;
}

/* The total of a dimension's values. */
uint64_t diff_markings_total(const diff_markings *m, const int32_t *values, size_t n)
{
    uint64_t total = 0;
    for (size_t i = 0; i < n; i++)
        total = add_sat(total, diff_markings_count(m, values[i]));
    return total;
}

void diff_markings_free(diff_markings *m)
{
    for (size_t i = 0; i < m->n; i++)
        free(m->v[i].group);
    free(m->v);
    free(m->slots);
    memset(m, 0, sizeof *m);
}
