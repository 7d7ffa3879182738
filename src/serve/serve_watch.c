/* serve_watch.c — --watch: reload when a policy source changes.
 *
 * inotify watches folders, not files: a file named on the command line is
 * watched through its folder (editors and deploy tools replace a file by
 * renaming a new one over it, which a watch on the old file would miss),
 * and a directory given is watched with every folder below it.  An event
 * counts when it names a .spol file, a file named on the command line, or
 * a folder (one may have appeared or gone with .spol files in it). */
#include <dirent.h>
#include <errno.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

#include "serve.h"

#define WATCH_EVENTS                                                                          \
    (IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_DELETE_SELF |   \
     IN_MOVE_SELF | IN_ATTRIB)

struct serve_watch {
    const serve_config *config;
    int fd;
};

static void watch_tree(serve_watch *w, const char *dir, int depth)
{
    if (inotify_add_watch(w->fd, dir, WATCH_EVENTS | IN_ONLYDIR) < 0) {
        serve_log("warn", "watch", json_pack("{s:s, s:s}", "path", dir, "error", serve_strerror(errno)));
        return;
    }
    if (depth > 32)
        return;
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct dirent *e;
    /* NOLINTNEXTLINE(concurrency-mt-unsafe): one stream per call; glibc's readdir is safe so */
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        char path[4096];
        if ((size_t)snprintf(path, sizeof path, "%s/%s", dir, e->d_name) >= sizeof path)
            continue;
        struct stat st;
        if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
            watch_tree(w, path, depth + 1);
    }
    closedir(d);
}

void serve_watch_refresh(serve_watch *w)
{
    /* adding a watch that exists only updates it */
    for (size_t i = 0; i < w->config->n_files; i++) {
        const char *path = w->config->files[i];
        struct stat st;
        if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
            watch_tree(w, path, 0);
        } else {
            char *copy = strdup(path);
            if (copy) {
                /* NOLINTNEXTLINE(concurrency-mt-unsafe): glibc's dirname only cuts its copy */
                const char *dir = dirname(copy);
                if (inotify_add_watch(w->fd, dir, WATCH_EVENTS | IN_ONLYDIR) < 0)
                    serve_log("warn", "watch",
                              json_pack("{s:s, s:s}", "path", dir, "error", serve_strerror(errno)));
                free(copy);
            }
        }
    }
}

serve_watch *serve_watch_new(const serve_config *config)
{
    serve_watch *w = calloc(1, sizeof *w);
    if (!w)
        return NULL;
    w->config = config;
    w->fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (w->fd < 0) {
        serve_log("error", "watch", json_pack("{s:s}", "error", serve_strerror(errno)));
        free(w);
        return NULL;
    }
    serve_watch_refresh(w);
    return w;
}

int serve_watch_fd(const serve_watch *w)
{
    return w->fd;
}

static bool concerns_policy(const serve_watch *w, const struct inotify_event *e)
{
    if (e->mask & (IN_ISDIR | IN_DELETE_SELF | IN_MOVE_SELF | IN_Q_OVERFLOW))
        return true;
    if (e->len == 0)
        return false;
    size_t n = strlen(e->name);
    if (n > 5 && strcmp(e->name + n - 5, ".spol") == 0)
        return true;
    for (size_t i = 0; i < w->config->n_files; i++) {
        const char *path = w->config->files[i];
        const char *base = strrchr(path, '/');
        if (strcmp(base ? base + 1 : path, e->name) == 0)
            return true;
    }
    return false;
}

bool serve_watch_read(serve_watch *w)
{
    bool changed = false;
    char buf[16384] __attribute__((aligned(__alignof__(struct inotify_event))));
    for (;;) {
        ssize_t n = read(w->fd, buf, sizeof buf);
        if (n <= 0)
            break;
        for (char *p = buf; p < buf + n;) {
            const struct inotify_event *e = (const struct inotify_event *)(void *)p;
            if (concerns_policy(w, e))
                changed = true;
            p += sizeof *e + e->len;
        }
    }
    return changed;
}

void serve_watch_free(serve_watch *w)
{
    if (!w)
        return;
    close(w->fd);
    free(w);
}
