/* decision_log_line.h — one line of a decision log: its hash and its check,
 * shared by the writer (decision_log.c) and `sharepol log verify`
 * (cmd_log.c), so that both agree on the canonical bytes by construction.
 *
 * A line ends with `,"hash":"<64 hex>"}`; its canonical bytes are every byte
 * before that `,"hash":`; its hash is SHA-256 over the previous line's hash
 * (32 raw bytes) followed by the canonical bytes. */
#ifndef SHAREPOL_DECISION_LOG_LINE_H
#define SHAREPOL_DECISION_LOG_LINE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define DECISION_LOG_HASH_SIZE 32
#define DECISION_LOG_HEX_SIZE 64 /* the hash as lowercase hex digits */

/* What a line says about itself. */
typedef struct decision_log_line {
    uint64_t seq;
    uint8_t prev[DECISION_LOG_HASH_SIZE];
    uint8_t hash[DECISION_LOG_HASH_SIZE];
    size_t canonical_len; /* bytes hashed: the line up to its `,"hash":` */
} decision_log_line;

enum {
    DECISION_LOG_LINE_OK = 0,
    DECISION_LOG_LINE_MALFORMED, /* not a decision log line at all */
    DECISION_LOG_LINE_BAD_HASH   /* well-formed, but its hash is not its content's */
};

/* hash = SHA-256(prev, then the canonical bytes). */
void decision_log_line_hash(uint8_t out[DECISION_LOG_HASH_SIZE],
                            const uint8_t prev[DECISION_LOG_HASH_SIZE], const char *canonical,
                            size_t len);

/* Parses 64 lowercase hex digits (followed by a NUL or a '"').
 * @return false when they are not. */
bool decision_log_parse_hash(uint8_t out[DECISION_LOG_HASH_SIZE], const char *hex);

/* Checks one line (len bytes, without its newline) on its own: its form,
 * and that its hash is that of its prev and canonical bytes.  Fills out
 * (seq, prev and hash are valid unless MALFORMED).  why receives the reason
 * when it is not OK.  @return DECISION_LOG_LINE_*. */
int decision_log_line_check(const char *line, size_t len, decision_log_line *out, char *why,
                            size_t why_size);

#endif
