/* eval.h — deciding one query against a compiled policy (docs/language.md,
 * "Decisions").  Shared by sharepol_decide, explanations and residuals. */
#ifndef SP_EVAL_H
#define SP_EVAL_H

#include "ctx.h"
#include "graph.h"

#define SP_NO_RULE UINT32_MAX
/* At most this many distinct require rules may apply to one transfer. */
#define SP_MAX_REQUIRES 256
/* Applying allow rules a decision keeps at hand (more are walked again). */
#define SP_MAX_ALLOWS 256

/* Checks a public query and fills ctx.  @return SHAREPOL_OK or an error. */
int sp_eval_prepare(sp_ctx *ctx, const sharepol_policy *pol, const sharepol_query *q);

/* Is the recipient in the audience of a marking (a scope, or an explicit
 * audience when audience is not NULL)?  -1: the marking has none. */
int sp_eval_in_marking(const sp_ctx *ctx, int32_t scope, const sharepol_id *audience,
                       uint32_t n_audience);

/* Fills ctx->n_markings, and for a list of markings ctx->within from them
 * and the recipient already in ctx (once per query: the atoms read the
 * result). */
void sp_eval_markings(sp_ctx *ctx);

/* Where the recipient stands towards the audiences: SP_WITHIN_NO_AUDIENCE,
 * SP_WITHIN_OUTSIDE or SP_WITHIN_ALL. */
int sp_eval_within(const sp_ctx *ctx);

/* Does some marking of the item name one of the scopes of the `marked`
 * node? */
bool sp_eval_marked(const sp_ctx *ctx, uint32_t node);

/* Does the condition (a wnode index) hold? */
bool sp_eval_cond(const sp_ctx *ctx, uint32_t node);

/* Which side of a rule the index has already matched. */
enum {
    SP_MATCHED_FROM = 1,
    SP_MATCHED_TO = 2
};

/* Does rule r apply (agreement in force, the sides the index has not
 * matched, `when`)?  Its category has been matched by the index, and so
 * have the sides in `matched` (SP_MATCHED_* bits). */
bool sp_eval_applies(const sp_ctx *ctx, uint32_t r, unsigned matched);

/* The parts of a rule, in the order they are checked and explained. */
typedef enum sp_part {
    SP_PART_AGREEMENT, /* its agreement is in force */
    SP_PART_CATEGORY,
    SP_PART_FROM,
    SP_PART_TO,
    SP_PART_WHEN,
    SP_PART_ALL_HOLD   /* the rule applies */
} sp_part;

/* The first part of rule r that does not hold for the query, checking
 * everything (not only what the index leaves out). */
sp_part sp_eval_first_failing(const sp_ctx *ctx, uint32_t r);

/* Calls fn for each rule the index offers for the query's category, sender
 * and recipient, with the sides it has matched (a rule may come more than
 * once); stops when fn returns false. */
typedef bool (*sp_rule_fn)(const sp_ctx *ctx, uint32_t rule, unsigned matched, void *arg);
void sp_eval_candidates(const sp_ctx *ctx, sp_rule_fn fn, void *arg);

/* The decision, without allocating.  For needs consent, `requires` holds
 * the distinct applying require rules in source order (for residuals). */
typedef struct sp_decision {
    int decision;              /* SHAREPOL_ALLOW/DENY/NEEDS_CONSENT */
    uint32_t rule;             /* SP_NO_RULE for the default deny */
    unsigned residual_size;
    uint32_t requires[SP_MAX_REQUIRES];
    uint32_t n_requires;
    uint32_t allows[SP_MAX_ALLOWS]; /* scratch: the applying allow rules */
    uint32_t n_allows;
} sp_decision;

/* @return SHAREPOL_OK, or SHAREPOL_ELIMIT (too many require rules apply). */
int sp_eval_decide(const sp_ctx *ctx, sp_decision *out);

#endif
