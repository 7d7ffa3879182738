/* transfer-gate.c — a program that checks every transfer against a policy.
 *
 *   transfer-gate POLICY_DIR
 *
 * Reads transfer requests on stdin, one per line, written as a QUERY of the
 * policy language:
 *
 *   vulnerabilities from IPA to CAS originator IPA consent MOD, METI
 *
 * and answers each on stdout with one line:
 *
 *   allow art-3-2
 *   deny -                       (no rule allows it)
 *   needs-consent art-3-2 MOD and METI
 *   error <why the request could not be decided>
 *
 * On SIGHUP it compiles the policy directory again and, if the new policy
 * compiles, swaps it in; if not, it keeps answering with the old one and
 * says why on stderr.  No request is dropped: a request read while a reload
 * is pending is answered by whichever policy is in place after the reload.
 *
 * Build against an installed libsharepol with
 *   cc transfer-gate.c $(pkg-config --cflags --libs sharepol)
 * or with CMake: find_package(sharepol) + target_link_libraries(... sharepol::sharepol). */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <unistd.h>

#include <sharepol.h>

static volatile sig_atomic_t reload_requested;

static void on_sighup(int sig)
{
    (void)sig;
    reload_requested = 1;
}

/* Compiles the policy directory; NULL (after saying why) when it has errors. */
static sharepol_policy *load(const char *dir)
{
    sharepol_policy *policy = NULL;
    sharepol_diagnostics *diags = NULL;
    const char *paths[] = { dir };
    int st = sharepol_compile_files(&policy, paths, 1, NULL, &diags);
    if (st != SHAREPOL_OK) {
        char *text = NULL;
        if (sharepol_diagnostics_render(&text, diags, 0) == SHAREPOL_OK)
            fputs(text, stderr);
        sharepol_string_free(text);
        fprintf(stderr, "transfer-gate: %s: %s\n", dir, sharepol_strerror(st));
    }
    sharepol_diagnostics_free(diags);
    return policy;
}

/* Swaps in a freshly compiled policy, or keeps the current one. */
static void reload(const char *dir, sharepol_policy **current)
{
    reload_requested = 0;
    sharepol_policy *fresh = load(dir);
    if (!fresh) {
        fprintf(stderr, "transfer-gate: reload failed; still using the previous policy\n");
        return;
    }
    /* A multi-threaded server would swap an atomic pointer here and let
     * each request hold its own reference (sharepol_policy_retain). */
    sharepol_policy_release(*current);
    *current = fresh;
    fprintf(stderr, "transfer-gate: policy reloaded\n");
}

static void answer(const sharepol_policy *policy, const char *line)
{
    sharepol_parsed_query *pq = NULL;
    int st = sharepol_query_parse(&pq, policy, line, strlen(line), NULL);
    if (st != SHAREPOL_OK) {
        printf("error %s\n", sharepol_strerror(st));
        return;
    }
    const sharepol_query *q = sharepol_parsed_query_get(pq);
    sharepol_result r;
    int decision = sharepol_decide(policy, q, &r);
    if (decision < 0) {
        printf("error %s\n", sharepol_strerror(decision)); /* never an allow */
    } else {
        printf("%s %s", sharepol_decision_name(decision), r.rule ? r.rule->name : "-");
        if (decision == SHAREPOL_NEEDS_CONSENT) {
            sharepol_residual *res = NULL;
            if (sharepol_residual_new(&res, policy, q, &r) == SHAREPOL_OK)
                printf(" %s", sharepol_residual_text(res));
            else
                printf(" ?");
            sharepol_residual_free(res);
        }
        putchar('\n');
    }
    sharepol_parsed_query_free(pq);
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: transfer-gate POLICY_DIR\n");
        return 2;
    }
    if (sharepol_version_number() / 10000 != SHAREPOL_VERSION_MAJOR) {
        fprintf(stderr, "transfer-gate: built for libsharepol %s, running with %s\n",
                SHAREPOL_VERSION_STRING, sharepol_version());
        return 2;
    }
    sharepol_policy *policy = load(argv[1]);
    if (!policy)
        return 1;

    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sighup;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGHUP, &sa, NULL);
    /* SIGHUP is held back but at two points: while the gate waits for a
     * request (pselect lets it in, and wakes up, so an idle gate reloads at
     * once), and between reading a request and answering it.  A signal that
     * came at any other moment runs at the next of those points; it cannot
     * slip in just before the gate starts waiting and be missed until the
     * next request. */
    sigset_t hup, waiting;
    sigemptyset(&hup);
    sigaddset(&hup, SIGHUP);
    sigprocmask(SIG_BLOCK, &hup, &waiting);
    sigdelset(&waiting, SIGHUP);
    /* Unbuffered, so that a request is never waiting in stdin's buffer where
     * pselect cannot see it. */
    setvbuf(stdin, NULL, _IONBF, 0);

    char *line = NULL;
    size_t cap = 0;
    for (;;) {
        fd_set in;
        FD_ZERO(&in);
        FD_SET(STDIN_FILENO, &in);
        int ready = pselect(STDIN_FILENO + 1, &in, NULL, NULL, NULL, &waiting);
        if (ready < 0 && errno != EINTR)
            break;
        ssize_t n = ready > 0 ? getline(&line, &cap, stdin) : 0;
        sigprocmask(SIG_SETMASK, &waiting, NULL); /* a SIGHUP held back runs here */
        sigprocmask(SIG_BLOCK, &hup, NULL);
        if (reload_requested)
            reload(argv[1], &policy);
        if (n < 0)
            break;
        if (n > 0 && line[n - 1] == '\n')
            line[--n] = '\0';
        if (n == 0)
            continue;
        answer(policy, line);
        fflush(stdout);
    }
    free(line);
    sharepol_policy_release(policy);
    return 0;
}
