/* stix_scan.h — where each object of a STIX bundle's `objects` array lies
 * in the input, so that `sharepol stix` can copy the objects it lets through
 * byte for byte (jansson parses them to decide, but would print them back
 * reordered and respaced). */
#ifndef SHAREPOL_CLI_STIX_SCAN_H
#define SHAREPOL_CLI_STIX_SCAN_H

#include <stddef.h>

typedef struct stix_span {
    size_t start, end;  /* the object's bytes: text[start, end) */
} stix_span;

/* Finds the elements of the top-level object's "objects" member in
 * text[0, len), which must already be known to be valid JSON (jansson has
 * parsed it): a scanner of strings, escapes and nesting, no more.  A key
 * spelled with escapes is not recognised; the caller checks the count
 * against jansson's.
 * @return the number of elements, with *spans malloc'd (free it), or
 *         (size_t)-1 when there is no such array or memory ran out. */
size_t stix_scan_objects(const char *text, size_t len, stix_span **spans);

/* The 1-based line and column of byte offset `at`. */
void stix_scan_position(const char *text, size_t at, unsigned *line, unsigned *column);

#endif
