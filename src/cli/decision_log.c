/* decision_log.c — the decision log: numbered, hash-chained JSON lines,
 * written with group commit, rotated by size (decision_log.h; the format
 * is docs/decision-log.md).
 *
 * Appending has two halves.  Queueing formats, numbers and hashes a line
 * under the lock, into the pending batch: the chain is built in sequence
 * order by construction.  Waiting makes the line durable: the first waiter
 * that finds nobody on the disk becomes the leader, takes the whole pending
 * batch, and writes (and syncs) it without the lock, while later callers
 * queue into a fresh batch; then it wakes everyone, and a waiter whose line
 * was not in that batch leads the next one (SQLite's and PostgreSQL's group
 * commit). */
#include "decision_log.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <jansson.h>
#include <limits.h>
#include <nettle/sha2.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "decision_log_line.h"
#include "revision.h"

#define TAIL_MAX ((size_t)64 << 20) /* the longest last line read at open */

typedef struct buffer {
    char *data;
    size_t len, cap;
} buffer;

struct decision_log {
    char *path;
    decision_log_options opts;
    char default_at[16];     /* opts.default_at points here, or is NULL */

    pthread_mutex_t lock;
    pthread_cond_t written; /* a batch is done, or the log failed */

    /* Under the lock. */
    uint64_t next_seq;
    uint8_t last_hash[DECISION_LOG_HASH_SIZE];
    buffer pending;          /* lines queued, not yet taken by a leader */
    uint64_t pending_last;   /* seq of its last line */
    buffer spare;            /* the other buffer, while no leader has it */
    bool leading;            /* a leader is writing a batch */
    uint64_t durable;        /* every line up to this seq is written (synced) */
    unsigned waiting;        /* callers inside decision_log_append / commit */
    bool failed;
    char error[512];
    uint64_t written_lines, batches;
    time_t time_sec;         /* format_time's cache */
    char time_text[24];

    /* Only the leader touches these (leading serialises leaders). */
    int fd;
    uint64_t file_size;
    uint64_t file_first_seq; /* 0 while the file is empty */
};

/* ---- small helpers ---------------------------------------------------------- */

static void set_message(char *err, size_t size, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

static void set_message(char *err, size_t size, const char *fmt, ...)
{
    if (!err || !size)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, size, fmt, ap);
    va_end(ap);
}

static bool reserve(buffer *b, size_t more)
{
    if (b->cap - b->len >= more)
        return true;
    size_t cap = b->cap ? b->cap : 4096;
    while (cap - b->len < more) {
        if (cap > SIZE_MAX / 2)
            return false;
        cap *= 2;
    }
    char *d = realloc(b->data, cap);
    if (!d)
        return false;
    b->data = d;
    b->cap = cap;
    return true;
}

static void put(buffer *b, const char *s, size_t n)
{
    memcpy(b->data + b->len, s, n);
    b->len += n;
}

static void puts_(buffer *b, const char *s)
{
    put(b, s, strlen(s));
}

/* A JSON value copied as given, its line breaks (only whitespace in valid
 * JSON) made spaces so that the line stays one line. */
static void put_value(buffer *b, const char *s, size_t n)
{
    char *d = b->data + b->len;
    memcpy(d, s, n);
    b->len += n;
    for (char *p = d; (p = memchr(p, '\n', (size_t)(d + n - p))); p++)
        *p = ' ';
    for (char *p = d; (p = memchr(p, '\r', (size_t)(d + n - p))); p++)
        *p = ' ';
}

/* The longest a string can become as a JSON string: \u00XX for every byte. */
static size_t string_room(const char *s)
{
    return s ? 6 * strlen(s) + 2 : 0;
}

static void put_string(buffer *b, const char *s)
{
    static const char hex[] = "0123456789abcdef";
    b->data[b->len++] = '"';
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\') {
            b->data[b->len++] = '\\';
            b->data[b->len++] = (char)*p;
        } else if (*p < 0x20 || *p == 0x7f) {
            put(b, "\\u00", 4);
            b->data[b->len++] = hex[*p >> 4];
            b->data[b->len++] = hex[*p & 15];
        } else {
            b->data[b->len++] = (char)*p;
        }
    }
    b->data[b->len++] = '"';
}

