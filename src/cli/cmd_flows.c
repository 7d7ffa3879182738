/* cmd_flows.c — `sharepol flows`: where can an item end up?
 *
 * Starting with the originator as the holder (or, with --from, a party
 * that already holds the item), every allowed (or consent-needing) transfer
 * moves the item to a new holder; the originator, the markings, the category
 * and the date stay.  Each step is decided with its own holder as the
 * sender, so a rule that reads the sender (`to organisation of from`,
 * docs/language.md) is read afresh at every hop.  A breadth-first search finds,
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
    "recipient becomes the next holder; the originator and markings stay), each\n"
    "with a shortest chain, the rule of each step and the consent each step\n"
    "still needs.\n"
    "\n"
    "options:\n"
    "  --category C    the item's category (required)\n"
    "  --originator O  the party that provided the item (required)\n"
    "  --scope M       a marking the item carries: a scope, an audience {A, B}, or\n"
    "                  several as in a query, 'S, {A, B}'; may be repeated\n"
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
    const char *category, *originator, *target;
    const char *holder; /* --from, or NULL: the originator holds the item */
    char scope[4096];   /* every --scope, joined with ", " */
    const char *scopes; /* scope, or NULL when no --scope was given */
} flows_options;

static int flows_option(void *ctx, int argc, char **argv, int *i)
{
    flows_options *o = ctx;
    const char *v;
    if ((v = cli_option_value("--category", argc, argv, i)))
        o->category = v;
    else if ((v = cli_option_value("--originator", argc, argv, i)))
        o->originator = v;
    else if ((v = cli_option_value("--scope", argc, argv, i))) {
        size_t used = strlen(o->scope);
        int w = snprintf(o->scope + used, sizeof o->scope - used, "%s%s", used ? ", " : "", v);
        if (w < 0 || (size_t)w >= sizeof o->scope - used) {
            cli_usage_error("flows", "--scope: the markings are longer than %zu bytes",
                            sizeof o->scope - 1);
            return -1;
        }
        o->scopes = o->scope;
    }
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

/* The markings of --scope, read by the library's QUERY parser as the
 * `scope` part of a query about the item: the same syntax, names and
 * suggestions as everywhere.  *pq holds them; q receives them.
 * @return -1 to go on, or the exit code of a usage error already reported. */
static int read_markings(const sharepol_policy *policy, const char *category,
                         const char *originator, const char *scopes, sharepol_query *q,
                         sharepol_parsed_query **pq)
{
    size_t len = strlen(category) + strlen(originator) * 2 + strlen(scopes) + 32;
    char *text = malloc(len);
    if (!text) {
        fputs("sharepol flows: out of memory\n", stderr);
        return EXIT_USAGE;
    }
    snprintf(text, len, "%s from %s to %s scope %s", category, originator, originator, scopes);
    sharepol_diagnostics *diags = NULL;
    int st = sharepol_query_parse(pq, policy, text, strlen(text), &diags);
    free(text);
    const sharepol_query *parsed = *pq ? sharepol_parsed_query_get(*pq) : NULL;
    if (parsed && (parsed->n_consents || parsed->purpose != SHAREPOL_ID_NONE ||
                   parsed->date != SHAREPOL_DATE_TODAY || parsed->originator != SHAREPOL_ID_NONE))
        st = SHAREPOL_EPARSE; /* another part of a query, after the markings */
    if (st != SHAREPOL_OK || !parsed) {
        const sharepol_diagnostic *d = sharepol_diagnostics_get(diags, 0);
        const sharepol_diagnostic *note = sharepol_diagnostics_get(diags, 1);
        if (d && note && note->severity == SHAREPOL_SEVERITY_NOTE)
            cli_usage_error("flows", "--scope '%s': %s; %s", scopes, d->message, note->message);
        else
            cli_usage_error("flows", "--scope '%s': %s", scopes,
                            d ? d->message : "only markings may follow --scope");
        sharepol_diagnostics_free(diags);
        sharepol_parsed_query_free(*pq);
        *pq = NULL;
        return EXIT_USAGE;
    }
    sharepol_diagnostics_free(diags);
    q->scope = parsed->scope;
    q->audience = parsed->audience;
    q->n_audience = parsed->n_audience;
    q->markings = parsed->markings;
    q->n_markings = parsed->n_markings;
    return -1;
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
    flows_options o;
    memset(&o, 0, sizeof o);
    int done = cli_parse_args(&common, "flows", help, argc, argv, flows_option, &o, NULL);
    if (done >= 0)
        return done;
    const char *category = o.category, *originator = o.originator, *scope = o.scopes,
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
    q.date = common.at == SHAREPOL_DATE_TODAY ? sharepol_date_today() : common.at;
    sharepol_id to = target ? sharepol_party(policy, target) : SHAREPOL_ID_NONE;
    sharepol_id start = o.holder ? sharepol_party(policy, o.holder) : q.originator;
    const char *bad = q.category < 0                  ? "category"
                      : q.originator < 0              ? "party"
                      : to == SHAREPOL_ID_UNKNOWN      ? "party"
                      : start < 0                      ? "party"
                                                       : NULL;
    const char *what = q.category < 0 ? category : q.originator < 0 ? originator
                       : to == SHAREPOL_ID_UNKNOWN ? target : o.holder;
    if (bad) {
        int kind = bad[0] == 'c' ? SHAREPOL_KIND_CATEGORY : SHAREPOL_KIND_PARTY;
        char near[128];
        int code = cli_usage_error("flows", "the policy declares no %s '%s'%s", bad, what,
                                   cli_did_you_mean(near, sizeof near, policy, kind, what));
        sharepol_policy_release(policy);
        return code;
    }
    sharepol_parsed_query *markings = NULL;
    int code = scope ? read_markings(policy, category, originator, scope, &q, &markings) : -1;
    if (code >= 0) {
        sharepol_policy_release(policy);
        return code;
    }
    size_t n = sharepol_count(policy, SHAREPOL_KIND_PARTY);
    hop *hops = calloc(n + 1, sizeof *hops);
    if (!hops) {
        sharepol_parsed_query_free(markings);
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
    sharepol_parsed_query_free(markings);
    sharepol_policy_release(policy);
    return exit_code;
}
