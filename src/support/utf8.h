/* utf8.h — decoding, validation and display width of UTF-8 text. */
#ifndef SP_UTF8_H
#define SP_UTF8_H

#include "sp_internal.h"

/* Decodes one well-formed scalar value at s (n bytes available) into *cp.
 * @return its length 1..4, or 0 when the bytes are not well-formed UTF-8
 *         (overlong, surrogate, above U+10FFFF, truncated). */
size_t sp_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp);

/* Writes cp as UTF-8 into out (4 bytes); @return the length. */
size_t sp_utf8_encode(uint32_t cp, char out[4]);

/* The bidirectional controls of Trojan Source (CVE-2021-42574). */
bool sp_utf8_is_bidi(uint32_t cp);

/* Characters that print as nothing or as a blank (zero-width, format and
 * space characters other than U+0020): shown escaped, never raw. */
bool sp_utf8_is_invisible(uint32_t cp);

/* Columns a terminal gives cp: 2 for East Asian wide and fullwidth
 * characters, 0 for combining marks, else 1. */
unsigned sp_utf8_width(uint32_t cp);

/* How a source file fails the encoding rules of the language. */
typedef enum sp_utf8_problem {
    SP_UTF8_OK,
    SP_UTF8_INVALID,   /* a byte sequence that is not UTF-8 */
    SP_UTF8_NUL,       /* a NUL byte */
    SP_UTF8_BOM,       /* a byte-order mark after the start */
    SP_UTF8_UTF16,     /* starts with a UTF-16 byte-order mark */
    SP_UTF8_UTF32,     /* starts with a UTF-32 byte-order mark */
    SP_UTF8_BIDI       /* a bidirectional control character */
} sp_utf8_problem;

/* Checks a whole file; on a problem sets *at to its byte offset.
 * A UTF-8 byte-order mark at offset 0 is allowed. */
sp_utf8_problem sp_utf8_check(const char *text, size_t len, size_t *at);

#endif
