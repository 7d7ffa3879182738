/* cmd_diff.c — `sharepol diff`: which queries two versions of a policy (or
 * one policy on two days) answer differently, as sharepol_diff_new() finds
 * them, printed for a reviewer (grouped by how the decision changes, each
 * class with a description, its size and an example) or as JSON
 * (docs/formats.md, "diff"). */
#include <stdlib.h>
#include <string.h>

#include "format.h"

static const char help[] =
    "usage: sharepol diff [options] OLD...|DIR -- NEW...|DIR\n"
    "       sharepol diff [options] --at DATE1 --at DATE2 FILE...|DIR\n"
    "\n"
    "Print every class of queries that the two versions of a policy answer\n"
    "differently (decision, deciding rule or residual consent), each once: what\n"
    "the class holds, how many queries it stands for, and one example query\n"
    "with both answers.  Every query over the names both versions declare is\n"
    "compared: every category, sender, recipient, originator, marking, purpose,\n"
    "day and set of consents (docs/diff.md).  Names declared by one version only\n"
    "are listed too.\n"
    "\n"
    "With two --at dates and one policy: what changes from the first day to the\n"
    "second.  With one --at and two versions: both on that day.\n"
    "\n"
    "options:\n"
    "  --at DATE          (twice) compare one policy on two days; (once, with --)\n"
    "                     compare the two versions on that day only\n"
    "  --format text|json how to print (default text; json: docs/formats.md)\n"
    "  -q, --quiet        do not report the policies' warnings\n"
    "  --Werror           treat warnings as errors\n"
    "  -h, --help         show this help\n"
    "\n"
    "exit codes: 0 nothing differs, 1 something differs (or a policy has errors),\n"
    "            2 usage, unreadable file or a limit exceeded\n";

typedef struct diff_options {
    const char *at[3];
    int n_at;
    cli_format format;
} diff_options;

static int diff_option(void *ctx, int argc, char **argv, int *i)
{
    diff_options *o = ctx;
    const char *v = cli_option_value("--at", argc, argv, i);
    if (v) {
        if (o->n_at == 2)
            return cli_usage_error("diff", "--at is given at most twice"), -1;
        o->at[o->n_at++] = v;
        return 1;
    }
    return cli_format_option(&o->format, "diff", false, argc, argv, i);
}

/* ---- words for a class -------------------------------------------------- */

typedef struct text {
    char *s;
    size_t len, cap;
    bool failed;
} text;

static void put(text *t, const char *s)
{
    size_t n = strlen(s);
    if (t->len + n + 1 > t->cap) {
        size_t cap = (t->len + n + 1) * 2;
        char *p = realloc(t->s, cap);
        if (!p) {
            t->failed = true;
            return;
        }
        t->s = p;
        t->cap = cap;
    }
    memcpy(t->s + t->len, s, n + 1);
    t->len += n;
}

static char *finish(text *t)
{
    if (t->failed || !t->s) {
        free(t->s);
        return NULL;
    }
    return t->s;
}

static void put_day(text *t, int32_t day)
{
    char buf[11];
    sharepol_date_format(buf, day);
    put(t, buf);
}

/* How many names of `kind` both policies declare. */
static size_t common_count(const sharepol_policy *a, const sharepol_policy *b, int kind)
{
    size_t n = 0, all = sharepol_count(a, kind);
    for (size_t i = 0; i < all; i++)
        n += sharepol_kind_of(b, sharepol_name(a, kind, (sharepol_id)i)) == kind;
    return n;
}

/* "IPA, SDF", "any party", or "5 parties: A, B, C, D and 1 more". */
static void put_names(text *t, const sharepol_policy *p, int kind, const sharepol_id *ids,
                      size_t n, size_t all, const char *any)
{
    if (n == all && n > 1) {
        put(t, any);
        return;
    }
    for (size_t i = 0; i < n && i < 4; i++) {
        if (i)
            put(t, i + 1 == n ? " or " : ", ");
        put(t, ids[i] == SHAREPOL_ID_NONE ? "none" : sharepol_name(p, kind, ids[i]));
    }
    if (n > 4) {
        char buf[48];
        snprintf(buf, sizeof buf, " and %zu more", n - 4);
        put(t, buf);
    }
}

