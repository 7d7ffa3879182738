/* stix_id.c — the spelling of STIX ids and types, checked where a policy
 * maps them (check.c) and where a bundle names them. */
#include "stix_id.h"

#include <string.h>

/* In clearance order, as the TLP module declares its scopes. */
const sp_stix_tlp sp_stix_tlp_markings[SP_STIX_N_TLP] = {
    { "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487", "tlp-clear" },
    { "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb", "tlp-green" },
    { "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421", "tlp-amber" },
    { "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003", "tlp-amber-strict" },
    { "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1", "tlp-red" },
};

#define MIN_TYPE 3
#define MAX_TYPE 250
#define UUID_LEN 36

bool sp_stix_type_valid(const char *text, size_t len, const char **why)
{
    if (len < MIN_TYPE || len > MAX_TYPE) {
        *why = len < MIN_TYPE ? "is shorter than 3 characters" : "is longer than 250 characters";
        return false;
    }
    if (text[0] == '-' || text[len - 1] == '-') {
        *why = "starts or ends with '-'";
        return false;
    }
    for (size_t i = 0; i < len; i++) {
        char c = text[i];
        if (c >= 'A' && c <= 'Z') {
            *why = "has an upper-case letter (STIX types are lower case)";
            return false;
        }
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
            *why = "has a character other than a-z, 0-9 and '-'";
            return false;
        }
        if (c == '-' && i > 0 && text[i - 1] == '-') {
            *why = "has two hyphens in a row";
            return false;
        }
    }
    return true;
}

static bool is_hex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static bool uuid_valid(const char *u)
{
    for (size_t i = 0; i < UUID_LEN; i++) {
        bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? u[i] != '-' : !is_hex(u[i]))
            return false;
    }
    return true;
}

bool sp_stix_id_valid(const char *text, size_t len, size_t *type_len, const char **why)
{
    /* The type ends at the first "--": a type itself has none. */
    const char *sep = NULL;
    for (size_t i = 0; i + 1 < len; i++)
        if (text[i] == '-' && text[i + 1] == '-') {
            sep = text + i;
            break;
        }
    if (!sep) {
        *why = "has no '--' between its type and its UUID";
        return false;
    }
    size_t tlen = (size_t)(sep - text);
    *type_len = tlen;
    if (!sp_stix_type_valid(text, tlen, why))
        return false;
    size_t rest = len - tlen - 2;
    if (rest != UUID_LEN || !uuid_valid(sep + 2)) {
        *why = "does not end in a UUID (8-4-4-4-12 hexadecimal digits)";
        return false;
    }
    return true;
}

void sp_stix_id_canonical(char *out, const char *text, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        char c = text[i];
        out[i] = (char)(c >= 'A' && c <= 'F' ? c - 'A' + 'a' : c);
    }
    out[len] = '\0';
}
