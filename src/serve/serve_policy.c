/* serve_policy.c — the policy `serve` answers with, and hot reload.
 *
 * A reload compiles the files beside the policy served; only a policy that
 * compiles is swapped in, under a lock held for two pointer moves.  A
 * request takes its own reference to the policy (sharepol_policy_retain)
 * and a copy of its revision at its start, so it finishes on the revision
 * it began with whatever is swapped in meanwhile; the old policy is freed
 * by whichever of the swap and its last request comes last.  Reloads take
 * turns (SIGHUP, --watch and POST /v1/reload may come together). */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "serve.h"

struct serve_policy {
    const serve_config *config;
    pthread_mutex_t lock;        /* guards the three below */
    sharepol_policy *current;    /* NULL until one compiles */
    char revision[POLICY_REVISION_SIZE];
    char *info;                  /* /v1/policy's answer for current */
    size_t info_length;
    pthread_mutex_t reload_lock; /* one reload at a time */
};

serve_policy *serve_policy_new(const serve_config *config)
{
    serve_policy *sp = calloc(1, sizeof *sp);
    if (!sp)
        return NULL;
    sp->config = config;
    pthread_mutex_init(&sp->lock, NULL);
    pthread_mutex_init(&sp->reload_lock, NULL);
    return sp;
}

void serve_policy_free(serve_policy *sp)
{
    if (!sp)
        return;
    sharepol_policy_release(sp->current);
    free(sp->info);
    pthread_mutex_destroy(&sp->lock);
    pthread_mutex_destroy(&sp->reload_lock);
    free(sp);
}

sharepol_policy *serve_policy_acquire(serve_policy *sp, char rev[POLICY_REVISION_SIZE])
{
    pthread_mutex_lock(&sp->lock);
    sharepol_policy *policy = sp->current ? sharepol_policy_retain(sp->current) : NULL;
    memcpy(rev, sp->revision, POLICY_REVISION_SIZE);
    pthread_mutex_unlock(&sp->lock);
    return policy;
}

char *serve_policy_describe(serve_policy *sp, size_t *length)
{
    char *copy = NULL;
    pthread_mutex_lock(&sp->lock);
    if (sp->info && (copy = malloc(sp->info_length + 1)) != NULL) {
        memcpy(copy, sp->info, sp->info_length + 1);
        *length = sp->info_length;
    }
    pthread_mutex_unlock(&sp->lock);
    return copy;
}

static void utc_now(char out[32])
{
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* /v1/policy's answer, as text. */
static char *describe(const sharepol_policy *policy, const char *revision, size_t warnings,
                      size_t *length)
{
    char when[32];
    utc_now(when);
    json_t *files = json_array();
    for (size_t i = 0; i < sharepol_source_count(policy); i++) {
        const sharepol_source_info *src = sharepol_source(policy, i);
        json_array_append_new(files, json_pack("{s:s, s:I}", "name", src->name, "bytes",
                                               (json_int_t)src->length));
    }
    json_t *info = json_pack(
        "{s:s, s:o, s:s, s:{s:I, s:I, s:I, s:I, s:I, s:I, s:I, s:I}, s:I}", "revision", revision,
        "files", files, "compiled_at", when, "counts", "parties",
        (json_int_t)sharepol_count(policy, SHAREPOL_KIND_PARTY), "groups",
        (json_int_t)sharepol_count(policy, SHAREPOL_KIND_GROUP), "categories",
        (json_int_t)sharepol_count(policy, SHAREPOL_KIND_CATEGORY), "purposes",
        (json_int_t)sharepol_count(policy, SHAREPOL_KIND_PURPOSE), "scopes",
        (json_int_t)sharepol_count(policy, SHAREPOL_KIND_SCOPE), "agreements",
        (json_int_t)sharepol_count(policy, SHAREPOL_KIND_AGREEMENT), "rules",
        (json_int_t)sharepol_count(policy, SHAREPOL_KIND_RULE), "tests",
        (json_int_t)sharepol_test_count(policy), "warnings", (json_int_t)warnings);
    char *text = info ? json_dumps(info, JSON_PRESERVE_ORDER | JSON_COMPACT) : NULL;
    json_decref(info);
    if (text)
        *length = strlen(text);
    return text;
}

/* The diagnostics as an array of objects, for the reload's answer. */
static json_t *diagnostics_json(const sharepol_diagnostics *diags)
{
    static const char *severities[] = { "error", "warning", "note" };
    json_t *list = json_array();
    for (size_t i = 0; list && i < sharepol_diagnostics_count(diags); i++) {
        const sharepol_diagnostic *d = sharepol_diagnostics_get(diags, i);
        json_t *one = json_pack("{s:s, s:s?, s:s?, s:i, s:i, s:s}", "severity",
                                severities[d->severity < 3 && d->severity >= 0 ? d->severity : 0],
                                "code", d->code, "file", d->file, "line", (int)d->line, "column",
                                (int)d->column, "message", d->message);
        if (one)
            json_array_append_new(list, one);
    }
    return list;
}

static double seconds_since(const struct timespec *start)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - start->tv_sec) + (double)(now.tv_nsec - start->tv_nsec) / 1e9;
}

