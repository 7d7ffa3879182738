/* test_agreements.c — when an agreement is in force (docs/language.md,
 * "Agreements"): starts, fixed ends, terms, renewals, notices in time and
 * late, month-end clamping. */
#include <stdio.h>

#include "helpers.h"

static sharepol_policy *agreement(const char *items)
{
    char text[2048];
    snprintf(text, sizeof text,
             "party A; party B; group ab = A, B; category c;\n"
             "agreement ag { parties ab; %s\n rule r allow c from A to B; }\n", items);
    return compile_ok(text);
}

static void in_force(const sharepol_policy *p, const char *date)
{
    char q[128];
    snprintf(q, sizeof q, "c from A to B at %s", date);
    expect_answer(p, q, SHAREPOL_ALLOW, "r", NULL);
}

static void not_in_force(const sharepol_policy *p, const char *date)
{
    char q[128];
    snprintf(q, sizeof q, "c from A to B at %s", date);
    expect_answer(p, q, SHAREPOL_DENY, NULL, NULL);
}

/* The first and last days as the public agreement info gives them. */
static void period_is(const sharepol_policy *p, const char *first, const char *last)
{
    const sharepol_agreement_info *ag = sharepol_agreement(p, 0);
    char buf[11];
    if (first) {
        sharepol_date_format(buf, ag->first_day);
        assert_string_equal(buf, first);
    } else {
        assert_int_equal(ag->first_day, SHAREPOL_DATE_NONE);
    }
    if (last) {
        sharepol_date_format(buf, ag->last_day);
        assert_string_equal(buf, last);
    } else {
        assert_int_equal(ag->last_day, SHAREPOL_DATE_NONE);
    }
}

/* Without dates an agreement is always in force. */
static void no_dates_always_in_force(void **state)
{
    (void)state;
    sharepol_policy *p = agreement("");
    in_force(p, "1900-01-01");
    in_force(p, "9999-12-31");
    period_is(p, NULL, NULL);
    sharepol_policy_release(p);
}

/* It starts when signed, or when `effective` says. */
static void signed_and_effective(void **state)
{
    (void)state;
    sharepol_policy *p = agreement("signed 2024-12-27;");
    not_in_force(p, "2024-12-26");
    in_force(p, "2024-12-27");
    in_force(p, "2090-01-01");
    sharepol_policy_release(p);
    p = agreement("signed 2024-12-27; effective 2025-01-01;");
    not_in_force(p, "2024-12-31");
    in_force(p, "2025-01-01");
    period_is(p, "2025-01-01", NULL);
    sharepol_policy_release(p);
}

/* `expires` is the last day in force; before the start: never in force. */
static void expires_is_the_last_day(void **state)
{
    (void)state;
    sharepol_policy *p = agreement("signed 2024-01-01; expires 2024-06-30;");
    in_force(p, "2024-06-30");
    not_in_force(p, "2024-07-01");
    period_is(p, "2024-01-01", "2024-06-30");
    sharepol_policy_release(p);
    p = agreement("signed 2024-01-01; expires 2023-12-31;");
    not_in_force(p, "2023-12-31");
    not_in_force(p, "2024-01-01");
    sharepol_policy_release(p);
}

/* A one-year term from 2024-12-27 covers up to 2025-12-26. */
static void term_without_renewal(void **state)
{
    (void)state;
    sharepol_policy *p = agreement("signed 2024-12-27; term 1y;");
    in_force(p, "2025-12-26");
    not_in_force(p, "2025-12-27");
    period_is(p, "2024-12-27", "2025-12-26");
    sharepol_policy_release(p);
}

/* Months clamp to the month's end: 2024-01-31 + 1mo = 2024-02-29. */
static void months_clamp(void **state)
{
    (void)state;
    sharepol_policy *p = agreement("signed 2024-01-31; term 1mo;");
    period_is(p, "2024-01-31", "2024-02-28");
    sharepol_policy_release(p);
    p = agreement("signed 2023-01-31; term 1mo;");
    period_is(p, "2023-01-31", "2023-02-27");
    sharepol_policy_release(p);
    /* renewal periods follow one another: 02-29, then 03-29 */
    p = agreement("signed 2024-01-31; term 1mo renews 1mo; notice by A on 2024-03-01;");
    period_is(p, "2024-01-31", "2024-03-28");
    sharepol_policy_release(p);
}

