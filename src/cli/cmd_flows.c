/* cmd_flows.c — `sharepol flows`: where can an item end up?
 *
 * Starting with the originator as the holder (or, with --from, a party
 * that already holds the item), every allowed (or consent-needing) transfer
 * moves the item to a new holder; the originator, the scope, the category
 * and the date stay.  Each step is decided with its own holder as the
 * sender, so a rule that reads the sender (`to organisation of from`,
 * LANGUAGE.md 10.2) is read afresh at every hop.  A breadth-first search finds,
 * for every party the item can reach, a shortest chain (fewest transfers,
 * then fewest transfers that need consent) and the consent each step
 * needs.  It asks sharepol_decide for every pair of holder and recipient:
 * n x n decisions, well under a second for thousands of parties. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char help[] =
    "usage: sharepol flows [options] FILE...|DIR --category C --originator O\n"
    "\n"
    "List every party an item can reach by chains of allowed transfers (each\n"
    "recipient becomes the next holder; the originator and scope stay), each\n"
    "with a shortest chain, the rule of each step and the consent each step\n"
    "still needs.\n"
    "\n"
    "options:\n"
    "  --category C    the item's category (required)\n"
    "  --originator O  the party that provided the item (required)\n"
    "  --scope S       the scope the originator designated\n"
    "  --from H        start from H, who already holds the item (default: the\n"
    "                  originator)\n"
    "  --to P          only answer: can the item reach P?  (exit 0 yes, 1 no)\n"
    "  --at DATE       the date of the transfers (default: today, UTC)\n"
    "  -q, --quiet     do not report the policy's warnings\n"
    "  -h, --help      show this help\n"
    "\n"
    "exit codes: 0 listed (with --to: reachable), 1 not reachable or policy errors,\n"
    "            2 usage or unreadable file\n";

typedef struct hop {
    int steps;           /* transfers from the originator; -1: not reached */
    int consent_steps;   /* of which need consent */
    sharepol_id via;     /* the holder before */
    const sharepol_rule_info *rule;
    char *needs;         /* the residual of this step, or NULL */
} hop;

typedef struct flows_options {
    const char *category, *originator, *scope, *target, *holder;
} flows_options;

static int flows_option(void *ctx, int argc, char **argv, int *i)
{
    flows_options *o = ctx;
    const char *v;
    if ((v = cli_option_value("--category", argc, argv, i)))
        o->category = v;
    else if ((v = cli_option_value("--originator", argc, argv, i)))
        o->originator = v;
    else if ((v = cli_option_value("--scope", argc, argv, i)))
        o->scope = v;
    else if ((v = cli_option_value("--to", argc, argv, i)))
        o->target = v;
    else if ((v = cli_option_value("--from", argc, argv, i)))
        o->holder = v;
    else
        return 0;
    return 1;
}

/* One search layer: from every holder reached in `steps` transfers. */
static bool expand(const sharepol_policy *policy, sharepol_query *q, hop *hops, size_t n,
                   int steps)
{
    bool grew = false;
    for (size_t h = 0; h < n; h++) {
        if (hops[h].steps != steps)
            continue;
        q->from = (sharepol_id)h;
        for (size_t t = 0; t < n; t++) {
            if (t == h || (hops[t].steps >= 0 && hops[t].steps <= steps))
                continue;
            q->to = (sharepol_id)t;
            sharepol_result r;
            int d = sharepol_decide(policy, q, &r);
            if (d != SHAREPOL_ALLOW && d != SHAREPOL_NEEDS_CONSENT)
                continue;
            int consent_steps = hops[h].consent_steps + (d == SHAREPOL_NEEDS_CONSENT);
            if (hops[t].steps == steps + 1 && hops[t].consent_steps <= consent_steps)
                continue;
            free(hops[t].needs);
            hops[t].needs = NULL;
            if (d == SHAREPOL_NEEDS_CONSENT) {
                sharepol_residual *res = NULL;
                if (sharepol_residual_new(&res, policy, q, &r) == SHAREPOL_OK)
                    hops[t].needs = strdup(sharepol_residual_text(res));
                sharepol_residual_free(res);
            }
            hops[t].steps = steps + 1;
            hops[t].consent_steps = consent_steps;
            hops[t].via = (sharepol_id)h;
            hops[t].rule = r.rule;
            grew = true;
        }
    }
    return grew;
}

static void print_chain(const sharepol_policy *policy, const hop *hops, sharepol_id p)
{
    if (hops[p].via < 0) {
        printf("%s", sharepol_name(policy, SHAREPOL_KIND_PARTY, p));
        return;
    }
    print_chain(policy, hops, hops[p].via);
    printf(" -> %s (%s", sharepol_name(policy, SHAREPOL_KIND_PARTY, p), hops[p].rule->name);
    if (hops[p].needs)
        printf("; needs consent of %s", hops[p].needs);
    putchar(')');
}

