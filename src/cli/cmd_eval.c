/* cmd_eval.c — `sharepol eval`: JSON lines in, one answer per line out, in
 * order.  A bad line gets an error answer and the stream goes on. */
#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

#define MAX_LINE ((size_t)1 << 20)  /* a longer line is an error, not a crash */
#define MAX_LIST 4096               /* consents or audience members per line */
#define READ_CHUNK ((size_t)1 << 16) /* the most one read(2) takes */

static const char help[] =
    "usage: sharepol eval [options] FILE...|DIR\n"
    "\n"
    "Read one JSON query per line on stdin and write one JSON answer per line on\n"
    "stdout, in order.  A query:\n"
    "  {\"id\": \"q1\", \"category\": \"vulnerabilities\", \"from\": \"IPA\", \"to\": \"CAS\",\n"
    "   \"originator\": \"IPA\", \"scope\": \"signatories-only\", \"purpose\": \"p\",\n"
    "   \"at\": \"2025-06-01\", \"consents\": [\"MOD\"]}\n"
    "Only category, from and to are required; scope may also be an array of\n"
    "parties (an explicit audience); null means not given; any other key is an\n"
    "error.  An answer:\n"
    "  {\"id\": \"q1\", \"decision\": \"needs-consent\", \"rule\": \"art-3-2\",\n"
    "   \"location\": \"file:28:3\", \"residual\": \"METI\"}\n"
    "A line that cannot be answered gets {\"id\": ..., \"error\": \"...\", \"line\": N}.\n"
    "Blank lines get no answer.\n"
    "\n"
    "options:\n"
    "  --at DATE    the date of queries without \"at\" (default: today, UTC)\n"
    "  -q, --quiet  do not report the policy's warnings\n"
    "  -h, --help   show this help\n"
    "\n"
    "exit codes: 0 every line answered, 1 the policy has errors, 2 usage or output error\n";

typedef struct line_query {
    sharepol_query q;
    sharepol_id consents[MAX_LIST];
    sharepol_id audience[MAX_LIST];
    char error[512];
} line_query;

static const char *kind_text(int kind)
{
    switch (kind) {
    case SHAREPOL_KIND_PARTY: return "a party";
    case SHAREPOL_KIND_GROUP: return "a group";
    case SHAREPOL_KIND_CATEGORY: return "a category";
    case SHAREPOL_KIND_PURPOSE: return "a purpose";
    case SHAREPOL_KIND_SCOPE: return "a scope";
    case SHAREPOL_KIND_AGREEMENT: return "an agreement";
    default: return "a rule";
    }
}

/* Looks a JSON string up as a name of one kind; on failure writes why. */
static bool lookup(const sharepol_policy *policy, line_query *lq, const char *key,
                   json_t *value, int kind, sharepol_id *out)
{
    if (!json_is_string(value)) {
        snprintf(lq->error, sizeof lq->error, "\"%s\" must be a string", key);
        return false;
    }
    const char *name = json_string_value(value);
    sharepol_id id = SHAREPOL_ID_UNKNOWN;
    switch (kind) {
    case SHAREPOL_KIND_PARTY: id = sharepol_party(policy, name); break;
    case SHAREPOL_KIND_CATEGORY: id = sharepol_category(policy, name); break;
    case SHAREPOL_KIND_SCOPE: id = sharepol_scope(policy, name); break;
    case SHAREPOL_KIND_PURPOSE: id = sharepol_purpose(policy, name); break;
    }
    if (id >= 0) {
        *out = id;
        return true;
    }
    int actual = sharepol_kind_of(policy, name);
    if (actual)
        snprintf(lq->error, sizeof lq->error, "\"%s\": '%.100s' is %s, not %s", key, name,
                 kind_text(actual), kind_text(kind));
    else {
        char near[128];
        snprintf(lq->error, sizeof lq->error,
                 "\"%s\": the policy declares no %s named '%.100s'%s", key,
                 kind_text(kind) + (kind == SHAREPOL_KIND_AGREEMENT ? 3 : 2), name,
                 cli_did_you_mean(near, sizeof near, policy, kind, name));
    }
    return false;
}

