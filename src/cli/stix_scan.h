/* stix_scan.h — where each object of a STIX bundle's `objects` array lies
 * in the input, so that `sharepol stix` can give each object to jansson on
 * its own (stix_read.c) and copy the objects it lets through byte for byte
 * (jansson would print them back reordered and respaced). */
#ifndef SHAREPOL_CLI_STIX_SCAN_H
#define SHAREPOL_CLI_STIX_SCAN_H

#include <stddef.h>

typedef struct stix_span {
    size_t start, end;  /* the object's bytes: text[start, end) */
} stix_span;

/* What stix_scan_objects() found. */
typedef struct stix_scan {
    stix_span *spans;  /* each element's bytes; malloc'd (free it) */
    stix_span array;   /* the array's, from '[' to just after ']' */
    size_t depth;      /* the deepest nesting of an element (an object of
                          scalars: 1) */
} stix_scan;

/* Finds the elements of the top-level object's "objects" member in
 * text[0, len): a scanner of strings, escapes, nesting and the commas
 * between the elements, no more.  It does not check the JSON: jansson
 * parses what it finds (the elements one by one, and the text around the
 * array), and the caller falls back to jansson on the whole text when
 * this finds nothing.  A key spelled with escapes is not recognised.
 * @return the number of elements, with out->spans malloc'd when not 0, or
 *         (size_t)-1 when there is no such array, its elements are not
 *         separated by commas and closed by ']', or memory ran out. */
size_t stix_scan_objects(const char *text, size_t len, stix_scan *out);

/* The 1-based line and column of byte offset `at`. */
void stix_scan_position(const char *text, size_t at, unsigned *line, unsigned *column);

#endif
