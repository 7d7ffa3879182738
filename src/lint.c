/* lint.c — declarations never used, rules that can never apply,
 * agreements never in force, a policy set without rules or tests. */
#include "lint.h"

#include "term.h"

static void unused_declarations(const sp_program *prog, sharepol_diagnostics *diags)
{
    for (uint32_t i = 0; i < prog->decls.n; i++) {
        const sp_decl *d = &prog->decls.v[i];
        if (d->uses > 0 || d->kind == SP_DECL_AGREEMENT || d->kind == SP_DECL_RULE)
            continue;
        sp_diag_warning(diags, "unused", d->name_loc, "%s '%s' is declared but never used",
                        sp_decl_kind_name(d->kind), d->name);
    }
}

static bool set_is_empty(const sp_closure *cl, const sp_set *set, uint64_t *scratch)
{
    sp_closure_set(cl, set, scratch);
    return sp_bits_count(scratch, cl->words) == 0;
}

static void rules_that_never_apply(const sp_program *prog, const sp_closure *cl,
                                   sharepol_diagnostics *diags)
{
    uint64_t *scratch = sp_closure_bits(cl);
    for (uint32_t i = 0; i < prog->rules.n; i++) {
        const sp_rule *r = prog->rules.v[i];
        const char *which = NULL;
        sp_loc at = r->loc;
        if (r->has_from && set_is_empty(cl, &r->from, scratch)) {
            which = "from";
            at = r->from.loc;
        } else if (r->has_to && set_is_empty(cl, &r->to, scratch)) {
            which = "to";
            at = r->to.loc;
        }
        if (which)
            sp_diag_warning(diags, "never-applies", at,
                            "this rule can never apply: its '%s' set has no party in it",
                            which);
    }
}

static void agreements_never_in_force(const sp_program *prog, sharepol_diagnostics *diags)
{
    for (uint32_t i = 0; i < prog->agreements.n; i++) {
        const sp_agreement *ag = prog->agreements.v[i];
        int32_t start, end;
        sp_term_period(ag, &start, &end);
        if (end > start)
            continue;
        const sp_decl *d = &prog->decls.v[ag->decl];
        const sp_dated *from = ag->effective.given ? &ag->effective : &ag->signed_;
        char last[11], first[11];
        if (ag->expires.given && from->given && ag->expires.date < from->date &&
            sharepol_date_format(last, ag->expires.date) == SHAREPOL_OK &&
            sharepol_date_format(first, from->date) == SHAREPOL_OK) {
            sp_diag_warning(diags, "never-in-force", d->name_loc,
                            "agreement '%s' is never in force: it expires on %s, before "
                            "it starts on %s", d->name, last, first);
            sp_diag_note(diags, ag->expires.loc, "its last day is set here");
            sp_diag_note(diags, from->loc, "its start is set here");
        } else {
            sp_diag_warning(diags, "never-in-force", d->name_loc,
                            "agreement '%s' is never in force: it ends before it starts",
                            d->name);
        }
    }
}

void sp_lint(const sp_program *prog, const sp_closure *cl, sharepol_diagnostics *diags)
{
    unused_declarations(prog, diags);
    rules_that_never_apply(prog, cl, diags);
    agreements_never_in_force(prog, diags);
    if (diags->sources.n == 0)
        return;
    /* About the whole set: named by its file when it is one file. */
    sp_loc whole = { diags->sources.n == 1 ? 0 : SP_NOWHERE, SP_NOPOS, SP_NOPOS };
    if (prog->rules.n == 0)
        sp_diag_warning(diags, "no-rules", whole,
                        "the policy set has no rules, so every transfer is denied");
    if (prog->tests.n == 0)
        sp_diag_warning(diags, "no-tests", whole,
                        "the policy set has no test blocks; add 'test' blocks so that "
                        "'sharepol test' can check it says what the agreement says");
}
