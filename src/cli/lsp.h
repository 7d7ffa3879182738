/* lsp.h — what the files of `sharepol lsp` share: the framing of messages
 * (lsp_transport.c), the open documents and the policy sets they belong to
 * (lsp_workspace.c), and the answers to requests (lsp_features.c); the
 * loop and the lifecycle are cmd_lsp.c's.  The protocol is the Language
 * Server Protocol 3.17 over stdin and stdout. */
#ifndef SHAREPOL_CLI_LSP_H
#define SHAREPOL_CLI_LSP_H

#include "format.h"

/* JSON-RPC and LSP error codes. */
enum {
    LSP_PARSE_ERROR = -32700,
    LSP_INVALID_REQUEST = -32600,
    LSP_METHOD_NOT_FOUND = -32601,
    LSP_INVALID_PARAMS = -32602,
    LSP_INTERNAL_ERROR = -32603,
    LSP_SERVER_NOT_INITIALIZED = -32002,
    LSP_REQUEST_FAILED = -32803
};

/* ---- lsp_transport.c: Content-Length framing -------------------------- */

typedef enum lsp_read_status {
    LSP_READ_MESSAGE,   /* *body holds a message */
    LSP_READ_EOF,       /* input ended between messages */
    LSP_READ_BAD_HEADER,/* a header block without a usable Content-Length:
                           skipped; *error says what */
    LSP_READ_TOO_LARGE, /* a body over the limit: read and dropped */
    LSP_READ_TRUNCATED  /* input ended inside a message */
} lsp_read_status;

/* Reads one message from in.  *body (malloc'd, NUL-terminated, to free)
 * and *length receive its body for LSP_READ_MESSAGE; error receives a
 * sentence for the other statuses. */
lsp_read_status lsp_read_message(FILE *in, size_t max_size, char **body, size_t *length,
                                 char *error, size_t error_size);

/* Writes msg framed, and flushes.  Takes the reference to msg.  @return
 * false when the output failed. */
bool lsp_write_message(FILE *out, json_t *msg);

/* ---- lsp_workspace.c: documents, sets, places ------------------------- */

typedef enum lsp_encoding {
    LSP_UTF16 = 0,      /* the protocol's default */
    LSP_UTF8,
    LSP_UTF32
} lsp_encoding;

/* One open document. */
typedef struct lsp_document {
    char *uri;          /* as the client sent it */
    char *path;         /* the file it names; for a URI that is not file:,
                           the URI itself */
    char *text;
    size_t length;
    long version;
} lsp_document;

typedef struct lsp_server {
    FILE *out;
    lsp_encoding encoding;
    bool markdown;      /* the client reads Markdown in hover */
    lsp_document *docs;
    size_t n_docs, cap_docs;
    bool output_failed;
    /* Where the lines of the text last converted start (lsp_workspace.c),
     * so that a position costs a binary search, not a scan of the text. */
    const char *lines_text;
    size_t lines_length;
    size_t *lines;
    size_t n_lines;
} lsp_server;

/* Forgets the line index: called whenever a text may have changed or been
 * freed (a freed text's address and length may come back with new bytes). */
void lsp_forget_lines(lsp_server *srv);

/* The open document with this URI, or NULL. */
lsp_document *lsp_document_find(lsp_server *srv, const char *uri);
/* Opens (or replaces) a document.  @return false when out of memory. */
bool lsp_document_open(lsp_server *srv, const char *uri, const char *text, size_t length,
                       long version);
void lsp_document_close(lsp_server *srv, const char *uri);
/* Applies one entry of didChange's contentChanges: with a range, replaces
 * it; without, the whole text.  @return false for a malformed change. */
bool lsp_document_change(lsp_server *srv, lsp_document *doc, json_t *change);
void lsp_server_free(lsp_server *srv);

/* A policy set: the document's folder, every `.spol` file in it read from
 * its open document or from disk, in byte-wise order of the names. */
typedef struct lsp_set {
    sharepol_text *texts;
    char **uris;        /* the URI of each text */
    char **names;       /* the file name of each text (texts[].name) */
    char **owned;       /* text bytes read from disk (NULL for an open one) */
    size_t n;
} lsp_set;

/* The set a document belongs to.  @return false when out of memory. */
bool lsp_set_of(lsp_server *srv, const lsp_document *doc, lsp_set *set);
void lsp_set_free(lsp_set *set);
/* The text of the set named by a file name a diagnostic or span gives, or
 * NULL. */
const sharepol_text *lsp_set_text(const lsp_set *set, const char *file, const char **uri);

/* Checks the set of doc and publishes every file's diagnostics (an empty
 * list for a file without any, which clears old ones). */
void lsp_check_and_publish(lsp_server *srv, const lsp_document *doc);
/* Publishes an empty list for a URI. */
void lsp_publish_empty(lsp_server *srv, const char *uri);

/* Places.  An LSP position {line, character} counts character in the
 * negotiated encoding's units. */
json_t *lsp_position_at(lsp_server *srv, const char *text, size_t length,
                        size_t offset);
/* {start, end} of bytes [start, end). */
json_t *lsp_range_of(lsp_server *srv, const char *text, size_t length, size_t start,
                     size_t end);
/* The byte offset of a position (clamped to the line and the text), or
 * false when pos is not a position. */
bool lsp_offset_of(lsp_server *srv, const char *text, size_t length, json_t *pos,
                   size_t *offset);
/* The byte offset of line and column as diagnostics count them (1-based,
 * characters); line 0 is the start. */
size_t lsp_offset_of_line_column(lsp_server *srv, const char *text, size_t length, unsigned line,
                                 unsigned column);

/* A notification {"jsonrpc", "method", "params"} (takes params). */
void lsp_notify(lsp_server *srv, const char *method, json_t *params);
/* window/logMessage at a type (1 error .. 4 log). */
void lsp_log(lsp_server *srv, int type, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* ---- lsp_features.c: the answers to requests -------------------------- */

/* Each returns the result (json null for "nothing here"), or NULL with
 * *code and *message set for an error response. */
typedef struct lsp_error {
    int code;
    const char *message;
} lsp_error;

json_t *lsp_hover(lsp_server *srv, json_t *params, lsp_error *err);
json_t *lsp_definition(lsp_server *srv, json_t *params, lsp_error *err);
json_t *lsp_references(lsp_server *srv, json_t *params, lsp_error *err);
json_t *lsp_completion(lsp_server *srv, json_t *params, lsp_error *err);
json_t *lsp_document_symbols(lsp_server *srv, json_t *params, lsp_error *err);
json_t *lsp_formatting(lsp_server *srv, json_t *params, lsp_error *err);

/* The command's entry point for the fuzz target: serves the messages of in
 * until exit or the end of in.  @return the exit code. */
int lsp_serve(FILE *in, FILE *out, size_t max_message);

#endif
