/* fuzz_policy.h — the fixed policy the query and JSON targets decide
 * against: every kind of name, nested groups and categories, a scope, a
 * purpose, an agreement with a term, and each kind of rule and consent. */
#ifndef SHAREPOL_FUZZ_POLICY_H
#define SHAREPOL_FUZZ_POLICY_H

static const char fuzz_policy_text[] =
    "party MOD \"Ministry of Defence\";\n"
    "party SDF in MOD;\n"
    "party METI;\n"
    "party IPA;\n"
    "party CAS;\n"
    "party DHS;\n"
    "group signatories = MOD, METI, IPA;\n"
    "group partners = signatories, DHS except IPA;\n"
    "category threat-intel;\n"
    "category vulnerabilities in threat-intel;\n"
    "category research;\n"
    "purpose incident-response;\n"
    "purpose defence in incident-response;\n"
    "scope signatories-only = signatories;\n"
    "scope anyone = *;\n"
    "agreement pact \"The pact\" {\n"
    "  parties signatories;\n"
    "  signed 2024-12-27;\n"
    "  term 1y renews 1y unless notice 1mo;\n"
    "  notice by METI on 2026-11-20;\n"
    "  rule mutual allow threat-intel from signatories to signatories;\n"
    "  rule cas allow * from signatories to CAS with consent of all of signatories;\n"
    "  rule research-meti allow research from METI to partners\n"
    "    with consent of originator or 2 of {MOD, IPA} or (METI and any of partners)\n"
    "    when purpose in incident-response and not to outside scope;\n"
    "  rule no-dhs deny vulnerabilities from * to DHS when before 2025-01-01 or marked anyone;\n"
    "  require consent of originator for threat-intel when to outside scope;\n"
    "}\n"
    "rule open allow research from * except CAS to * when since 2025-03-01 and not onward;\n";

#endif
