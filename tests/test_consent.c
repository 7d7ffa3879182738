/* test_consent.c — every row of the consent table of docs/language.md,
 * "Consent", the sender's implicit consent, consent by the party itself, and
 * residuals ("Decisions", step 5 and "Residuals"). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"

/* Parties: an organisation with a unit, three signatories, outsiders. */
#define PARTIES                                                                \
    "party MOD; party SDF in MOD; party METI; party IPA; party CAS; party X;\n" \
    "group signatories = MOD, METI, IPA;\n"                                     \
    "group partners = X, signatories;\n"                                        \
    "group nobody = MOD except MOD;\n"                                          \
    "category c;\n"

static sharepol_policy *with_rule(const char *rule)
{
    char text[2048];
    snprintf(text, sizeof text, PARTIES "%s\n", rule);
    return compile_ok(text);
}

/* `originator`: the item's originator must consent. */
static void originator_must_consent(void **state)
{
    (void)state;
    sharepol_policy *p = with_rule("rule r allow c from * to * with consent of originator;");
    expect_answer(p, "c from METI to CAS originator IPA at 2025-01-01", SHAREPOL_NEEDS_CONSENT,
                  "r", "IPA");
    expect_answer(p, "c from METI to CAS originator IPA consent IPA at 2025-01-01",
                  SHAREPOL_ALLOW, "r", NULL);
    /* an originator sharing its own item never needs its own consent */
    expect_answer(p, "c from IPA to CAS at 2025-01-01", SHAREPOL_ALLOW, "r", NULL);
    sharepol_policy_release(p);
}

/* NAME: that party's consent. */
static void a_named_party_must_consent(void **state)
{
    (void)state;
    sharepol_policy *p = with_rule("rule r allow c from * to * with consent of CAS;");
    expect_answer(p, "c from METI to IPA at 2025-01-01", SHAREPOL_NEEDS_CONSENT, "r", "CAS");
    expect_answer(p, "c from METI to IPA consent CAS at 2025-01-01", SHAREPOL_ALLOW, "r", NULL);
    sharepol_policy_release(p);
}

/* `all of G`: every member party, members of nested groups included. */
static void all_of_a_group(void **state)
{
    (void)state;
    sharepol_policy *p = with_rule("rule r allow c from * to * with consent of all of partners;");
    expect_answer(p, "c from CAS to IPA at 2025-01-01", SHAREPOL_NEEDS_CONSENT, "r",
                  "MOD and METI and IPA and X");
    expect_answer(p, "c from MOD to IPA consent X at 2025-01-01", SHAREPOL_NEEDS_CONSENT, "r",
                  "METI and IPA");
    expect_answer(p, "c from MOD to IPA consent X, METI, IPA at 2025-01-01", SHAREPOL_ALLOW,
                  "r", NULL);
    sharepol_policy_release(p);
}

/* `any of G`: at least one member party. */
static void any_of_a_group(void **state)
{
    (void)state;
    sharepol_policy *p = with_rule("rule r allow c from * to * with consent of any of signatories;");
    expect_answer(p, "c from CAS to X at 2025-01-01", SHAREPOL_NEEDS_CONSENT, "r",
                  "any of {MOD, METI, IPA}");
    expect_answer(p, "c from CAS to X consent IPA at 2025-01-01", SHAREPOL_ALLOW, "r", NULL);
    expect_answer(p, "c from METI to X at 2025-01-01", SHAREPOL_ALLOW, "r", NULL);
    sharepol_policy_release(p);
}

/* `N of G`: at least N distinct member parties. */
static void n_of_a_group(void **state)
{
    (void)state;
    sharepol_policy *p = with_rule("rule r allow c from * to * with consent of 2 of signatories;");
    expect_answer(p, "c from CAS to X at 2025-01-01", SHAREPOL_NEEDS_CONSENT, "r",
                  "2 of {MOD, METI, IPA}");
    /* docs/language.md's example: 2 of G with MOD given is 1 of {METI, IPA} */
    expect_answer(p, "c from CAS to X consent MOD at 2025-01-01", SHAREPOL_NEEDS_CONSENT, "r",
                  "1 of {METI, IPA}");
    /* the same consent twice counts once */
    expect_answer(p, "c from CAS to X consent MOD, MOD at 2025-01-01", SHAREPOL_NEEDS_CONSENT,
                  "r", "1 of {METI, IPA}");
    expect_answer(p, "c from CAS to X consent MOD, IPA at 2025-01-01", SHAREPOL_ALLOW, "r", NULL);
    /* the sender counts as one */
    expect_answer(p, "c from METI to X consent IPA at 2025-01-01", SHAREPOL_ALLOW, "r", NULL);
    sharepol_policy_release(p);
}

