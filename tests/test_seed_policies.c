/* test_seed_policies.c — the project's real policies (the .spol files of policies/)
 * decide what the two seed agreements say.
 *
 *   2024  サイバー事案の対処及びサイバー脅威情報等の共有等に関する包括的な連携に
 *         関する協定書 (MOD, METI, IPA; signed 2024-12-27)
 *   MoC   サイバーセキュリティに関する協力覚書 (METI, DHS; signed 2023-01-06)
 *
 * Each row is a query in the QUERY syntax of docs/language.md, "Tests",
 * always with an explicit `at`, the decision the agreement and
 * docs/language.md, "Decisions", call for, the
 * deciding rule ("" for a deny by default) and the residual consent ("" unless
 * needs consent).  The comment traces the row to the clause it checks. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"

#define ALLOW SHAREPOL_ALLOW
#define DENY  SHAREPOL_DENY
#define NEEDS SHAREPOL_NEEDS_CONSENT

typedef struct row {
    const char *query;
    int decision;
    const char *rule;
    const char *residual;
    int line;
} row;

#define ROW(q, d, r, res) { q, d, r, res, __LINE__ }

/* The files of policies/, in the order `sharepol check policies/` reads them. */
static const char *const policy_files[] = {
    SHAREPOL_SOURCE_DIR "/policies/meti-dhs-moc-2023.spol",
    SHAREPOL_SOURCE_DIR "/policies/mod-meti-ipa-2024.spol",
    SHAREPOL_SOURCE_DIR "/policies/parties.spol",
};
#define N_POLICY_FILES (sizeof policy_files / sizeof policy_files[0])

static void run_rows(const sharepol_policy *policy, const row *rows, size_t n)
{
    for (size_t i = 0; i < n; i++)
        expect_answer_at(policy, rows[i].query, rows[i].decision, rows[i].rule,
                         rows[i].residual, __FILE__, rows[i].line);
}

#define RUN(state, rows) run_rows(*(state), rows, sizeof rows / sizeof rows[0])

/* ---------------------------------------------------------------------- */
/* 2024 Art. 2(2) ⑴–⑷: 甲、乙及び丙は、…双方が保有する次の⑴から⑸までの情報を
 * 自らの判断で提供可能な範囲で共有する。                                    */

static const row art_2_2[] = {
    ROW("attack-methods from MOD to METI at 2025-06-01",
        ALLOW, "art-2-2", ""),                   /* ⑴ 甲→乙 */
    ROW("attack-methods from METI to IPA at 2025-06-01",
        ALLOW, "art-2-2", ""),                   /* ⑴ 乙→丙 */
    ROW("attack-methods from IPA to MOD at 2025-06-01",
        ALLOW, "art-2-2", ""),                   /* ⑴ 丙→甲 */
    ROW("threat-intel from MOD to IPA at 2025-06-01",
        ALLOW, "art-2-2", ""),                   /* ⑵ */
    ROW("latest-threats from METI to MOD at 2025-06-01",
        ALLOW, "art-2-2", ""),                   /* ⑵ 最新の脅威情報 */
    ROW("tech-trends from IPA to METI at 2025-06-01",
        ALLOW, "art-2-2", ""),                   /* ⑵ 技術動向 */
    ROW("vulnerabilities from IPA to METI at 2025-06-01",
        ALLOW, "art-2-2", ""),                   /* ⑵ 脆弱性に関する情報 */
    ROW("targeted-attacks from MOD to METI at 2025-06-01",
        ALLOW, "art-2-2", ""),                   /* ⑵ 標的型攻撃に関連する情報 */
    ROW("cyber-situation from IPA to MOD at 2025-06-01",
        ALLOW, "art-2-2", ""),                   /* ⑵ サイバー情勢に関する情報 */
    ROW("recurrence-advice from METI to IPA at 2025-06-01",
        ALLOW, "art-2-2", ""),                   /* ⑶ 再発防止策に関する助言等 */
    ROW("prevention from IPA to METI at 2025-06-01",
        ALLOW, "art-2-2", ""),                   /* ⑷ 未然防止及び被害の拡大防止等 */
    ROW("targeted-attacks from SDF to METI at 2025-06-01",
        ALLOW, "art-2-2", ""),                   /* ⑵ 防衛省・自衛隊: SDF is in MOD */
    ROW("vulnerabilities from METI to SDF at 2025-06-01",
        ALLOW, "art-2-2", ""),                   /* ⑵ to a unit of 甲 */
    ROW("vulnerabilities from SDF to MOD at 2025-06-01",
        ALLOW, "art-2-2", ""),                   /* ⑵ within 甲 */
    ROW("vulnerabilities from METI to MOD originator IPA at 2025-06-01",
        ALLOW, "art-2-2", ""),                   /* ⑵ passed on; no scope designated (Art. 3(1)) */
    ROW("ics-vulnerabilities from IPA to MOD at 2025-06-01",
        ALLOW, "art-2-2", ""),                   /* ⑵ a control-system vulnerability is a 脆弱性 */
    ROW("vulnerabilities from METI to IPA originator DHS at 2025-06-01",
        ALLOW, "art-2-2", ""),                   /* ⑵ 保有する: held, not originated */
    ROW("cyber-threat-info from MOD to METI at 2025-06-01",
        DENY, "", ""),                           /* サイバー脅威情報等 as such: none of ⑴–⑷ */
    ROW("operational-cooperation from METI to MOD at 2025-06-01",
        DENY, "", ""),                           /* a MoC category is not Art. 2(2) information */
};

