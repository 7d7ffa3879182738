/* suggest.h — "did you mean": the nearest of several names to a misspelt one. */
#ifndef SP_SUGGEST_H
#define SP_SUGGEST_H

#include "sp_internal.h"

typedef struct sp_suggest {
    const char *wanted;
    const char *best;   /* NULL until a close enough candidate is offered */
    unsigned best_cost;
} sp_suggest;

void sp_suggest_init(sp_suggest *s, const char *wanted);

/* Offers one candidate; keeps it when it is the closest so far and close
 * enough to be a likely misspelling (a case change, or an edit distance of
 * at most a third of the name, at least 1). */
void sp_suggest_offer(sp_suggest *s, const char *candidate);

#endif