/* `C1 and C2`, `C1 or C2`, parentheses; `and` binds tighter than `or`. */
static void and_or_and_precedence(void **state)
{
    (void)state;
    sharepol_policy *p = with_rule("rule r allow c from * to * with consent of CAS or METI and IPA;");
    expect_answer(p, "c from X to MOD consent CAS at 2025-01-01", SHAREPOL_ALLOW, "r", NULL);
    expect_answer(p, "c from X to MOD consent METI at 2025-01-01", SHAREPOL_NEEDS_CONSENT, "r",
                  "CAS or IPA");
    expect_answer(p, "c from X to MOD consent METI, IPA at 2025-01-01", SHAREPOL_ALLOW, "r", NULL);
    sharepol_policy_release(p);
    p = with_rule("rule r allow c from * to * with consent of (CAS or METI) and IPA;");
    expect_answer(p, "c from X to MOD consent CAS at 2025-01-01", SHAREPOL_NEEDS_CONSENT, "r",
                  "IPA");
    expect_answer(p, "c from X to MOD at 2025-01-01", SHAREPOL_NEEDS_CONSENT, "r",
                  "(CAS or METI) and IPA");
    sharepol_policy_release(p);
    /* docs/language.md's: (METI and MOD) or CAS with METI given is MOD or CAS */
    p = with_rule("rule r allow c from * to * with consent of (METI and MOD) or CAS;");
    expect_answer(p, "c from X to IPA consent METI at 2025-01-01", SHAREPOL_NEEDS_CONSENT, "r",
                  "MOD or CAS");
    sharepol_policy_release(p);
}

/* Consent is given by a party itself: not by its unit, not by its parent. */
static void consent_is_by_the_party_itself(void **state)
{
    (void)state;
    sharepol_policy *p = with_rule("rule r allow c from * to * with consent of MOD;");
    expect_answer(p, "c from X to CAS consent SDF at 2025-01-01", SHAREPOL_NEEDS_CONSENT, "r",
                  "MOD");
    /* the sender's consent is its own: a unit sending does not consent for MOD */
    expect_answer(p, "c from SDF to CAS at 2025-01-01", SHAREPOL_NEEDS_CONSENT, "r", "MOD");
    sharepol_policy_release(p);
    p = with_rule("rule r allow c from * to * with consent of SDF;");
    expect_answer(p, "c from X to CAS consent MOD at 2025-01-01", SHAREPOL_NEEDS_CONSENT, "r",
                  "SDF");
    sharepol_policy_release(p);
}

/* Inline sets stand wherever a group does; a group inside one brings its
 * member parties. */
static void inline_sets(void **state)
{
    (void)state;
    sharepol_policy *p = with_rule("rule r allow c from * to * with consent of 2 of {CAS, X, signatories};");
    expect_answer(p, "c from SDF to X at 2025-01-01", SHAREPOL_NEEDS_CONSENT, "r",
                  "2 of {MOD, METI, IPA, CAS, X}");
    expect_answer(p, "c from SDF to X consent CAS, IPA at 2025-01-01", SHAREPOL_ALLOW, "r", NULL);
    sharepol_policy_release(p);
    p = with_rule("rule r allow c from * to * with consent of all of {CAS, X};");
    expect_answer(p, "c from MOD to IPA consent X at 2025-01-01", SHAREPOL_NEEDS_CONSENT, "r",
                  "CAS");
    sharepol_policy_release(p);
}

/* `all of` a group without member parties is satisfied. */
static void all_of_an_empty_group(void **state)
{
    (void)state;
    sharepol_policy *p = with_rule("rule r allow c from * to * with consent of all of nobody;");
    expect_answer(p, "c from MOD to IPA at 2025-01-01", SHAREPOL_ALLOW, "r", NULL);
    sharepol_policy_release(p);
}

/* A require rule's consent is needed by every allow rule it meets. */
static void require_adds_to_every_allow(void **state)
{
    (void)state;
    sharepol_policy *p = with_rule(
        "rule a1 allow c from * to CAS;\n"
        "rule a2 allow c from * to CAS with consent of X;\n"
        "rule q require consent of IPA for c to CAS;\n");
    expect_answer(p, "c from MOD to CAS at 2025-01-01", SHAREPOL_NEEDS_CONSENT, "a1", "IPA");
    expect_answer(p, "c from MOD to CAS consent IPA at 2025-01-01", SHAREPOL_ALLOW, "a1", NULL);
    /* the require does not apply to other recipients */
    expect_answer(p, "c from MOD to X at 2025-01-01", SHAREPOL_DENY, NULL, NULL);
    sharepol_policy_release(p);
}

