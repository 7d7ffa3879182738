/* stix_read.h — a STIX bundle read for `sharepol stix`: what the gate needs
 * of each object (its id, type, creator, markings and references), in
 * compact records, and where its bytes are.
 *
 * jansson parses every object, but one at a time (stix_scan.c finds their
 * bytes): each object's tree is freed as soon as its few fields are copied
 * out, so memory is the bundle's text and the records, not a tree of the
 * whole bundle; on a machine with several cores, threads parse parts of
 * the array side by side.  Input that is not a well-formed bundle is
 * reported exactly as jansson reports it on the whole text. */
#ifndef SHAREPOL_CLI_STIX_READ_H
#define SHAREPOL_CLI_STIX_READ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "stix_scan.h"

/* No object of the bundle (stix_ref.target). */
#define STIX_NO_OBJECT UINT32_MAX

/* One id that an object refers to: any value of a top-level property
 * ending in `_ref` or `_refs`, and each granular marking's `marking_ref`. */
typedef struct stix_ref {
    const char *id;
    uint32_t target; /* the object of the bundle with that id, or STIX_NO_OBJECT */
    bool gates;      /* through a property other than created_by_ref and
                        object_marking_refs (and not a granular marking):
                        a held-back target holds this object back */
} stix_ref;

/* What the gate needs of one object.  Strings are NUL-terminated and live
 * as long as the bundle. */
typedef struct stix_record {
    const char *id, *type;
    const char *created_by_ref;         /* NULL when absent */
    const char **marking_refs;          /* object_marking_refs */
    uint32_t n_marking_refs;
    const char **granular_refs;         /* each granular marking's marking_ref; ""
                                           for one with neither it nor `lang` */
    uint32_t n_granular_refs;
    bool marked;                        /* object_marking_refs or granular_markings
                                           not empty */
    stix_ref *refs;
    uint32_t n_refs;
} stix_record;

typedef struct stix_arena stix_arena;

typedef struct stix_bundle {
    char *text;               /* the input, malloc'd; freed with the bundle */
    size_t len;
    char *id_json;            /* the bundle's "id" as JSON text, or NULL */
    stix_span *spans;         /* of each object */
    stix_record *records;     /* of each object */
    size_t n;
    stix_arena *arenas;       /* where the records' strings are */
    size_t n_arenas;
} stix_bundle;

/* Parses b->text[0, b->len) into b's spans and records, checking that it is
 * a STIX bundle: an object of type "bundle" whose "objects" hold objects
 * with a string type and a STIX id of that type, no id twice, markings
 * that can be read.  On bad input prints one message on stderr, with the
 * line and column where the input is wrong.
 * @return -1 when b is read; else the exit code (EXIT_USAGE). */
int stix_read_bundle(stix_bundle *b);

/* Frees what b holds (its text too); b may be partly read. */
void stix_read_free(stix_bundle *b);

/* The most threads the reader runs at once. */
#define STIX_MAX_PARTS 8

typedef void stix_part_fn(void *ctx, size_t part, size_t lo, size_t hi);

/* Calls fn(ctx, part, lo, hi) for runs [lo, hi) that cover [0, n), side by
 * side, as many as the reader would use for n objects (one a core, none
 * shorter than a few thousand), part counting them from 0; returns when all
 * are done.  @return the number of runs (at most STIX_MAX_PARTS). */
size_t stix_read_in_parts(size_t n, stix_part_fn *fn, void *ctx);

#endif