static void mutual_sharing_art_2_2(void **state) { RUN(state, art_2_2); }

/* ---------------------------------------------------------------------- */
/* 2024 Art. 2(2) ⑸: ⑸については乙が保有するものに限る。 Read as "what METI
 * holds", its own or received, and what METI has provided.                */

static const row art_2_2_5[] = {
    ROW("research from METI to IPA at 2025-06-01",
        ALLOW, "art-2-2-5", ""),                 /* ⑸ 乙's own research */
    ROW("research from METI to MOD at 2025-06-01",
        ALLOW, "art-2-2-5", ""),                 /* ⑸ */
    ROW("research from METI to SDF at 2025-06-01",
        ALLOW, "art-2-2-5", ""),                 /* ⑸ to a unit of 甲 */
    ROW("research from IPA to MOD at 2025-06-01",
        DENY, "", ""),                           /* ⑸ 丙's research: not shared */
    ROW("research from MOD to METI at 2025-06-01",
        DENY, "", ""),                           /* ⑸ 甲's research: not shared */
    ROW("research from SDF to IPA at 2025-06-01",
        DENY, "", ""),                           /* ⑸ nor a unit of 甲's */
    ROW("research from IPA to MOD originator METI at 2025-06-01",
        ALLOW, "art-2-2-5", ""),                 /* ⑸ 乙's research, passed on by 丙 */
    ROW("research from MOD to IPA originator METI at 2025-06-01",
        ALLOW, "art-2-2-5", ""),                 /* ⑸ 乙's research, passed on by 甲 */
    ROW("research from METI to IPA originator DHS at 2025-06-01",
        ALLOW, "art-2-2-5", ""),                 /* ⑸ 乙が保有するもの: held, not originated */
    ROW("research from METI to MOD originator IPA at 2025-06-01",
        ALLOW, "art-2-2-5", ""),                 /* ⑸ what 乙 holds, whoever wrote it */
    ROW("research from IPA to MOD originator DHS at 2025-06-01",
        DENY, "", ""),                           /* ⑸ held by 丙, not by 乙 */
    ROW("research from METI to DHS at 2023-06-01",
        DENY, "", ""),                           /* ⑸ is not a MoC area either */
};

static void research_only_from_meti_art_2_2_5(void **state) { RUN(state, art_2_2_5); }

/* ---------------------------------------------------------------------- */
/* 2024 Art. 3(1): 当該情報の共有範囲を指定することができる。…相手方の同意を
 * 得ることなく、当該共有範囲を超えて情報の共有を行ってはならない。          */

