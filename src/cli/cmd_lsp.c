/* cmd_lsp.c — `sharepol lsp`: a Language Server Protocol server on stdin
 * and stdout.  This file is the loop and the lifecycle: it reads each
 * message, answers malformed ones with the JSON-RPC error they earn and
 * goes on, keeps the order initialize → requests → shutdown → exit, and
 * hands documents to lsp_workspace.c and requests to lsp_features.c. */
#include <stdlib.h>
#include <string.h>

#include "lsp.h"

static const char help[] =
    "usage: sharepol lsp [--stdio] [--max-message-size BYTES]\n"
    "\n"
    "Serve the Language Server Protocol (3.17) on stdin and stdout, for editors:\n"
    "diagnostics as you type (the compiler's own, with their codes and notes),\n"
    "hover, go to definition, find references, completion of names and\n"
    "keywords, document symbols and formatting (the layout of 'sharepol fmt').\n"
    "The .spol files of a document's folder are checked together as one\n"
    "policy set, open documents as the editor holds them.  docs/editors.md\n"
    "shows how to set it up in Neovim and VS Code.\n"
    "\n"
    "options:\n"
    "  --stdio                   talk on stdin and stdout (the default and the\n"
    "                            only transport; accepted for editors that pass it)\n"
    "  --max-message-size BYTES  refuse messages longer than this (default 64 MiB)\n"
    "  -h, --help                show this help\n"
    "\n"
    "exit codes: 0 after shutdown and exit, 1 on exit without shutdown or when\n"
    "            the input ends first, 2 usage\n";

#define DEFAULT_MAX_MESSAGE ((size_t)64 << 20)

typedef struct session {
    lsp_server srv;
    bool initialized;   /* initialize was answered */
    bool shut_down;     /* shutdown was answered */
    bool exiting;
    int exit_code;
} session;

static void respond(session *s, json_t *id, json_t *result)
{
    json_t *msg = json_pack("{s:s, s:O, s:o}", "jsonrpc", "2.0", "id", id ? id : json_null(),
                            "result", result ? result : json_null());
    if (!lsp_write_message(s->srv.out, msg))
        s->srv.output_failed = true;
}

static void respond_error(session *s, json_t *id, int code, const char *message)
{
    json_t *msg = json_pack("{s:s, s:O, s:{s:i, s:o}}", "jsonrpc", "2.0", "id",
                            id ? id : json_null(), "error", "code", code, "message",
                            cli_json_string(message));
    if (!lsp_write_message(s->srv.out, msg))
        s->srv.output_failed = true;
}

/* ---- initialize ------------------------------------------------------------ */

static bool offers(json_t *list, const char *value)
{
    size_t i;
    json_t *v;
    json_array_foreach(list, i, v)
        if (json_is_string(v) && strcmp(json_string_value(v), value) == 0)
            return true;
    return false;
}

static json_t *initialize(session *s, json_t *params)
{
    json_t *caps = json_object_get(params, "capabilities");
    /* The client lists the encodings it takes, most wanted first; UTF-16
     * is the protocol's default and what every client takes. */
    json_t *encodings = json_object_get(json_object_get(caps, "general"), "positionEncodings");
    size_t i;
    json_t *v;
    const char *chosen = "utf-16";
    json_array_foreach(encodings, i, v) {
        const char *e = json_string_value(v);
        if (e && (!strcmp(e, "utf-8") || !strcmp(e, "utf-16") || !strcmp(e, "utf-32"))) {
            chosen = e;
            break;
        }
    }
    s->srv.encoding = !strcmp(chosen, "utf-8") ? LSP_UTF8
                      : !strcmp(chosen, "utf-32") ? LSP_UTF32 : LSP_UTF16;
    json_t *formats = json_object_get(
        json_object_get(json_object_get(caps, "textDocument"), "hover"), "contentFormat");
    s->srv.markdown = !json_is_array(formats) || offers(formats, "markdown");
    s->initialized = true;
    return json_pack(
        "{s:{s:s, s:{s:b, s:i, s:{s:b}}, s:b, s:b, s:b, s:{s:[s,s,s]}, s:b, s:b},"
        " s:{s:s, s:s}}",
        "capabilities", "positionEncoding", chosen, "textDocumentSync", "openClose", 1,
        "change", 2, "save", "includeText", 0, "hoverProvider", 1, "definitionProvider", 1,
        "referencesProvider", 1, "completionProvider", "triggerCharacters", " ", ",", "{",
        "documentSymbolProvider", 1, "documentFormattingProvider", 1, "serverInfo", "name",
        "sharepol", "version", sharepol_version());
}

