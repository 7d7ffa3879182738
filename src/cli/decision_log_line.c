/* decision_log_line.c — the hash and the check of one decision log line
 * (decision_log_line.h). */
#include "decision_log_line.h"

#include <jansson.h>
#include <nettle/sha2.h>
#include <stdio.h>
#include <string.h>

#define set_message(why, size, ...) snprintf((why), (size), __VA_ARGS__)

void decision_log_line_hash(uint8_t out[DECISION_LOG_HASH_SIZE],
                            const uint8_t prev[DECISION_LOG_HASH_SIZE], const char *canonical,
                            size_t len)
{
    struct sha256_ctx ctx;
    sha256_init(&ctx);
    sha256_update(&ctx, DECISION_LOG_HASH_SIZE, prev);
    sha256_update(&ctx, len, (const uint8_t *)canonical);
    sha256_digest(&ctx, DECISION_LOG_HASH_SIZE, out);
}

static int hex_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

bool decision_log_parse_hash(uint8_t out[DECISION_LOG_HASH_SIZE], const char *hex)
{
    for (size_t i = 0; i < DECISION_LOG_HASH_SIZE; i++) {
        int hi = hex_value(hex[2 * i]), lo = hi < 0 ? -1 : hex_value(hex[2 * i + 1]);
        if (hi < 0 || lo < 0)
            return false;
        out[i] = (uint8_t)(hi << 4 | lo);
    }
    return hex[DECISION_LOG_HEX_SIZE] == '\0' || hex[DECISION_LOG_HEX_SIZE] == '"';
}

int decision_log_line_check(const char *line, size_t len, decision_log_line *out, char *why,
                            size_t why_size)
{
    static const char tail[] = ",\"hash\":\"";
    const size_t tail_len = sizeof tail - 1;
    const size_t suffix = tail_len + DECISION_LOG_HEX_SIZE + 2; /* ...hex"} */
    if (len < suffix + 2 || line[0] != '{' || line[len - 1] != '}' || line[len - 2] != '"' ||
        memcmp(line + len - suffix, tail, tail_len) != 0) {
        set_message(why, why_size, "not a decision log line: it must end with "
                                   "`,\"hash\":\"<64 hex digits>\"}`");
        return DECISION_LOG_LINE_MALFORMED;
    }
    char hex[DECISION_LOG_HEX_SIZE + 1];
    memcpy(hex, line + len - suffix + tail_len, DECISION_LOG_HEX_SIZE);
    hex[DECISION_LOG_HEX_SIZE] = '\0';
    if (!decision_log_parse_hash(out->hash, hex)) {
        set_message(why, why_size, "not a decision log line: its hash is not 64 lowercase "
                                   "hex digits");
        return DECISION_LOG_LINE_MALFORMED;
    }
    out->canonical_len = len - suffix;

    json_error_t jerr;
    json_t *obj = json_loadb(line, len, JSON_REJECT_DUPLICATES, &jerr);
    if (!obj) {
        set_message(why, why_size, "not a decision log line: not valid JSON: %s (column %d)",
                    jerr.text, jerr.column);
        return DECISION_LOG_LINE_MALFORMED;
    }
    int status = DECISION_LOG_LINE_MALFORMED;
    json_t *seq = json_object_get(obj, "seq");
    json_t *prev = json_object_get(obj, "prev");
    json_t *hash = json_object_get(obj, "hash");
    static const char *const needed[] = { "time", "revision", "query", "answer" };
    const char *missing = NULL;
    for (size_t i = 0; i < sizeof needed / sizeof needed[0]; i++)
        if (!json_object_get(obj, needed[i]))
            missing = needed[i];
    if (!json_is_integer(seq) || json_integer_value(seq) < 1)
        set_message(why, why_size, "not a decision log line: \"seq\" is not a number >= 1");
    else if (!json_is_string(prev) || json_string_length(prev) != DECISION_LOG_HEX_SIZE ||
             !decision_log_parse_hash(out->prev, json_string_value(prev)))
        set_message(why, why_size, "not a decision log line: \"prev\" is not 64 lowercase hex "
                                   "digits");
    else if (!json_is_string(hash) || strcmp(json_string_value(hash), hex) != 0)
        set_message(why, why_size, "not a decision log line: \"hash\" is not its last member");
    else if (missing)
        set_message(why, why_size, "not a decision log line: no \"%s\"", missing);
    else {
        out->seq = (uint64_t)json_integer_value(seq);
        uint8_t computed[DECISION_LOG_HASH_SIZE];
        decision_log_line_hash(computed, out->prev, line, out->canonical_len);
        status = memcmp(computed, out->hash, sizeof computed) == 0 ? DECISION_LOG_LINE_OK
                                                                   : DECISION_LOG_LINE_BAD_HASH;
        if (status == DECISION_LOG_LINE_BAD_HASH)
            set_message(why, why_size, "its hash does not match its content: the line was "
                                       "changed after it was written");
    }
    json_decref(obj);
    return status;
}

