/* test_spec_example.c — the first example of the language's specification
 * (docs/language.md opens with it, shortened), decided exactly as
 * docs/language.md, "Decisions", says. */
#include <stdlib.h>

#include "helpers.h"

static const char example[] =
    "party MOD  \"防衛省整備計画局\";\n"
    "party SDF  \"自衛隊\" in MOD;\n"
    "party METI \"経済産業省商務情報政策局\";\n"
    "party IPA  \"独立行政法人情報処理推進機構\";\n"
    "party CAS  \"内閣官房\";\n"
    "group signatories \"協定当事者\" = MOD, METI, IPA;\n"
    "category attack-methods;\n"
    "category threat-intel;\n"
    "category vulnerabilities in threat-intel;\n"
    "category recurrence-advice;\n"
    "category prevention;\n"
    "category research;\n"
    "scope signatories-only = signatories;\n"
    "agreement mod-meti-ipa-2024 {\n"
    "  parties signatories;\n"
    "  signed 2024-12-27;\n"
    "  term 1y renews 1y unless notice 1mo;\n"
    "  rule art-2-2 allow attack-methods, threat-intel, recurrence-advice, prevention\n"
    "      from signatories to signatories;\n"
    "  rule art-2-2-5 allow research from METI to signatories;\n"
    "  rule art-3-1 require consent of originator when to outside scope;\n"
    "  rule art-3-2 allow * from signatories to CAS with consent of all of signatories;\n"
    "  notice by METI on 2025-11-20;\n"
    "}\n";

static int setup(void **state)
{
    *state = compile_ok(example);
    return 0;
}

static int teardown(void **state)
{
    sharepol_policy_release(*state);
    return 0;
}

/* Mutual sharing among the signatories, by a narrower category. */
static void vulnerabilities_between_signatories_allowed(void **state)
{
    expect_answer(*state, "vulnerabilities from IPA to METI at 2025-06-01",
                  SHAREPOL_ALLOW, "art-2-2", NULL);
}

/* Art. 3(2): the sender consents itself; the two others are the residual. */
static void cabinet_secretariat_needs_the_two_others(void **state)
{
    expect_answer(*state, "vulnerabilities from IPA to CAS at 2025-06-01",
                  SHAREPOL_NEEDS_CONSENT, "art-3-2", "MOD and METI");
}

/* With every consent given the transfer is allowed by Art. 3(2). */
static void cabinet_secretariat_with_all_consents(void **state)
{
    expect_answer(*state, "vulnerabilities from IPA to CAS consent MOD, METI at 2025-06-01",
                  SHAREPOL_ALLOW, "art-3-2", NULL);
}

/* Research flows only from METI: a deny by default for IPA. */
static void research_only_from_meti(void **state)
{
    expect_answer(*state, "research from IPA to MOD at 2025-06-01", SHAREPOL_DENY, NULL, NULL);
    expect_answer(*state, "research from METI to SDF at 2025-06-01", SHAREPOL_ALLOW,
                  "art-2-2-5", NULL);
}

/* METI's notice of 2025-11-20 is in time: the last day in force is 2025-12-26. */
static void notice_ends_the_agreement(void **state)
{
    expect_answer(*state, "vulnerabilities from METI to IPA at 2025-12-26", SHAREPOL_ALLOW,
                  "art-2-2", NULL);
    expect_answer(*state, "vulnerabilities from METI to CAS at 2026-01-10", SHAREPOL_DENY,
                  NULL, NULL);
    expect_answer(*state, "vulnerabilities from METI to IPA at 2025-12-27", SHAREPOL_DENY,
                  NULL, NULL);
}

/* Before signing nothing is in force. */
static void nothing_before_signing(void **state)
{
    expect_answer(*state, "vulnerabilities from METI to IPA at 2024-12-26", SHAREPOL_DENY,
                  NULL, NULL);
    expect_answer(*state, "vulnerabilities from METI to IPA at 2024-12-27", SHAREPOL_ALLOW,
                  "art-2-2", NULL);
}

/* Art. 3(1): onward sharing beyond the designated scope needs the originator. */
static void outside_scope_needs_the_originator(void **state)
{
    expect_answer(*state,
                  "vulnerabilities from METI to CAS originator IPA scope signatories-only "
                  "consent MOD at 2025-06-01",
                  SHAREPOL_NEEDS_CONSENT, "art-3-2", "IPA");
    expect_answer(*state,
                  "vulnerabilities from METI to MOD originator IPA scope signatories-only "
                  "at 2025-06-01",
                  SHAREPOL_ALLOW, "art-2-2", NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(vulnerabilities_between_signatories_allowed),
        cmocka_unit_test(cabinet_secretariat_needs_the_two_others),
        cmocka_unit_test(cabinet_secretariat_with_all_consents),
        cmocka_unit_test(research_only_from_meti),
        cmocka_unit_test(notice_ends_the_agreement),
        cmocka_unit_test(nothing_before_signing),
        cmocka_unit_test(outside_scope_needs_the_originator),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