static bool party_list(const sharepol_policy *policy, line_query *lq, const char *key,
                       json_t *value, sharepol_id *ids, size_t *n)
{
    if (!json_is_array(value)) {
        snprintf(lq->error, sizeof lq->error, "\"%s\" must be an array of party names", key);
        return false;
    }
    if (json_array_size(value) > MAX_LIST) {
        snprintf(lq->error, sizeof lq->error, "\"%s\" lists more than %d parties", key,
                 MAX_LIST);
        return false;
    }
    *n = json_array_size(value);
    for (size_t i = 0; i < *n; i++)
        if (!lookup(policy, lq, key, json_array_get(value, i), SHAREPOL_KIND_PARTY, &ids[i]))
            return false;
    return true;
}

/* Fills lq->q from a parsed line; on failure lq->error says why. */
static bool read_query(const sharepol_policy *policy, json_t *obj, int32_t default_at,
                       line_query *lq)
{
    sharepol_query init = SHAREPOL_QUERY_INIT;
    lq->q = init;
    lq->q.date = default_at;
    if (!json_is_object(obj)) {
        snprintf(lq->error, sizeof lq->error, "a query must be a JSON object");
        return false;
    }
    const char *key;
    json_t *value;
    json_object_foreach(obj, key, value) {
        if (strcmp(key, "id") == 0 || json_is_null(value)) {
            if (strcmp(key, "id") != 0 && strcmp(key, "category") && strcmp(key, "from") &&
                strcmp(key, "to") && strcmp(key, "originator") && strcmp(key, "scope") &&
                strcmp(key, "purpose") && strcmp(key, "at") && strcmp(key, "consents"))
                goto unknown;
            continue;
        }
        if (strcmp(key, "category") == 0) {
            if (!lookup(policy, lq, key, value, SHAREPOL_KIND_CATEGORY, &lq->q.category))
                return false;
        } else if (strcmp(key, "from") == 0) {
            if (!lookup(policy, lq, key, value, SHAREPOL_KIND_PARTY, &lq->q.from))
                return false;
        } else if (strcmp(key, "to") == 0) {
            if (!lookup(policy, lq, key, value, SHAREPOL_KIND_PARTY, &lq->q.to))
                return false;
        } else if (strcmp(key, "originator") == 0) {
            if (!lookup(policy, lq, key, value, SHAREPOL_KIND_PARTY, &lq->q.originator))
                return false;
        } else if (strcmp(key, "purpose") == 0) {
            if (!lookup(policy, lq, key, value, SHAREPOL_KIND_PURPOSE, &lq->q.purpose))
                return false;
        } else if (strcmp(key, "scope") == 0) {
            if (json_is_array(value)) {
                if (!party_list(policy, lq, key, value, lq->audience, &lq->q.n_audience))
                    return false;
                lq->q.audience = lq->audience;
            } else if (!lookup(policy, lq, key, value, SHAREPOL_KIND_SCOPE, &lq->q.scope)) {
                return false;
            }
        } else if (strcmp(key, "consents") == 0) {
            if (!party_list(policy, lq, key, value, lq->consents, &lq->q.n_consents))
                return false;
            lq->q.consents = lq->consents;
        } else if (strcmp(key, "at") == 0) {
            if (!json_is_string(value) ||
                sharepol_date_parse(&lq->q.date, json_string_value(value)) != SHAREPOL_OK) {
                snprintf(lq->error, sizeof lq->error,
                         "\"at\" must be a date YYYY-MM-DD between 1900 and 9999");
                return false;
            }
        } else {
            goto unknown;
        }
        continue;
    unknown:
        snprintf(lq->error, sizeof lq->error,
                 "unknown key \"%.100s\"; a query has only id, category, from, to, "
                 "originator, scope, purpose, at and consents",
                 key);
        return false;
    }
    const char *missing = lq->q.category == SHAREPOL_ID_NONE ? "category"
                          : lq->q.from == SHAREPOL_ID_NONE   ? "from"
                          : lq->q.to == SHAREPOL_ID_NONE     ? "to"
                                                             : NULL;
    if (missing) {
        snprintf(lq->error, sizeof lq->error, "\"%s\" is required", missing);
        return false;
    }
    return true;
}

static void emit(json_t *answer)
{
    char *text = json_dumps(answer, JSON_PRESERVE_ORDER | JSON_COMPACT | JSON_ENSURE_ASCII);
    if (text) {
        fputs(text, stdout);
        putchar('\n');
        free(text);
    } else {
        fputs("{\"error\":\"out of memory\"}\n", stdout);
    }
    json_decref(answer);
}