static const char *marking_word(const sharepol_policy *p, int32_t m)
{
    switch (m) {
    case SHAREPOL_DIFF_UNMARKED:
        return "unmarked";
    case SHAREPOL_DIFF_AUDIENCE_WITH:
        return "an audience with the recipient";
    case SHAREPOL_DIFF_AUDIENCE_WITHOUT:
        return "an audience without the recipient";
    case SHAREPOL_DIFF_AUDIENCE_OLD_ONLY:
        return "an audience with the recipient in OLD only";
    case SHAREPOL_DIFF_AUDIENCE_NEW_ONLY:
        return "an audience with the recipient in NEW only";
    default:
        return sharepol_name(p, SHAREPOL_KIND_SCOPE, m);
    }
}

/* A class that holds only items with several markings (draft 2): "marked
 * tlp-amber and one of tlp-green, tlp-clear with an audience without the
 * recipient", its first two sets of markings. */
static void put_marking_sets(text *t, const sharepol_policy *p, const sharepol_diff_class *c)
{
    size_t n_scopes = sharepol_count(p, SHAREPOL_KIND_SCOPE);
    for (size_t i = 0; i < c->n_marking_sets && i < 2; i++) {
        const sharepol_diff_marking *m = &c->marking_sets[i];
        if (i)
            put(t, " or ");
        put(t, m->kinds ? "marked " : "");
        bool first = true;
        for (size_t k = 0; k < c->n_marking_kinds; k++) {
            if (!((m->kinds >> k) & 1))
                continue;
            put(t, first ? "" : " and ");
            first = false;
            size_t in_kind = 0;
            for (size_t s = 0; s < n_scopes; s++)
                in_kind += c->marking_kinds[s] == (int32_t)k;
            put(t, in_kind > 1 ? "one of " : "");
            for (size_t s = 0, j = 0; s < n_scopes; s++)
                if (c->marking_kinds[s] == (int32_t)k) {
                    put(t, j++ ? ", " : "");
                    put(t, sharepol_name(p, SHAREPOL_KIND_SCOPE, (sharepol_id)s));
                }
        }
        if (m->audience != SHAREPOL_DIFF_NO_AUDIENCE) {
            put(t, m->kinds ? " with " : "");
            put(t, marking_word(p, m->audience));
        }
    }
    if (c->n_marking_sets > 2) {
        char buf[48];
        snprintf(buf, sizeof buf, " (%zu sets of markings)", c->n_marking_sets);
        put(t, buf);
    }
}

/* "research from IPA or SDF to any party, onward from METI, marked tlp-red,
 * 2024-12-27 .. 2025-12-26": what the class holds, leaving out what is any. */
static char *describe(const sharepol_policy *po, const sharepol_policy *pn,
                      const sharepol_diff_class *c, int32_t max_day)
{
    text t = { NULL, 0, 0, false };
    size_t parties = common_count(po, pn, SHAREPOL_KIND_PARTY);
    put_names(&t, po, SHAREPOL_KIND_CATEGORY, c->categories, c->n_categories,
              common_count(po, pn, SHAREPOL_KIND_CATEGORY), "any category");
    put(&t, " from ");
    put_names(&t, po, SHAREPOL_KIND_PARTY, c->from, c->n_from, parties, "any party");
    put(&t, " to ");
    put_names(&t, po, SHAREPOL_KIND_PARTY, c->to, c->n_to, parties, "any party");
    if (c->originator_mode == SHAREPOL_DIFF_ORIGINATOR_SENDER) {
        put(&t, ", sent by its originator");
    } else if (c->originator_mode == SHAREPOL_DIFF_ORIGINATOR_OTHER) {
        put(&t, ", passed on from originator ");
        put_names(&t, po, SHAREPOL_KIND_PARTY, c->originators, c->n_originators, parties,
                  "any other party");
    }
    size_t markings = common_count(po, pn, SHAREPOL_KIND_SCOPE) + 3;
    if (c->n_markings == 0) {
        put(&t, ", ");
        put_marking_sets(&t, po, c);
    } else if (c->n_markings != markings) {
        put(&t, ", ");
        for (size_t i = 0; i < c->n_markings; i++) {
            if (i)
                put(&t, i + 1 == c->n_markings ? " or " : ", ");
            bool scope = c->markings[i] >= 0;
            if (scope)
                put(&t, "marked ");
            put(&t, marking_word(po, c->markings[i]));
        }
    }
    size_t purposes = common_count(po, pn, SHAREPOL_KIND_PURPOSE) + 1;
    if (c->n_purposes == 1 && c->purposes[0] == SHAREPOL_ID_NONE) {
        put(&t, ", no purpose");
    } else if (c->n_purposes != purposes) {
        put(&t, ", purpose ");
        put_names(&t, po, SHAREPOL_KIND_PURPOSE, c->purposes, c->n_purposes, purposes, "any");
    }
    if (c->first_day != SHAREPOL_DATE_NONE) {
        int32_t min_day = 0;
        sharepol_date_parse(&min_day, "1900-01-01");
        if (c->first_day == min_day && c->last_day == max_day) {
            put(&t, ", any day");
        } else if (c->first_day == c->last_day) {
            put(&t, ", on ");
            put_day(&t, c->first_day);
        } else if (c->first_day == min_day) {
            put(&t, ", until ");
            put_day(&t, c->last_day);
        } else if (c->last_day == max_day) {
            put(&t, ", from ");
            put_day(&t, c->first_day);
            put(&t, " on");
        } else {
            put(&t, ", ");
            put_day(&t, c->first_day);
            put(&t, " .. ");
            put_day(&t, c->last_day);
        }
    }
    return finish(&t);
}

