/* api.c — the public entry points that are not a module of their own:
 * version, status texts, the policy's lifetime, name lookups. */
#include <string.h>

#include "alloc.h"
#include "graph.h"
#include "suggest.h"

int sharepol_version_number(void)
{
    return SHAREPOL_VERSION_NUMBER;
}

const char *sharepol_version(void)
{
    return SHAREPOL_VERSION_STRING;
}

const char *sharepol_strerror(int status)
{
    switch (status) {
    case SHAREPOL_OK: return "success";
    case SHAREPOL_ENOMEM: return "out of memory";
    case SHAREPOL_EINVAL: return "invalid argument";
    case SHAREPOL_EIO: return "input/output error";
    case SHAREPOL_EPARSE: return "the policy or query has errors";
    case SHAREPOL_EUNKNOWN: return "a name that the policy does not declare";
    case SHAREPOL_EKIND: return "a name of the wrong kind";
    case SHAREPOL_ELIMIT: return "a limit was exceeded";
    case SHAREPOL_ERANGE: return "a date outside 1900-01-01 to 9999-12-31";
    }
    return "unknown status";
}

/* The names of the decisions, beside the texts of the statuses. */
const char *sharepol_decision_name(int decision)
{
    switch (decision) {
    case SHAREPOL_ALLOW: return "allow";
    case SHAREPOL_DENY: return "deny";
    case SHAREPOL_NEEDS_CONSENT: return "needs-consent";
    }
    return "unknown decision";
}

/* ---- lifetime ------------------------------------------------------------ */

sharepol_policy *sharepol_policy_retain(sharepol_policy *policy)
{
    if (policy)
        atomic_fetch_add_explicit(&policy->refs, 1, memory_order_relaxed);
    return policy;
}

void sharepol_policy_release(sharepol_policy *policy)
{
    if (!policy)
        return;
    /* The last release must see every write of the other holders. */
    if (atomic_fetch_sub_explicit(&policy->refs, 1, memory_order_acq_rel) != 1)
        return;
    sp_arena_free(&policy->arena);
    sp_free(policy);
}

/* ---- names ---------------------------------------------------------------- */

static sharepol_id lookup(const sharepol_policy *policy, const char *name, int kind)
{
    if (!policy || !name)
        return SHAREPOL_ID_UNKNOWN;
    int32_t v = sp_symtab_get(&policy->names, name); /* every kind asked for is there */
    if (v < 0 || SP_NAME_KIND(v) != kind)
        return SHAREPOL_ID_UNKNOWN;
    return SP_NAME_ID(v);
}

sharepol_id sharepol_party(const sharepol_policy *policy, const char *name)
{
    return lookup(policy, name, SHAREPOL_KIND_PARTY);
}

sharepol_id sharepol_category(const sharepol_policy *policy, const char *name)
{
    return lookup(policy, name, SHAREPOL_KIND_CATEGORY);
}

sharepol_id sharepol_scope(const sharepol_policy *policy, const char *name)
{
    return lookup(policy, name, SHAREPOL_KIND_SCOPE);
}

sharepol_id sharepol_purpose(const sharepol_policy *policy, const char *name)
{
    return lookup(policy, name, SHAREPOL_KIND_PURPOSE);
}

int sharepol_kind_of(const sharepol_policy *policy, const char *name)
{
    if (!policy || !name)
        return 0;
    int32_t v = sp_graph_name(policy, name);
    return v < 0 ? 0 : SP_NAME_KIND(v);
}

size_t sharepol_count(const sharepol_policy *policy, int kind)
{
    if (!policy)
        return 0;
    switch (kind) {
    case SHAREPOL_KIND_PARTY: return policy->n_parties;
    case SHAREPOL_KIND_GROUP: return policy->n_groups;
    case SHAREPOL_KIND_CATEGORY: return policy->n_categories;
    case SHAREPOL_KIND_PURPOSE: return policy->n_purposes;
    case SHAREPOL_KIND_SCOPE: return policy->n_scopes;
    case SHAREPOL_KIND_AGREEMENT: return policy->n_agreements;
    case SHAREPOL_KIND_RULE: return policy->n_rules;
    case SHAREPOL_KIND_RELATION: return policy->n_relations;
    }
    return 0;
}

/* The declared names of a kind; NULL for a kind without a list. */
static const sp_entity *entities(const sharepol_policy *policy, int kind, uint32_t *n)
{
    switch (kind) {
    case SHAREPOL_KIND_PARTY: *n = policy->n_parties; return policy->parties;
    case SHAREPOL_KIND_GROUP: *n = policy->n_groups; return policy->groups;
    case SHAREPOL_KIND_CATEGORY: *n = policy->n_categories; return policy->categories;
    case SHAREPOL_KIND_PURPOSE: *n = policy->n_purposes; return policy->purposes;
    case SHAREPOL_KIND_SCOPE: *n = policy->n_scopes; return policy->scopes;
    case SHAREPOL_KIND_RELATION: *n = policy->n_relations; return policy->relations;
    default: *n = 0; return NULL;
    }
}

const char *sharepol_name(const sharepol_policy *policy, int kind, sharepol_id id)
{
    if (!policy || id < 0)
        return NULL;
    uint32_t n;
    const sp_entity *list = entities(policy, kind, &n);
    return list && (uint32_t)id < n ? list[id].name : NULL;
}

const char *sharepol_suggest(const sharepol_policy *policy, int kind, const char *name)
{
    if (!policy || !name)
        return NULL;
    uint32_t n;
    const sp_entity *list = entities(policy, kind, &n);
    sp_suggest s;
    sp_suggest_init(&s, name);
    for (uint32_t i = 0; list && i < n; i++)
        if (strcmp(list[i].name, name) != 0)
            sp_suggest_offer(&s, list[i].name);
    return s.best;
}

const sharepol_rule_info *sharepol_rule(const sharepol_policy *policy, size_t index)
{
    if (!policy || index >= policy->n_rules)
        return NULL;
    return &policy->rule_info[index];
}

size_t sharepol_source_count(const sharepol_policy *policy)
{
    return policy ? policy->n_sources : 0;
}

const sharepol_source_info *sharepol_source(const sharepol_policy *policy, size_t index)
{
    if (!policy || index >= policy->n_sources)
        return NULL;
    return &policy->sources[index];
}