static void emit_error(json_t *id, const char *message, size_t line)
{
    json_t *answer = json_object();
    if (id)
        json_object_set(answer, "id", id);
    /* jansson's messages quote the input, which need not be UTF-8; json_string
     * refuses such text, and the answer must still carry its error */
    json_t *text = json_string(message);
    if (!text) {
        char clean[512];
        size_t n = 0;
        for (; message[n] && n + 1 < sizeof clean; n++)
            clean[n] = (char)((unsigned char)message[n] < 0x80 ? message[n] : '?');
        clean[n] = '\0';
        text = json_string(clean);
    }
    json_object_set_new(answer, "error", text);
    json_object_set_new(answer, "line", json_integer((json_int_t)line));
    emit(answer);
}

static void answer_line(const sharepol_policy *policy, const char *text, size_t len,
                        size_t line_no, int32_t default_at, line_query *lq)
{
    json_error_t jerr;
    json_t *obj = json_loadb(text, len, JSON_REJECT_DUPLICATES, &jerr);
    if (!obj) {
        char msg[300];
        snprintf(msg, sizeof msg, "not valid JSON: %s (column %d)", jerr.text, jerr.column);
        emit_error(NULL, msg, line_no);
        return;
    }
    json_t *id = json_is_object(obj) ? json_object_get(obj, "id") : NULL;
    if (!read_query(policy, obj, default_at, lq)) {
        emit_error(id, lq->error, line_no);
        json_decref(obj);
        return;
    }
    sharepol_result r;
    sharepol_residual *res = NULL;
    int st = sharepol_decide_residual(policy, &lq->q, &r, &res);
    if (st < 0) {
        emit_error(id, sharepol_strerror(st), line_no);
        sharepol_residual_free(res);
        json_decref(obj);
        return;
    }
    json_t *answer = json_object();
    if (id)
        json_object_set(answer, "id", id);
    json_object_set_new(answer, "decision",
                        json_string(st == SHAREPOL_ALLOW  ? "allow"
                                    : st == SHAREPOL_DENY ? "deny"
                                                          : "needs-consent"));
    if (r.rule) {
        char loc[1200];
        snprintf(loc, sizeof loc, "%s:%u:%u", r.rule->file, r.rule->line, r.rule->column);
        json_object_set_new(answer, "rule", json_string(r.rule->name));
        json_object_set_new(answer, "location", json_string(loc));
    } else {
        json_object_set_new(answer, "rule", json_null());
        json_object_set_new(answer, "location", json_null());
    }
    if (res)
        json_object_set_new(answer, "residual", json_string(sharepol_residual_text(res)));
    sharepol_residual_free(res);
    emit(answer);
    json_decref(obj);
}

/* ---- the fast path -----------------------------------------------------------
 *
 * Almost every line of a stream is plain: one object whose keys are known and
 * appear once, whose strings are printable ASCII without escapes, and whose
 * names the policy declares.  Such a line is read and answered here without
 * building JSON trees.  Any other line (and any line whose answer would need
 * escaping) is declined before anything is written, and goes the general way
 * (answer_line), which gives a plain line the same answer byte for byte. */

typedef struct span {
    const char *s;
    size_t n;
} span;

