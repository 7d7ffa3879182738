/* ctx.h — a query made ready for the evaluator: every default filled in and
 * every id checked (sp_eval_prepare fills it).  Its own header so that the
 * consent modules, which read it, need nothing of eval.h, and eval.c can
 * use them without a cycle. */
#ifndef SP_CTX_H
#define SP_CTX_H

#include "graph.h"

typedef struct sp_ctx {
    const sharepol_policy *pol;
    uint32_t cat, from, to, originator;
    /* The item's markings: at most one in scope or audience (the query's
     * single-marking fields), or a list in markings; sp_eval_markings then
     * fills n_markings, and for a list `within` from it and `to`. */
    int32_t scope;                /* -1: none */
    const sharepol_id *audience;  /* explicit audience, when has_audience */
    uint32_t n_audience;
    bool has_audience;
    const sharepol_marking *markings; /* the list, or NULL */
    uint32_t n_markings;          /* how many markings, in either form */
    int8_t within;                /* SP_WITHIN_*; SP_WITHIN_LATER for one
                                     marking, read when an atom asks
                                     (sp_eval_within) */
    int32_t purpose;              /* -1: none */
    int32_t date;
    const sharepol_id *consents;
    uint32_t n_consents;
    uint64_t given_filter;        /* bit p % 64 for the sender and each
                                     consent: most parties that have not
                                     consented are told at once */
} sp_ctx;

/* The recipient and the audiences of the item's markings. */
enum {
    SP_WITHIN_NO_AUDIENCE = -1, /* no marking has an audience */
    SP_WITHIN_OUTSIDE = 0,      /* some audience leaves the recipient out */
    SP_WITHIN_ALL = 1,          /* the recipient is in every audience */
    SP_WITHIN_LATER = 2         /* not worked out yet */
};

/* Has party p consented (the sender always has)? */
static inline bool sp_ctx_given(const sp_ctx *ctx, uint32_t p)
{
    if (!((ctx->given_filter >> (p & 63)) & 1))
        return false;
    if (p == ctx->from)
        return true;
    for (uint32_t i = 0; i < ctx->n_consents; i++)
        if ((uint32_t)ctx->consents[i] == p)
            return true;
    return false;
}

#endif