/* "2026-12-06T15:14:42.123456Z".  The seconds are formatted once a second
 * (the cache is the log's, used under its lock). */
static void format_time(char out[32], time_t *cached_sec, char cached[24])
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    if (ts.tv_sec != *cached_sec || !cached[0]) {
        struct tm tm;
        gmtime_r(&ts.tv_sec, &tm);
        strftime(cached, 24, "%Y-%m-%dT%H:%M:%S", &tm);
        *cached_sec = ts.tv_sec;
    }
    long us = ts.tv_nsec / 1000;
    size_t n = strlen(cached);
    memcpy(out, cached, n);
    out[n++] = '.';
    for (int i = 5; i >= 0; i--, us /= 10)
        out[n + (size_t)i] = (char)('0' + us % 10);
    out[n + 6] = 'Z';
    out[n + 7] = '\0';
}

/* ---- reading where a log ends --------------------------------------------------- */

/* The seq of a file's first line (0 when empty or unreadable). */
static uint64_t first_seq(int fd)
{
    char head[40];
    ssize_t got = pread(fd, head, sizeof head - 1, 0);
    if (got <= 0)
        return 0;
    head[got] = '\0';
    if (strncmp(head, "{\"seq\":", 7) != 0)
        return 0;
    return strtoull(head + 7, NULL, 10);
}

/* Reads the last line of a file (size bytes) and continues the chain from
 * it.  @return 0, or -1 with err set. */
static int continue_from(struct decision_log *log, int fd, const char *path, uint64_t size,
                         char *err, size_t err_size)
{
    char last;
    if (pread(fd, &last, 1, (off_t)size - 1) != 1) {
        set_message(err, err_size, "%s: cannot read: %s", path, strerror(errno));
        return -1;
    }
    if (last != '\n') {
        set_message(err, err_size,
                    "%s: the last line is torn (a crash in the middle of writing it?); "
                    "run `sharepol log verify %s` to see where the intact part ends, "
                    "and truncate the file there before logging to it again",
                    path, path);
        return -1;
    }
    /* Read backwards in growing windows until the line before the final
     * newline begins in the window. */
    size_t window = 4096;
    char *buf = NULL;
    for (;;) {
        if (window > size)
            window = (size_t)size;
        char *nb = realloc(buf, window);
        if (!nb) {
            free(buf);
            set_message(err, err_size, "%s: out of memory", path);
            return -1;
        }
        buf = nb;
        if (pread(fd, buf, window, (off_t)(size - window)) != (ssize_t)window) {
            free(buf);
            set_message(err, err_size, "%s: cannot read: %s", path, strerror(errno));
            return -1;
        }
        size_t start = window - 1;
        while (start > 0 && buf[start - 1] != '\n')
            start--;
        if (start > 0 || window == size) {
            decision_log_line line;
            char why[256];
            int st = decision_log_line_check(buf + start, window - 1 - start, &line, why,
                                             sizeof why);
            free(buf);
            if (st != DECISION_LOG_LINE_OK) {
                set_message(err, err_size,
                            "%s: the last line does not check out (%s); run `sharepol log "
                            "verify %s`",
                            path, why, path);
                return -1;
            }
            log->next_seq = line.seq + 1;
            memcpy(log->last_hash, line.hash, sizeof log->last_hash);
            return 0;
        }
        if (window >= TAIL_MAX) {
            free(buf);
            set_message(err, err_size, "%s: the last line is longer than %zu MiB", path,
                        TAIL_MAX >> 20);
            return -1;
        }
        window *= 2;
    }
}

/* The directory and the file name of path (dir: "." when none). */
static void split_path(const char *path, char *dir, size_t dir_size, const char **base)
{
    const char *slash = strrchr(path, '/');
    if (!slash) {
        snprintf(dir, dir_size, ".");
        *base = path;
    } else if (slash == path) {
        snprintf(dir, dir_size, "/");
        *base = slash + 1;
    } else {
        snprintf(dir, dir_size, "%.*s", (int)(slash - path), path);
        *base = slash + 1;
    }
}

