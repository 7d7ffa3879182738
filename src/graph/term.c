/* term.c — start, fixed end, terms, renewals and notices.
 *
 * Periods follow one another: each starts where the previous ended and ends
 * at its start plus its length, clamped at month ends.  A notice counts
 * against the first period whose deadline (its last day minus the notice
 * period) is on or after the notice's date, and the agreement ends with that
 * period.  Deadlines only grow from one period to the next, so the earliest
 * notice always gives the earliest end: only it needs to be considered. */
#include "term.h"

static int32_t earlier(int32_t a, int32_t b)
{
    return a < b ? a : b;
}

static int32_t end_by_notice(const sp_agreement *ag, int32_t start, int32_t notice)
{
    sp_duration one_day = { 1, SP_DAYS };
    int32_t period_end = sp_date_add(start, ag->term, 1);
    for (;;) {
        if (period_end == SP_DATE_NOEND)
            return SP_DATE_NOEND; /* a period without end: a notice cannot end it */
        int32_t last_day = sp_date_add(period_end, one_day, -1);
        int32_t deadline = sp_date_add(last_day, ag->notice_period, -1);
        if (deadline >= notice)
            return period_end;
        period_end = sp_date_add(period_end, ag->renews, 1);
    }
}

void sp_term_period(const sp_agreement *ag, int32_t *start_out, int32_t *end_out)
{
    int32_t start = ag->effective.given ? ag->effective.date
                    : ag->signed_.given ? ag->signed_.date
                                        : SP_DATE_NOSTART;
    int32_t end = SP_DATE_NOEND;
    if (ag->expires.given) {
        sp_duration one_day = { 1, SP_DAYS };
        end = sp_date_add(ag->expires.date, one_day, 1);
    }
    if (ag->has_term && start != SP_DATE_NOSTART && ag->term.n > 0) {
        if (!ag->has_renews) {
            end = earlier(end, sp_date_add(start, ag->term, 1));
        } else if (ag->notices.n > 0 && ag->renews.n > 0) {
            int32_t first = ag->notices.v[0].date;
            for (uint32_t i = 1; i < ag->notices.n; i++)
                first = earlier(first, ag->notices.v[i].date);
            end = earlier(end, end_by_notice(ag, start, first));
        }
    }
    *start_out = start;
    *end_out = end;
}