/* Does the class hold every day (then its example needs no date)? */
static bool every_day(const sharepol_diff_class *c)
{
    int32_t first = 0, last = 0;
    sharepol_date_parse(&first, "1900-01-01");
    sharepol_date_parse(&last, "9999-12-31");
    return c->first_day == first && c->last_day == last;
}

/* One marking of a query, after `sep`: a scope's name or {A, B}. */
static void put_marking(text *t, const sharepol_policy *p, const char *sep, sharepol_id scope,
                        const sharepol_id *audience, size_t n_audience)
{
    put(t, sep);
    if (!audience) {
        put(t, sharepol_name(p, SHAREPOL_KIND_SCOPE, scope));
        return;
    }
    put(t, "{");
    for (size_t i = 0; i < n_audience; i++) {
        if (i)
            put(t, ", ");
        put(t, sharepol_name(p, SHAREPOL_KIND_PARTY, audience[i]));
    }
    put(t, "}");
}

/* The example in the QUERY syntax of `sharepol query`; without its date
 * when each version has a day of its own (--at) or any day will do. */
static char *example(const sharepol_policy *p, const sharepol_query *q, bool with_date)
{
    text t = { NULL, 0, 0, false };
    put(&t, sharepol_name(p, SHAREPOL_KIND_CATEGORY, q->category));
    put(&t, " from ");
    put(&t, sharepol_name(p, SHAREPOL_KIND_PARTY, q->from));
    put(&t, " to ");
    put(&t, sharepol_name(p, SHAREPOL_KIND_PARTY, q->to));
    if (q->originator != SHAREPOL_ID_NONE) {
        put(&t, " originator ");
        put(&t, sharepol_name(p, SHAREPOL_KIND_PARTY, q->originator));
    }
    if (q->markings) {
        for (size_t m = 0; m < q->n_markings; m++)
            put_marking(&t, p, m ? ", " : " scope ", q->markings[m].scope,
                        q->markings[m].audience, q->markings[m].n_audience);
    } else if (q->scope != SHAREPOL_ID_NONE || q->audience) {
        put_marking(&t, p, " scope ", q->scope, q->audience, q->n_audience);
    }
    if (q->purpose != SHAREPOL_ID_NONE) {
        put(&t, " purpose ");
        put(&t, sharepol_name(p, SHAREPOL_KIND_PURPOSE, q->purpose));
    }
    if (with_date) {
        put(&t, " at ");
        put_day(&t, q->date);
    }
    for (size_t i = 0; i < q->n_consents; i++) {
        put(&t, i ? ", " : " consent ");
        put(&t, sharepol_name(p, SHAREPOL_KIND_PARTY, q->consents[i]));
    }
    return finish(&t);
}

static const char *kind_word(int kind)
{
    switch (kind) {
    case SHAREPOL_KIND_PARTY:
        return "party";
    case SHAREPOL_KIND_CATEGORY:
        return "category";
    case SHAREPOL_KIND_PURPOSE:
        return "purpose";
    default:
        return "scope";
    }
}

/* ---- text ----------------------------------------------------------------- */

