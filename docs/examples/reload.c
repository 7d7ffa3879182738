/* reload.c — hot reload in a multi-threaded program (docs/api.md, "Threads").
 *
 * Worker threads decide without any lock; a reloader compiles a new policy
 * and swaps it in while they run.  The mutex is held only to take a
 * reference or to swap the pointer, never while compiling or deciding.
 *
 *   cc -std=c11 -pthread reload.c $(pkg-config --cflags --libs sharepol) -o reload
 */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <sharepol.h>

static pthread_mutex_t policy_lock = PTHREAD_MUTEX_INITIALIZER;
static sharepol_policy *current;    /* the policy in use; guarded by policy_lock */
static atomic_uint generation;      /* bumped by every swap */
static atomic_bool stopping;

/* A reference of our own to the policy in use. */
static sharepol_policy *policy_get(void)
{
    pthread_mutex_lock(&policy_lock);
    sharepol_policy *p = sharepol_policy_retain(current);
    pthread_mutex_unlock(&policy_lock);
    return p;
}

/* Swaps in a freshly compiled policy.  Threads still deciding with the old
 * one keep it alive through their own reference. */
static void policy_swap(sharepol_policy *fresh)
{
    pthread_mutex_lock(&policy_lock);
    sharepol_policy *old = current;
    current = fresh;
    atomic_fetch_add_explicit(&generation, 1, memory_order_release);
    pthread_mutex_unlock(&policy_lock);
    sharepol_policy_release(old); /* the last holder frees it */
}

static sharepol_policy *compile(const char *text)
{
    sharepol_policy *p = NULL;
    if (sharepol_compile_string(&p, text, strlen(text), "reload.spol", NULL, NULL) != SHAREPOL_OK)
        return NULL;
    return p;
}

typedef struct counts {
    long allow, deny, error;
} counts;

static void *worker(void *arg)
{
    counts *c = arg;
    unsigned seen = atomic_load_explicit(&generation, memory_order_acquire);
    sharepol_policy *p = policy_get();
    sharepol_query q = SHAREPOL_QUERY_INIT;
    int interned = 0;
    while (!atomic_load_explicit(&stopping, memory_order_relaxed)) {
        unsigned now = atomic_load_explicit(&generation, memory_order_acquire);
        if (now != seen) { /* a new policy: let go of the old one */
            sharepol_policy_release(p);
            p = policy_get();
            seen = now;
            interned = 0;
        }
        if (!interned) { /* ids belong to one policy: intern again after a swap */
            q.category = sharepol_category(p, "threat-intel");
            q.from = sharepol_party(p, "MOD");
            q.to = sharepol_party(p, "IPA");
            q.date = 20240; /* 2025-06-01 */
            interned = 1;
        }
        int d = sharepol_decide(p, &q, NULL);
        if (d == SHAREPOL_ALLOW)
            c->allow++;
        else if (d == SHAREPOL_DENY)
            c->deny++;
        else
            c->error++;
    }
    sharepol_policy_release(p);
    return NULL;
}

int main(void)
{
    static const char *const texts[] = {
        "party MOD; party IPA; category threat-intel;\n"
        "rule open allow threat-intel from MOD to IPA;\n"
        "test \"t\" { expect threat-intel from MOD to IPA at 2025-06-01 => allow; }\n",
        "party MOD; party IPA; category threat-intel;\n"
        "rule closed deny threat-intel from MOD to IPA;\n"
        "test \"t\" { expect threat-intel from MOD to IPA at 2025-06-01 => deny; }\n",
    };
    current = compile(texts[0]);
    if (!current)
        return 1;
    enum { THREADS = 4 };
    pthread_t threads[THREADS];
    counts c[THREADS];
    memset(c, 0, sizeof c);
    for (int i = 0; i < THREADS; i++)
        pthread_create(&threads[i], NULL, worker, &c[i]);
    for (int i = 1; i <= 200; i++) {
        sharepol_policy *fresh = compile(texts[i % 2]); /* no lock held here */
        if (fresh)
            policy_swap(fresh);
        nanosleep(&(struct timespec){ 0, 1000000 }, NULL); /* 1 ms */
    }
    atomic_store(&stopping, 1);
    long allow = 0, deny = 0, error = 0;
    for (int i = 0; i < THREADS; i++) {
        pthread_join(threads[i], NULL);
        allow += c[i].allow;
        deny += c[i].deny;
        error += c[i].error;
    }
    policy_swap(NULL); /* releases the last policy */
    printf("200 reloads; %s; %ld errors\n",
           allow + deny > 0 ? "every decision an allow or a deny" : "no decisions", error);
    return error != 0;
}
