/* check_closed.c — the errors that need memberships (docs/language.md,
 * "Rules", "Agreements" and "What the compiler reports"), found after the
 * closures and before lowering, so that lowering never reports anything: a
 * consent of `any of` or `N of` a group with too few member parties to ever
 * be given, and a notice by a party that is not one of its agreement's
 * parties.
 *
 * The order of the messages is the order of the text within each kind of
 * statement: rules first, then the residuals expected by tests, then the
 * agreements' notices. */
#include "check_closed.h"

typedef struct closed {
    const sp_program *prog;
    const sp_closure *cl;
    sharepol_diagnostics *diags;
    uint64_t *scratch; /* one party bitset */
} closed;

/* "group 'g'" or "the set {A, B}", for messages about a consent's members. */
static const char *members_text(const closed *ck, const sp_consent *c)
{
    if (!c->inline_set)
        return sp_arena_printf(ck->prog->arena, "group '%s'", c->ref.name);
    size_t len;
    const char *s = sp_diag_text(ck->diags, c->ref.loc, &len);
    return sp_arena_printf(ck->prog->arena, "the set %.*s", (int)len, s);
}

static void note_group(const closed *ck, const sp_consent *c)
{
    if (!c->inline_set && c->ref.sym >= 0)
        sp_diag_note(ck->diags, ck->prog->decls.v[c->ref.sym].name_loc,
                     "group '%s' is declared here", c->ref.name);
}

/* Recursion is bounded by the nesting limit of the parser. */
static void check_consent(const closed *ck, const sp_consent *c)
{
    switch (c->kind) {
    case SP_CONSENT_ORIGINATOR:
    case SP_CONSENT_PARTY:
    case SP_CONSENT_ALL: /* `all of` no one is satisfied (docs/language.md, "Consent") */
        break;
    case SP_CONSENT_ANY:
    case SP_CONSENT_COUNT: {
        sp_closure_consent_members(ck->cl, c, ck->scratch);
        uint32_t n = sp_bits_count(ck->scratch, ck->cl->words);
        if (n == 0) {
            sp_diag_error(ck->diags, "empty-group", c->loc,
                          "%s has no member parties, so this consent can never be given",
                          members_text(ck, c));
            note_group(ck, c);
        } else if (c->kind == SP_CONSENT_COUNT && c->count > n) {
            sp_diag_error(ck->diags, "count-out-of-range", c->loc,
                          "'%u of' needs %u consents, but %s has only %u member part%s",
                          c->count, c->count, members_text(ck, c), n, n == 1 ? "y" : "ies");
            note_group(ck, c);
        }
        break;
    }
    case SP_CONSENT_AND:
    case SP_CONSENT_OR:
        for (uint32_t i = 0; i < c->kids.n; i++)
            check_consent(ck, c->kids.v[i]);
        break;
    }
}

static void check_notices(const closed *ck, const sp_agreement *ag)
{
    if (!ag->has_parties)
        return; /* sp_check has said so */
    sp_closure_set(ck->cl, &ag->parties, ck->scratch);
    for (uint32_t j = 0; j < ag->notices.n; j++) {
        const sp_notice *n = &ag->notices.v[j];
        if (n->party.sym < 0)
            continue;
        uint32_t p = ck->cl->pos[ck->cl->id[n->party.sym]];
        if (!sp_bit(ck->scratch, p)) {
            sp_diag_error(ck->diags, "notice-by-outsider", n->party.loc,
                          "'%s' is not a party to agreement '%s'; only its parties "
                          "can give notice",
                          n->party.name, ck->prog->decls.v[ag->decl].name);
            sp_diag_note(ck->diags, ag->parties_loc, "the agreement's parties");
        }
    }
}

void sp_check_closed(const sp_program *prog, const sp_closure *cl)
{
    closed ck = { prog, cl, prog->diags, sp_closure_bits(cl) };
    for (uint32_t i = 0; i < prog->rules.n; i++)
        if (prog->rules.v[i]->consent)
            check_consent(&ck, prog->rules.v[i]->consent);
    for (uint32_t i = 0; i < prog->tests.n; i++) {
        const sp_test *t = prog->tests.v[i];
        for (uint32_t j = 0; j < t->expects.n; j++)
            if (t->expects.v[j].residual)
                check_consent(&ck, t->expects.v[j].residual);
    }
    for (uint32_t i = 0; i < prog->agreements.n; i++)
        check_notices(&ck, prog->agreements.v[i]);
}
