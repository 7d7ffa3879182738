/* random_policy.c — small random policies for the white-box tests
 * (random_policy.h). */
#include "random_policy.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_LINES = 600, LINE = 200 };

typedef struct lines {
    char v[MAX_LINES][LINE];
    uint32_t n;
} lines;

/* Appends to s (of LINE bytes, holding len) a random SET over np parties
 * and the groups g0 .. g(ng - 1); @return the new length. */
static int put_set(rng *r, char *s, int len, uint32_t np, uint32_t ng)
{
    if (rng_chance(r, 15)) {
        len += snprintf(s + len, (size_t)(LINE - len), "*");
    } else {
        uint32_t k = 1 + rng_below(r, 3);
        for (uint32_t i = 0; i < k; i++) {
            bool group = ng > 0 && rng_chance(r, 40);
            len += snprintf(s + len, (size_t)(LINE - len), "%s%s%u", i ? ", " : "",
                            group ? "g" : "p", group ? rng_below(r, ng) : rng_below(r, np));
        }
    }
    if (rng_chance(r, 30))
        len += snprintf(s + len, (size_t)(LINE - len), " except p%u", rng_below(r, np));
    return len;
}

static void put_rule(rng *r, char *s, uint32_t np, uint32_t ng, uint32_t nc)
{
    static const char *const kinds[] = { "allow", "deny", "require consent of p0" };
    uint32_t kind = rng_below(r, 3);
    int len = snprintf(s, LINE, "%s ", kinds[kind]);
    if (kind == 2) {
        /* require: each part may be left out */
        if (rng_chance(r, 70))
            len += snprintf(s + len, (size_t)(LINE - len), "for ");
        else
            goto from;
    }
    if (rng_chance(r, 10))
        len += snprintf(s + len, (size_t)(LINE - len), "*");
    else if (rng_chance(r, 70))
        len += snprintf(s + len, (size_t)(LINE - len), "c%u", rng_below(r, nc));
    else
        len += snprintf(s + len, (size_t)(LINE - len), "c%u, c%u", rng_below(r, nc),
                        rng_below(r, nc));
from:
    if (kind != 2 || rng_chance(r, 70)) {
        len += snprintf(s + len, (size_t)(LINE - len), " from ");
        len = put_set(r, s, len, np, ng);
    }
    if (kind != 2 || rng_chance(r, 70)) {
        len += snprintf(s + len, (size_t)(LINE - len), " to ");
        len = put_set(r, s, len, np, ng);
    }
    snprintf(s + len, (size_t)(LINE - len), ";");
}

char *random_policy(rng *r, uint32_t max_parties)
{
    static lines l;
    l.n = 0;
    if (max_parties > 400)
        max_parties = 400;
    uint32_t np = 2 + rng_below(r, max_parties - 1), ng = rng_below(r, 12);
    uint32_t nc = 1 + rng_below(r, 20), nr = rng_below(r, 40);
    for (uint32_t p = 0; p < np; p++) {
        if (p > 0 && rng_chance(r, 60))
            snprintf(l.v[l.n++], LINE, "party p%u in p%u;", p, rng_below(r, p));
        else
            snprintf(l.v[l.n++], LINE, "party p%u;", p);
    }
    /* a group lists only groups of lower numbers: there is no cycle */
    for (uint32_t g = 0; g < ng; g++) {
        char *s = l.v[l.n++];
        int len = snprintf(s, LINE, "group g%u = ", g);
        len = put_set(r, s, len, np, g);
        snprintf(s + len, (size_t)(LINE - len), ";");
    }
    for (uint32_t c = 0; c < nc; c++) {
        char *s = l.v[l.n++];
        int len = snprintf(s, LINE, "category c%u", c);
        uint32_t k = c ? rng_below(r, 3) : 0;
        for (uint32_t i = 0; i < k; i++)
            len += snprintf(s + len, (size_t)(LINE - len), "%s c%u", i ? "," : " in",
                            rng_below(r, c));
        snprintf(s + len, (size_t)(LINE - len), ";");
    }
    /* declarations in any order; the rules keep theirs, after them */
    for (uint32_t i = l.n - 1; i > 0; i--) {
        uint32_t j = rng_below(r, i + 1);
        char t[LINE];
        memcpy(t, l.v[i], LINE);
        memcpy(l.v[i], l.v[j], LINE);
        memcpy(l.v[j], t, LINE);
    }
    for (uint32_t i = 0; i < nr; i++)
        put_rule(r, l.v[l.n++], np, ng, nc);
    size_t cap = (size_t)l.n * LINE + 1, len = 0;
    char *text = malloc(cap);
    if (!text)
        abort();
    text[0] = '\0';
    for (uint32_t i = 0; i < l.n; i++)
        len += (size_t)snprintf(text + len, cap - len, "%s\n", l.v[i]);
    return text;
}