/* ---- notifications --------------------------------------------------------- */

static const char *uri_param(json_t *params)
{
    return json_string_value(json_object_get(json_object_get(params, "textDocument"), "uri"));
}

static long version_param(json_t *params)
{
    json_t *v = json_object_get(json_object_get(params, "textDocument"), "version");
    return json_is_integer(v) ? (long)json_integer_value(v) : 0;
}

/* Another open document in the folder of doc, or NULL. */
static lsp_document *neighbour_of(session *s, const lsp_document *doc)
{
    const char *slash = strrchr(doc->path, '/');
    size_t dir = slash ? (size_t)(slash - doc->path) : 0;
    for (size_t i = 0; i < s->srv.n_docs; i++) {
        lsp_document *d = &s->srv.docs[i];
        const char *ds = strrchr(d->path, '/');
        if (d != doc && slash && ds && (size_t)(ds - d->path) == dir &&
            strncmp(d->path, doc->path, dir) == 0)
            return d;
    }
    return NULL;
}

/* Closes a document.  When another document of its folder is open, the
 * set is checked again with this file as it is on disk; when it was the
 * last, every file of the set has its diagnostics cleared, as the editor
 * shows none of them any more. */
static void close_document(session *s, lsp_document *doc)
{
    lsp_document *other = neighbour_of(s, doc);
    char *uri = strdup(doc->uri);
    char *other_uri = other ? strdup(other->uri) : NULL;
    lsp_set set;
    bool have_set = !other && lsp_set_of(&s->srv, doc, &set);
    lsp_document_close(&s->srv, uri ? uri : doc->uri);  /* doc and other move */
    if (other_uri && (other = lsp_document_find(&s->srv, other_uri)) != NULL)
        lsp_check_and_publish(&s->srv, other);
    if (have_set) {
        for (size_t i = 0; i < set.n; i++)
            lsp_publish_empty(&s->srv, set.uris[i]);
        lsp_set_free(&set);
    } else if (!other_uri && uri) {
        lsp_publish_empty(&s->srv, uri);
    }
    free(uri);
    free(other_uri);
}

