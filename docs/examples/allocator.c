/* allocator.c — the allocator hook (docs/api.md, "The allocator hook"):
 * count what a compilation allocates, and make the Nth allocation fail to
 * see that a failure leaves nothing behind.
 *
 *   cc -std=c11 allocator.c $(pkg-config --cflags --libs sharepol) -o allocator
 *   ./allocator docs/tutorial/parties.spol docs/tutorial/mod-meti-ipa-2024.spol
 *
 * The files are read into memory and compiled as one text with
 * sharepol_compile_string().
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sharepol.h>

typedef struct counter {
    size_t live_blocks, live_bytes, calls;
    size_t fail_at; /* 0: never fail; N: the Nth fresh block fails */
} counter;

static void *counting_alloc(void *ctx, void *ptr, size_t old_size, size_t new_size)
{
    counter *c = ctx;
    if (new_size == 0) { /* free */
        if (ptr) {
            c->live_blocks--;
            c->live_bytes -= old_size;
        }
        free(ptr);
        return NULL;
    }
    if (!ptr && ++c->calls == c->fail_at)
        return NULL; /* the injected failure */
    void *p = realloc(ptr, new_size);
    if (!p)
        return NULL;
    if (!ptr)
        c->live_blocks++;
    c->live_bytes += new_size - old_size;
    return p;
}

/* The files, one after the other, in one buffer (NULL on failure). */
static char *read_files(int n, char **paths, size_t *len)
{
    char *text = NULL;
    *len = 0;
    for (int i = 0; i < n; i++) {
        FILE *f = fopen(paths[i], "rb");
        if (!f)
            goto fail;
        char chunk[4096];
        size_t got;
        while ((got = fread(chunk, 1, sizeof chunk, f)) > 0) {
            char *more = realloc(text, *len + got + 1);
            if (!more) {
                fclose(f);
                goto fail;
            }
            text = more;
            memcpy(text + *len, chunk, got);
            *len += got;
        }
        fclose(f);
    }
    return text;
fail:
    free(text);
    return NULL;
}

int main(int argc, char **argv)
{
    size_t len;
    char *text = read_files(argc - 1, argv + 1, &len);
    if (!text)
        return 2;
    counter c = { 0, 0, 0, 0 };
    sharepol_compile_options opts = SHAREPOL_COMPILE_OPTIONS_INIT;
    opts.allocator.fn = counting_alloc;
    opts.allocator.ctx = &c; /* must outlive everything allocated through it */

    sharepol_policy *policy = NULL;
    int st = sharepol_compile_string(&policy, text, len, "policy.spol", &opts, NULL);
    printf("compile: %s; %zu fresh blocks asked for; the policy holds %zu blocks\n",
           sharepol_strerror(st), c.calls, c.live_blocks);
    sharepol_policy_release(policy);
    printf("after release: %zu blocks, %zu bytes\n", c.live_blocks, c.live_bytes);

    /* Fail each allocation in turn: every run ends in ENOMEM or success,
     * and nothing is left allocated either way. */
    size_t total = c.calls, failures = 0, leaks = 0;
    for (size_t n = 1; n <= total; n++) {
        counter f = { 0, 0, 0, n };
        opts.allocator.ctx = &f;
        sharepol_diagnostics *diags = NULL;
        st = sharepol_compile_string(&policy, text, len, "policy.spol", &opts, &diags);
        failures += st == SHAREPOL_ENOMEM;
        if (st == SHAREPOL_ENOMEM && (policy || diags))
            leaks++; /* never happens: no partial results */
        sharepol_diagnostics_free(diags);
        sharepol_policy_release(policy);
        leaks += f.live_blocks != 0;
    }
    printf("failing allocation 1..%zu in turn: %zu runs ended in '%s', %zu left memory behind\n",
           total, failures, sharepol_strerror(SHAREPOL_ENOMEM), leaks);
    free(text);
    return leaks != 0;
}
