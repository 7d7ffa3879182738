/* test_stix.c — STIX objects through a policy's `stix` mappings, by the
 * public header: sharepol_stix_lookup() for each kind of key, the TLP 2.0
 * defaults and their replacement, ids in either case of hex;
 * sharepol_stix_query() and sharepol_stix_decide() failing closed on every
 * unmapped field, granular markings counted as the object's, and each TLP
 * label alone and beside a statement marking. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"

#define ACME "identity--f431f809-377b-45e0-aa1c-6a4751cae5ff"
#define ACME_UPPER "identity--F431F809-377B-45E0-AA1C-6A4751CAE5FF"
#define SOC "identity--81cade27-7df8-4730-836b-62d880e6d9d3"
#define STRANGER "identity--987eeee1-413a-44ac-96cc-0a8acdcc2f2c"
#define TLP_CLEAR "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487"
#define TLP_GREEN "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb"
#define TLP_AMBER "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421"
#define TLP_AMBER_STRICT "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003"
#define TLP_RED "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1"
#define NDA "marking-definition--3b1f5c40-ba52-4aa6-a7a2-2c1e5a0b3e55"
#define UNKNOWN_MARKING "marking-definition--00000000-0000-4000-8000-000000000000"

/* acme (with its unit soc) shares intel with partner under TLP: the five
 * TLP scopes as the TLP module declares them (an audience for green and
 * the ambers, none for clear; red is denied outright), and a statement
 * marking `nda` whose audience leaves partner out. */
static const char *const POLICY =
    "party acme; party soc in acme; party partner; party outsider;\n"
    "group community = acme, partner;\n"
    "category intel; category tooling;\n"
    "scope tlp-clear;\n"
    "scope tlp-green = community;\n"
    "scope tlp-amber = acme, partner;\n"
    "scope tlp-amber-strict = acme;\n"
    "scope tlp-red;\n"
    "scope nda = acme;\n"
    "stix {\n"
    "  identity \"" ACME_UPPER "\" = acme;\n"
    "  identity \"" SOC "\" = soc;\n"
    "  marking \"" NDA "\" = nda;\n"
    "  type indicator, malware, x-acme-sensor = intel;\n"
    "  type tool = tooling;\n"
    "}\n"
    "rule share allow intel from acme to * when not to outside scope;\n"
    "rule red deny * from * to * when marked tlp-red;\n";

static sharepol_id lookup(const sharepol_policy *p, int kind, const char *key)
{
    return sharepol_stix_lookup(p, kind, key, strlen(key));
}