static void print_answer(const char *which, const sharepol_result *r, const char *residual)
{
    printf("    %s %s", which, cli_decision_text(r->decision));
    if (residual) {
        fputs(" of ", stdout);
        cli_put_escaped(stdout, residual);
    }
    if (r->rule) {
        fputs(" (", stdout);
        cli_put_escaped(stdout, r->rule->name);
        putchar(')');
    } else {
        fputs(" (no rule allows this transfer)", stdout);
    }
    putchar('\n');
}

/* Classes grouped by how the decision changes, in the order of the first
 * class of each change. */
static int print_text(const sharepol_policy *po, const sharepol_policy *pn,
                      const sharepol_diff *d, int32_t max_day)
{
    size_t n = sharepol_diff_count(d), n_only = 0;
    for (int which = 0; which < 2; which++) {
        int kind;
        for (size_t i = 0; sharepol_diff_only_in(d, which, i, &kind); i++, n_only++) {
            printf("%s %s %s: only in %s\n", which ? "+" : "-", kind_word(kind),
                   sharepol_diff_only_in(d, which, i, NULL), which ? "NEW" : "OLD");
        }
    }
    if (n_only && n)
        putchar('\n');
    bool *shown = calloc(n + 1, sizeof *shown);
    if (!shown)
        return EXIT_USAGE;
    unsigned long long total = 0;
    for (size_t i = 0; i < n; i++) {
        uint64_t s = sharepol_diff_class_at(d, i)->size;
        total = total + s < total ? UINT64_MAX : total + s;
    }
    for (size_t i = 0; i < n; i++) {
        if (shown[i])
            continue;
        const sharepol_diff_class *first = sharepol_diff_class_at(d, i);
        int from = first->old_result.decision, to = first->new_result.decision;
        size_t classes = 0;
        unsigned long long queries = 0;
        for (size_t j = i; j < n; j++) {
            const sharepol_diff_class *c = sharepol_diff_class_at(d, j);
            if (c->old_result.decision == from && c->new_result.decision == to) {
                classes++;
                queries = queries + c->size < queries ? UINT64_MAX : queries + c->size;
            }
        }
        printf("%s%s -> %s: %zu class%s, %llu quer%s\n", i ? "\n" : "", cli_decision_text(from),
               cli_decision_text(to), classes, classes == 1 ? "" : "es", queries,
               queries == 1 ? "y" : "ies");
        for (size_t j = i; j < n; j++) {
            const sharepol_diff_class *c = sharepol_diff_class_at(d, j);
            if (c->old_result.decision != from || c->new_result.decision != to)
                continue;
            shown[j] = true;
            char *what = describe(po, pn, c, max_day), *ex = example(po, &c->old_query, c->first_day != SHAREPOL_DATE_NONE && !every_day(c));
            fputs("  ~ ", stdout);
            cli_put_escaped(stdout, what ? what : "(out of memory)");
            printf(" (%llu quer%s)\n    e.g. ", (unsigned long long)c->size,
                   c->size == 1 ? "y" : "ies");
            cli_put_escaped(stdout, ex ? ex : "(out of memory)");
            putchar('\n');
            print_answer("old:", &c->old_result, c->old_residual);
            print_answer("new:", &c->new_result, c->new_residual);
            free(what);
            free(ex);
        }
    }
    free(shown);
    if (n || n_only)
        printf("\n%zu class%s of queries answered differently (%llu quer%s)%s\n", n,
               n == 1 ? "" : "es", total, total == 1 ? "y" : "ies",
               n_only ? "; names declared by one version only are listed first" : "");
    else
        puts("no query is answered differently");
    return n || n_only ? EXIT_REJECTED : EXIT_OK;
}

/* ---- JSON ------------------------------------------------------------------ */

static json_t *json_names(const sharepol_policy *p, int kind, const sharepol_id *ids, size_t n)
{
    json_t *a = json_array();
    for (size_t i = 0; i < n; i++)
        json_array_append_new(a, ids[i] == SHAREPOL_ID_NONE
                                     ? json_null()
                                     : cli_json_string(sharepol_name(p, kind, ids[i])));
    return a;
}

static json_t *json_day(int32_t day)
{
    char buf[11];
    sharepol_date_format(buf, day);
    return json_string(buf);
}

