/* rng.h — the seeded random numbers of the generated tests and of the
 * benchmark (splitmix64): one generator, so that a seed means the same
 * thing to each of them.  Nothing but the seed feeds it. */
#ifndef SHAREPOL_TEST_RNG_H
#define SHAREPOL_TEST_RNG_H

#include <stdbool.h>
#include <stdint.h>

typedef struct rng {
    uint64_t s; /* the state; any value is a seed */
} rng;

/* The next 64 random bits. */
uint64_t rng_next(rng *r);

/* Uniform in [0, n) (multiply-shift over the high 32 bits); 0 when n is 0. */
uint32_t rng_below(rng *r, uint32_t n);

/* True percent times in a hundred. */
bool rng_chance(rng *r, unsigned percent);

#endif