static const row art_3_1[] = {
    /* scope with an audience: signatories-only = MOD, METI, IPA */
    ROW("vulnerabilities from METI to IPA originator MOD scope signatories-only at 2025-06-01",
        ALLOW, "art-2-2", ""),                   /* within the scope */
    ROW("vulnerabilities from METI to SDF originator IPA scope signatories-only at 2025-06-01",
        ALLOW, "art-2-2", ""),                   /* the audience includes units of 甲 */
    ROW("vulnerabilities from IPA to MOD scope signatories-only at 2025-06-01",
        ALLOW, "art-2-2", ""),                   /* the provider itself */
    /* Beyond the scope: 甲 must consent for Art. 3(2), 丙 for Art. 3(1).  The
     * residual lists the allow rule's own part first, then each require rule
     * in source order. */
    ROW("vulnerabilities from METI to CAS originator IPA scope signatories-only at 2025-06-01",
        NEEDS, "art-3-2", "MOD and IPA"),        /* Art. 3(2) + 3(1) */
    ROW("vulnerabilities from METI to CAS originator IPA scope signatories-only "
        "consent MOD at 2025-06-01",
        NEEDS, "art-3-2", "IPA"),                /* the provider's consent is still missing */
    ROW("vulnerabilities from METI to CAS originator IPA scope signatories-only "
        "consent MOD, IPA at 2025-06-01",
        ALLOW, "art-3-2", ""),                   /* 相手方の同意 given */
    ROW("vulnerabilities from IPA to CAS scope signatories-only "
        "consent MOD, METI at 2025-06-01",
        ALLOW, "art-3-2", ""),                   /* the provider may go beyond its own scope */
    ROW("vulnerabilities from METI to NCO originator IPA scope signatories-only "
        "consent MOD, IPA at 2025-06-01",
        ALLOW, "art-3-2", ""),                   /* NCO is in CAS */
    ROW("vulnerabilities from METI to CI-OPERATORS originator IPA scope signatories-only "
        "at 2025-06-01",
        DENY, "", ""),                           /* a require rule allows nothing by itself */
    ROW("vulnerabilities from METI to CI-OPERATORS originator IPA scope signatories-only "
        "consent IPA at 2025-06-01",
        DENY, "", ""),                           /* nor does the provider's consent */
    ROW("operational-cooperation from METI to DHS originator IPA scope signatories-only "
        "at 2025-06-01",
        NEEDS, "moc-cooperation", "IPA"),        /* Art. 3(1) binds whatever the item is filed under */

    /* scope without audience: recipient-only */
    ROW("attack-methods from MOD to IPA scope recipient-only at 2025-06-01",
        ALLOW, "art-2-2", ""),                   /* the first transfer, by the provider */
    ROW("attack-methods from IPA to METI originator MOD scope recipient-only at 2025-06-01",
        NEEDS, "art-2-2", "MOD"),                /* passed on: the provider must consent */
    ROW("attack-methods from IPA to METI originator MOD scope recipient-only "
        "consent MOD at 2025-06-01",
        ALLOW, "art-2-2", ""),                   /* …and did */
    ROW("attack-methods from IPA to CAS originator MOD scope recipient-only "
        "consent METI at 2025-06-01",
        NEEDS, "art-3-2", "MOD"),                /* Art. 3(2) and Art. 3(1) both want 甲 */
    ROW("attack-methods from MOD to IPA originator SDF scope recipient-only at 2025-06-01",
        ALLOW, "art-2-2", ""),                   /* 甲's side provides: an SDF item is 甲's */
    ROW("attack-methods from IPA to METI originator SDF scope recipient-only at 2025-06-01",
        NEEDS, "art-2-2", "MOD"),                /* the 相手方 is 甲, not the SDF */
    ROW("attack-methods from IPA to METI originator SDF scope recipient-only "
        "consent SDF at 2025-06-01",
        NEEDS, "art-2-2", "MOD"),                /* SDF's consent is not 甲's */
    ROW("attack-methods from MOD to SDF originator IPA scope recipient-only at 2025-06-01",
        ALLOW, "art-2-2", ""),                   /* within the recipient's ministry */
    ROW("attack-methods from SDF to METI originator IPA scope recipient-only at 2025-06-01",
        NEEDS, "art-2-2", "IPA"),                /* beyond it */
    ROW("attack-methods from IPA to MOD originator MOD scope recipient-only at 2025-06-01",
        ALLOW, "art-2-2", ""),                   /* given back to its provider */
    ROW("attack-methods from IPA to SDF originator MOD scope recipient-only at 2025-06-01",
        ALLOW, "art-2-2", ""),                   /* …to a unit of its provider */
    ROW("attack-methods from MOD to METI originator METI scope recipient-only at 2025-06-01",
        ALLOW, "art-2-2", ""),                   /* …for each signatory */
    ROW("recurrence-advice from IPA to METI originator MOD scope {MOD, METI, IPA} "
        "at 2025-06-01",
        ALLOW, "art-2-2", ""),                   /* an audience is not marked recipient-only */

    /* explicit audience designated by the provider */
    ROW("prevention from METI to SDF originator MOD scope {MOD, METI} at 2025-06-01",
        ALLOW, "art-2-2", ""),                   /* audience {MOD} contains SDF */
    ROW("prevention from METI to IPA originator MOD scope {MOD, METI} at 2025-06-01",
        NEEDS, "art-2-2", "MOD"),                /* 丙 is outside the scope */
    ROW("prevention from METI to IPA originator MOD scope {MOD, METI} "
        "consent MOD at 2025-06-01",
        ALLOW, "art-2-2", ""),                   /* with the provider's consent */
    ROW("prevention from MOD to IPA scope {MOD, METI} at 2025-06-01",
        ALLOW, "art-2-2", ""),                   /* the provider itself */
    ROW("prevention from METI to MOD originator SDF scope {SDF, METI} at 2025-06-01",
        ALLOW, "art-2-2", ""),                   /* back to 甲, the SDF item's provider */
    ROW("prevention from IPA to MOD originator MOD scope {METI, IPA} at 2025-06-01",
        ALLOW, "art-2-2", ""),                   /* given back, outside its own audience */
    ROW("prevention from IPA to SDF originator METI scope {METI, IPA} at 2025-06-01",
        NEEDS, "art-2-2", "METI"),               /* 乙's audience leaves out 甲 */
    ROW("vulnerabilities from METI to CAS originator SDF scope signatories-only "
        "consent MOD, IPA at 2025-06-01",
        ALLOW, "art-3-2", ""),                   /* 甲 consented for its SDF's item */
    ROW("prevention from METI to CAS originator MOD scope {MOD, METI, IPA, CAS} "
        "consent MOD, IPA at 2025-06-01",
        ALLOW, "art-3-2", ""),                   /* CAS within the scope: Art. 3(2) alone */
    ROW("prevention from METI to CAS originator MOD scope {MOD, METI} "
        "consent IPA at 2025-06-01",
        NEEDS, "art-3-2", "MOD"),                /* 甲 asked for once, by both rules */
};

static void sharing_scope_art_3_1(void **state) { RUN(state, art_3_1); }