static json_t *json_answer(const sharepol_result *r, const char *residual)
{
    json_t *o = json_object();
    json_object_set_new(o, "decision", json_string(cli_json_decision(r->decision)));
    json_object_set_new(o, "rule", cli_json_rule(r->rule));
    json_object_set_new(o, "residual", cli_json_string(residual));
    return o;
}

static json_t *json_class(const sharepol_policy *po, const sharepol_policy *pn,
                          const sharepol_diff_class *c, int32_t max_day)
{
    json_t *o = json_object();
    char *what = describe(po, pn, c, max_day), *ex = example(po, &c->old_query, c->first_day != SHAREPOL_DATE_NONE && !every_day(c));
    if (!what || !ex)
        cli_json_fail();
    json_object_set_new(o, "description", cli_json_string(what));
    json_object_set_new(o, "size", json_integer(c->size > INT64_MAX ? INT64_MAX
                                                                    : (json_int_t)c->size));
    json_object_set_new(o, "categories",
                        json_names(po, SHAREPOL_KIND_CATEGORY, c->categories, c->n_categories));
    json_object_set_new(o, "from", json_names(po, SHAREPOL_KIND_PARTY, c->from, c->n_from));
    json_object_set_new(o, "to", json_names(po, SHAREPOL_KIND_PARTY, c->to, c->n_to));
    static const char *const modes[] = { "any", "sender", "other" };
    json_t *orig = json_object();
    json_object_set_new(orig, "mode", json_string(modes[c->originator_mode]));
    json_object_set_new(orig, "parties", json_names(po, SHAREPOL_KIND_PARTY, c->originators,
                                                    c->n_originators));
    json_object_set_new(o, "originator", orig);
    json_t *marks = json_array();
    for (size_t i = 0; i < c->n_markings; i++) {
        int32_t m = c->markings[i];
        json_array_append_new(marks, m == SHAREPOL_DIFF_UNMARKED ? json_string("unmarked")
                                     : m == SHAREPOL_DIFF_AUDIENCE_WITH
                                         ? json_string("audience-with-recipient")
                                     : m == SHAREPOL_DIFF_AUDIENCE_WITHOUT
                                         ? json_string("audience-without-recipient")
                                     : m == SHAREPOL_DIFF_AUDIENCE_OLD_ONLY
                                         ? json_string("audience-with-recipient-in-old-only")
                                     : m == SHAREPOL_DIFF_AUDIENCE_NEW_ONLY
                                         ? json_string("audience-with-recipient-in-new-only")
                                         : json_pack("{s:o}", "scope",
                                                     cli_json_string(sharepol_name(
                                                         po, SHAREPOL_KIND_SCOPE, m))));
    }
    json_object_set_new(o, "markings", marks);
    json_object_set_new(o, "purposes",
                        json_names(po, SHAREPOL_KIND_PURPOSE, c->purposes, c->n_purposes));
    json_object_set_new(o, "days", c->first_day == SHAREPOL_DATE_NONE
                                       ? json_null()
                                       : json_pack("{s:o,s:o}", "first", json_day(c->first_day),
                                                   "last", json_day(c->last_day)));
    json_object_set_new(o, "example", cli_json_string(ex));
    json_object_set_new(o, "old", json_answer(&c->old_result, c->old_residual));
    json_object_set_new(o, "new", json_answer(&c->new_result, c->new_residual));
    free(what);
    free(ex);
    return o;
}

static json_t *json_files(const cli_common *c)
{
    json_t *a = json_array();
    for (size_t i = 0; i < c->n_files; i++)
        json_array_append_new(a, cli_json_string(c->files[i]));
    return a;
}

/* ---- the command ------------------------------------------------------------ */

static void add_diagnostics(json_t *list, const sharepol_diagnostics *diags)
{
    json_t *more = cli_json_diagnostics(diags);
    json_array_extend(list, more);
    json_decref(more);
}

