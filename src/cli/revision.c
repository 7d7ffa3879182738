/* revision.c — the revision of a compiled policy: SHA-256 over its sources
 * as compiled (revision.h says exactly what is hashed). */
#include <nettle/sha2.h>
#include <stdint.h>

#include "revision.h"

void revision_hex(char out[POLICY_REVISION_SIZE], const uint8_t digest[32])
{
    static const char hex[] = "0123456789abcdef";
    for (size_t i = 0; i < SHA256_DIGEST_SIZE; i++) {
        out[2 * i] = hex[digest[i] >> 4];
        out[2 * i + 1] = hex[digest[i] & 15];
    }
    out[POLICY_REVISION_SIZE - 1] = '\0';
}

int policy_revision(char out[POLICY_REVISION_SIZE], const sharepol_policy *policy)
{
    out[0] = '\0';
    if (!policy)
        return -1;
    struct sha256_ctx ctx;
    sha256_init(&ctx);
    size_t n = sharepol_source_count(policy);
    for (size_t i = 0; i < n; i++) {
        const sharepol_source_info *src = sharepol_source(policy, i);
        uint8_t length[8];
        uint64_t len = src->length;
        for (int b = 7; b >= 0; b--) {
            length[b] = (uint8_t)(len & 0xff);
            len >>= 8;
        }
        sha256_update(&ctx, sizeof length, length);
        sha256_update(&ctx, src->length, (const uint8_t *)src->text);
    }
    uint8_t digest[SHA256_DIGEST_SIZE];
    sha256_digest(&ctx, sizeof digest, digest);
    revision_hex(out, digest);
    return 0;
}