/* Is name BASE.<20 digits>?  Then *seq receives the number. */
static bool rotated_name(const char *name, const char *base, uint64_t *seq)
{
    size_t n = strlen(base);
    if (strncmp(name, base, n) != 0 || name[n] != '.' || strlen(name + n + 1) != 20)
        return false;
    for (const char *p = name + n + 1; *p; p++)
        if (*p < '0' || *p > '9')
            return false;
    *seq = strtoull(name + n + 1, NULL, 10);
    return true;
}

/* When the live file is missing or empty, the chain goes on from the newest
 * rotated file, if there is one (a crash between renaming the full file and
 * writing to the new one leaves exactly that).  @return 0, or -1. */
static int continue_from_rotated(struct decision_log *log, char *err, size_t err_size)
{
    char dir[PATH_MAX];
    const char *base;
    split_path(log->path, dir, sizeof dir, &base);
    DIR *d = opendir(dir);
    if (!d) {
        set_message(err, err_size, "%s: cannot list the directory: %s", dir, strerror(errno));
        return -1;
    }
    uint64_t newest = 0;
    bool found = false;
    for (struct dirent *e; (e = readdir(d));) {
        uint64_t seq;
        if (rotated_name(e->d_name, base, &seq) && (!found || seq > newest)) {
            newest = seq;
            found = true;
        }
    }
    closedir(d);
    if (!found)
        return 0;
    char path[PATH_MAX + 32];
    snprintf(path, sizeof path, "%s.%020" PRIu64, log->path, newest);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0) {
        set_message(err, err_size, "%s: cannot read: %s", path, strerror(errno));
        if (fd >= 0)
            close(fd);
        return -1;
    }
    int r = st.st_size > 0 ? continue_from(log, fd, path, (uint64_t)st.st_size, err, err_size)
                           : 0;
    close(fd);
    return r;
}

/* fsync() of the directory holding path: a created or renamed name is on
 * disk only then. */
static int sync_directory(const char *path)
{
    char dir[PATH_MAX];
    const char *base;
    split_path(path, dir, sizeof dir, &base);
    int fd = open(dir, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    int r = fsync(fd);
    close(fd);
    return r;
}

/* Opens (creating) the live file for appending, locked against a second
 * writer.  @return 0, or -1 with err set. */
static int open_live(struct decision_log *log, char *err, size_t err_size)
{
    int fd = open(log->path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0640);
    if (fd < 0) {
        set_message(err, err_size, "%s: cannot open: %s", log->path, strerror(errno));
        return -1;
    }
    if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
        set_message(err, err_size, "%s: %s", log->path,
                    errno == EWOULDBLOCK ? "another process is logging to it"
                                         : strerror(errno));
        close(fd);
        return -1;
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        set_message(err, err_size, "%s: not a regular file", log->path);
        close(fd);
        return -1;
    }
    log->fd = fd;
    log->file_size = (uint64_t)st.st_size;
    log->file_first_seq = st.st_size > 0 ? first_seq(fd) : 0;
    return 0;
}

/* ---- opening and closing --------------------------------------------------------- */

int decision_log_parse_sync(const char *text, enum decision_log_sync *out)
{
    if (strcmp(text, "always") == 0)
        *out = DECISION_LOG_SYNC_ALWAYS;
    else if (strcmp(text, "never") == 0)
        *out = DECISION_LOG_SYNC_NEVER;
    else
        return -1;
    return 0;
}

int decision_log_parse_size(const char *text, uint64_t *out)
{
    if (*text < '0' || *text > '9')
        return -1;
    errno = 0;
    char *end;
    unsigned long long n = strtoull(text, &end, 10);
    unsigned shift = 0;
    switch (*end) {
    case '\0': break;
    case 'K': shift = 10; end++; break;
    case 'M': shift = 20; end++; break;
    case 'G': shift = 30; end++; break;
    default: return -1;
    }
    if (errno || *end || n > (UINT64_MAX >> shift))
        return -1;
    *out = (uint64_t)n << shift;
    return 0;
}