static void notification(session *s, const char *method, json_t *params)
{
    if (!strcmp(method, "exit")) {
        s->exiting = true;
        s->exit_code = s->shut_down ? EXIT_OK : EXIT_REJECTED;
        return;
    }
    /* Before initialize every notification but exit is dropped (LSP 3.17,
     * "Initialize Request"), and after shutdown only exit means anything. */
    if (!s->initialized || s->shut_down)
        return;
    if (!strcmp(method, "textDocument/didOpen")) {
        json_t *td = json_object_get(params, "textDocument");
        json_t *text = json_object_get(td, "text");
        const char *uri = json_string_value(json_object_get(td, "uri"));
        if (!uri || !json_is_string(text)) {
            lsp_log(&s->srv, 1, "sharepol: didOpen without textDocument.uri and .text: ignored");
            return;
        }
        if (!lsp_document_open(&s->srv, uri, json_string_value(text), json_string_length(text),
                               version_param(params))) {
            lsp_log(&s->srv, 1, "sharepol: out of memory opening %s", uri);
            return;
        }
        lsp_check_and_publish(&s->srv, lsp_document_find(&s->srv, uri));
    } else if (!strcmp(method, "textDocument/didChange")) {
        const char *uri = uri_param(params);
        lsp_document *doc = uri ? lsp_document_find(&s->srv, uri) : NULL;
        json_t *changes = json_object_get(params, "contentChanges");
        if (!doc) {
            lsp_log(&s->srv, 2, "sharepol: didChange for %s, which is not open: ignored",
                    uri ? uri : "a document without a uri");
            return;
        }
        if (!json_is_array(changes)) {
            lsp_log(&s->srv, 1, "sharepol: didChange without contentChanges: ignored");
            return;
        }
        size_t i;
        json_t *change;
        json_array_foreach(changes, i, change) {
            if (!lsp_document_change(&s->srv, doc, change)) {
                lsp_log(&s->srv, 1,
                        "sharepol: change %zu of %s is malformed or out of range; the "
                        "document may now differ from the editor's: reopen it",
                        i + 1, uri);
                break;
            }
        }
        doc->version = version_param(params);
        lsp_check_and_publish(&s->srv, doc);
    } else if (!strcmp(method, "textDocument/didSave")) {
        const char *uri = uri_param(params);
        lsp_document *doc = uri ? lsp_document_find(&s->srv, uri) : NULL;
        if (doc)
            lsp_check_and_publish(&s->srv, doc);
    } else if (!strcmp(method, "textDocument/didClose")) {
        const char *uri = uri_param(params);
        lsp_document *doc = uri ? lsp_document_find(&s->srv, uri) : NULL;
        if (doc)
            close_document(s, doc);
    } else if (!strcmp(method, "workspace/didChangeWatchedFiles")) {
        for (size_t i = 0; i < s->srv.n_docs; i++)
            lsp_check_and_publish(&s->srv, &s->srv.docs[i]);
    }
    /* "initialized", "$/cancelRequest" (every request is answered before
     * the next is read), "$/setTrace" and unknown notifications: nothing
     * to do, and a notification is never answered. */
}

/* ---- requests --------------------------------------------------------------- */

typedef json_t *(*feature_fn)(lsp_server *, json_t *, lsp_error *);

static const struct {
    const char *method;
    feature_fn fn;
} features[] = {
    { "textDocument/hover", lsp_hover },
    { "textDocument/definition", lsp_definition },
    { "textDocument/references", lsp_references },
    { "textDocument/completion", lsp_completion },
    { "textDocument/documentSymbol", lsp_document_symbols },
    { "textDocument/formatting", lsp_formatting },
};

static void request(session *s, json_t *id, const char *method, json_t *params)
{
    if (s->shut_down) {
        respond_error(s, id, LSP_INVALID_REQUEST, "the server is shut down: only 'exit' is valid");
        return;
    }
    if (!strcmp(method, "initialize")) {
        if (s->initialized)
            respond_error(s, id, LSP_INVALID_REQUEST, "initialize was already received");
        else if (!json_is_object(params))
            respond_error(s, id, LSP_INVALID_PARAMS, "initialize needs params (an object)");
        else
            respond(s, id, initialize(s, params));
        return;
    }
    if (!s->initialized) {
        respond_error(s, id, LSP_SERVER_NOT_INITIALIZED,
                      "the server is not initialized: send 'initialize' first");
        return;
    }
    if (!strcmp(method, "shutdown")) {
        s->shut_down = true;
        respond(s, id, json_null());
        return;
    }
    for (size_t i = 0; i < sizeof features / sizeof *features; i++) {
        if (strcmp(method, features[i].method) != 0)
            continue;
        if (!json_is_object(params)) {
            respond_error(s, id, LSP_INVALID_PARAMS, "params must be an object");
            return;
        }
        lsp_error err = { 0, NULL };
        json_t *result = features[i].fn(&s->srv, params, &err);
        if (result)
            respond(s, id, result);
        else
            respond_error(s, id, err.code ? err.code : LSP_INTERNAL_ERROR,
                          err.message ? err.message : "out of memory");
        return;
    }
    char message[160];
    snprintf(message, sizeof message, "unknown method '%.100s'", method);
    respond_error(s, id, LSP_METHOD_NOT_FOUND, message);
}

/* ---- one message -------------------------------------------------------------- */

