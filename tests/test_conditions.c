/* test_conditions.c — every row of the conditions table of docs/language.md,
 * "Conditions", the readings of scopes and audiences there and in
 * "Declarations", and sets with `except`. */
#include <stdio.h>

#include "helpers.h"

#define BASE                                                                   \
    "party MOD; party SDF in MOD; party METI; party IPA; party CAS;\n"          \
    "group signatories = MOD, METI, IPA;\n"                                     \
    "category c;\n"                                                             \
    "purpose response; purpose triage in response; purpose research;\n"         \
    "scope inside = signatories; scope tlp-red; scope mod-only = MOD;\n"

static sharepol_policy *when(const char *condition)
{
    char text[2048];
    snprintf(text, sizeof text, BASE "rule r allow c from * to * when %s;\n", condition);
    return compile_ok(text);
}

#define ALLOWED(p, q) expect_answer(p, q " at 2025-01-01", SHAREPOL_ALLOW, "r", NULL)
#define DENIED(p, q) expect_answer(p, q " at 2025-01-01", SHAREPOL_DENY, NULL, NULL)

/* `originator in SET`, with units counted in their organisation. */
static void originator_in(void **state)
{
    (void)state;
    sharepol_policy *p = when("originator in MOD");
    ALLOWED(p, "c from IPA to CAS originator SDF");
    DENIED(p, "c from IPA to CAS originator METI");
    ALLOWED(p, "c from MOD to CAS"); /* the originator defaults to the sender */
    sharepol_policy_release(p);
}

/* `from in SET` and `to in SET`. */
static void from_in_and_to_in(void **state)
{
    (void)state;
    sharepol_policy *p = when("from in signatories and to in CAS");
    ALLOWED(p, "c from SDF to CAS");
    DENIED(p, "c from CAS to CAS");
    DENIED(p, "c from MOD to METI");
    sharepol_policy_release(p);
}

/* `onward`: the sender is not the originator. */
static void onward(void **state)
{
    (void)state;
    sharepol_policy *p = when("onward");
    ALLOWED(p, "c from METI to CAS originator IPA");
    DENIED(p, "c from METI to CAS");
    DENIED(p, "c from METI to CAS originator METI");
    /* identity, not membership: a unit passing on its parent's item is onward */
    ALLOWED(p, "c from SDF to CAS originator MOD");
    sharepol_policy_release(p);
}

/* `marked S1, S2` and `unmarked`; an explicit audience is a marking, but
 * not one of the named scopes. */
static void marked_and_unmarked(void **state)
{
    (void)state;
    sharepol_policy *p = when("marked tlp-red, inside");
    ALLOWED(p, "c from MOD to CAS scope tlp-red");
    ALLOWED(p, "c from MOD to CAS scope inside");
    DENIED(p, "c from MOD to CAS scope mod-only");
    DENIED(p, "c from MOD to CAS");
    DENIED(p, "c from MOD to CAS scope {MOD}");
    sharepol_policy_release(p);
    p = when("unmarked");
    ALLOWED(p, "c from MOD to CAS");
    DENIED(p, "c from MOD to CAS scope tlp-red");
    DENIED(p, "c from MOD to CAS scope {}");
    sharepol_policy_release(p);
}

/* `to outside scope` / `to within scope`: both false without an audience. */
static void outside_and_within_scope(void **state)
{
    (void)state;
    sharepol_policy *p = when("to outside scope");
    ALLOWED(p, "c from MOD to CAS scope inside");
    DENIED(p, "c from MOD to IPA scope inside");
    DENIED(p, "c from MOD to CAS scope tlp-red");
    DENIED(p, "c from MOD to CAS");
    ALLOWED(p, "c from MOD to CAS scope {MOD, METI}");
    DENIED(p, "c from MOD to SDF scope {MOD}"); /* {MOD} contains SDF */
    ALLOWED(p, "c from MOD to CAS scope {}");
    sharepol_policy_release(p);
    p = when("to within scope");
    ALLOWED(p, "c from MOD to SDF scope mod-only");
    DENIED(p, "c from MOD to IPA scope mod-only");
    DENIED(p, "c from MOD to IPA scope tlp-red");
    DENIED(p, "c from MOD to IPA");
    ALLOWED(p, "c from MOD to IPA scope {IPA}");
    sharepol_policy_release(p);
}

