/* stix.c — STIX 2.1 objects through a policy's `stix` mappings:
 * sharepol_stix_lookup() maps one id or type, sharepol_stix_query() makes
 * the query that decides one object, failing closed on anything unmapped,
 * and sharepol_stix_decide() decides it.  The table they read is built by
 * lower_stix.c. */
#include <string.h>

#include "graph.h"

/* Longer than any STIX id ("marking-definition--" and a UUID is 56 bytes)
 * and than the 250-byte type limit: a longer key is mapped to nothing. */
#define MAX_KEY 300

static const sp_stix_to to_of_kind[] = { [SHAREPOL_STIX_IDENTITY] = SP_STIX_TO_PARTY,
                                         [SHAREPOL_STIX_MARKING] = SP_STIX_TO_SCOPE,
                                         [SHAREPOL_STIX_TYPE] = SP_STIX_TO_CATEGORY };

sharepol_id sharepol_stix_lookup(const sharepol_policy *policy, int kind, const char *key,
                                 size_t length)
{
    if (!policy || !key || kind < SHAREPOL_STIX_IDENTITY || kind > SHAREPOL_STIX_TYPE ||
        length > MAX_KEY || policy->n_stix == 0)
        return SHAREPOL_ID_UNKNOWN;
    /* the table holds ids in lower-case hex; a type has no upper case to
     * fold, and one written with some maps to nothing either way */
    char canon[MAX_KEY + 1];
    for (size_t i = 0; i < length; i++) {
        char c = key[i];
        if (c == '\0')
            return SHAREPOL_ID_UNKNOWN;
        canon[i] = (char)(kind != SHAREPOL_STIX_TYPE && c >= 'A' && c <= 'F' ? c - 'A' + 'a' : c);
    }
    canon[length] = '\0';
    int32_t at = sp_symtab_get(&policy->stix_keys, canon);
    if (at < 0 || policy->stix[at].to != to_of_kind[kind])
        return SHAREPOL_ID_UNKNOWN;
    return (sharepol_id)policy->stix[at].target;
}

static sharepol_id lookup(const sharepol_policy *policy, int kind, const char *key)
{
    return key ? sharepol_stix_lookup(policy, kind, key, strlen(key)) : SHAREPOL_ID_UNKNOWN;
}

/* Adds the scope of marking ref to the list, once.  @return 0, or why the
 * object is held back. */
static int add_marking(const sharepol_policy *policy, const char *ref,
                       sharepol_marking *markings, size_t *n, const char **unmapped)
{
    sharepol_id scope = lookup(policy, SHAREPOL_STIX_MARKING, ref);
    if (scope < 0) {
        *unmapped = ref;
        return SHAREPOL_STIX_UNMAPPED_MARKING;
    }
    for (size_t i = 0; i < *n; i++)
        if (markings[i].scope == scope)
            return 0;
    if (*n == SHAREPOL_MAX_MARKINGS)
        return SHAREPOL_STIX_TOO_MANY_MARKINGS;
    sharepol_marking m = SHAREPOL_MARKING_INIT;
    m.scope = scope;
    markings[(*n)++] = m;
    return 0;
}

int sharepol_stix_query(const sharepol_policy *policy, const sharepol_stix_object *object,
                        const sharepol_query *base, sharepol_query *query,
                        sharepol_marking *markings, const char **unmapped)
{
    const char *none = NULL;
    if (!unmapped)
        unmapped = &none;
    *unmapped = NULL;
    if (!policy || !object || !base || !query || !markings || !object->type ||
        (object->n_marking_refs && !object->marking_refs) ||
        (object->n_granular_refs && !object->granular_refs))
        return SHAREPOL_EINVAL;
    *query = *base;
    query->category = lookup(policy, SHAREPOL_STIX_TYPE, object->type);
    if (query->category < 0) {
        *unmapped = object->type;
        return SHAREPOL_STIX_UNMAPPED_TYPE;
    }
    if (object->created_by_ref) {
        query->originator = lookup(policy, SHAREPOL_STIX_IDENTITY, object->created_by_ref);
        if (query->originator < 0) {
            *unmapped = object->created_by_ref;
            return SHAREPOL_STIX_UNMAPPED_CREATOR;
        }
    } else if (base->originator == SHAREPOL_ID_NONE) {
        return SHAREPOL_STIX_UNATTRIBUTED;
    }
    size_t n = 0;
    for (size_t i = 0; i < object->n_marking_refs; i++) {
        int held = add_marking(policy, object->marking_refs[i], markings, &n, unmapped);
        if (held)
            return held;
    }
    for (size_t i = 0; i < object->n_granular_refs; i++) {
        int held = add_marking(policy, object->granular_refs[i], markings, &n, unmapped);
        if (held)
            return held;
    }
    /* the object's markings replace whatever the base carried */
    query->scope = SHAREPOL_ID_NONE;
    query->audience = NULL;
    query->n_audience = 0;
    query->markings = markings;
    query->n_markings = n;
    return SHAREPOL_OK;
}

int sharepol_stix_decide(const sharepol_policy *policy, const sharepol_stix_object *object,
                         const sharepol_query *base, sharepol_result *result, int *held,
                         const char **unmapped)
{
    if (held)
        *held = 0;
    if (result) {
        result->decision = SHAREPOL_DENY;
        result->rule = NULL;
        result->rule_index = (size_t)-1;
        result->residual_size = 0;
    }
    sharepol_query query;
    sharepol_marking markings[SHAREPOL_MAX_MARKINGS];
    int st = sharepol_stix_query(policy, object, base, &query, markings, unmapped);
    if (st < 0)
        return st;
    if (st > 0) {
        if (held)
            *held = st;
        return SHAREPOL_DENY;
    }
    return sharepol_decide(policy, &query, result);
}