/* ---------------------------------------------------------------------- */
/* 2024 Art. 3(2): 甲、乙又は丙は、必要に応じて、甲乙丙合意の上、前条第2項に
 * 基づき共有された情報を内閣官房に共有するものとする。  Read as covering the
 * information, whoever holds it: a signatory's own item and a third party's
 * item that a signatory holds are answered as shared.                     */

static const row art_3_2[] = {
    ROW("vulnerabilities from IPA to CAS at 2025-06-01",
        NEEDS, "art-3-2", "MOD and METI"),       /* 丙 sends: 甲 and 乙 must agree */
    ROW("vulnerabilities from IPA to CAS consent MOD at 2025-06-01",
        NEEDS, "art-3-2", "METI"),               /* 乙 still missing */
    ROW("vulnerabilities from IPA to CAS consent METI at 2025-06-01",
        NEEDS, "art-3-2", "MOD"),                /* 甲 still missing */
    ROW("vulnerabilities from IPA to CAS consent MOD, METI at 2025-06-01",
        ALLOW, "art-3-2", ""),                   /* 甲乙丙合意 */
    ROW("vulnerabilities from MOD to CAS at 2025-06-01",
        NEEDS, "art-3-2", "METI and IPA"),       /* 甲 sends */
    ROW("vulnerabilities from METI to CAS at 2025-06-01",
        NEEDS, "art-3-2", "MOD and IPA"),        /* 乙 sends */
    ROW("recurrence-advice from METI to CAS consent MOD, IPA at 2025-06-01",
        ALLOW, "art-3-2", ""),                   /* ⑶ */
    ROW("attack-methods from IPA to CAS consent CAS at 2025-06-01",
        NEEDS, "art-3-2", "MOD and METI"),       /* the recipient's consent does not count */
    ROW("vulnerabilities from IPA to NCO consent MOD, METI at 2025-06-01",
        ALLOW, "art-3-2", ""),                   /* 内閣官房 includes its office NCO */
    ROW("attack-methods from SDF to CAS at 2025-06-01",
        NEEDS, "art-3-2", "MOD and METI and IPA"), /* SDF sends for 甲 but is not 甲 */
    ROW("attack-methods from SDF to CAS consent METI, IPA at 2025-06-01",
        NEEDS, "art-3-2", "MOD"),                /* SDF's consent is not MOD's */
    ROW("attack-methods from SDF to CAS consent MOD, METI, IPA at 2025-06-01",
        ALLOW, "art-3-2", ""),                   /* all three agreed */
    ROW("prevention from IPA to CAS consent SDF, METI at 2025-06-01",
        NEEDS, "art-3-2", "MOD"),                /* a unit's consent is not its parent's */
    ROW("research from METI to CAS at 2025-06-01",
        NEEDS, "art-3-2-5", "MOD and IPA"),      /* ⑸ 乙's research */
    ROW("research from METI to CAS consent MOD, IPA at 2025-06-01",
        ALLOW, "art-3-2-5", ""),                 /* ⑸ with 甲乙丙合意 */
    ROW("research from MOD to CAS originator METI consent IPA at 2025-06-01",
        NEEDS, "art-3-2-5", "METI"),             /* ⑸ passed on by 甲: 乙 must agree */
    ROW("research from IPA to CAS consent MOD, METI at 2025-06-01",
        DENY, "", ""),                           /* 丙's research: not shared under 2(2) */
    ROW("research from METI to CAS originator DHS consent MOD, IPA at 2025-06-01",
        ALLOW, "art-3-2-5", ""),                 /* ⑸ that 乙 holds */
    ROW("vulnerabilities from METI to CAS originator DHS consent MOD, IPA at 2025-06-01",
        ALLOW, "art-3-2", ""),                   /* a third party's item: DHS has no say */
    ROW("vulnerabilities from IPA to CAS originator DHS at 2025-06-01",
        NEEDS, "art-3-2", "MOD and METI"),       /* …held by 丙 */
    ROW("tech-trends from IPA to CAS consent MOD, METI at 2024-12-26",
        DENY, "", ""),                           /* not yet in force */
    ROW("vulnerabilities from CAS to IPA at 2025-06-01",
        DENY, "", ""),                           /* CAS only receives */
    ROW("vulnerabilities from CI-OPERATORS to CAS at 2025-06-01",
        DENY, "", ""),                           /* only 甲乙丙 share with CAS */
};

static void cabinet_secretariat_art_3_2(void **state) { RUN(state, art_3_2); }

/* ---------------------------------------------------------------------- */
/* 2024 Art. 4: 有効期間は、協定締結の日から起算して1年間とする。ただし、
 * 期間満了日の1か月前までに…申し出がない場合は…更に1年間延長…以後も同様。 */

