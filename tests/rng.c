/* rng.c — splitmix64 (Steele, Lea and Flood), for the generated tests and
 * the benchmark (rng.h). */
#include "rng.h"

uint64_t rng_next(rng *r)
{
    uint64_t z = (r->s += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

uint32_t rng_below(rng *r, uint32_t n)
{
    return (uint32_t)(((rng_next(r) >> 32) * (uint64_t)n) >> 32);
}

bool rng_chance(rng *r, unsigned percent)
{
    return rng_below(r, 100) < percent;
}