/* `purpose in P`: narrower purposes count; false when none is given. */
static void purpose_in(void **state)
{
    (void)state;
    sharepol_policy *p = when("purpose in response");
    ALLOWED(p, "c from MOD to CAS purpose response");
    ALLOWED(p, "c from MOD to CAS purpose triage");
    DENIED(p, "c from MOD to CAS purpose research");
    DENIED(p, "c from MOD to CAS");
    sharepol_policy_release(p);
    p = when("not purpose in research");
    ALLOWED(p, "c from MOD to CAS");
    sharepol_policy_release(p);
}

/* `before DATE` is strictly before; `since DATE` is on or after. */
static void before_and_since(void **state)
{
    (void)state;
    sharepol_policy *p = when("before 2025-01-01");
    expect_answer(p, "c from MOD to CAS at 2024-12-31", SHAREPOL_ALLOW, "r", NULL);
    expect_answer(p, "c from MOD to CAS at 2025-01-01", SHAREPOL_DENY, NULL, NULL);
    sharepol_policy_release(p);
    p = when("since 2025-01-01");
    expect_answer(p, "c from MOD to CAS at 2024-12-31", SHAREPOL_DENY, NULL, NULL);
    expect_answer(p, "c from MOD to CAS at 2025-01-01", SHAREPOL_ALLOW, "r", NULL);
    sharepol_policy_release(p);
}

/* `not` binds tighter than `and`, which binds tighter than `or`. */
static void not_and_or_precedence(void **state)
{
    (void)state;
    /* read as (not onward and unmarked) or to in CAS */
    sharepol_policy *p = when("not onward and unmarked or to in CAS");
    ALLOWED(p, "c from MOD to IPA");
    DENIED(p, "c from MOD to IPA originator METI");
    ALLOWED(p, "c from MOD to CAS originator METI scope tlp-red");
    sharepol_policy_release(p);
    p = when("not (onward or marked tlp-red)");
    ALLOWED(p, "c from MOD to IPA");
    DENIED(p, "c from MOD to IPA scope tlp-red");
    sharepol_policy_release(p);
    p = when("not not onward");
    ALLOWED(p, "c from MOD to IPA originator METI");
    DENIED(p, "c from MOD to IPA");
    sharepol_policy_release(p);
}

/* `except` leaves out every party in the excepted name, units included;
 * `*` is every party. */
static void sets_with_except(void **state)
{
    (void)state;
    sharepol_policy *p = compile_ok(BASE "rule r allow c from * except MOD to signatories except IPA;\n");
    ALLOWED(p, "c from CAS to METI");
    DENIED(p, "c from SDF to METI");
    DENIED(p, "c from CAS to IPA");
    ALLOWED(p, "c from CAS to SDF");
    sharepol_policy_release(p);
}

/* A deny wins over every allow, citing the first deny in source order. */
static void deny_wins(void **state)
{
    (void)state;
    sharepol_policy *p = compile_ok(BASE
        "rule a allow c from * to *;\n"
        "rule d1 deny c from MOD to * when marked tlp-red;\n"
        "rule d2 deny c from * to CAS when marked tlp-red;\n");
    expect_answer(p, "c from MOD to CAS at 2025-01-01", SHAREPOL_ALLOW, "a", NULL);
    expect_answer(p, "c from MOD to CAS scope tlp-red at 2025-01-01", SHAREPOL_DENY, "d1", NULL);
    expect_answer(p, "c from IPA to CAS scope tlp-red at 2025-01-01", SHAREPOL_DENY, "d2", NULL);
    sharepol_policy_release(p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(originator_in),
        cmocka_unit_test(from_in_and_to_in),
        cmocka_unit_test(onward),
        cmocka_unit_test(marked_and_unmarked),
        cmocka_unit_test(outside_and_within_scope),
        cmocka_unit_test(purpose_in),
        cmocka_unit_test(before_and_since),
        cmocka_unit_test(not_and_or_precedence),
        cmocka_unit_test(sets_with_except),
        cmocka_unit_test(deny_wins),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