static const row art_4[] = {
    ROW("threat-intel from MOD to IPA at 1900-01-01",
        DENY, "", ""),                           /* long before signing */
    ROW("threat-intel from MOD to IPA at 2024-12-26",
        DENY, "", ""),                           /* the day before 協定締結の日 */
    ROW("threat-intel from MOD to IPA at 2024-12-27",
        ALLOW, "art-2-2", ""),                   /* 協定締結の日から起算して */
    ROW("threat-intel from MOD to IPA at 2025-11-26",
        ALLOW, "art-2-2", ""),                   /* the last day for a notice */
    ROW("threat-intel from MOD to IPA at 2025-12-26",
        ALLOW, "art-2-2", ""),                   /* 期間満了日 of the first year */
    ROW("threat-intel from MOD to IPA at 2025-12-27",
        ALLOW, "art-2-2", ""),                   /* 更に1年間延長: no notice */
    ROW("threat-intel from MOD to IPA at 2026-06-01",
        ALLOW, "art-2-2", ""),                   /* within the first renewal */
    ROW("threat-intel from MOD to IPA at 2026-12-26",
        ALLOW, "art-2-2", ""),                   /* last day of the first renewal */
    ROW("threat-intel from MOD to IPA at 2026-12-27",
        ALLOW, "art-2-2", ""),                   /* 以後も同様: second renewal */
    ROW("threat-intel from MOD to IPA at 2034-12-27",
        ALLOW, "art-2-2", ""),                   /* tenth renewal */
    ROW("threat-intel from MOD to IPA at 9999-12-31",
        ALLOW, "art-2-2", ""),                   /* renewals run to the end of the calendar */
    ROW("vulnerabilities from IPA to CAS at 2025-12-27",
        NEEDS, "art-3-2", "MOD and METI"),       /* Art. 3(2) renews with it */
    ROW("research from METI to IPA at 2026-06-01",
        ALLOW, "art-2-2-5", ""),                 /* ⑸ renews with it */
};

static void term_and_renewal_art_4(void **state) { RUN(state, art_4); }

/* ---------------------------------------------------------------------- */
/* Beyond the 2024 agreement: sharing among 甲乙丙 only (Art. 2(2)), and with
 * 内閣官房 (Art. 3(2)); the companies of Art. 1 are served, not recipients. */

static const row outside_2024[] = {
    ROW("vulnerabilities from IPA to CI-OPERATORS at 2025-06-01",
        DENY, "", ""),                           /* Art. 1 重要インフラ事業者 */
    ROW("attack-methods from MOD to DEFENSE-INDUSTRY at 2025-06-01",
        DENY, "", ""),                           /* Art. 1 防衛産業事業者等 */
    ROW("prevention from METI to DEFENSE-INDUSTRY consent MOD, IPA at 2025-06-01",
        DENY, "", ""),                           /* consents do not make a rule */
    ROW("vulnerabilities from CAS to MOD at 2025-06-01",
        DENY, "", ""),                           /* 内閣官房 is no signatory */
    ROW("vulnerabilities from NCO to IPA at 2025-06-01",
        DENY, "", ""),                           /* nor its office */
    ROW("threat-intel from METI to DHS at 2025-06-01",
        DENY, "", ""),                           /* DHS is no party to 2024 */
    ROW("threat-intel from DHS to METI at 2025-06-01",
        DENY, "", ""),                           /* nor a provider under it */
};

static void outside_the_2024_agreement(void **state) { RUN(state, outside_2024); }

/* ---------------------------------------------------------------------- */
/* MoC [METI] 覚書のポイント, 協力分野: 運用面での協力 / 制御システムセキュリティの
 * 向上 / インド太平洋地域等の能力向上に関する協力 / サイバーセキュリティ関連規制
 * 及びスキームの調和のための対話促進.                                       */

static const row moc_areas[] = {
    ROW("operational-cooperation from METI to DHS at 2023-06-01",
        ALLOW, "moc-cooperation", ""),           /* 運用面での協力 */
    ROW("operational-cooperation from DHS to METI at 2023-06-01",
        ALLOW, "moc-cooperation", ""),           /* …both ways */
    ROW("ics-security from METI to DHS at 2023-06-01",
        ALLOW, "moc-cooperation", ""),           /* 制御システムセキュリティ */
    ROW("ics-security from DHS to METI at 2023-06-01",
        ALLOW, "moc-cooperation", ""),           /* 制御システムセキュリティ, DHS to METI */
    ROW("indo-pacific-capacity from METI to DHS at 2023-06-01",
        ALLOW, "moc-cooperation", ""),           /* インド太平洋地域等の能力向上 */
    ROW("regulatory-dialogue from DHS to METI at 2023-06-01",
        ALLOW, "moc-cooperation", ""),           /* 規制及びスキームの調和 */
    ROW("moc-areas from METI to DHS at 2023-06-01",
        ALLOW, "moc-cooperation", ""),           /* 協力分野 as a whole */
    ROW("best-practices from METI to DHS at 2023-06-01",
        ALLOW, "moc-cooperation", ""),           /* a sub-category of capacity building */
    ROW("operational-cooperation from METI to CISA at 2023-06-01",
        ALLOW, "moc-cooperation", ""),           /* [DHS] "their agencies": CISA is in DHS */
    ROW("ics-security from CISA to METI at 2023-06-01",
        ALLOW, "moc-cooperation", ""),           /* from a DHS agency */
    ROW("operational-cooperation from CISA to DHS at 2023-06-01",
        ALLOW, "moc-cooperation", ""),           /* within DHS */
    ROW("operational-cooperation from METI to IPA at 2023-06-01",
        DENY, "", ""),                           /* IPA is no participant */
    ROW("operational-cooperation from DHS to MOD at 2023-06-01",
        DENY, "", ""),                           /* nor is MOD */
    ROW("operational-cooperation from IPA to DHS at 2023-06-01",
        DENY, "", ""),                           /* nor does IPA send under the MoC */
    ROW("operational-cooperation from IPA to CISA at 2023-06-01",
        DENY, "", ""),                           /* IPA is no part of METI; CISA is DHS's */
    ROW("operational-cooperation from CISA to IPA at 2023-06-01",
        DENY, "", ""),                           /* …either way */
    ROW("ics-security from METI to CI-OPERATORS at 2023-06-01",
        DENY, "", ""),                           /* CI is served, not a recipient */
    ROW("regulatory-dialogue from METI to ASEAN at 2023-06-01",
        DENY, "", ""),                           /* only best practices go to partners */
    ROW("vulnerabilities from METI to DHS at 2025-06-01",
        DENY, "", ""),                           /* a 2024 category is no MoC area */
};

