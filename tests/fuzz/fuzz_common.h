/* fuzz_common.h — what the fuzz targets share: a counting allocator (so a
 * target can prove that nothing leaks and that deciding allocates nothing)
 * and a check that aborts with a message, so that a broken property is a
 * crash libFuzzer keeps.  Only the public header is used. */
#ifndef SHAREPOL_FUZZ_COMMON_H
#define SHAREPOL_FUZZ_COMMON_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "sharepol.h"

/* The entry point every target defines (libFuzzer's name). */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_CHECK(cond)                                                       \
    do {                                                                       \
        if (!(cond)) {                                                         \
            fprintf(stderr, "%s:%d: property failed: %s\n", __FILE__, __LINE__,\
                    #cond);                                                    \
            abort();                                                           \
        }                                                                      \
    } while (0)

/* Counts live blocks and every call.  The targets are single-threaded. */
typedef struct fuzz_counter {
    long live;        /* blocks allocated and not yet freed */
    unsigned long calls; /* allocations and resizes so far */
} fuzz_counter;

static inline void *fuzz_alloc(void *ctx, void *ptr, size_t old_size, size_t new_size)
{
    fuzz_counter *c = ctx;
    (void)old_size;
    if (new_size == 0) {
        if (ptr)
            c->live--;
        free(ptr);
        return NULL;
    }
    c->calls++;
    void *p = realloc(ptr, new_size);
    if (p && !ptr)
        c->live++;
    return p;
}

/* Options with the counting allocator and otherwise the defaults. */
static inline sharepol_compile_options fuzz_options(fuzz_counter *c)
{
    sharepol_compile_options o = SHAREPOL_COMPILE_OPTIONS_INIT;
    o.allocator.fn = fuzz_alloc;
    o.allocator.ctx = c;
    return o;
}

#endif
