/* stix_gen.h — a deterministic STIX 2.1 bundle for the benchmark of
 * `sharepol stix` (bench/README.md, "stix"), and the policy that maps its
 * names.
 *
 * The bundle looks like a TAXII collection of a national CERT's feed: the
 * identities of the community (organisations and units, one the policy does
 * not know), the five TLP 2.0 marking definitions and two statement
 * markings; then indicators with patterns, malware, attack patterns,
 * threat actors and campaigns, relationships between them, sightings,
 * cyber-observables without a creator, a few custom objects, and reports
 * whose object_refs list dozens to hundreds of earlier objects.  Objects
 * carry one TLP label each (some none, some with a statement marking
 * beside it, a few a granular marking as well).  Everything follows from
 * the seed and the count: no clock, no addresses. */
#ifndef BENCH_STIX_GEN_H
#define BENCH_STIX_GEN_H

#include <stddef.h>
#include <stdint.h>

/* The bundle of n objects (the carriers included), one object a line, the way
 * TAXII servers commonly send it.  @return a malloc'd NUL-terminated text
 * of *len bytes, or NULL when memory ran out. */
char *stix_gen_bundle(size_t n, uint64_t seed, size_t *len);

/* The `stix` block and the declarations it needs beside the TLP module
 * and its community (examples/tlp/): which identity is which party, which
 * statement marking is which scope, which type is which category.
 * @return a malloc'd NUL-terminated text, or NULL. */
char *stix_gen_policy(void);

/* The arguments of the gate that go with them. */
#define STIX_GEN_FROM "MSSP-1"
#define STIX_GEN_TO "BankCo"
#define STIX_GEN_ORIGINATOR "NatCERT"
#define STIX_GEN_AT "2026-06-01"

#endif
