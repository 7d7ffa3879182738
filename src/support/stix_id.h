/* stix_id.h — the spelling of STIX 2.1 identifiers and object types
 * (STIX 2.1, sections 2.7 "Identifier" and 3.1 "Common Properties"), and
 * the five TLP 2.0 marking definitions every policy knows by id. */
#ifndef SP_STIX_ID_H
#define SP_STIX_ID_H

#include <stdbool.h>
#include <stddef.h>

/* Is text[0, len) a STIX type name: 3 to 250 of a-z, 0-9 and '-', not
 * starting or ending with '-', no "--"?  *why, when it is not, says what is
 * wrong in a few words ("has an upper-case letter"). */
bool sp_stix_type_valid(const char *text, size_t len, const char **why);

/* Is text[0, len) a STIX id `TYPE--UUID`: a valid type, two hyphens and a
 * UUID in 8-4-4-4-12 hex digits of either case (the OASIS examples write
 * both)?  *type_len receives the length of its type; *why as above. */
bool sp_stix_id_valid(const char *text, size_t len, size_t *type_len, const char **why);

/* Writes the id's canonical spelling (hex digits in lower case) to out,
 * which holds len + 1 bytes: the form mappings are compared and looked up in. */
void sp_stix_id_canonical(char *out, const char *text, size_t len);

/* The TLP 2.0 marking definitions (FIRST TLP 2.0 as published for STIX 2.1
 * with the extension extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d):
 * their ids, and the scopes of the TLP module they map to by default. */
typedef struct sp_stix_tlp {
    const char *id;
    const char *scope;
} sp_stix_tlp;

#define SP_STIX_N_TLP 5
extern const sp_stix_tlp sp_stix_tlp_markings[SP_STIX_N_TLP];

#endif
