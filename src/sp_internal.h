/* sp_internal.h — basics every module of the library shares. */
#ifndef SP_INTERNAL_H
#define SP_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "sharepol.h"

#define SP_UNUSED(x) ((void)(x))
#define SP_ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

#if defined(__GNUC__)
#  define sp_likely(x) __builtin_expect(!!(x), 1)
#  define sp_unlikely(x) __builtin_expect(!!(x), 0)
#  define SP_PRINTF(f, a) __attribute__((format(printf, f, a)))
/* Only reads memory and writes none: calls may be merged, loads kept. */
#  define SP_PURE __attribute__((pure))
#else
#  define sp_likely(x) (x)
#  define sp_unlikely(x) (x)
#  define SP_PRINTF(f, a)
#  define SP_PURE
#endif

/* Bits set in v, without the library call __builtin_popcountll becomes on
 * a baseline x86-64. */
static inline unsigned sp_popcount(uint64_t v)
{
    v = v - ((v >> 1) & 0x5555555555555555u);
    v = (v & 0x3333333333333333u) + ((v >> 2) & 0x3333333333333333u);
    v = (v + (v >> 4)) & 0x0f0f0f0f0f0f0f0fu;
    return (unsigned)((v * 0x0101010101010101u) >> 56);
}

/* Defaults of sharepol_limits (docs/language.md, "Limits"). */
#define SP_DEFAULT_MAX_FILE_SIZE ((size_t)16 << 20)
#define SP_DEFAULT_MAX_NAME 255u
#define SP_DEFAULT_MAX_STRING ((size_t)64 << 10)
#define SP_DEFAULT_MAX_DEPTH 256u
#define SP_DEFAULT_MAX_ERRORS 100u
#define SP_DEFAULT_MAX_FILES 10000u

/* A query may name at most this many consents or audience members. */
#define SP_MAX_QUERY_LIST 4096u

/* The limits of a compilation with every 0 replaced by its default and
 * the ceilings applied (compile.c); o may be NULL. */
void sp_compile_limits(sharepol_limits *out, const sharepol_compile_options *o);

#endif