static const char *skip_ws(const char *p, const char *e)
{
    while (p < e && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n'))
        p++;
    return p;
}

/* Printable ASCII but the quote and the backslash: a string's characters
 * that JSON writes as they are.  A table, since every byte of a line and of
 * an answer is looked at. */
static bool plain[256];

static void init_plain(void)
{
    for (int c = 0x20; c < 0x7f; c++)
        plain[c] = c != '"' && c != '\\';
}

/* Bit 7 of each byte of w that is not plain.  The bytes are worked on as
 * seven-bit values, so that no sum carries into the next byte. */
static uint64_t not_plain8(uint64_t w)
{
    const uint64_t ones = 0x0101010101010101u, low7 = ones * 0x7f;
    uint64_t x = w & low7;
    uint64_t bad = w                          /* not ASCII */
                   | (x + ones)               /* 0x7f */
                   | ~(x + ones * 0x60)       /* below 0x20 */
                   | ~((x ^ ones * '"') + low7) /* '"' */
                   | ~((x ^ ones * '\\') + low7); /* '\\' */
    return bad & ones * 0x80;
}

/* The first byte in [p, e) that is not plain, or e: eight bytes at a time,
 * since every byte of a line and of an answer passes through here. */
static const char *plain_end(const char *p, const char *e)
{
    for (; e - p >= 8; p += 8) {
        uint64_t w;
        memcpy(&w, p, 8);
        uint64_t bad = not_plain8(w);
        if (bad) {
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
            return p + __builtin_clzll(bad) / 8;
#else
            return p + __builtin_ctzll(bad) / 8;
#endif
        }
    }
    while (p < e && plain[(unsigned char)*p])
        p++;
    return p;
}

/* A string at p without escapes; @return past its closing quote, or NULL. */
static const char *plain_string(const char *p, const char *e, span *out)
{
    if (p == e || *p != '"')
        return NULL;
    const char *s = ++p;
    p = plain_end(p, e);
    if (p == e || *p != '"')
        return NULL;
    out->s = s;
    out->n = (size_t)(p - s);
    return p + 1;
}

/* An integer as jansson prints it back: -?(0|[1-9][0-9]{0,17}), not -0. */
static const char *plain_integer(const char *p, const char *e, span *out)
{
    const char *s = p;
    if (p < e && *p == '-')
        p++;
    const char *digits = p;
    while (p < e && *p >= '0' && *p <= '9')
        p++;
    size_t n = (size_t)(p - digits);
    if (n == 0 || n > 18 || (digits[0] == '0' && (n > 1 || digits != s)))
        return NULL;
    if (p < e && (*p == '.' || *p == 'e' || *p == 'E'))
        return NULL;
    out->s = s;
    out->n = (size_t)(p - s);
    return p;
}

static bool is_null(const char *p, const char *e)
{
    return e - p >= 4 && memcmp(p, "null", 4) == 0;
}

/* Looks a name up; false when it is not declared as that kind. */
static bool fast_lookup(const sharepol_policy *policy, span name, int kind, sharepol_id *out)
{
    char buf[256];
    if (name.n >= sizeof buf)
        return false;
    memcpy(buf, name.s, name.n);
    buf[name.n] = '\0';
    sharepol_id id;
    switch (kind) {
    case SHAREPOL_KIND_CATEGORY: id = sharepol_category(policy, buf); break;
    case SHAREPOL_KIND_SCOPE: id = sharepol_scope(policy, buf); break;
    case SHAREPOL_KIND_PURPOSE: id = sharepol_purpose(policy, buf); break;
    default: id = sharepol_party(policy, buf); break;
    }
    *out = id;
    return id >= 0;
}

/* An array of party names at p; @return past it, or NULL. */
static const char *fast_parties(const sharepol_policy *policy, const char *p, const char *e,
                                sharepol_id *ids, size_t *n)
{
    *n = 0;
    p = skip_ws(p + 1, e);
    if (p < e && *p == ']')
        return p + 1;
    for (;;) {
        span name;
        if (*n == MAX_LIST || !(p = plain_string(p, e, &name)) ||
            !fast_lookup(policy, name, SHAREPOL_KIND_PARTY, &ids[*n]))
            return NULL;
        (*n)++;
        p = skip_ws(p, e);
        if (p < e && *p == ']')
            return p + 1;
        if (p == e || *p != ',')
            return NULL;
        p = skip_ws(p + 1, e);
    }
}

enum {
    K_ID, K_CATEGORY, K_FROM, K_TO, K_ORIGINATOR, K_SCOPE, K_PURPOSE, K_AT, K_CONSENTS,
    N_KEYS
};

#define KEY(name) { (name), sizeof(name) - 1 }
static const span key_names[N_KEYS] = {
    KEY("id"),    KEY("category"), KEY("from"), KEY("to"),       KEY("originator"),
    KEY("scope"), KEY("purpose"),  KEY("at"),   KEY("consents"),
};
#undef KEY

/* The key's first letter names the one it can be (the second, for the two
 * that start with c); then the whole key must match. */
static int key_of(span k)
{
    if (k.n < 2)
        return -1;
    int key;
    switch (k.s[0]) {
    case 'i': key = K_ID; break;
    case 'c': key = k.s[1] == 'a' ? K_CATEGORY : K_CONSENTS; break;
    case 'f': key = K_FROM; break;
    case 't': key = K_TO; break;
    case 'o': key = K_ORIGINATOR; break;
    case 's': key = K_SCOPE; break;
    case 'p': key = K_PURPOSE; break;
    case 'a': key = K_AT; break;
    default: return -1;
    }
    return key_names[key].n == k.n && memcmp(key_names[key].s, k.s, k.n) == 0 ? key : -1;
}

/* Reads a plain line into lq->q; *id receives the id's text (n 0: none).
 * @return false to decline the line. */
static bool fast_read(const sharepol_policy *policy, const char *p, const char *e,
                      int32_t default_at, line_query *lq, span *id)
{
    sharepol_query init = SHAREPOL_QUERY_INIT;
    lq->q = init;
    lq->q.date = default_at;
    id->s = NULL;
    id->n = 0;
    unsigned seen = 0;
    p = skip_ws(p, e);
    if (p == e || *p != '{')
        return false;
    p = skip_ws(p + 1, e);
    if (p < e && *p == '}')
        return false; /* no category: the general path says so */
    for (;;) {
        span k, v;
        if (!(p = plain_string(p, e, &k)))
            return false;
        int key = key_of(k);
        if (key < 0 || (seen >> key) & 1)
            return false;
        seen |= 1u << key;
        p = skip_ws(p, e);
        if (p == e || *p != ':')
            return false;
        p = skip_ws(p + 1, e);
        if (p == e)
            return false;
        if (is_null(p, e)) {
            if (key == K_ID)
                *id = (span){ p, 4 };
            p += 4;
        } else if (key == K_ID) {
            const char *q = *p == '"' ? plain_string(p, e, &v) : plain_integer(p, e, &v);
            if (!q)
                return false;
            *id = (span){ p, (size_t)(q - p) };
            p = q;
        } else if ((key == K_CONSENTS || key == K_SCOPE) && *p == '[') {
            if (key == K_CONSENTS) {
                p = fast_parties(policy, p, e, lq->consents, &lq->q.n_consents);
                lq->q.consents = lq->consents;
            } else {
                p = fast_parties(policy, p, e, lq->audience, &lq->q.n_audience);
                lq->q.audience = lq->audience;
            }
            if (!p)
                return false;
        } else {
            if (key == K_CONSENTS || !(p = plain_string(p, e, &v)))
                return false;
            bool ok = true;
            switch (key) {
            case K_CATEGORY:
                ok = fast_lookup(policy, v, SHAREPOL_KIND_CATEGORY, &lq->q.category);
                break;
            case K_FROM: ok = fast_lookup(policy, v, SHAREPOL_KIND_PARTY, &lq->q.from); break;
            case K_TO: ok = fast_lookup(policy, v, SHAREPOL_KIND_PARTY, &lq->q.to); break;
            case K_ORIGINATOR:
                ok = fast_lookup(policy, v, SHAREPOL_KIND_PARTY, &lq->q.originator);
                break;
            case K_SCOPE: ok = fast_lookup(policy, v, SHAREPOL_KIND_SCOPE, &lq->q.scope); break;
            case K_PURPOSE:
                ok = fast_lookup(policy, v, SHAREPOL_KIND_PURPOSE, &lq->q.purpose);
                break;
            case K_AT: {
                char date[11];
                ok = v.n == 10;
                if (ok) {
                    memcpy(date, v.s, 10);
                    date[10] = '\0';
                    ok = sharepol_date_parse(&lq->q.date, date) == SHAREPOL_OK;
                }
                break;
            }
            }
            if (!ok)
                return false;
        }
        p = skip_ws(p, e);
        if (p < e && *p == '}')
            break;
        if (p == e || *p != ',')
            return false;
        p = skip_ws(p + 1, e);
    }
    if (skip_ws(p + 1, e) != e)
        return false;
    return lq->q.category != SHAREPOL_ID_NONE && lq->q.from != SHAREPOL_ID_NONE &&
           lq->q.to != SHAREPOL_ID_NONE;
}

/* An answer line under construction. */
typedef struct out_line {
    char v[2048];
    size_t n;
    bool full;
} out_line;

static void out_raw(out_line *o, const char *s, size_t n)
{
    if (o->n + n >= sizeof o->v) {
        o->full = true;
        return;
    }
    memcpy(o->v + o->n, s, n);
    o->n += n;
}

static void out_text(out_line *o, const char *s)
{
    out_raw(o, s, strlen(s));
}

/* Plain characters; anything that JSON would escape declines the line. */
static void out_plain(out_line *o, const char *s)
{
    size_t n = strlen(s);
    if (plain_end(s, s + n) != s + n)
        o->full = true;
    else
        out_raw(o, s, n);
}

static void out_string(out_line *o, const char *s)
{
    out_raw(o, "\"", 1);
    out_plain(o, s);
    out_raw(o, "\"", 1);
}

static void out_unsigned(out_line *o, unsigned v)
{
    char buf[16];
    size_t n = 0;
    do
        buf[sizeof buf - ++n] = (char)('0' + v % 10);
    while ((v /= 10) > 0);
    out_raw(o, buf + sizeof buf - n, n);
}

/* Each rule's `,"rule":...,"location":...` as answers write it, made the
 * first time the rule decides a line: a stream is decided by few rules,
 * many times over. */
typedef struct rule_texts {
    char **v; /* by rule index; NULL until made */
    size_t n; /* 0 when there was no memory for v: made every time */
} rule_texts;

static void out_rule(out_line *o, rule_texts *texts, const sharepol_result *r)
{
    char **saved = r->rule_index < texts->n ? &texts->v[r->rule_index] : NULL;
    if (saved && *saved) {
        out_text(o, *saved);
        return;
    }
    size_t start = o->n;
    out_text(o, ",\"rule\":");
    out_string(o, r->rule->name);
    out_text(o, ",\"location\":\"");
    out_plain(o, r->rule->file);
    out_raw(o, ":", 1);
    out_unsigned(o, r->rule->line);
    out_raw(o, ":", 1);
    out_unsigned(o, r->rule->column);
    out_raw(o, "\"", 1);
    if (saved && !o->full && (*saved = malloc(o->n - start + 1))) {
        memcpy(*saved, o->v + start, o->n - start);
        (*saved)[o->n - start] = '\0';
    }
}

/* Answers a plain line.  @return false (nothing written) to decline it. */
static bool fast_answer(const sharepol_policy *policy, const char *text, size_t len,
                        int32_t default_at, line_query *lq, rule_texts *texts)
{
    span id;
    if (!fast_read(policy, text, text + len, default_at, lq, &id))
        return false;
    sharepol_result r;
    sharepol_residual *res = NULL;
    int st = sharepol_decide_residual(policy, &lq->q, &r, &res);
    if (st < 0) {
        sharepol_residual_free(res);
        return false;
    }
    out_line o;
    o.n = 0;
    o.full = false;
    out_raw(&o, "{", 1);
    if (id.n) {
        out_text(&o, "\"id\":");
        out_raw(&o, id.s, id.n);
        out_raw(&o, ",", 1);
    }
    out_text(&o, st == SHAREPOL_ALLOW  ? "\"decision\":\"allow\""
                 : st == SHAREPOL_DENY ? "\"decision\":\"deny\""
                                       : "\"decision\":\"needs-consent\"");
    if (r.rule)
        out_rule(&o, texts, &r);
    else
        out_text(&o, ",\"rule\":null,\"location\":null");
    if (res) {
        out_text(&o, ",\"residual\":");
        out_string(&o, sharepol_residual_text(res));
    }
    sharepol_residual_free(res);
    out_raw(&o, "}\n", 2);
    if (o.full)
        return false;
    fwrite(o.v, 1, o.n, stdout);
    return true;
}

static bool blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n')
            return false;
    return true;
}