bool serve_policy_reload(serve_policy *sp, const char *reason, json_t **report)
{
    pthread_mutex_lock(&sp->reload_lock);
    struct timespec start;
    clock_gettime(CLOCK_MONOTONIC, &start);
    sharepol_compile_options opts = SHAREPOL_COMPILE_OPTIONS_INIT;
    if (sp->config->werror)
        opts.flags |= SHAREPOL_COMPILE_WERROR;
    if (sp->config->quiet)
        opts.flags |= SHAREPOL_COMPILE_NO_WARNINGS;
    sharepol_policy *fresh = NULL;
    sharepol_diagnostics *diags = NULL;
    int st = sharepol_compile_files(&fresh, sp->config->files, sp->config->n_files, &opts, &diags);
    char *rendered = NULL;
    if (sharepol_diagnostics_count(diags) > 0)
        sharepol_diagnostics_render(&rendered, diags, 0);

    char old[POLICY_REVISION_SIZE];
    pthread_mutex_lock(&sp->lock);
    memcpy(old, sp->revision, sizeof old);
    pthread_mutex_unlock(&sp->lock);

    char rev[POLICY_REVISION_SIZE] = "";
    char *info = NULL;
    size_t info_length = 0;
    if (st == SHAREPOL_OK) {
        policy_revision(rev, fresh);
        info = describe(fresh, rev, sharepol_diagnostics_warnings(diags), &info_length);
        if (!info) {
            sharepol_policy_release(fresh);
            fresh = NULL;
            st = SHAREPOL_ENOMEM;
        }
    }
    json_t *fields = json_pack("{s:s}", "reason", reason);
    if (st == SHAREPOL_OK) {
        sharepol_policy *retired;
        char *retired_info;
        pthread_mutex_lock(&sp->lock);
        retired = sp->current;
        retired_info = sp->info;
        sp->current = fresh;
        sp->info = info;
        sp->info_length = info_length;
        memcpy(sp->revision, rev, sizeof rev);
        pthread_mutex_unlock(&sp->lock);
        sharepol_policy_release(retired); /* freed here or by its last request */
        free(retired_info);
        serve_metrics_reload(true);
        json_object_set_new(fields, "result", json_string("ok"));
        json_object_set_new(fields, "revision", json_string(rev));
        json_object_set_new(fields, "previous", old[0] ? json_string(old) : json_null());
        json_object_set_new(fields, "seconds", json_real(seconds_since(&start)));
        if (rendered)
            json_object_set_new(fields, "diagnostics", json_string(rendered));
        if (report) {
            *report = json_pack("{s:s, s:s, s:o, s:b, s:I}", "result", "ok", "revision", rev,
                                "previous", old[0] ? json_string(old) : json_null(), "changed",
                                strcmp(old, rev) != 0, "warnings",
                                (json_int_t)sharepol_diagnostics_warnings(diags));
            if (*report && rendered)
                json_object_set_new(*report, "diagnostics", diagnostics_json(diags));
        }
        serve_log("info", "reload", fields);
    } else {
        char message[300];
        size_t errors = sharepol_diagnostics_errors(diags);
        if (st == SHAREPOL_EPARSE)
            snprintf(message, sizeof message, "the policy has %zu error%s and was not compiled",
                     errors, errors == 1 ? "" : "s");
        else
            snprintf(message, sizeof message, "the policy was not compiled: %s",
                     sharepol_strerror(st));
        serve_metrics_reload(false);
        json_object_set_new(fields, "result", json_string("failed"));
        json_object_set_new(fields, "error", json_string(message));
        json_object_set_new(fields, "serving", old[0] ? json_string(old) : json_null());
        json_object_set_new(fields, "diagnostics", json_string(rendered ? rendered : ""));
        if (report) {
            char full[400];
            snprintf(full, sizeof full, "%s; %s", message,
                     old[0] ? "the previous revision is still served" : "no policy is served");
            *report = json_pack("{s:s, s:s, s:o, s:o}", "error", full, "result", "failed",
                                "revision", old[0] ? json_string(old) : json_null(),
                                "diagnostics", diagnostics_json(diags));
        }
        serve_log("error", "reload", fields);
    }
    sharepol_string_free(rendered);
    sharepol_diagnostics_free(diags);
    pthread_mutex_unlock(&sp->reload_lock);
    return st == SHAREPOL_OK;
}
