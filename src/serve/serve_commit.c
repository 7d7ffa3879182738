/* serve_commit.c — the decision log's commits, off the request threads.
 *
 * An answer may leave only once its decision's line is written (with
 * --log-sync always, on disk).  Rather than hold a pool thread while the
 * disk flushes, a request queues its lines (decision_log_queue), suspends
 * its connection and hands it here; one thread commits everything queued
 * so far (decision_log_commit: one write and one fsync) and resumes every
 * connection handed over before it began, which then sends its answer (or
 * a 503 when the commit failed).  So the few pool threads keep answering
 * while the disk works, and every request that comes during a flush shares
 * the next one. */
#include <microhttpd.h>
#include <stdlib.h>

#include "decision_log.h"
#include "serve.h"

struct serve_committer {
    struct decision_log *log;
    pthread_mutex_t lock;
    pthread_cond_t more;
    serve_commit_wait *waiting;  /* handed over, not yet committed */
    bool stopping;
    pthread_t thread;
};

static void *commit_loop(void *arg)
{
    serve_committer *c = arg;
    pthread_mutex_lock(&c->lock);
    for (;;) {
        while (!c->waiting && !c->stopping)
            pthread_cond_wait(&c->more, &c->lock);
        if (!c->waiting)
            break;
        serve_commit_wait *batch = c->waiting;
        c->waiting = NULL;
        pthread_mutex_unlock(&c->lock);
        /* every line of the batch was queued before its connection came here */
        bool failed = decision_log_commit(c->log) != 0;
        for (serve_commit_wait *w = batch, *next; w; w = next) {
            next = w->next; /* w dies with its request once resumed */
            w->failed = failed;
            MHD_resume_connection(w->connection);
        }
        pthread_mutex_lock(&c->lock);
    }
    pthread_mutex_unlock(&c->lock);
    return NULL;
}

serve_committer *serve_committer_start(struct decision_log *log)
{
    serve_committer *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    c->log = log;
    pthread_mutex_init(&c->lock, NULL);
    pthread_cond_init(&c->more, NULL);
    if (pthread_create(&c->thread, NULL, commit_loop, c) != 0) {
        serve_log("error", "decision-log", json_pack("{s:s}", "error",
                                                     "cannot start the commit thread"));
        pthread_cond_destroy(&c->more);
        pthread_mutex_destroy(&c->lock);
        free(c);
        return NULL;
    }
    return c;
}

void serve_committer_add(serve_committer *c, serve_commit_wait *wait)
{
    pthread_mutex_lock(&c->lock);
    wait->next = c->waiting;
    c->waiting = wait;
    pthread_cond_signal(&c->more);
    pthread_mutex_unlock(&c->lock);
}

void serve_committer_stop(serve_committer *c)
{
    if (!c)
        return;
    pthread_mutex_lock(&c->lock);
    c->stopping = true;
    pthread_cond_signal(&c->more);
    pthread_mutex_unlock(&c->lock);
    pthread_join(c->thread, NULL);
    pthread_cond_destroy(&c->more);
    pthread_mutex_destroy(&c->lock);
    free(c);
}