/* Lines from a file descriptor, in a buffer of MAX_LINE plus one read.  It
 * reads what is there (read(2), not fread), and sends the answers so far
 * before it waits for more: a program that writes one query and waits for
 * its answer is answered at once.  A partial line moves to the front before
 * each read, and a read takes at most READ_CHUNK, so a stream of short lines
 * keeps to the first READ_CHUNK of the buffer: few enough cache lines that
 * it does not push the policy out of the cache. */
typedef struct reader {
    int fd;
    char *buf;
    size_t start, end, cap;
    bool eof;
} reader;

/* Appends what the input has to the buffer; false at its end (or an error). */
static bool fill(reader *r)
{
    if (fflush(stdout) != 0) {
        r->eof = true; /* nobody reads the answers: stop (main reports it) */
        return false;
    }
    for (;;) {
        size_t room = r->cap - r->end;
        ssize_t got = read(r->fd, r->buf + r->end, room < READ_CHUNK ? room : READ_CHUNK);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0) {
            r->eof = true;
            return false;
        }
        r->end += (size_t)got;
        return true;
    }
}

/* The next line without its newline; *too_long when it exceeded MAX_LINE
 * (it is then skipped whole).  @return false at the end of input. */
static bool next_line(reader *r, const char **line, size_t *len, bool *too_long)
{
    *too_long = false;
    size_t scanned = 0;
    for (;;) {
        char *nl = memchr(r->buf + r->start + scanned, '\n', r->end - r->start - scanned);
        if (nl) {
            *line = r->buf + r->start;
            *len = (size_t)(nl - *line);
            r->start = (size_t)(nl - r->buf) + 1;
            return true;
        }
        scanned = r->end - r->start;
        if (r->eof) {
            if (scanned == 0)
                return false;
            *line = r->buf + r->start;
            *len = scanned;
            r->start = r->end;
            return true;
        }
        if (scanned > MAX_LINE) {
            /* Drop what we hold and everything up to the next newline. */
            *too_long = true;
            r->start = r->end = 0;
            while (fill(r)) {
                nl = memchr(r->buf, '\n', r->end);
                if (nl) {
                    r->start = (size_t)(nl - r->buf) + 1;
                    break;
                }
                r->end = 0;
            }
            *line = r->buf;
            *len = 0;
            return true;
        }
        if (r->start > 0) {
            memmove(r->buf, r->buf + r->start, scanned);
            r->end = scanned;
            r->start = 0;
        }
        fill(r);
    }
}

