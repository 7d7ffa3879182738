/* lower_stix.c — the STIX mappings of a checked policy, compiled into one
 * sorted table and a hash from key to entry: what `sharepol stix` and
 * sharepol_stix_lookup() read for every object of a bundle. */
#include <stdlib.h>
#include <string.h>

#include "lower.h"
#include "stix_id.h"

static int cmp_entry(const void *a, const void *b)
{
    const sp_stix_entry *x = a, *y = b;
    if (x->to != y->to)
        return x->to < y->to ? -1 : 1;
    return strcmp(x->key, y->key);
}

void sp_lower_stix(sharepol_policy *pol, const sp_program *prog, const sp_closure *cl)
{
    static const uint8_t to_of[] = { [SP_STIX_IDENTITY] = SP_STIX_TO_PARTY,
                                     [SP_STIX_MARKING] = SP_STIX_TO_SCOPE,
                                     [SP_STIX_TYPE] = SP_STIX_TO_CATEGORY };
    uint32_t n = SP_STIX_N_TLP;
    for (uint32_t i = 0; i < prog->stix_maps.n; i++)
        n += prog->stix_maps.v[i].keys.n;
    pol->stix = sp_arena_alloc(&pol->arena, sizeof *pol->stix * n);
    sp_symtab_init(&pol->stix_keys, &pol->arena, n);
    uint32_t k = 0;
    for (uint32_t i = 0; i < prog->stix_maps.n; i++) {
        const sp_stix_map *m = &prog->stix_maps.v[i];
        for (uint32_t j = 0; j < m->keys.n; j++) {
            const char *key = m->keys.v[j].name;
            size_t len = strlen(key);
            char *canon = sp_arena_alloc(&pol->arena, len + 1);
            sp_stix_id_canonical(canon, key, len);
            sp_stix_entry e = { canon, (uint32_t)cl->id[m->target.sym], to_of[m->kind], false };
            pol->stix[k] = e;
            if (sp_symtab_put(&pol->stix_keys, canon, (int32_t)k) < 0)
                k++; /* the checker has refused repeats: never reached otherwise */
        }
    }
    for (uint32_t t = 0; t < SP_STIX_N_TLP; t++) {
        const sp_stix_tlp *tlp = &sp_stix_tlp_markings[t];
        int32_t name = sp_symtab_get(&pol->names, tlp->scope);
        if (name < 0 || SP_NAME_KIND(name) != SP_DECL_SCOPE ||
            sp_symtab_get(&pol->stix_keys, tlp->id) >= 0)
            continue;
        sp_stix_entry e = { tlp->id, (uint32_t)SP_NAME_ID(name), SP_STIX_TO_SCOPE, true };
        pol->stix[k] = e;
        sp_symtab_put(&pol->stix_keys, tlp->id, (int32_t)k);
        k++;
    }
    pol->n_stix = k;
    if (k > 1) {
        qsort(pol->stix, k, sizeof *pol->stix, cmp_entry);
        /* the hash's values are indexes: file them again after sorting */
        sp_symtab_init(&pol->stix_keys, &pol->arena, k);
        for (uint32_t i = 0; i < k; i++)
            sp_symtab_put(&pol->stix_keys, pol->stix[i].key, (int32_t)i);
    }
}