static void cooperation_areas_moc(void **state) { RUN(state, moc_areas); }

/* ---------------------------------------------------------------------- */
/* MoC [DHS] "continue sharing best practices with our Indo-Pacific partners". */

static const row moc_best_practices[] = {
    ROW("best-practices from METI to ASEAN at 2023-06-01",
        ALLOW, "moc-best-practices", ""),        /* [DHS] "with our Indo-Pacific partners" */
    ROW("best-practices from DHS to AUS at 2023-06-01",
        ALLOW, "moc-best-practices", ""),        /* …from either participant */
    ROW("best-practices from CISA to IND at 2023-06-01",
        ALLOW, "moc-best-practices", ""),        /* a DHS agency */
    ROW("indo-pacific-capacity from METI to ASEAN at 2023-06-01",
        DENY, "", ""),                           /* the broader area stays between METI and DHS */
    ROW("best-practices from AUS to METI at 2023-06-01",
        DENY, "", ""),                           /* partners only receive */
    ROW("best-practices from ASEAN to IND at 2023-06-01",
        DENY, "", ""),                           /* nor pass them among themselves */
    ROW("best-practices from IPA to ASEAN at 2023-06-01",
        DENY, "", ""),                           /* IPA is no participant */
    ROW("best-practices from METI to ASEAN originator DHS at 2023-06-01",
        NEEDS, "moc-best-practices", "DHS"),     /* DHS's practice, passed on by METI */
    ROW("best-practices from METI to ASEAN originator DHS consent DHS at 2023-06-01",
        ALLOW, "moc-best-practices", ""),        /* …with DHS's consent */
    ROW("best-practices from METI to IND originator CISA consent DHS at 2023-06-01",
        NEEDS, "moc-best-practices", "CISA"),    /* DHS's consent is not CISA's */
    ROW("best-practices from DHS to AUS originator CISA at 2023-06-01",
        NEEDS, "moc-best-practices", "CISA"),    /* onward compares by identity */
    ROW("best-practices from METI to AUS originator IND at 2023-06-01",
        NEEDS, "moc-best-practices", "IND"),     /* a partner's own practice */
    ROW("best-practices from DHS to METI originator AUS at 2023-06-01",
        ALLOW, "moc-cooperation", ""),           /* between the participants: no consent */
};

static void best_practices_moc(void **state) { RUN(state, moc_best_practices); }

/* ---------------------------------------------------------------------- */
/* MoC: signed 2023-01-06 [METI 日時]; the texts give no term.               */

static const row moc_term[] = {
    ROW("regulatory-dialogue from METI to DHS at 1900-01-01",
        DENY, "", ""),                           /* long before signing */
    ROW("regulatory-dialogue from METI to DHS at 2023-01-05",
        DENY, "", ""),                           /* the day before signing */
    ROW("regulatory-dialogue from METI to DHS at 2023-01-06",
        ALLOW, "moc-cooperation", ""),           /* 2023年1月6日 */
    ROW("regulatory-dialogue from METI to DHS at 2030-01-06",
        ALLOW, "moc-cooperation", ""),           /* no term */
    ROW("best-practices from DHS to IND at 9999-12-31",
        ALLOW, "moc-best-practices", ""),        /* no end */
};

static void in_force_without_end_moc(void **state) { RUN(state, moc_term); }

/* ---------------------------------------------------------------------- */
/* Across the two agreements: ics-vulnerabilities is control-system security
 * (MoC) and 脆弱性に関する情報 (2024 Art. 2(2)⑵).                           */

