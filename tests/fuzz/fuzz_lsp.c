/* fuzz_lsp.c — `sharepol lsp` on arbitrary bytes as its input stream.
 *
 * The target links the command's own objects (src/cli/ without main.c) and
 * calls lsp_serve(), the loop cmd_lsp() runs, with the bytes as its input
 * and its output in memory.  The input is prefixed with an `initialize`
 * request, so that the fuzzer reaches the features without having to find
 * the handshake first; documents it opens under a file: URI in a folder
 * that does not exist are sets of one.
 *
 * Properties: the server returns 0 or 1 (never crashes or hangs: the input
 * ends); it answers the initialize request; everything it writes is a sequence of well-framed messages, each
 * "Content-Length: N\r\n\r\n" and N bytes of one JSON object in ASCII with
 * "jsonrpc": "2.0" and either an "id" with a "result" or an "error", or a
 * "method" (a notification). */
#define _GNU_SOURCE
#include <jansson.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/cli/lsp.h"
#include "fuzz_common.h"

static const char handshake[] =
    "Content-Length: 92\r\n\r\n"
    "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\","
    "\"params\":{\"capabilities\":{},\"processId\":null}}";

static void check_output(const char *out, size_t n)
{
    size_t i = 0;
    while (i < n) {
        size_t len = 0;
        FUZZ_CHECK(sscanf(out + i, "Content-Length: %zu\r\n\r\n", &len) == 1);
        const char *body = strstr(out + i, "\r\n\r\n");
        FUZZ_CHECK(body != NULL);
        body += 4;
        FUZZ_CHECK((size_t)(body - out) + len <= n);
        for (size_t k = 0; k < len; k++)
            FUZZ_CHECK((unsigned char)body[k] < 0x80);
        json_error_t err;
        json_t *msg = json_loadb(body, len, 0, &err);
        FUZZ_CHECK(json_is_object(msg));
        FUZZ_CHECK(json_is_string(json_object_get(msg, "jsonrpc")));
        bool response = json_object_get(msg, "id") != NULL;
        if (response)
            FUZZ_CHECK((json_object_get(msg, "result") != NULL) !=
                       (json_object_get(msg, "error") != NULL));
        else
            FUZZ_CHECK(json_is_string(json_object_get(msg, "method")));
        json_decref(msg);
        i = (size_t)(body - out) + len;
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t n = sizeof handshake - 1 + size;
    char *input = malloc(n ? n : 1);
    FUZZ_CHECK(input != NULL);
    memcpy(input, handshake, sizeof handshake - 1);
    if (size)
        memcpy(input + sizeof handshake - 1, data, size);
    FILE *in = fmemopen(input, n, "rb");
    char *out = NULL;
    size_t out_len = 0;
    FILE *outf = open_memstream(&out, &out_len);
    FUZZ_CHECK(in && outf);
    int code = lsp_serve(in, outf, (size_t)1 << 20);
    FUZZ_CHECK(code == 0 || code == 1);
    fclose(in);
    fclose(outf);
    FUZZ_CHECK(out_len > 0 && strstr(out, "\"id\":0") != NULL);  /* initialize answered */
    check_output(out, out_len);
    free(out);
    free(input);
    return 0;
}
