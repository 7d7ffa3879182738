/* serve_auth.c — --token-file: the bearer tokens `serve` accepts.  Only
 * their SHA-256 is on disk (one "NAME SHA256HEX" a line); a presented token
 * is hashed and compared with every entry, each comparison and the whole
 * walk taking the same time whatever matches, so timing tells an attacker
 * nothing about how close a guess came. */
#include <ctype.h>
#include <errno.h>
#include <nettle/sha2.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "serve.h"

typedef struct token {
    char name[128];
    uint8_t hash[SHA256_DIGEST_SIZE];
} token;

struct serve_tokens {
    token *list;
    size_t n;
};

static int hex_value(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c = tolower(c);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

static bool parse_hash(const char *hex, uint8_t out[SHA256_DIGEST_SIZE])
{
    for (size_t i = 0; i < SHA256_DIGEST_SIZE; i++) {
        int hi = hex_value((unsigned char)hex[2 * i]), lo = hi < 0 ? -1 : hex_value((unsigned char)hex[2 * i + 1]);
        if (hi < 0 || lo < 0)
            return false;
        out[i] = (uint8_t)(hi << 4 | lo);
    }
    return hex[(size_t)2 * SHA256_DIGEST_SIZE] == '\0';
}

serve_tokens *serve_tokens_load(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "sharepol serve: cannot read the token file %s: %s\n", path,
                serve_strerror(errno));
        return NULL;
    }
    serve_tokens *t = calloc(1, sizeof *t);
    char line[1024];
    size_t line_no = 0, cap = 0;
    bool ok = t != NULL;
    while (ok && fgets(line, sizeof line, f)) {
        line_no++;
        char name[sizeof line], hex[sizeof line], extra[2];
        char *hash_mark = strchr(line, '#');
        if (hash_mark)
            *hash_mark = '\0';
        int fields = sscanf(line, "%1023s %1023s %1s", name, hex, extra);
        if (fields <= 0)
            continue;
        if (fields != 2 || strlen(name) >= sizeof t->list->name) {
            fprintf(stderr, "%s:%zu: error: a line must be 'NAME SHA256HEX' (a name of at most "
                    "127 bytes, then the token's SHA-256 in hex, e.g. from 'printf %%s TOKEN | "
                    "sha256sum')\n", path, line_no);
            ok = false;
            break;
        }
        if (t->n == cap) {
            cap = cap ? 2 * cap : 8;
            token *list = realloc(t->list, cap * sizeof *list);
            if (!list) {
                fprintf(stderr, "sharepol serve: out of memory reading %s\n", path);
                ok = false;
                break;
            }
            t->list = list;
        }
        token *entry = &t->list[t->n];
        if (strlen(hex) != (size_t)2 * SHA256_DIGEST_SIZE || !parse_hash(hex, entry->hash)) {
            fprintf(stderr, "%s:%zu: error: '%.80s' is not a SHA-256 in hex (64 digits); the file "
                    "holds hashes of tokens, never tokens\n", path, line_no, hex);
            ok = false;
            break;
        }
        memcpy(entry->name, name, strlen(name) + 1); /* checked to fit above */
        t->n++;
    }
    if (ok && ferror(f)) {
        fprintf(stderr, "sharepol serve: cannot read the token file %s: %s\n", path,
                serve_strerror(errno));
        ok = false;
    }
    if (ok && t->n == 0) {
        fprintf(stderr, "%s: error: the token file names no token; every request would be "
                "refused\n", path);
        ok = false;
    }
    fclose(f);
    if (!ok) {
        serve_tokens_free(t);
        return NULL;
    }
    return t;
}

void serve_tokens_free(serve_tokens *t)
{
    if (!t)
        return;
    free(t->list);
    free(t);
}

const char *serve_tokens_check(const serve_tokens *t, const char *presented, size_t length)
{
    uint8_t digest[SHA256_DIGEST_SIZE];
    struct sha256_ctx ctx;
    sha256_init(&ctx);
    sha256_update(&ctx, length, (const uint8_t *)presented);
    sha256_digest(&ctx, sizeof digest, digest);
    const char *found = NULL;
    for (size_t i = 0; i < t->n; i++) {
        unsigned diff = 0;
        for (size_t k = 0; k < SHA256_DIGEST_SIZE; k++)
            diff |= (unsigned)(digest[k] ^ t->list[i].hash[k]);
        /* no branch on a secret: keep the first match without an early exit */
        uintptr_t take = (uintptr_t)0 - (uintptr_t)((diff == 0) & (found == NULL));
        found = (const char *)(((uintptr_t)t->list[i].name & take) | ((uintptr_t)found & ~take));
    }
    return found;
}
