/* embed.c — the life of a program that links libsharepol (docs/api.md):
 * compile once, intern the names once, decide many times; read a residual
 * and an explanation; parse a query written as text.
 *
 *   cc -std=c11 embed.c $(pkg-config --cflags --libs sharepol) -o embed
 *   ./embed docs/tutorial
 */
#include <stdio.h>
#include <string.h>

#include <sharepol.h>

/* Prints a residual's tree: what a needs-consent answer still needs. */
static void print_node(const sharepol_policy *policy, const sharepol_consent_node *n, int depth)
{
    static const char *const kinds[] = { "", "party", "and", "or", "any of", "count" };
    printf("%*s%s", 2 * depth, "", kinds[n->kind]);
    if (n->kind == SHAREPOL_CONSENT_PARTY)
        printf(" %s", sharepol_name(policy, SHAREPOL_KIND_PARTY, n->party));
    if (n->kind == SHAREPOL_CONSENT_COUNT)
        printf(" %u of", n->count);
    for (size_t i = 0; i < n->n_parties; i++)
        printf(" %s", sharepol_name(policy, SHAREPOL_KIND_PARTY, n->parties[i]));
    putchar('\n');
    for (size_t i = 0; i < n->n_children; i++)
        print_node(policy, n->children[i], depth + 1);
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: embed POLICY_DIR\n");
        return 2;
    }
    /* The library must be the major version the header was written for. */
    if (sharepol_version_number() / 10000 != SHAREPOL_VERSION_MAJOR) {
        fprintf(stderr, "embed: built for %s, linked with %s\n", SHAREPOL_VERSION_STRING,
                sharepol_version());
        return 2;
    }

    /* 1. Compile once.  Diagnostics come back on success too (warnings). */
    sharepol_compile_options opts = SHAREPOL_COMPILE_OPTIONS_INIT;
    opts.flags = SHAREPOL_COMPILE_WERROR; /* a policy with warnings is refused */
    sharepol_policy *policy = NULL;
    sharepol_diagnostics *diags = NULL;
    const char *paths[] = { argv[1] };
    int st = sharepol_compile_files(&policy, paths, 1, &opts, &diags);
    if (sharepol_diagnostics_count(diags) > 0) {
        char *text = NULL;
        if (sharepol_diagnostics_render(&text, diags, 0) == SHAREPOL_OK)
            fputs(text, stderr);
        sharepol_string_free(text);
    }
    sharepol_diagnostics_free(diags);
    if (st != SHAREPOL_OK) {
        fprintf(stderr, "embed: %s: %s\n", argv[1], sharepol_strerror(st));
        return 1;
    }
    printf("compiled %zu rules with libsharepol %s\n",
           sharepol_count(policy, SHAREPOL_KIND_RULE), sharepol_version());

    /* 2. Intern the names once: the hot path works with small integers. */
    sharepol_id vulnerabilities = sharepol_category(policy, "vulnerabilities");
    sharepol_id ipa = sharepol_party(policy, "IPA");
    sharepol_id cas = sharepol_party(policy, "CAS");
    sharepol_id mod = sharepol_party(policy, "MOD");
    sharepol_id typo = sharepol_party(policy, "IAP");
    int32_t day;
    sharepol_date_parse(&day, "2025-06-01");

    /* 3. Decide as often as needed: no allocation, no lock. */
    sharepol_query q = SHAREPOL_QUERY_INIT;
    q.category = vulnerabilities;
    q.from = ipa;
    q.to = cas;
    q.date = day;
    sharepol_result r;
    int decision = sharepol_decide(policy, &q, &r);
    printf("decision %d (%s), rule %s at %s:%u:%u, %u more consent(s)\n", decision,
           sharepol_decision_name(decision), r.rule ? r.rule->name : "-",
           r.rule ? r.rule->file : "-", r.rule ? r.rule->line : 0, r.rule ? r.rule->column : 0,
           r.residual_size);

    /* 4. What is still missing: as text, and as a tree to walk. */
    if (decision == SHAREPOL_NEEDS_CONSENT) {
        sharepol_residual *res = NULL;
        if (sharepol_residual_new(&res, policy, &q, &r) == SHAREPOL_OK) {
            printf("residual: %s\n", sharepol_residual_text(res));
            print_node(policy, sharepol_residual_root(res), 1);
        }
        sharepol_residual_free(res);
    }
    q.consents = &mod; /* MOD consents: the array is read during the call only */
    q.n_consents = 1;
    decision = sharepol_decide(policy, &q, &r);
    printf("with MOD's consent: %s, %u more consent(s)\n", sharepol_decision_name(decision),
           r.residual_size);

    /* 5. An undeclared name is an error, never a deny and never an allow. */
    q.from = typo;
    decision = sharepol_decide(policy, &q, &r);
    printf("with 'IAP': %d (%s); allowed: %s\n", decision, sharepol_strerror(decision),
           decision == SHAREPOL_ALLOW ? "yes" : "no");

    /* 6. A query written as text, and the reasoning behind its answer. */
    const char *text = "research from IPA to MOD originator METI at 2025-06-01";
    sharepol_parsed_query *pq = NULL;
    st = sharepol_query_parse(&pq, policy, text, strlen(text), NULL);
    if (st == SHAREPOL_OK) {
        sharepol_explanation *ex = NULL;
        if (sharepol_explain(&ex, policy, sharepol_parsed_query_get(pq)) > 0)
            fputs(sharepol_explanation_text(ex), stdout);
        sharepol_explanation_free(ex);
    }
    sharepol_parsed_query_free(pq);

    /* 7. Release: ids, rule infos and names borrowed from it die with it. */
    sharepol_policy_release(policy);
    return 0;
}
