/* eval_plain.h — one line of `sharepol eval`: the query it asks, and the
 * plain way of answering it (eval_plain.c).
 *
 * Almost every line of a stream is plain: one object whose keys are known and
 * appear once, whose strings are printable ASCII without escapes, and whose
 * names the policy declares.  Such a line is read and answered without
 * building JSON trees.  Any other line (and any line whose answer would need
 * escaping) is declined before anything is written, and goes the general way
 * (cmd_eval.c), which gives a plain line the same answer byte for byte. */
#ifndef SHAREPOL_EVAL_PLAIN_H
#define SHAREPOL_EVAL_PLAIN_H

#include <stdbool.h>
#include <stddef.h>

#include "sharepol.h"

#define EVAL_MAX_LIST 4096 /* consents or audience members per line */

/* A line's query, with room for its lists. */
typedef struct line_query {
    sharepol_query q;
    sharepol_id consents[EVAL_MAX_LIST];
    sharepol_id audience[EVAL_MAX_LIST];
    sharepol_marking markings[SHAREPOL_MAX_MARKINGS];
    sharepol_id marking_parties[EVAL_MAX_LIST]; /* their audiences, together */
    char error[512];
} line_query;

/* What the plain way keeps from one line to the next: each rule's
 * `,"rule":...,"location":...` as answers write it, made the first time the
 * rule decides a line, since a stream is decided by few rules, many times
 * over. */
typedef struct eval_plain {
    char **rule_texts; /* by rule index; NULL until made */
    size_t n_rules;    /* 0 when there was no memory for them: made every time */
} eval_plain;

void eval_plain_init(eval_plain *ep, const sharepol_policy *policy);
void eval_plain_free(eval_plain *ep);

/* Writes a plain line's answer object (no newline) into out, cap bytes,
 * using lq for its query; *decision (if not NULL) receives the decision.
 * The bytes are those json_dumps gives the general way's answer
 * (answer.c) with JSON_PRESERVE_ORDER | JSON_COMPACT | JSON_ENSURE_ASCII.
 * `serve` answers the plain queries of a batch with it.
 * @return the answer's length, or 0 to decline the line. */
size_t eval_plain_format(eval_plain *ep, const sharepol_policy *policy, const char *text,
                         size_t len, int32_t default_at, line_query *lq, char *out, size_t cap,
                         int *decision);

/* Answers a plain line on stdout, using lq for its query.
 * @return false (nothing written) to decline it. */
bool eval_plain_answer(eval_plain *ep, const sharepol_policy *policy, const char *text,
                       size_t len, int32_t default_at, line_query *lq);

#endif