static const row across[] = {
    ROW("ics-vulnerabilities from METI to DHS at 2024-06-01",
        ALLOW, "moc-cooperation", ""),           /* MoC in force, 2024 not yet */
    ROW("ics-vulnerabilities from METI to MOD at 2024-06-01",
        DENY, "", ""),                           /* 2024 not yet signed */
    ROW("ics-vulnerabilities from METI to MOD at 2025-06-01",
        ALLOW, "art-2-2", ""),                   /* 2024 Art. 2(2)⑵ */
    ROW("ics-vulnerabilities from MOD to DHS at 2025-06-01",
        DENY, "", ""),                           /* MOD is no MoC participant */
    ROW("ics-vulnerabilities from METI to DHS originator IPA scope signatories-only "
        "at 2024-06-01",
        ALLOW, "moc-cooperation", ""),           /* 2024 Art. 3(1) not yet in force */
    ROW("ics-vulnerabilities from METI to DHS originator IPA scope signatories-only "
        "at 2025-06-01",
        NEEDS, "moc-cooperation", "IPA"),        /* 2024 Art. 3(1) binds the MoC transfer */
    ROW("ics-vulnerabilities from METI to DHS originator IPA scope signatories-only "
        "consent IPA at 2025-06-01",
        ALLOW, "moc-cooperation", ""),           /* 相手方の同意 given */
    ROW("ics-vulnerabilities from METI to DHS originator IPA scope recipient-only "
        "at 2025-06-01",
        NEEDS, "moc-cooperation", "IPA"),        /* 2024 Art. 3(1), scope without audience */
    ROW("ics-vulnerabilities from METI to CAS consent MOD, IPA at 2025-06-01",
        ALLOW, "art-3-2", ""),                   /* 2024 Art. 3(2) */
    ROW("ics-security from METI to DHS originator IPA scope {METI} at 2025-06-01",
        NEEDS, "moc-cooperation", "IPA"),        /* 3(1) binds whatever it is filed under */
    ROW("ics-security from METI to DHS originator MOD scope signatories-only at 2025-06-01",
        NEEDS, "moc-cooperation", "MOD"),        /* …so a MoC area is no way round it */
    ROW("ics-security from METI to DHS originator MOD scope signatories-only "
        "consent MOD at 2025-06-01",
        ALLOW, "moc-cooperation", ""),           /* 相手方の同意 given */
    ROW("ics-security from METI to DHS originator METI scope signatories-only at 2025-06-01",
        ALLOW, "moc-cooperation", ""),           /* 乙's own designation */
    ROW("vulnerabilities from METI to IPA originator DHS scope {METI, DHS} at 2025-06-01",
        NEEDS, "art-2-2", "DHS"),                /* MoC reading: DHS's audience binds METI */
    ROW("vulnerabilities from METI to IPA originator DHS scope {METI, DHS} "
        "consent DHS at 2025-06-01",
        ALLOW, "art-2-2", ""),                   /* …unless DHS consents */
    ROW("ics-security from METI to CISA originator DHS scope {METI} at 2025-06-01",
        ALLOW, "moc-cooperation", ""),           /* given back to DHS */
};

static void across_the_two_agreements(void **state) { RUN(state, across); }

/* ---------------------------------------------------------------------- */
/* The acceptance queries of the project (README), with the date given.    */

static const row acceptance[] = {
    ROW("vulnerabilities from IPA to CAS consent MOD, METI at 2025-06-01",
        ALLOW, "art-3-2", ""),                   /* 2024 Art. 3(2) */
    ROW("vulnerabilities from IPA to CAS at 2025-06-01",
        NEEDS, "art-3-2", "MOD and METI"),       /* 2024 Art. 3(2) */
};

static void acceptance_queries(void **state) { RUN(state, acceptance); }

/* ---------------------------------------------------------------------- */
/* Art. 4 with a notice: the real policy records none, so these rows
 * compile the same three files with hypothetical notices added after the
 * `term` line of the 2024 agreement.                                      */

static char *text_with_notices(const char *notices)
{
    static const char anchor[] = "term 1y renews 1y unless notice 1mo;\n";
    char *moc = source_file("policies/meti-dhs-moc-2023.spol", NULL);
    char *agr = source_file("policies/mod-meti-ipa-2024.spol", NULL);
    char *par = source_file("policies/parties.spol", NULL);
    char *at = strstr(agr, anchor);
    assert_non_null(at);
    at += strlen(anchor);

    size_t len = strlen(moc) + strlen(agr) + strlen(par) + strlen(notices) + 4;
    char *text = malloc(len);
    assert_non_null(text);
    snprintf(text, len, "%s\n%.*s%s%s\n%s", moc, (int)(at - agr), agr, notices, at, par);
    free(moc);
    free(agr);
    free(par);
    return text;
}

static sharepol_policy *compile_with_notices(const char *notices)
{
    char *text = text_with_notices(notices);
    sharepol_policy *p = compile_ok(text);
    free(text);
    return p;
}

/* 期間満了日 2025-12-26, 1 か月前 = 2025-11-26: a notice that day is in time. */
static const row notice_in_time[] = {
    ROW("threat-intel from MOD to IPA at 2025-12-26",
        ALLOW, "art-2-2", ""),                   /* last day in force */
    ROW("threat-intel from MOD to IPA at 2025-12-27",
        DENY, "", ""),                           /* no renewal */
    ROW("vulnerabilities from IPA to CAS consent MOD, METI at 2025-12-27",
        DENY, "", ""),                           /* Art. 3(2) ends with it */
    ROW("ics-vulnerabilities from METI to DHS at 2025-12-27",
        ALLOW, "moc-cooperation", ""),           /* the MoC is not affected */
    ROW("ics-vulnerabilities from METI to DHS originator IPA scope signatories-only "
        "at 2025-12-27",
        ALLOW, "moc-cooperation", ""),           /* nor bound by Art. 3(1) any more */
};

