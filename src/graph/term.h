/* term.h — when an agreement is in force (docs/language.md, "Agreements"). */
#ifndef SP_TERM_H
#define SP_TERM_H

#include "ast.h"

/* The days [*start, *end) on which ag is in force; *start may be
 * SP_DATE_NOSTART and *end SP_DATE_NOEND.  An agreement that is never in
 * force has *end <= *start. */
void sp_term_period(const sp_agreement *ag, int32_t *start, int32_t *end);

#endif
