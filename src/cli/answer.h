/* answer.h — one query object in, one answer object out: the answers of
 * `sharepol eval`'s general (jansson) way and of `sharepol serve`, from one
 * function, so the two can never answer differently. */
#ifndef SHAREPOL_ANSWER_H
#define SHAREPOL_ANSWER_H

#include <jansson.h>

#include "eval_plain.h"

/* Answers one parsed query (docs/sharepol.1, "eval"): a new object
 * {"id", "decision", "rule", "location", "residual"} or, when the query
 * cannot be answered, {"id", "error"} (a caller may append more keys, e.g.
 * eval's "line").  "id" is echoed when query is an object that has one.
 * lq is scratch room for the query's ids; default_at is the date of a
 * query without "at".  *decision (if not NULL) receives SHAREPOL_ALLOW,
 * SHAREPOL_DENY or SHAREPOL_NEEDS_CONSENT, or 0 for an error answer.
 * @return the answer (the caller owns it), or NULL when out of memory. */
json_t *answer_query(const sharepol_policy *policy, json_t *query, int32_t default_at,
                     line_query *lq, int *decision);

/* Reads the fields of a query object into lq->q (ids looked up in policy).
 * @return false, with lq->error saying why, when it is not a query. */
bool answer_read_query(const sharepol_policy *policy, json_t *query, int32_t default_at,
                       line_query *lq);

/* {"id": id, "error": message}; id may be NULL (no "id" key).  A message
 * that is not UTF-8 (jansson's quote the input) has its other bytes shown
 * as '?'.  @return the new object, or NULL when out of memory. */
json_t *answer_error(json_t *id, const char *message);


#endif
