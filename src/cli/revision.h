/* revision.h — the revision of a compiled policy: the name under which
 * `serve` answers and the decision log records which policy decided.
 *
 * It is SHA-256 (nettle) over the policy's sources as the library compiled
 * them (sharepol_source()), in source order, each as its length in bytes (8
 * bytes, big-endian) followed by its bytes; written as 64 lowercase hex
 * digits.  The file names are not part of it: the same policy installed
 * under another path (another replica) has the same revision.  The length
 * before each text keeps two file sets apart that only move bytes from one
 * file to the next. */
#ifndef SHAREPOL_REVISION_H
#define SHAREPOL_REVISION_H

#include <stdint.h>

#include "sharepol.h"

#define POLICY_REVISION_SIZE 65 /* 64 hex digits and a NUL */

/* Writes the revision of policy into out.  @return 0, or -1 (out set to "")
 * when policy is NULL. */
int policy_revision(char out[POLICY_REVISION_SIZE], const sharepol_policy *policy);

/* Writes a SHA-256 digest as 64 lowercase hex digits and a NUL. */
void revision_hex(char out[POLICY_REVISION_SIZE], const uint8_t digest[32]);

#endif