static void message(session *s, const char *body, size_t length)
{
    lsp_forget_lines(&s->srv);
    json_error_t jerr;
    json_t *msg = json_loadb(body, length, JSON_DECODE_ANY, &jerr);
    if (!msg) {
        char text[300];
        snprintf(text, sizeof text, "the message is not JSON: %s (at byte %d)", jerr.text,
                 jerr.position);
        respond_error(s, NULL, LSP_PARSE_ERROR, text);
        return;
    }
    if (!json_is_object(msg)) {
        respond_error(s, NULL, LSP_INVALID_REQUEST,
                      json_is_array(msg) ? "batches are not part of LSP: send one message at a time"
                                         : "a message must be a JSON object");
        json_decref(msg);
        return;
    }
    json_t *id = json_object_get(msg, "id");
    json_t *method = json_object_get(msg, "method");
    json_t *params = json_object_get(msg, "params");
    bool id_ok = !id || json_is_integer(id) || json_is_string(id);
    const char *problem = NULL;
    if (!json_is_string(json_object_get(msg, "jsonrpc")) ||
        strcmp(json_string_value(json_object_get(msg, "jsonrpc")), "2.0") != 0)
        problem = "\"jsonrpc\" must be \"2.0\"";
    else if (!id_ok)
        problem = "\"id\" must be an integer or a string";
    else if (!method && id)
        problem = NULL;  /* a response to a request of ours: we send none */
    else if (!json_is_string(method))
        problem = "\"method\" must be a string";
    else if (params && !json_is_object(params) && !json_is_array(params))
        problem = "\"params\" must be an object or an array";
    if (problem) {
        /* A notification with a problem cannot be answered: an id that is
         * not valid is answered with id null. */
        if (id)
            respond_error(s, id_ok ? id : NULL, LSP_INVALID_REQUEST, problem);
        else
            lsp_log(&s->srv, 1, "sharepol: a malformed notification was ignored: %s", problem);
    } else if (method && id) {
        request(s, id, json_string_value(method), params);
    } else if (method) {
        notification(s, json_string_value(method), params);
    }
    json_decref(msg);
}

int lsp_serve(FILE *in, FILE *out, size_t max_message)
{
    session s;
    memset(&s, 0, sizeof s);
    s.srv.out = out;
    s.exit_code = EXIT_REJECTED;
    while (!s.exiting && !s.srv.output_failed) {
        char *body, error[200];
        size_t length;
        lsp_read_status st = lsp_read_message(in, max_message, &body, &length, error,
                                              sizeof error);
        if (st == LSP_READ_EOF || st == LSP_READ_TRUNCATED)
            break;  /* the client is gone: exit 1 unless it shut us down */
        if (st == LSP_READ_BAD_HEADER)
            respond_error(&s, NULL, LSP_PARSE_ERROR, error);
        else if (st == LSP_READ_TOO_LARGE)
            respond_error(&s, NULL, LSP_INVALID_REQUEST, error);
        else {
            message(&s, body, length);
            free(body);
        }
    }
    lsp_server_free(&s.srv);
    if (s.exiting)
        return s.exit_code;
    return s.shut_down ? EXIT_OK : EXIT_REJECTED;
}

int cmd_lsp(int argc, char **argv)
{
    size_t max_message = DEFAULT_MAX_MESSAGE;
    for (int i = 1; i < argc; i++) {
        const char *v;
        if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
            fputs(help, stdout);
            return EXIT_OK;
        }
        if (!strcmp(argv[i], "--stdio"))
            continue;
        if ((v = cli_option_value("--max-message-size", argc, argv, &i))) {
            char *end;
            unsigned long long n = strtoull(v, &end, 10);
            if (*v < '0' || *v > '9' || *end || n == 0)
                return cli_usage_error("lsp", "--max-message-size needs a number of bytes, "
                                              "not '%s'", v);
            max_message = (size_t)n;
            continue;
        }
        return cli_usage_error("lsp", "unknown option or missing value '%s'", argv[i]);
    }
    return lsp_serve(stdin, stdout, max_message);
}