static void lookups(void **state)
{
    (void)state;
    sharepol_policy *p = compile_ok(POLICY);
    assert_int_equal(lookup(p, SHAREPOL_STIX_IDENTITY, ACME), sharepol_party(p, "acme"));
    assert_int_equal(lookup(p, SHAREPOL_STIX_IDENTITY, ACME_UPPER), sharepol_party(p, "acme"));
    assert_int_equal(lookup(p, SHAREPOL_STIX_IDENTITY, SOC), sharepol_party(p, "soc"));
    assert_int_equal(lookup(p, SHAREPOL_STIX_IDENTITY, STRANGER), SHAREPOL_ID_UNKNOWN);
    assert_int_equal(lookup(p, SHAREPOL_STIX_MARKING, NDA), sharepol_scope(p, "nda"));
    assert_int_equal(lookup(p, SHAREPOL_STIX_TYPE, "x-acme-sensor"),
                     sharepol_category(p, "intel"));
    assert_int_equal(lookup(p, SHAREPOL_STIX_TYPE, "tool"), sharepol_category(p, "tooling"));
    assert_int_equal(lookup(p, SHAREPOL_STIX_TYPE, "report"), SHAREPOL_ID_UNKNOWN);
    /* a key of one kind is nothing as another */
    assert_int_equal(lookup(p, SHAREPOL_STIX_MARKING, ACME), SHAREPOL_ID_UNKNOWN);
    assert_int_equal(lookup(p, SHAREPOL_STIX_IDENTITY, "indicator"), SHAREPOL_ID_UNKNOWN);
    assert_int_equal(lookup(p, SHAREPOL_STIX_TYPE, "INDICATOR"), SHAREPOL_ID_UNKNOWN);
    /* the length counts, not a NUL; a NUL inside matches nothing */
    assert_int_equal(sharepol_stix_lookup(p, SHAREPOL_STIX_TYPE, "toolbox", 4),
                     sharepol_category(p, "tooling"));
    assert_int_equal(sharepol_stix_lookup(p, SHAREPOL_STIX_TYPE, "tool\0", 5),
                     SHAREPOL_ID_UNKNOWN);
    /* bad arguments */
    assert_int_equal(lookup(NULL, SHAREPOL_STIX_TYPE, "tool"), SHAREPOL_ID_UNKNOWN);
    assert_int_equal(sharepol_stix_lookup(p, SHAREPOL_STIX_TYPE, NULL, 0), SHAREPOL_ID_UNKNOWN);
    assert_int_equal(lookup(p, 0, "tool"), SHAREPOL_ID_UNKNOWN);
    assert_int_equal(lookup(p, 4, "tool"), SHAREPOL_ID_UNKNOWN);
    char longer[400];
    memset(longer, 'a', sizeof longer);
    assert_int_equal(sharepol_stix_lookup(p, SHAREPOL_STIX_TYPE, longer, sizeof longer),
                     SHAREPOL_ID_UNKNOWN);
    sharepol_policy_release(p);
}

static void tlp_defaults(void **state)
{
    (void)state;
    sharepol_policy *p = compile_ok(POLICY);
    static const char *const ids[] = { TLP_CLEAR, TLP_GREEN, TLP_AMBER, TLP_AMBER_STRICT,
                                       TLP_RED };
    static const char *const scopes[] = { "tlp-clear", "tlp-green", "tlp-amber",
                                          "tlp-amber-strict", "tlp-red" };
    for (int i = 0; i < 5; i++)
        assert_int_equal(lookup(p, SHAREPOL_STIX_MARKING, ids[i]), sharepol_scope(p, scopes[i]));
    sharepol_policy_release(p);

    /* only the scopes declared; a mapping of the policy's own replaces one */
    p = compile_ok("party a; category c; scope tlp-red; scope secret;\n"
                   "stix { marking \"" TLP_RED "\" = secret; }\n"
                   "allow c from a to a;\n");
    assert_int_equal(lookup(p, SHAREPOL_STIX_MARKING, TLP_RED), sharepol_scope(p, "secret"));
    assert_int_equal(lookup(p, SHAREPOL_STIX_MARKING, TLP_GREEN), SHAREPOL_ID_UNKNOWN);
    sharepol_policy_release(p);

    /* a name of another kind is no TLP scope; no stix block, defaults still */
    p = compile_ok("party tlp-red; category c; scope tlp-green;\n"
                   "allow c from tlp-red to tlp-red;\n");
    assert_int_equal(lookup(p, SHAREPOL_STIX_MARKING, TLP_RED), SHAREPOL_ID_UNKNOWN);
    assert_int_equal(lookup(p, SHAREPOL_STIX_MARKING, TLP_GREEN), sharepol_scope(p, "tlp-green"));
    sharepol_policy_release(p);
}

/* Decides an object of `type` by `creator` (NULL: none) with the markings
 * given, NULL-terminated, from acme to `to`; originator is the base's. */