/* @return false when it could not start (out of memory). */
static bool run(const sharepol_policy *policy, int32_t default_at)
{
    reader r = { 0, NULL, 0, 0, MAX_LINE + 65536, false };
    r.buf = calloc(1, r.cap); /* zeroed: analyzers cannot see read(2) fill it */
    line_query *lq = malloc(sizeof *lq);
    if (!r.buf || !lq) {
        fputs("sharepol eval: out of memory\n", stderr);
        free(r.buf);
        free(lq);
        return false;
    }
    init_plain();
    rule_texts texts = { calloc(sharepol_count(policy, SHAREPOL_KIND_RULE), sizeof(char *)), 0 };
    if (texts.v)
        texts.n = sharepol_count(policy, SHAREPOL_KIND_RULE);
    /* Nothing has been written to stdout yet: a bigger buffer takes fewer
     * writes. */
    static char out_buf[1 << 16];
    setvbuf(stdout, out_buf, _IOFBF, sizeof out_buf);
    const char *text;
    size_t len, line_no = 0;
    bool too_long;
    while (!ferror(stdout) && next_line(&r, &text, &len, &too_long)) {
        line_no++;
        if (too_long) {
            emit_error(NULL, "line longer than 1 MiB", line_no);
            continue;
        }
        if (line_no == 1 && len >= 3 && (unsigned char)text[0] == 0xef &&
            (unsigned char)text[1] == 0xbb && (unsigned char)text[2] == 0xbf) {
            text += 3;
            len -= 3;
        }
        if (blank(text, len))
            continue;
        if (memchr(text, '\0', len)) {
            emit_error(NULL, "a NUL byte in the line", line_no);
            continue;
        }
        if (!fast_answer(policy, text, len, default_at, lq, &texts))
            answer_line(policy, text, len, line_no, default_at, lq);
    }
    fflush(stdout);
    for (size_t i = 0; i < texts.n; i++)
        free(texts.v[i]);
    free(texts.v);
    free(r.buf);
    free(lq);
    return true;
}

int cmd_eval(int argc, char **argv)
{
    cli_common common = { NULL, 0, false, false, SHAREPOL_DATE_TODAY };
    const char **files = (const char **)argv;
    size_t n = 0;
    for (int i = 1; i < argc; i++) {
        if (argv[i][0] == '-' && argv[i][1]) {
            if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
                fputs(help, stdout);
                return EXIT_OK;
            }
            int r = cli_common_option(&common, "eval", argc, argv, &i);
            if (r < 0)
                return EXIT_USAGE;
            if (r == 0)
                return cli_usage_error("eval", "unknown option '%s'", argv[i]);
            continue;
        }
        files[n++] = argv[i];
    }
    if (n == 0)
        return cli_usage_error("eval", "no policy files given");
    common.files = files;
    common.n_files = n;
    int exit_code = EXIT_OK;
    sharepol_policy *policy = cli_compile(&common, &exit_code, NULL);
    if (!policy)
        return exit_code == EXIT_REJECTED ? EXIT_REJECTED : exit_code;
    if (common.at == SHAREPOL_DATE_TODAY)
        common.at = sharepol_date_today();
    bool ran = run(policy, common.at);
    sharepol_policy_release(policy);
    return ran ? EXIT_OK : EXIT_USAGE;
}