/* Needs-consent cites the allow with the smallest residual, then the first. */
static void smallest_residual_is_cited(void **state)
{
    (void)state;
    sharepol_policy *p = with_rule(
        "rule big allow c from * to * with consent of all of signatories;\n"
        "rule small allow c from * to * with consent of X;\n"
        "rule tie allow c from * to * with consent of CAS;\n");
    expect_answer(p, "c from SDF to CAS at 2025-01-01", SHAREPOL_NEEDS_CONSENT, "small", "X");
    /* with X given, `small` allows: the first satisfied allow in source order */
    expect_answer(p, "c from SDF to CAS consent X at 2025-01-01", SHAREPOL_ALLOW, "small", NULL);
    expect_answer(p, "c from SDF to CAS consent X, CAS, MOD, METI, IPA at 2025-01-01",
                  SHAREPOL_ALLOW, "big", NULL);
    sharepol_policy_release(p);
}

/* When an allow is satisfied but a require is not, every applying allow
 * counts, also those after the satisfied one, however many: seventy of them
 * here, more than are kept aside while walking.  An earlier allow whose own
 * consent the require already asks for ties with the satisfied one, and wins
 * by source order. */
static void every_allow_counts_when_a_require_fails(void **state)
{
    (void)state;
    char text[8192];
    int n = snprintf(text, sizeof text,
                     PARTIES "rule early allow c from * to * with consent of CAS;\n"
                             "rule open allow c from * to *;\n");
    for (int i = 0; i < 70; i++)
        n += snprintf(text + n, sizeof text - (size_t)n,
                      "rule later%d allow c from * to * with consent of X;\n", i);
    snprintf(text + n, sizeof text - (size_t)n, "rule q require consent of CAS for c;\n");
    sharepol_policy *p = compile_ok(text);
    expect_answer(p, "c from MOD to SDF at 2025-01-01", SHAREPOL_NEEDS_CONSENT, "early", "CAS");
    expect_answer(p, "c from MOD to SDF consent X at 2025-01-01", SHAREPOL_NEEDS_CONSENT, "early",
                  "CAS");
    expect_answer(p, "c from MOD to SDF consent CAS at 2025-01-01", SHAREPOL_ALLOW, "early", NULL);
    sharepol_policy_release(p);
}

/* A residual's size counts a party needed twice once. */
static void shared_parties_count_once(void **state)
{
    (void)state;
    sharepol_policy *p = with_rule(
        "rule a allow c from * to * with consent of MOD and (MOD or CAS);\n"
        "rule b allow c from * to * with consent of METI and IPA;\n");
    /* CAS is in no minimal satisfying set: the residual is `MOD` alone */
    expect_answer(p, "c from X to SDF at 2025-01-01", SHAREPOL_NEEDS_CONSENT, "a", "MOD");
    sharepol_parsed_query *pq = NULL;
    const char *q = "c from X to SDF at 2025-01-01";
    assert_int_equal(sharepol_query_parse(&pq, p, q, strlen(q), NULL), SHAREPOL_OK);
    sharepol_result r;
    assert_int_equal(sharepol_decide(p, sharepol_parsed_query_get(pq), &r),
                     SHAREPOL_NEEDS_CONSENT);
    assert_int_equal(r.residual_size, 1);
    sharepol_parsed_query_free(pq);
    sharepol_policy_release(p);
}