static int gate(const sharepol_policy *p, const char *to, const char *originator,
                const char *type, const char *creator, const char *const *marks,
                const char *const *granular, int *held, const char **unmapped)
{
    sharepol_stix_object o = { type, creator, marks, 0, granular, 0 };
    while (marks && marks[o.n_marking_refs])
        o.n_marking_refs++;
    while (granular && granular[o.n_granular_refs])
        o.n_granular_refs++;
    sharepol_query base = SHAREPOL_QUERY_INIT;
    base.from = sharepol_party(p, "acme");
    base.to = sharepol_party(p, to);
    base.originator = originator ? sharepol_party(p, originator) : SHAREPOL_ID_NONE;
    assert_int_equal(sharepol_date_parse(&base.date, "2025-06-01"), SHAREPOL_OK);
    sharepol_result r;
    return sharepol_stix_decide(p, &o, &base, &r, held, unmapped);
}

#define MARKS(...) ((const char *const[]){ __VA_ARGS__, NULL })

static void each_tlp_label(void **state)
{
    (void)state;
    sharepol_policy *p = compile_ok(POLICY);
    int held;
    const char *unmapped;
    /* clear: anyone; green: the community; amber: acme and partner;
     * amber+strict: acme only; red: no one */
    assert_int_equal(gate(p, "outsider", NULL, "indicator", ACME, MARKS(TLP_CLEAR), NULL, &held,
                          &unmapped), SHAREPOL_ALLOW);
    assert_int_equal(held, 0);
    assert_int_equal(gate(p, "partner", NULL, "indicator", ACME, MARKS(TLP_GREEN), NULL, &held,
                          NULL), SHAREPOL_ALLOW);
    assert_int_equal(gate(p, "outsider", NULL, "indicator", ACME, MARKS(TLP_GREEN), NULL, &held,
                          NULL), SHAREPOL_DENY);
    assert_int_equal(gate(p, "partner", NULL, "malware", ACME, MARKS(TLP_AMBER), NULL, &held,
                          NULL), SHAREPOL_ALLOW);
    assert_int_equal(gate(p, "partner", NULL, "malware", ACME, MARKS(TLP_AMBER_STRICT), NULL,
                          &held, NULL), SHAREPOL_DENY);
    assert_int_equal(gate(p, "soc", NULL, "malware", ACME, MARKS(TLP_AMBER_STRICT), NULL, &held,
                          NULL), SHAREPOL_ALLOW);
    assert_int_equal(gate(p, "soc", NULL, "malware", ACME, MARKS(TLP_RED), NULL, &held, NULL),
                     SHAREPOL_DENY);
    assert_int_equal(held, 0); /* the policy denied it: not held back */
    /* combined with a statement marking: every marking constrains */
    assert_int_equal(gate(p, "partner", NULL, "indicator", ACME, MARKS(TLP_GREEN, NDA), NULL,
                          &held, NULL), SHAREPOL_DENY);
    assert_int_equal(gate(p, "soc", NULL, "indicator", ACME, MARKS(TLP_GREEN, NDA), NULL, &held,
                          NULL), SHAREPOL_ALLOW);
    /* a marking repeated counts once */
    assert_int_equal(gate(p, "partner", NULL, "indicator", ACME, MARKS(TLP_AMBER, TLP_AMBER),
                          NULL, &held, NULL), SHAREPOL_ALLOW);
    sharepol_policy_release(p);
}

static void granular_markings(void **state)
{
    (void)state;
    sharepol_policy *p = compile_ok(POLICY);
    int held;
    /* a granular TLP:RED on one property keeps the whole object back */
    assert_int_equal(gate(p, "partner", NULL, "indicator", ACME, MARKS(TLP_GREEN),
                          MARKS(TLP_RED), &held, NULL), SHAREPOL_DENY);
    assert_int_equal(gate(p, "partner", NULL, "indicator", ACME, NULL, MARKS(TLP_GREEN), &held,
                          NULL), SHAREPOL_ALLOW);
    const char *unmapped;
    assert_int_equal(gate(p, "partner", NULL, "indicator", ACME, MARKS(TLP_GREEN),
                          MARKS(UNKNOWN_MARKING), &held, &unmapped), SHAREPOL_DENY);
    assert_int_equal(held, SHAREPOL_STIX_UNMAPPED_MARKING);
    assert_string_equal(unmapped, UNKNOWN_MARKING);
    sharepol_policy_release(p);
}