int cmd_diff(int argc, char **argv)
{
    cli_common old_c = { NULL, 0, false, false, SHAREPOL_DATE_TODAY };
    diff_options o = { { NULL, NULL, NULL }, 0, CLI_FORMAT_TEXT };
    int rest = -1;
    int done = cli_parse_args(&old_c, "diff", help, argc, argv, diff_option, &o, &rest);
    if (done >= 0)
        return done;
    cli_common new_c = old_c;
    sharepol_diff_options opts = SHAREPOL_DIFF_OPTIONS_INIT;
    int32_t days[2] = { 0, 0 };
    for (int i = 0; i < o.n_at; i++)
        if (!cli_parse_date("diff", o.at[i], &days[i]))
            return EXIT_USAGE;
    if (rest >= 0) {
        if (rest >= argc)
            return cli_usage_error("diff", "no files after '--': give the new version's files");
        if (o.n_at == 2)
            return cli_usage_error("diff", "two --at dates compare one policy on two days; "
                                           "leave out '--' and the second version");
        new_c.files = (const char **)argv + rest;
        new_c.n_files = (size_t)(argc - rest);
        if (o.n_at == 1)
            opts.old_date = opts.new_date = days[0];
    } else {
        if (o.n_at != 2)
            return cli_usage_error("diff", "give two versions, OLD... -- NEW..., or one "
                                           "policy with two --at dates");
        opts.old_date = days[0];
        opts.new_date = days[1];
    }

    int exit_code = EXIT_OK;
    sharepol_policy *po = NULL, *pn = NULL;
    json_t *report = NULL, *list = NULL;
    if (o.format == CLI_FORMAT_JSON) {
        report = cli_json_report("diff");
        list = json_array();
        json_object_set_new(report, "old", json_files(&old_c));
        json_object_set_new(report, "new", json_files(rest >= 0 ? &new_c : &old_c));
        sharepol_diagnostics *diags = NULL;
        int st = cli_compile_quiet(&po, &old_c, &diags);
        add_diagnostics(list, diags);
        sharepol_diagnostics_free(diags);
        if (st == SHAREPOL_OK && rest >= 0) {
            st = cli_compile_quiet(&pn, &new_c, &diags);
            add_diagnostics(list, diags);
            sharepol_diagnostics_free(diags);
        }
        exit_code = cli_exit_for(st);
    } else {
        po = cli_compile(&old_c, &exit_code, NULL);
        if (po && rest >= 0)
            pn = cli_compile(&new_c, &exit_code, NULL);
    }
    if (po && rest < 0)
        pn = sharepol_policy_retain(po);

    sharepol_diff *d = NULL;
    if (po && pn) {
        int st = sharepol_diff_new(&d, po, pn, &opts);
        if (st != SHAREPOL_OK) {
            exit_code = cli_exit_for(st);
            /* ELIMIT has more than one cause here: name them all */
            const char *why = st != SHAREPOL_ELIMIT
                                  ? sharepol_strerror(st)
                                  : "a limit of diff was exceeded: a class whose consents "
                                    "name more than 20 parties, or whose rules tell more "
                                    "than 12 kinds of scope apart (docs/diff.md)";
            if (!report)
                fprintf(stderr, "sharepol diff: %s\n", why);
            else
                json_object_set_new(report, "error", json_string(why));
        }
    }
    int32_t max_day = 0;
    sharepol_date_parse(&max_day, "9999-12-31");
    if (d && !report) {
        exit_code = print_text(po, pn, d, max_day);
    } else if (report) {
        if (d) {
            json_t *only[2] = { json_array(), json_array() };
            for (int which = 0; which < 2; which++) {
                int kind;
                const char *name;
                for (size_t i = 0; (name = sharepol_diff_only_in(d, which, i, &kind)); i++)
                    json_array_append_new(only[which],
                                          json_pack("{s:s,s:o}", "kind", kind_word(kind), "name",
                                                    cli_json_string(name)));
            }
            json_t *classes = json_array();
            for (size_t i = 0; i < sharepol_diff_count(d); i++)
                json_array_append_new(classes,
                                      json_class(po, pn, sharepol_diff_class_at(d, i), max_day));
            bool differs = sharepol_diff_count(d) || json_array_size(only[0]) ||
                           json_array_size(only[1]);
            exit_code = differs ? EXIT_REJECTED : EXIT_OK;
            json_object_set_new(report, "ok", json_boolean(!differs));
            json_object_set_new(report, "onlyInOld", only[0]);
            json_object_set_new(report, "onlyInNew", only[1]);
            json_object_set_new(report, "classes", classes);
        }
        json_object_set_new(report, "diagnostics", list);
        exit_code = cli_format_print(report, o.format, exit_code);
    }
    sharepol_diff_free(d);
    sharepol_policy_release(po);
    sharepol_policy_release(pn);
    return exit_code;
}