int cmd_flows(int argc, char **argv)
{
    cli_common common = { NULL, 0, false, false, SHAREPOL_DATE_TODAY };
    flows_options o = { NULL, NULL, NULL, NULL, NULL };
    int done = cli_parse_args(&common, "flows", help, argc, argv, flows_option, &o, NULL);
    if (done >= 0)
        return done;
    const char *category = o.category, *originator = o.originator, *scope = o.scope,
               *target = o.target;
    if (!category || !originator)
        return cli_usage_error("flows", "--category and --originator are required");
    int exit_code = EXIT_OK;
    sharepol_policy *policy = cli_compile(&common, &exit_code, NULL);
    if (!policy)
        return exit_code;

    sharepol_query q = SHAREPOL_QUERY_INIT;
    q.category = sharepol_category(policy, category);
    q.originator = sharepol_party(policy, originator);
    q.scope = scope ? sharepol_scope(policy, scope) : SHAREPOL_ID_NONE;
    q.date = common.at == SHAREPOL_DATE_TODAY ? sharepol_date_today() : common.at;
    sharepol_id to = target ? sharepol_party(policy, target) : SHAREPOL_ID_NONE;
    sharepol_id start = o.holder ? sharepol_party(policy, o.holder) : q.originator;
    const char *bad = q.category < 0                  ? "category"
                      : q.originator < 0              ? "party"
                      : q.scope == SHAREPOL_ID_UNKNOWN ? "scope"
                      : to == SHAREPOL_ID_UNKNOWN      ? "party"
                      : start < 0                      ? "party"
                                                       : NULL;
    const char *what = q.category < 0 ? category : q.originator < 0 ? originator
                       : q.scope == SHAREPOL_ID_UNKNOWN ? scope
                       : to == SHAREPOL_ID_UNKNOWN      ? target : o.holder;
    if (bad) {
        int kind = bad[0] == 'c' ? SHAREPOL_KIND_CATEGORY
                   : bad[0] == 's' ? SHAREPOL_KIND_SCOPE : SHAREPOL_KIND_PARTY;
        char near[128];
        int code = cli_usage_error("flows", "the policy declares no %s '%s'%s", bad, what,
                                   cli_did_you_mean(near, sizeof near, policy, kind, what));
        sharepol_policy_release(policy);
        return code;
    }
    size_t n = sharepol_count(policy, SHAREPOL_KIND_PARTY);
    hop *hops = calloc(n + 1, sizeof *hops);
    if (!hops) {
        sharepol_policy_release(policy);
        fputs("sharepol flows: out of memory\n", stderr);
        return EXIT_USAGE;
    }
    for (size_t p = 0; p < n; p++) {
        hops[p].steps = -1;
        hops[p].via = -1;
    }
    hops[start].steps = 0;
    for (int steps = 0; expand(policy, &q, hops, n, steps); steps++)
        ;

    char day[11];
    sharepol_date_format(day, q.date);
    if (to >= 0) {
        if (hops[to].steps > 0 || to == start) {
            printf("yes: ");
            print_chain(policy, hops, to);
            putchar('\n');
        } else {
            printf("no: %s cannot reach %s on %s\n", o.holder ? o.holder : originator, target,
                   day);
            exit_code = EXIT_REJECTED;
        }
    } else {
        printf("category %s, originator %s, %s%s%s%s%s, on %s:\n", category, originator,
               o.holder ? "held by " : "", o.holder ? o.holder : "", o.holder ? ", " : "",
               scope ? "scope " : "no scope", scope ? scope : "", day);
        size_t reached = 0;
        for (int steps = 1; steps <= (int)n; steps++)
            for (size_t p = 0; p < n; p++)
                if (hops[p].steps == steps) {
                    printf("  %s: ", sharepol_name(policy, SHAREPOL_KIND_PARTY, (sharepol_id)p));
                    print_chain(policy, hops, (sharepol_id)p);
                    putchar('\n');
                    reached++;
                }
        if (reached == 0)
            printf("  (no party can receive it)\n");
        bool header = false;
        for (size_t p = 0; p < n; p++)
            if (hops[p].steps < 0) {
                printf("%s%s", header ? ", " : "not reachable: ",
                       sharepol_name(policy, SHAREPOL_KIND_PARTY, (sharepol_id)p));
                header = true;
            }
        if (header)
            putchar('\n');
    }
    for (size_t p = 0; p < n; p++)
        free(hops[p].needs);
    free(hops);
    sharepol_policy_release(policy);
    return exit_code;
}