/* Without notice it renews for ever. */
static void renews_without_notice(void **state)
{
    (void)state;
    sharepol_policy *p = agreement("signed 2024-12-27; term 1y renews 1y unless notice 1mo;");
    in_force(p, "2026-06-01");
    in_force(p, "2124-06-01");
    period_is(p, "2024-12-27", NULL);
    sharepol_policy_release(p);
}

/* A notice on or before the deadline (last day minus N) ends the agreement
 * after that period; a later one counts against the next period. */
static void notices_in_time_and_late(void **state)
{
    (void)state;
    /* the deadline of the first period: 2025-12-26 minus 1mo = 2025-11-26 */
    sharepol_policy *p = agreement(
        "signed 2024-12-27; term 1y renews 1y unless notice 1mo; notice by A on 2025-11-26;");
    in_force(p, "2025-12-26");
    not_in_force(p, "2025-12-27");
    sharepol_policy_release(p);
    p = agreement(
        "signed 2024-12-27; term 1y renews 1y unless notice 1mo; notice by B on 2025-11-27;");
    in_force(p, "2025-12-27");
    in_force(p, "2026-12-26");
    not_in_force(p, "2026-12-27");
    period_is(p, "2024-12-27", "2026-12-26");
    sharepol_policy_release(p);
}

/* With several notices the earliest end wins; `notice 0d` means the last day. */
static void several_notices_and_zero_notice(void **state)
{
    (void)state;
    sharepol_policy *p = agreement(
        "signed 2024-12-27; term 1y renews 1y unless notice 1mo;"
        " notice by B on 2026-05-01; notice by A on 2025-01-10;");
    period_is(p, "2024-12-27", "2025-12-26");
    sharepol_policy_release(p);
    p = agreement("signed 2024-12-27; term 1y renews 1y; notice by A on 2025-12-26;");
    period_is(p, "2024-12-27", "2025-12-26");
    sharepol_policy_release(p);
}

/* A notice has no effect without `renews`; with `expires` too, the earlier
 * end wins. */
static void notice_without_renewal_and_expires(void **state)
{
    (void)state;
    sharepol_policy *p = agreement("signed 2024-01-01; term 2y; notice by A on 2024-02-01;");
    period_is(p, "2024-01-01", "2025-12-31");
    sharepol_policy_release(p);
    p = agreement("signed 2024-01-01; expires 2024-03-31; term 1y renews 1y;");
    period_is(p, "2024-01-01", "2024-03-31");
    sharepol_policy_release(p);
    p = agreement("signed 2024-01-01; expires 2030-03-31; term 1y;");
    period_is(p, "2024-01-01", "2024-12-31");
    sharepol_policy_release(p);
}

/* A unit of a signatory may give notice. */
static void a_unit_may_give_notice(void **state)
{
    (void)state;
    sharepol_policy *p = compile_ok(
        "party A; party A1 in A; party B; group ab = A, B; category c;\n"
        "agreement ag { parties ab; signed 2024-01-01; term 1y renews 1y;\n"
        "  notice by A1 on 2024-06-01; rule r allow c from A to B; }\n");
    period_is(p, "2024-01-01", "2024-12-31");
    sharepol_policy_release(p);
}

/* Date arithmetic past 9999-12-31 means no end. */
static void arithmetic_past_9999(void **state)
{
    (void)state;
    sharepol_policy *p = agreement("signed 9999-06-01; term 1y;");
    in_force(p, "9999-12-31");
    period_is(p, "9999-06-01", NULL);
    sharepol_policy_release(p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(no_dates_always_in_force),
        cmocka_unit_test(signed_and_effective),
        cmocka_unit_test(expires_is_the_last_day),
        cmocka_unit_test(term_without_renewal),
        cmocka_unit_test(months_clamp),
        cmocka_unit_test(renews_without_notice),
        cmocka_unit_test(notices_in_time_and_late),
        cmocka_unit_test(several_notices_and_zero_notice),
        cmocka_unit_test(notice_without_renewal_and_expires),
        cmocka_unit_test(a_unit_may_give_notice),
        cmocka_unit_test(arithmetic_past_9999),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
