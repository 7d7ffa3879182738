/* serve_log.c — the service's log: one JSON object a line on stderr,
 * {"time": "2026-12-06T15:04:05.123Z", "level": "info", "event": "...", ...},
 * each line written by one write(2) so that lines of several threads never
 * interleave. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "serve.h"

void serve_log(const char *level, const char *event, json_t *fields)
{
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    struct tm tm;
    gmtime_r(&now.tv_sec, &tm);
    char when[40];
    size_t n = strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%S", &tm);
    snprintf(when + n, sizeof when - n, ".%03ldZ", now.tv_nsec / 1000000);

    json_t *line = json_object();
    if (line) {
        json_object_set_new(line, "time", json_string(when));
        json_object_set_new(line, "level", json_string(level));
        json_object_set_new(line, "event", json_string(event));
        if (fields)
            json_object_update(line, fields);
    }
    json_decref(fields);
    char *text = line ? json_dumps(line, JSON_PRESERVE_ORDER | JSON_COMPACT | JSON_REAL_PRECISION(6)) : NULL;
    json_decref(line);
    if (!text) {
        static const char oom[] = "{\"level\":\"error\",\"event\":\"log\",\"error\":\"out of memory\"}\n";
        ssize_t ignored = write(2, oom, sizeof oom - 1);
        (void)ignored;
        return;
    }
    size_t len = strlen(text);
    char *out = realloc(text, len + 2);
    if (out) {
        out[len++] = '\n';
        text = out;
    }
    size_t done = 0;
    while (done < len) {
        ssize_t w = write(2, text + done, len - done);
        if (w <= 0)
            break;
        done += (size_t)w;
    }
    free(text);
}

const char *serve_strerror(int err)
{
    /* strerror's buffer is shared between threads; this one is not */
    static _Thread_local char text[128];
    if (strerror_r(err, text, sizeof text) != 0)
        snprintf(text, sizeof text, "error %d", err);
    return text;
}
