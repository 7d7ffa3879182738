/* decision_log.h — the tamper-evident decision log of `serve` and `eval`
 * (docs/decision-log.md is the reference).
 *
 * One JSON line per decision, each chained to the one before by SHA-256:
 *
 *   {"seq":1,"time":"2026-12-06T15:14:42.123456Z","revision":"<64 hex>",
 *    "default_at":"2025-06-01","client":"ci","query":{...},"answer":{...},
 *    "prev":"<64 hex>","hash":"<64 hex>"}
 *
 * (one line in the file; "default_at" only when the options give one,
 * "client" only when a client name is given).  The
 * canonical bytes of a line are its bytes as written from the `{` up to, not
 * including, the `,"hash":` that ends it; hash = SHA-256(the previous line's
 * hash as 32 raw bytes, then the canonical bytes).  The first line of a
 * chain has prev = 64 zeros; the first line of a file after rotation has the
 * previous file's last hash.  Nothing is re-serialised to verify a line: the
 * hash is over the bytes on disk.
 *
 * Appending is thread-safe and uses group commit: a caller queues its line
 * and waits; one caller at a time (the leader) writes every line queued so
 * far in one write() and, with DECISION_LOG_SYNC_ALWAYS, one fdatasync(),
 * then wakes the callers whose lines that covered.  Lines queued while the
 * leader was on the disk go out in the next batch.  So N concurrent
 * decisions cost about one fsync, not N. */
#ifndef SHAREPOL_DECISION_LOG_H
#define SHAREPOL_DECISION_LOG_H

#include <stddef.h>
#include <stdint.h>

/* When an appended line must be on disk before decision_log_append()
 * returns (and so before the answer is released). */
enum decision_log_sync {
    /* Written and fdatasync()ed: an answer a client received survives a
     * crash of the process, the OS or the power.  The default. */
    DECISION_LOG_SYNC_ALWAYS = 0,
    /* Written to the kernel (write() returned), not waited for on disk: an
     * answer survives kill -9 of the process, not a power cut or an OS
     * crash.  The file is still fsync()ed at rotation and at close.  With
     * no fsync to share, lines are written by their own caller under the
     * lock (a follower's sleep and wake-up would cost more than the write
     * it saves). */
    DECISION_LOG_SYNC_NEVER = 1
};

typedef struct decision_log_options {
    enum decision_log_sync sync;
    /* Rotate when the file reaches this many bytes (at the end of the line
     * that makes it reach them: lines are never split); 0: never.  The
     * full file is renamed to PATH.<seq of its first line, 20 digits> so that
     * `PATH.* PATH` lists the chain in order, and a new PATH continues the
     * chain. */
    uint64_t rotate_size;
    /* The date ("YYYY-MM-DD") queries without "at" are decided for, when it
     * is fixed for the log's life (eval: --at, or the day it started);
     * written into every line as "default_at".  NULL (serve): such queries
     * are decided for the UTC day of the line's "time". */
    const char *default_at;
} decision_log_options;

#define DECISION_LOG_OPTIONS_INIT { DECISION_LOG_SYNC_ALWAYS, 0, NULL }

struct decision_log;

/* Opens (creating it when missing) the log at path and makes it ready to
 * continue its chain: the sequence number and hash go on from its last line
 * (or from the newest rotated file PATH.<seq> when PATH is missing or empty,
 * as after a crash mid-rotation).  Refuses a log whose last line is torn or
 * does not check out (it says to run `sharepol log verify`): appending after
 * it would hide the damage.
 * @opts NULL for the defaults.
 * @err  receives a one-line message naming the file on failure.
 * @return 0, or -1 with *out NULL. */
int decision_log_open(struct decision_log **out, const char *path,
                      const decision_log_options *opts, char *err, size_t err_size);

/* Appends one decision and returns once its line is written (with
 * DECISION_LOG_SYNC_ALWAYS: on disk).  Safe from any number of threads.
 * @revision the policy revision (revision.h), 64 hex digits.
 * @client   the client's token name, or NULL (eval, or no tokens).
 * @query    the query as given: one JSON value (len bytes); line breaks in
 *           it (whitespace, in valid JSON) are written as spaces so that the
 *           line stays one line.  Not parsed: the caller hands valid JSON.
 * @answer   the answer object as sent, the same way.
 * @seq_out  if not NULL, receives the line's sequence number.
 * @return 0; -1 when the log could not be written (the error is kept: every
 *         later append fails too, and decision_log_error() says why), so that
 *         no answer is released without its line. */
int decision_log_append(struct decision_log *log, const char *revision, const char *client,
                        const char *query, size_t query_len, const char *answer,
                        size_t answer_len, uint64_t *seq_out);

/* The two halves of decision_log_append(), for a caller that releases
 * answers in batches of its own (eval, one thread): queue lines as their
 * answers are made, and commit before the answers go out.  A queued line
 * is numbered, hashed and timed at once, and written by the next commit,
 * append or close.  @return 0, or -1 as decision_log_append(). */
int decision_log_queue(struct decision_log *log, const char *revision, const char *client,
                       const char *query, size_t query_len, const char *answer,
                       size_t answer_len, uint64_t *seq_out);
/* Returns once every line queued so far is written (and synced as the mode
 * says). */
int decision_log_commit(struct decision_log *log);

/* How many lines were written so far, and in how many batches (each one
 * write and, with DECISION_LOG_SYNC_ALWAYS, one fdatasync): their ratio is
 * what group commit saves.  For metrics and tests. */
void decision_log_counts(struct decision_log *log, uint64_t *lines, uint64_t *batches);

/* The message of the error that stopped the log, or NULL while it works. */
const char *decision_log_error(struct decision_log *log);

/* Waits for appends in progress, syncs and closes the file, frees the log.
 * NULL is allowed.  @return 0, or -1 when the final sync or close failed or
 * the log had stopped on an error. */
int decision_log_close(struct decision_log *log);

/* Parses a --log-sync value ("always" or "never").  @return 0, or -1. */
int decision_log_parse_sync(const char *text, enum decision_log_sync *out);

/* Parses a --log-rotate-size value: bytes, or with a K, M or G suffix
 * (powers of 1024); 0 means never.  @return 0, or -1. */
int decision_log_parse_size(const char *text, uint64_t *out);

#endif