static void fails_closed(void **state)
{
    (void)state;
    sharepol_policy *p = compile_ok(POLICY);
    int held;
    const char *unmapped;
    /* unattributed: no creator and no originator given */
    assert_int_equal(gate(p, "partner", NULL, "indicator", NULL, MARKS(TLP_CLEAR), NULL, &held,
                          &unmapped), SHAREPOL_DENY);
    assert_int_equal(held, SHAREPOL_STIX_UNATTRIBUTED);
    assert_null(unmapped);
    /* ... and decided with the originator the caller gives */
    assert_int_equal(gate(p, "partner", "acme", "indicator", NULL, MARKS(TLP_CLEAR), NULL, &held,
                          &unmapped), SHAREPOL_ALLOW);
    assert_int_equal(held, 0);
    /* a creator given wins over the base's originator */
    assert_int_equal(gate(p, "partner", "acme", "indicator", STRANGER, MARKS(TLP_CLEAR), NULL,
                          &held, &unmapped), SHAREPOL_DENY);
    assert_int_equal(held, SHAREPOL_STIX_UNMAPPED_CREATOR);
    assert_string_equal(unmapped, STRANGER);
    assert_int_equal(gate(p, "partner", NULL, "report", ACME, MARKS(TLP_CLEAR), NULL, &held,
                          &unmapped), SHAREPOL_DENY);
    assert_int_equal(held, SHAREPOL_STIX_UNMAPPED_TYPE);
    assert_string_equal(unmapped, "report");
    assert_int_equal(gate(p, "partner", NULL, "indicator", ACME, MARKS(TLP_CLEAR, UNKNOWN_MARKING),
                          NULL, &held, &unmapped), SHAREPOL_DENY);
    assert_int_equal(held, SHAREPOL_STIX_UNMAPPED_MARKING);
    assert_string_equal(unmapped, UNKNOWN_MARKING);
    /* a malformed id is unmapped too, never an error that lets it through */
    assert_int_equal(gate(p, "partner", NULL, "indicator", "identity--acme", NULL, NULL, &held,
                          &unmapped), SHAREPOL_DENY);
    assert_int_equal(held, SHAREPOL_STIX_UNMAPPED_CREATOR);
    sharepol_policy_release(p);
}