int decision_log_open(struct decision_log **out, const char *path,
                      const decision_log_options *opts, char *err, size_t err_size)
{
    *out = NULL;
    decision_log_options defaults = DECISION_LOG_OPTIONS_INIT;
    struct decision_log *log = calloc(1, sizeof *log);
    if (!log || !(log->path = strdup(path))) {
        free(log);
        set_message(err, err_size, "%s: out of memory", path);
        return -1;
    }
    log->opts = opts ? *opts : defaults;
    if (log->opts.default_at) {
        snprintf(log->default_at, sizeof log->default_at, "%s", log->opts.default_at);
        log->opts.default_at = log->default_at;
    }
    log->fd = -1;
    log->next_seq = 1; /* a new chain: seq 1, prev all zeros */
    if (open_live(log, err, err_size) != 0)
        goto fail;
    int r = log->file_size > 0
                ? continue_from(log, log->fd, path, log->file_size, err, err_size)
                : continue_from_rotated(log, err, err_size);
    if (r != 0)
        goto fail;
    if (log->file_size == 0 && sync_directory(path) != 0) {
        set_message(err, err_size, "%s: cannot sync its directory: %s", path, strerror(errno));
        goto fail;
    }
    pthread_mutex_init(&log->lock, NULL);
    pthread_cond_init(&log->written, NULL);
    log->durable = log->next_seq - 1;
    log->pending_last = log->durable;
    *out = log;
    return 0;
fail:
    if (log->fd >= 0)
        close(log->fd);
    free(log->path);
    free(log);
    return -1;
}

const char *decision_log_error(struct decision_log *log)
{
    pthread_mutex_lock(&log->lock);
    const char *e = log->failed ? log->error : NULL;
    pthread_mutex_unlock(&log->lock);
    return e;
}

void decision_log_counts(struct decision_log *log, uint64_t *lines, uint64_t *batches)
{
    pthread_mutex_lock(&log->lock);
    *lines = log->written_lines;
    *batches = log->batches;
    pthread_mutex_unlock(&log->lock);
}

/* ---- writing ------------------------------------------------------------------- */

static int write_all(int fd, const char *p, size_t n)
{
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w < 0)
            return -1;
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

/* Moves the full file aside as PATH.<first seq> and starts a new PATH.  The
 * chain does not notice: the next line's prev is the last hash, whatever
 * file it lands in.  @return 0, or -1 with why set. */
static int rotate(struct decision_log *log, char *why, size_t why_size)
{
    char rotated[PATH_MAX + 32];
    snprintf(rotated, sizeof rotated, "%s.%020" PRIu64, log->path, log->file_first_seq);
    struct stat st;
    if (lstat(rotated, &st) == 0) {
        set_message(why, why_size, "cannot rotate %s: %s exists already", log->path, rotated);
        return -1;
    }
    if (fsync(log->fd) != 0 || rename(log->path, rotated) != 0) {
        set_message(why, why_size, "cannot rotate %s: %s", log->path, strerror(errno));
        return -1;
    }
    close(log->fd);
    log->fd = -1;
    if (open_live(log, why, why_size) != 0 || sync_directory(log->path) != 0) {
        if (log->fd >= 0)
            set_message(why, why_size, "cannot sync the directory of %s: %s", log->path,
                        strerror(errno));
        return -1;
    }
    return 0;
}

/* How much of the batch at p (left bytes) to write before the file is full:
 * whole lines, up to the one that makes it reach rotate_size, or all.
 * *full tells which; *lines receives the lines in it (counted only when
 * rotating, the one time they are needed). */
static size_t chunk_before_rotation(const struct decision_log *log, const char *p, size_t left,
                                    bool *full, uint64_t *lines)
{
    *full = false;
    *lines = 0;
    if (!log->opts.rotate_size)
        return left;
    size_t n = 0;
    while (n < left) {
        const char *nl = memchr(p + n, '\n', left - n);
        n = nl ? (size_t)(nl - p) + 1 : left;
        ++*lines;
        if (log->file_size + n >= log->opts.rotate_size) {
            *full = true;
            break;
        }
    }
    return n;
}

