/* suggest.c — bounded Damerau-Levenshtein distance for "did you mean". */
#include "suggest.h"

#include <string.h>

#define MAX_LEN 64 /* longer names are not worth suggesting for */

static char fold(char c)
{
    return (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
}

/* Distance with transpositions; a change of case alone costs nothing here
 * (it is weighed by the caller). */
static unsigned distance(const char *a, size_t n, const char *b, size_t m)
{
    unsigned rows[3][MAX_LEN + 1];
    unsigned *prev2 = rows[0], *prev = rows[1], *cur = rows[2];
    for (size_t j = 0; j <= m; j++)
        prev[j] = (unsigned)j;
    for (size_t i = 1; i <= n; i++) {
        cur[0] = (unsigned)i;
        for (size_t j = 1; j <= m; j++) {
            unsigned cost = fold(a[i - 1]) == fold(b[j - 1]) ? 0 : 1;
            unsigned v = prev[j] + 1;
            if (cur[j - 1] + 1 < v)
                v = cur[j - 1] + 1;
            if (prev[j - 1] + cost < v)
                v = prev[j - 1] + cost;
            if (i > 1 && j > 1 && fold(a[i - 1]) == fold(b[j - 2]) &&
                fold(a[i - 2]) == fold(b[j - 1]) && prev2[j - 2] + 1 < v)
                v = prev2[j - 2] + 1;
            cur[j] = v;
        }
        unsigned *t = prev2;
        prev2 = prev;
        prev = cur;
        cur = t;
    }
    return prev[m];
}

void sp_suggest_init(sp_suggest *s, const char *wanted)
{
    s->wanted = wanted;
    s->best = NULL;
    s->best_cost = UINT32_MAX;
}

void sp_suggest_offer(sp_suggest *s, const char *candidate)
{
    size_t n = strlen(s->wanted), m = strlen(candidate);
    if (n > MAX_LEN || m > MAX_LEN || strcmp(s->wanted, candidate) == 0)
        return;
    /* Twice the distance, plus one when only letter case differs, so that an
     * exact case-insensitive match beats any real edit. */
    unsigned d = distance(s->wanted, n, candidate, m);
    unsigned cost = d * 2 + 1;
    unsigned limit = (unsigned)(n / 3 > 1 ? n / 3 : 1);
    if (d > limit)
        return;
    if (cost < s->best_cost) {
        s->best = candidate;
        s->best_cost = cost;
    }
}