static void query_and_arguments(void **state)
{
    (void)state;
    sharepol_policy *p = compile_ok(POLICY);
    const char *const marks[] = { TLP_AMBER, NDA };
    sharepol_stix_object o = { "malware", ACME, marks, 2, NULL, 0 };
    sharepol_query base = SHAREPOL_QUERY_INIT, q;
    base.from = sharepol_party(p, "acme");
    base.to = sharepol_party(p, "partner");
    base.scope = sharepol_scope(p, "tlp-clear"); /* replaced by the object's */
    sharepol_marking m[SHAREPOL_MAX_MARKINGS];
    assert_int_equal(sharepol_stix_query(p, &o, &base, &q, m, NULL), SHAREPOL_OK);
    assert_int_equal(q.category, sharepol_category(p, "intel"));
    assert_int_equal(q.originator, sharepol_party(p, "acme"));
    assert_int_equal(q.from, base.from);
    assert_int_equal(q.to, base.to);
    assert_int_equal(q.scope, SHAREPOL_ID_NONE);
    assert_ptr_equal(q.markings, m);
    assert_int_equal(q.n_markings, 2);
    assert_int_equal(m[0].scope, sharepol_scope(p, "tlp-amber"));
    assert_int_equal(m[1].scope, sharepol_scope(p, "nda"));
    assert_int_equal(sharepol_decide(p, &q, NULL), SHAREPOL_DENY);

    /* no markings at all: an unmarked object */
    sharepol_stix_object bare = { "indicator", ACME, NULL, 0, NULL, 0 };
    assert_int_equal(sharepol_stix_query(p, &bare, &base, &q, m, NULL), SHAREPOL_OK);
    assert_int_equal(q.n_markings, 0);
    assert_non_null(q.markings);

    sharepol_stix_object no_type = { NULL, ACME, NULL, 0, NULL, 0 };
    sharepol_stix_object no_array = { "indicator", ACME, NULL, 1, NULL, 0 };
    sharepol_stix_object no_granular = { "indicator", ACME, NULL, 0, NULL, 2 };
    assert_int_equal(sharepol_stix_query(p, &no_type, &base, &q, m, NULL), SHAREPOL_EINVAL);
    assert_int_equal(sharepol_stix_query(p, &no_array, &base, &q, m, NULL), SHAREPOL_EINVAL);
    assert_int_equal(sharepol_stix_query(p, &no_granular, &base, &q, m, NULL), SHAREPOL_EINVAL);
    assert_int_equal(sharepol_stix_query(NULL, &o, &base, &q, m, NULL), SHAREPOL_EINVAL);
    assert_int_equal(sharepol_stix_query(p, &o, &base, &q, NULL, NULL), SHAREPOL_EINVAL);
    sharepol_result r;
    int held = -1;
    assert_int_equal(sharepol_stix_decide(p, &no_type, &base, &r, &held, NULL), SHAREPOL_EINVAL);
    assert_int_equal(r.decision, SHAREPOL_DENY);
    assert_int_equal(held, 0);
    /* an error of the decision, not a held-back object: the base has no recipient */
    base.to = SHAREPOL_ID_NONE;
    assert_int_equal(sharepol_stix_decide(p, &o, &base, &r, &held, NULL), SHAREPOL_EINVAL);
    sharepol_policy_release(p);
}

static void too_many_markings(void **state)
{
    (void)state;
    /* 65 distinct scopes, each mapped from a marking definition */
    char *text = malloc(65 * 160 + 256);
    assert_non_null(text);
    size_t n = (size_t)sprintf(text, "party a; category c; stix { type indicator = c; }\n");
    static char ids[65][64];
    const char *refs[65];
    for (int i = 0; i < 65; i++) {
        snprintf(ids[i], sizeof ids[i], "marking-definition--00000000-0000-4000-8000-%012d", i);
        refs[i] = ids[i];
        n += (size_t)sprintf(text + n, "scope s%d; stix { marking \"%s\" = s%d; }\n", i, ids[i], i);
    }
    sprintf(text + n, "allow c from a to a;\n");
    sharepol_policy *p = compile_ok(text);
    free(text);
    sharepol_stix_object o = { "indicator", "identity--f431f809-377b-45e0-aa1c-6a4751cae5ff",
                               refs, 64, NULL, 0 };
    sharepol_query base = SHAREPOL_QUERY_INIT, q;
    base.from = base.to = sharepol_party(p, "a");
    sharepol_marking m[SHAREPOL_MAX_MARKINGS];
    /* the creator is unmapped here: give one the policy knows by originator */
    o.created_by_ref = NULL;
    base.originator = base.from;
    assert_int_equal(sharepol_stix_query(p, &o, &base, &q, m, NULL), SHAREPOL_OK);
    assert_int_equal(q.n_markings, 64);
    o.n_marking_refs = 65;
    assert_int_equal(sharepol_stix_query(p, &o, &base, &q, m, NULL),
                     SHAREPOL_STIX_TOO_MANY_MARKINGS);
    sharepol_policy_release(p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(lookups),
        cmocka_unit_test(tlp_defaults),
        cmocka_unit_test(each_tlp_label),
        cmocka_unit_test(granular_markings),
        cmocka_unit_test(fails_closed),
        cmocka_unit_test(query_and_arguments),
        cmocka_unit_test(too_many_markings),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