/* The leader's work, without the lock: write the batch (rotating the file
 * at the line that fills it) and sync.  first is the seq of its first line.
 * @return 0, or -1 with why set. */
static int write_batch(struct decision_log *log, const buffer *batch, uint64_t first,
                       char *why, size_t why_size)
{
    const char *p = batch->data;
    size_t left = batch->len;
    uint64_t seq = first;
    while (left > 0) {
        bool full;
        uint64_t lines;
        size_t chunk = chunk_before_rotation(log, p, left, &full, &lines);
        if (write_all(log->fd, p, chunk) != 0) {
            int e = errno;
            /* Leave no torn line behind when the disk is full. */
            if (ftruncate(log->fd, (off_t)log->file_size) != 0) {
                /* nothing more to do: the error below stops the log */
            }
            set_message(why, why_size, "cannot write %s: %s", log->path, strerror(e));
            return -1;
        }
        if (log->opts.sync == DECISION_LOG_SYNC_ALWAYS && fdatasync(log->fd) != 0) {
            set_message(why, why_size, "cannot sync %s: %s", log->path, strerror(errno));
            return -1;
        }
        if (log->file_first_seq == 0)
            log->file_first_seq = seq;
        log->file_size += chunk;
        seq += lines;
        p += chunk;
        left -= chunk;
        if (full && rotate(log, why, why_size) != 0)
            return -1;
    }
    return 0;
}

/* Counts a written batch, or keeps the error that stopped the log.  Called
 * with the lock held. */
static void batch_done(struct decision_log *log, int r, uint64_t last, const char *why)
{
    if (r == 0) {
        log->written_lines += last - log->durable;
        log->batches++;
        log->durable = last;
    } else {
        log->failed = true;
        snprintf(log->error, sizeof log->error, "%s", why);
    }
}

/* DECISION_LOG_SYNC_NEVER: with no fsync to share, a waiting follower costs
 * more (a sleep and a wake-up) than the write it would save, so whoever
 * holds the lock writes what is pending at once.  Called with the lock
 * held.  @return 0, or -1. */
static int write_pending_now(struct decision_log *log, uint64_t seq)
{
    if (log->durable < seq && !log->failed) {
        char why[sizeof log->error];
        int r = write_batch(log, &log->pending, log->durable + 1, why, sizeof why);
        log->pending.len = 0;
        batch_done(log, r, log->pending_last, why);
    }
    return log->durable >= seq ? 0 : -1;
}

/* Waits until every line up to seq is written, leading batches while no one
 * else does.  Called and returns with the lock held. */
static int wait_written(struct decision_log *log, uint64_t seq)
{
    if (log->opts.sync == DECISION_LOG_SYNC_NEVER)
        return write_pending_now(log, seq);
    while (log->durable < seq && !log->failed) {
        if (log->leading) {
            pthread_cond_wait(&log->written, &log->lock);
            continue;
        }
        log->leading = true;
        buffer batch = log->pending;
        uint64_t last = log->pending_last;
        uint64_t first = log->durable + 1;
        log->pending = log->spare;
        log->pending.len = 0;
        pthread_mutex_unlock(&log->lock);

        char why[sizeof log->error];
        int r = write_batch(log, &batch, first, why, sizeof why);

        pthread_mutex_lock(&log->lock);
        batch.len = 0;
        log->spare = batch;
        batch_done(log, r, last, why);
        log->leading = false;
        pthread_cond_broadcast(&log->written);
    }
    return log->durable >= seq ? 0 : -1;
}

/* Formats, numbers and hashes one line into the pending batch.  Called with
 * the lock held.  @return its seq, or 0 when out of memory. */
