/* eval_plain.c — the plain way of answering a line of `sharepol eval`
 * (eval_plain.h): read without building JSON trees, written straight into a
 * buffer, declined whole as soon as anything is not plain. */
#include "eval_plain.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
 * that JSON writes as they are. */
static bool plain(unsigned char c)
{
    return c >= 0x20 && c < 0x7f && c != '"' && c != '\\';
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
    while (p < e && plain((unsigned char)*p))
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
        if (*n == EVAL_MAX_LIST || !(p = plain_string(p, e, &name)) ||
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

/* An answer under construction, in the caller's buffer. */
typedef struct out_line {
    char *v;
    size_t cap;
    size_t n;
    bool full;
} out_line;

static void out_raw(out_line *o, const char *s, size_t n)
{
    if (o->n + n >= o->cap) {
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

static void out_rule(out_line *o, eval_plain *ep, const sharepol_result *r)
{
    char **saved = r->rule_index < ep->n_rules ? &ep->rule_texts[r->rule_index] : NULL;
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

void eval_plain_init(eval_plain *ep, const sharepol_policy *policy)
{
    size_t n = sharepol_count(policy, SHAREPOL_KIND_RULE);
    ep->rule_texts = calloc(n, sizeof *ep->rule_texts);
    ep->n_rules = ep->rule_texts ? n : 0;
}

void eval_plain_free(eval_plain *ep)
{
    for (size_t i = 0; i < ep->n_rules; i++)
        free(ep->rule_texts[i]);
    free(ep->rule_texts);
}

size_t eval_plain_format(eval_plain *ep, const sharepol_policy *policy, const char *text,
                         size_t len, int32_t default_at, line_query *lq, char *out, size_t cap,
                         int *decision)
{
    span id;
    if (!fast_read(policy, text, text + len, default_at, lq, &id))
        return 0;
    sharepol_result r;
    sharepol_residual *res = NULL;
    int st = sharepol_decide_residual(policy, &lq->q, &r, &res);
    if (st < 0) {
        sharepol_residual_free(res);
        return 0;
    }
    out_line o = { out, cap, 0, false };
    out_raw(&o, "{", 1);
    if (id.n) {
        out_text(&o, "\"id\":");
        out_raw(&o, id.s, id.n);
        out_raw(&o, ",", 1);
    }
    out_text(&o, "\"decision\":\"");
    out_text(&o, sharepol_decision_name(st));
    out_raw(&o, "\"", 1);
    if (r.rule)
        out_rule(&o, ep, &r);
    else
        out_text(&o, ",\"rule\":null,\"location\":null");
    if (res) {
        out_text(&o, ",\"residual\":");
        out_string(&o, sharepol_residual_text(res));
    }
    sharepol_residual_free(res);
    out_raw(&o, "}", 1);
    if (o.full)
        return 0;
    if (decision)
        *decision = st;
    return o.n;
}

bool eval_plain_answer(eval_plain *ep, const sharepol_policy *policy, const char *text,
                       size_t len, int32_t default_at, line_query *lq)
{
    char line[2048];
    /* one byte kept for the newline */
    size_t n = eval_plain_format(ep, policy, text, len, default_at, lq, line, sizeof line - 1,
                                 NULL);
    if (n == 0)
        return false;
    line[n++] = '\n';
    fwrite(line, 1, n, stdout);
    return true;
}