/* The residual can be walked as a tree of public nodes. */
static void residual_is_walkable(void **state)
{
    (void)state;
    sharepol_policy *p = with_rule("rule r allow c from * to * with consent of CAS or 2 of signatories;");
    sharepol_parsed_query *pq = NULL;
    const char *q = "c from X to SDF consent MOD at 2025-01-01";
    assert_int_equal(sharepol_query_parse(&pq, p, q, strlen(q), NULL), SHAREPOL_OK);
    sharepol_result r;
    assert_int_equal(sharepol_decide(p, sharepol_parsed_query_get(pq), &r),
                     SHAREPOL_NEEDS_CONSENT);
    sharepol_residual *res = NULL;
    assert_int_equal(sharepol_residual_new(&res, p, sharepol_parsed_query_get(pq), &r),
                     SHAREPOL_OK);
    const sharepol_consent_node *root = sharepol_residual_root(res);
    assert_int_equal(root->kind, SHAREPOL_CONSENT_OR);
    assert_int_equal(root->n_children, 2);
    assert_int_equal(root->children[0]->kind, SHAREPOL_CONSENT_PARTY);
    assert_int_equal(root->children[0]->party, sharepol_party(p, "CAS"));
    assert_int_equal(root->children[1]->kind, SHAREPOL_CONSENT_COUNT);
    assert_int_equal(root->children[1]->count, 1);
    assert_int_equal(root->children[1]->n_parties, 2);
    assert_string_equal(sharepol_residual_text(res), "CAS or 1 of {METI, IPA}");
    sharepol_residual_free(res);
    /* asking for a residual of an answer that is not needs-consent fails */
    r.decision = SHAREPOL_ALLOW;
    assert_int_equal(sharepol_residual_new(&res, p, sharepol_parsed_query_get(pq), &r),
                     SHAREPOL_EINVAL);
    assert_null(res);
    sharepol_parsed_query_free(pq);
    sharepol_policy_release(p);
}

/* sharepol_decide_residual answers as sharepol_decide does, with the
 * residual of a needs-consent answer and none of any other. */
static void decide_residual_in_one_call(void **state)
{
    (void)state;
    sharepol_policy *p = with_rule("rule r allow c from * to * with consent of CAS or 2 of signatories;\n"
                                   "rule no deny c from * to X;");
    sharepol_query q = SHAREPOL_QUERY_INIT;
    q.category = sharepol_category(p, "c");
    q.from = sharepol_party(p, "SDF");
    q.to = sharepol_party(p, "MOD");
    assert_int_equal(sharepol_date_parse(&q.date, "2025-01-01"), SHAREPOL_OK);
    sharepol_result r;
    sharepol_residual *res = NULL;
    assert_int_equal(sharepol_decide_residual(p, &q, &r, &res), SHAREPOL_NEEDS_CONSENT);
    assert_string_equal(r.rule->name, "r");
    assert_int_equal(r.residual_size, 1);
    assert_string_equal(sharepol_residual_text(res), "CAS or 2 of {MOD, METI, IPA}");
    sharepol_residual_free(res);
    /* an allow and a deny have no residual: the call clears what was there */
    sharepol_residual *const stale = (sharepol_residual *)(void *)&r; /* never read */
    sharepol_id given[] = { sharepol_party(p, "CAS") };
    q.consents = given;
    q.n_consents = 1;
    res = stale;
    assert_int_equal(sharepol_decide_residual(p, &q, &r, &res), SHAREPOL_ALLOW);
    assert_null(res);
    q.to = sharepol_party(p, "X");
    res = stale;
    assert_int_equal(sharepol_decide_residual(p, &q, &r, &res), SHAREPOL_DENY);
    assert_string_equal(r.rule->name, "no");
    assert_null(res);
    /* errors: a bad id, and nowhere to put the residual; both leave a deny */
    q.to = SHAREPOL_ID_UNKNOWN;
    res = stale;
    assert_int_equal(sharepol_decide_residual(p, &q, &r, &res), SHAREPOL_EUNKNOWN);
    assert_null(res);
    assert_int_equal(r.decision, SHAREPOL_DENY);
    assert_null(r.rule);
    q.to = sharepol_party(p, "MOD");
    q.n_consents = 0;
    assert_int_equal(sharepol_decide_residual(p, &q, &r, NULL), SHAREPOL_EINVAL);
    assert_int_equal(r.decision, SHAREPOL_DENY);
    assert_null(r.rule);
    assert_int_equal(sharepol_decide_residual(NULL, &q, &r, &res), SHAREPOL_EINVAL);
    assert_null(res);
    sharepol_policy_release(p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(originator_must_consent),
        cmocka_unit_test(a_named_party_must_consent),
        cmocka_unit_test(all_of_a_group),
        cmocka_unit_test(any_of_a_group),
        cmocka_unit_test(n_of_a_group),
        cmocka_unit_test(and_or_and_precedence),
        cmocka_unit_test(consent_is_by_the_party_itself),
        cmocka_unit_test(inline_sets),
        cmocka_unit_test(all_of_an_empty_group),
        cmocka_unit_test(require_adds_to_every_allow),
        cmocka_unit_test(smallest_residual_is_cited),
        cmocka_unit_test(every_allow_counts_when_a_require_fails),
        cmocka_unit_test(shared_parties_count_once),
        cmocka_unit_test(residual_is_walkable),
        cmocka_unit_test(decide_residual_in_one_call),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