static uint64_t queue_line(struct decision_log *log, const char *revision, const char *client,
                           const char *query, size_t query_len, const char *answer,
                           size_t answer_len)
{
    buffer *b = &log->pending;
    if (!revision)
        revision = "";
    size_t room = 220 + string_room(revision) + string_room(log->opts.default_at) +
                  string_room(client) + query_len + answer_len + 2 * (size_t)DECISION_LOG_HEX_SIZE;
    if (!reserve(b, room))
        return 0;
    size_t start = b->len;
    uint64_t seq = log->next_seq;
    char number[32], when[32], prev[POLICY_REVISION_SIZE];
    snprintf(number, sizeof number, "%" PRIu64, seq);
    format_time(when, &log->time_sec, log->time_text);
    revision_hex(prev, log->last_hash);

    puts_(b, "{\"seq\":");
    puts_(b, number);
    puts_(b, ",\"time\":\"");
    puts_(b, when);
    puts_(b, "\",\"revision\":");
    put_string(b, revision);
    if (log->opts.default_at) {
        puts_(b, ",\"default_at\":");
        put_string(b, log->opts.default_at);
    }
    if (client) {
        puts_(b, ",\"client\":");
        put_string(b, client);
    }
    puts_(b, ",\"query\":");
    put_value(b, query, query_len);
    puts_(b, ",\"answer\":");
    put_value(b, answer, answer_len);
    puts_(b, ",\"prev\":\"");
    puts_(b, prev);
    puts_(b, "\"");

    uint8_t hash[DECISION_LOG_HASH_SIZE];
    decision_log_line_hash(hash, log->last_hash, b->data + start, b->len - start);
    char hash_hex[POLICY_REVISION_SIZE];
    revision_hex(hash_hex, hash);
    puts_(b, ",\"hash\":\"");
    puts_(b, hash_hex);
    puts_(b, "\"}\n");

    memcpy(log->last_hash, hash, sizeof hash);
    log->next_seq++;
    log->pending_last = seq;
    return seq;
}

int decision_log_queue(struct decision_log *log, const char *revision, const char *client,
                       const char *query, size_t query_len, const char *answer,
                       size_t answer_len, uint64_t *seq_out)
{
    pthread_mutex_lock(&log->lock);
    uint64_t seq = 0;
    if (!log->failed) {
        seq = queue_line(log, revision, client, query, query_len, answer, answer_len);
        if (!seq) {
            log->failed = true;
            snprintf(log->error, sizeof log->error, "%s: out of memory", log->path);
        }
    }
    pthread_mutex_unlock(&log->lock);
    if (seq_out)
        *seq_out = seq;
    return seq ? 0 : -1;
}

int decision_log_append(struct decision_log *log, const char *revision, const char *client,
                        const char *query, size_t query_len, const char *answer,
                        size_t answer_len, uint64_t *seq_out)
{
    pthread_mutex_lock(&log->lock);
    uint64_t seq = 0;
    int r = -1;
    if (!log->failed) {
        seq = queue_line(log, revision, client, query, query_len, answer, answer_len);
        if (!seq) {
            log->failed = true;
            snprintf(log->error, sizeof log->error, "%s: out of memory", log->path);
        }
    }
    if (seq) {
        log->waiting++;
        r = wait_written(log, seq);
        log->waiting--;
        if (log->waiting == 0)
            pthread_cond_broadcast(&log->written);
    }
    pthread_mutex_unlock(&log->lock);
    if (seq_out)
        *seq_out = seq;
    return r;
}

int decision_log_commit(struct decision_log *log)
{
    pthread_mutex_lock(&log->lock);
    log->waiting++;
    int r = log->failed ? -1 : wait_written(log, log->next_seq - 1);
    log->waiting--;
    if (log->waiting == 0)
        pthread_cond_broadcast(&log->written);
    pthread_mutex_unlock(&log->lock);
    return r;
}

int decision_log_close(struct decision_log *log)
{
    if (!log)
        return 0;
    int r = decision_log_commit(log);
    pthread_mutex_lock(&log->lock);
    while (log->waiting > 0 || log->leading)
        pthread_cond_wait(&log->written, &log->lock);
    pthread_mutex_unlock(&log->lock);
    if (log->fd >= 0) {
        if (fsync(log->fd) != 0)
            r = -1;
        if (close(log->fd) != 0)
            r = -1;
    }
    pthread_cond_destroy(&log->written);
    pthread_mutex_destroy(&log->lock);
    free(log->pending.data);
    free(log->spare.data);
    free(log->path);
    free(log);
    return r;
}