static void notice_in_time_ends_the_first_year(void **state)
{
    (void)state;
    sharepol_policy *p = compile_with_notices("  notice by IPA on 2025-11-26;\n");
    run_rows(p, notice_in_time, sizeof notice_in_time / sizeof notice_in_time[0]);
    sharepol_policy_release(p);
}

/* One day late: it counts against the first renewal. */
static const row notice_late[] = {
    ROW("threat-intel from MOD to IPA at 2025-12-27",
        ALLOW, "art-2-2", ""),                   /* renewed all the same */
    ROW("threat-intel from MOD to IPA at 2026-12-26",
        ALLOW, "art-2-2", ""),                   /* last day of the renewal */
    ROW("threat-intel from MOD to IPA at 2026-12-27",
        DENY, "", ""),                           /* ended */
};

static void late_notice_ends_the_first_renewal(void **state)
{
    (void)state;
    sharepol_policy *p = compile_with_notices("  notice by MOD on 2025-11-27;\n");
    run_rows(p, notice_late, sizeof notice_late / sizeof notice_late[0]);
    sharepol_policy_release(p);
}

/* Art. 4 lets 甲、乙又は丙 give notice; the SDF, a unit of MOD, are not 甲
 * (`parties signatories except SDF`), so their notice is an error. */
static void notice_by_sdf_is_refused(void **state)
{
    (void)state;
    char *text = text_with_notices("  notice by SDF on 2025-11-20;\n");
    char *diags = compile_fails(text);
    assert_non_null(strstr(diags, "error[notice-by-outsider]: 'SDF' is not a party to agreement "
                                  "'mod-meti-ipa-2024'; only its parties can give notice"));
    free(diags);
    free(text);
}

/* With several notices the earliest end wins. */
static const row notices_earliest[] = {
    ROW("threat-intel from MOD to IPA at 2026-12-26",
        ALLOW, "art-2-2", ""),                   /* MOD's notice: the first renewal is the last */
    ROW("threat-intel from MOD to IPA at 2026-12-27",
        DENY, "", ""),                           /* MOD's notice ended it after 2026-12-26 */
};

static void earliest_notice_wins(void **state)
{
    (void)state;
    sharepol_policy *p = compile_with_notices("  notice by METI on 2027-10-01;\n"
                                              "  notice by MOD on 2026-11-26;\n");
    run_rows(p, notices_earliest, sizeof notices_earliest / sizeof notices_earliest[0]);
    sharepol_policy_release(p);
}

/* ---------------------------------------------------------------------- */

/* `sharepol check policies/` is clean: no error and no warning. */
static void policies_compile_cleanly(void **state)
{
    (void)state;
    sharepol_policy *p = NULL;
    sharepol_diagnostics *d = NULL;
    int st = sharepol_compile_files(&p, policy_files, N_POLICY_FILES, NULL, &d);
    if (sharepol_diagnostics_count(d) != 0) {
        char *rendered = NULL;
        sharepol_diagnostics_render(&rendered, d, 0);
        print_error("%s", rendered ? rendered : "");
        sharepol_string_free(rendered);
    }
    assert_int_equal(st, SHAREPOL_OK);
    assert_int_equal(sharepol_diagnostics_errors(d), 0);
    assert_int_equal(sharepol_diagnostics_warnings(d), 0);
    sharepol_diagnostics_free(d);
    sharepol_policy_release(p);
}

static int setup(void **state)
{
    sharepol_policy *p = NULL;
    sharepol_diagnostics *d = NULL;
    int st = sharepol_compile_files(&p, policy_files, N_POLICY_FILES, NULL, &d);
    if (st != SHAREPOL_OK) {
        char *rendered = NULL;
        sharepol_diagnostics_render(&rendered, d, 0);
        fprintf(stderr, "%s", rendered ? rendered : "");
        sharepol_string_free(rendered);
        sharepol_diagnostics_free(d);
        return -1;
    }
    sharepol_diagnostics_free(d);
    *state = p;
    return 0;
}

static int teardown(void **state)
{
    sharepol_policy_release(*state);
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(policies_compile_cleanly),
        cmocka_unit_test(acceptance_queries),
        cmocka_unit_test(mutual_sharing_art_2_2),
        cmocka_unit_test(research_only_from_meti_art_2_2_5),
        cmocka_unit_test(sharing_scope_art_3_1),
        cmocka_unit_test(cabinet_secretariat_art_3_2),
        cmocka_unit_test(term_and_renewal_art_4),
        cmocka_unit_test(outside_the_2024_agreement),
        cmocka_unit_test(cooperation_areas_moc),
        cmocka_unit_test(best_practices_moc),
        cmocka_unit_test(in_force_without_end_moc),
        cmocka_unit_test(across_the_two_agreements),
        cmocka_unit_test(notice_in_time_ends_the_first_year),
        cmocka_unit_test(late_notice_ends_the_first_renewal),
        cmocka_unit_test(notice_by_sdf_is_refused),
        cmocka_unit_test(earliest_notice_wins),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
