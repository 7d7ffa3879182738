/* lex.c — token values and lexical errors, for the rules of policy.l. */
#include "lex.h"

#include <setjmp.h>
#include <string.h>

#include "buf.h"
#include "policy.tab.h"
#include "utf8.h"

#define MAX_DIGITS 9 /* integers and durations: "at most 9 digits" */

int sp_lex_token(sp_parse_state *ps, int token, sp_loc loc)
{
    if (ps->at_stmt_start) {
        ps->stmt_start = loc;
        ps->at_stmt_start = false;
    }
    if (token == ';' || token == '}')
        ps->at_stmt_start = true;
    ps->prev_end = ps->last_end;
    ps->last_end = loc.end;
    return token;
}

const char *sp_lex_name(sp_parse_state *ps, const char *s, size_t n, sp_loc loc)
{
    if (n > ps->limits->max_name_length) {
        sp_loc at = { loc.file, loc.start, loc.start + 1 };
        sp_diag_error(ps->diags, "name-too-long", at,
                      "this name is %zu bytes long; names may have at most %zu",
                      n, ps->limits->max_name_length);
        return sp_arena_strndup(ps->arena, s, 1);
    }
    if (s[n - 1] == '-') {
        sp_loc at = { loc.file, loc.end - 1, loc.end };
        sp_diag_error(ps->diags, "name-ends-with-dash", at,
                      "a name may not end in '-'");
    }
    const char *name = sp_arena_strndup(ps->arena, s, n);
    if (ps->prog->collect_names)
        sp_vec_push(ps->arena, &ps->prog->names, sp_ast_ref(name, loc));
    return name;
}

static bool all_digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return n > 0;
}

static uint32_t digits_value(const char *s, size_t n)
{
    uint32_t v = 0;
    for (size_t i = 0; i < n; i++)
        v = v * 10 + (uint32_t)(s[i] - '0');
    return v;
}

int sp_lex_number(sp_parse_state *ps, const char *s, size_t n, sp_loc loc,
                  union SP_YYSTYPE *lval)
{
    size_t d = 0;
    while (d < n && s[d] >= '0' && s[d] <= '9')
        d++;
    const char *unit = s + d;
    size_t ulen = n - d;

    if (ulen == 0) {
        if (d > MAX_DIGITS) {
            sp_diag_error(ps->diags, "number-too-large", loc,
                          "number too large: integers have at most %d digits", MAX_DIGITS);
            lval->num = 0;
        } else {
            lval->num = digits_value(s, d);
        }
        return INTEGER;
    }

    sp_unit u = SP_DAYS;
    bool is_unit = true;
    if (ulen == 1 && unit[0] == 'd')
        u = SP_DAYS;
    else if (ulen == 1 && unit[0] == 'w')
        u = SP_WEEKS;
    else if (ulen == 2 && unit[0] == 'm' && unit[1] == 'o')
        u = SP_MONTHS;
    else if (ulen == 1 && unit[0] == 'y')
        u = SP_YEARS;
    else
        is_unit = false;
    if (is_unit) {
        lval->dur.unit = u;
        lval->dur.n = 0;
        if (d > MAX_DIGITS)
            sp_diag_error(ps->diags, "duration-too-large", loc,
                          "duration too large: at most %d digits before the unit",
                          MAX_DIGITS);
        else
            lval->dur.n = digits_value(s, d);
        return DURATION;
    }

    if (n == 10 && d == 4 && s[4] == '-' && all_digits(s + 5, 2) && s[7] == '-' &&
        all_digits(s + 8, 2)) {
        const char *why = sp_date_parse(s, n, &lval->date);
        if (why) {
            sp_diag_error(ps->diags, "invalid-date", loc, "%.10s is not a valid date: %s",
                          s, why);
            lval->date = SP_DATE_INVALID;
        }
        return DATE;
    }

    sp_buf b;
    sp_buf_init(&b, &ps->diags->allocator);
    sp_buf_escaped(&b, s, n > 40 ? 40 : n, '\'');
    if ((b.failed || !b.data) && ps->diags->arena.on_oom) {
        /* out of memory: the compilation stops here (see syntax_error.c) */
        sp_buf_free(&b);
        longjmp(*ps->diags->arena.on_oom, 1);
    }
    sp_diag_error(ps->diags, "malformed-literal", loc,
                  "'%s%s' is not a number, date or duration", b.data ? b.data : "",
                  n > 40 ? "..." : "");
    sp_diag_note(ps->diags, loc,
                 "dates are YYYY-MM-DD; durations are a number and d, w, mo or y "
                 "(30d, 1mo, 1y)");
    sp_buf_free(&b);
    return INVALID;
}

static int hex(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Decodes \u{X...} at s[i] == '\\'; @return the length consumed, 0 if bad,
 * with *why saying what is wrong and *bad_len how much of it to underline. */
static size_t unicode_escape(const char *s, size_t n, size_t i, uint32_t *cp,
                             const char **why, size_t *bad_len)
{
    *why = "a \\u escape is written \\u{XXXX}, with 1 to 6 hex digits in braces";
    *bad_len = 2;
    if (i + 2 >= n || s[i + 1] != 'u' || s[i + 2] != '{')
        return 0;
    size_t j = i + 3;
    uint32_t v = 0;
    int digits = 0;
    while (j < n && hex(s[j]) >= 0 && digits < 7) {
        v = v * 16 + (uint32_t)hex(s[j]);
        j++;
        digits++;
    }
    if (j >= n || s[j] != '}' || digits < 1 || digits > 6)
        return 0;
    *bad_len = j + 1 - i;
    if (v == 0) {
        *why = "\\u{0} would put a NUL character in the string; it is not allowed";
        return 0;
    }
    if (v >= 0xd800 && v <= 0xdfff) {
        *why = "this \\u escape names a UTF-16 surrogate (D800 to DFFF), which is not a "
               "character";
        return 0;
    }
    if (v > 0x10ffff) {
        *why = "this \\u escape is beyond \\u{10FFFF}, the last Unicode character";
        return 0;
    }
    *cp = v;
    return j + 1 - i;
}

const char *sp_lex_string(sp_parse_state *ps, const char *s, size_t n, sp_loc loc)
{
    char *out = sp_arena_alloc(ps->arena, n + 1);
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        sp_loc at = { loc.file, loc.start + 1 + (uint32_t)i, loc.start + 2 + (uint32_t)i };
        if (c == '\\') {
            char e = s[i + 1];
            uint32_t cp;
            size_t len, bad_len;
            const char *why;
            if (e == '"' || e == '\\') {
                out[o++] = e;
                i += 2;
            } else if (e == 'n') {
                out[o++] = '\n';
                i += 2;
            } else if (e == 't') {
                out[o++] = '\t';
                i += 2;
            } else if ((len = unicode_escape(s, n, i, &cp, &why, &bad_len)) > 0) {
                char enc[4];
                size_t k = sp_utf8_encode(cp, enc);
                if (k <= len) { /* never longer than its escape */
                    memcpy(out + o, enc, k);
                    o += k;
                }
                i += len;
            } else {
                at.end = at.start + 2;
                if (e == 'u') {
                    at.end = at.start + (uint32_t)bad_len;
                    sp_diag_error(ps->diags, "bad-escape", at, "%s", why);
                    size_t h = i + 2;
                    while (h < n && h < i + 8 && hex(s[h]) >= 0)
                        h++;
                    if (bad_len == 2 && h > i + 2)
                        sp_diag_note(ps->diags, at, "with braces: \\u{%.*s}",
                                     (int)(h - i - 2), s + i + 2);
                } else if (e > 0x20 && e < 0x7f) {
                    sp_diag_error(ps->diags, "bad-escape", at,
                                  "unknown escape '\\%c'; strings know \\\" \\\\ \\n "
                                  "\\t and \\u{XXXX}", e);
                } else {
                    sp_diag_error(ps->diags, "bad-escape", at,
                                  "unknown escape sequence; strings know \\\" \\\\ \\n "
                                  "\\t and \\u{XXXX}");
                }
                i += 2;
            }
            continue;
        }
        if (c < 0x20 && c != '\t') {
            sp_diag_error(ps->diags, "control-character", at,
                          "control character \\x%02x in a string; write it as "
                          "\\u{%x} if it is meant", c, c);
            i++;
            continue;
        }
        if (c == 0x7f) {
            sp_diag_error(ps->diags, "control-character", at,
                          "control character \\x7f in a string; write it as \\u{7f} if "
                          "it is meant");
            i++;
            continue;
        }
        out[o++] = (char)c;
        i++;
    }
    out[o] = '\0';
    if (o > ps->limits->max_string_length) {
        sp_loc at = { loc.file, loc.start, loc.start + 1 };
        sp_diag_error(ps->diags, "string-too-long", at,
                      "this string is %zu bytes long; strings may have at most %zu",
                      o, ps->limits->max_string_length);
    }
    return out;
}

int sp_lex_open_paren(sp_parse_state *ps, sp_loc loc)
{
    if (++ps->depth > ps->limits->max_depth) {
        sp_diag_error(ps->diags, "too-deep", loc,
                      "parentheses nested more than %u deep", ps->limits->max_depth);
        ps->fatal = true;
        return INVALID;
    }
    return '(';
}

/* Spaces other than U+0020, such as the ideographic space of Japanese text. */
static bool wide_space(uint32_t cp)
{
    return cp == 0xa0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp == 0x202f ||
           cp == 0x205f || cp == 0x3000;
}

int sp_lex_bad_char(sp_parse_state *ps, const char *s, size_t n, sp_loc loc)
{
    uint32_t cp = (unsigned char)s[0];
    if (n > 1)
        sp_utf8_decode((const unsigned char *)s, n, &cp);
    if (cp >= 0x80 && wide_space(cp)) {
        sp_diag_error(ps->diags, "non-ascii", loc,
                      "a non-ASCII space (U+%04X) is not allowed outside strings and "
                      "comments; use an ordinary space", (unsigned)cp);
    } else if (cp >= 0x80 && sp_utf8_is_invisible(cp)) {
        /* Never echoed: the message would show nothing where it is. */
        sp_diag_error(ps->diags, "non-ascii", loc,
                      "an invisible character (U+%04X) is not allowed outside strings "
                      "and comments", (unsigned)cp);
        sp_diag_note(ps->diags, loc, "delete it; it may have come with copied text");
    } else if (cp >= 0xff01 && cp <= 0xff5e) {
        char shown[5] = { 0 };
        memcpy(shown, s, n < 4 ? n : 4);
        sp_diag_error(ps->diags, "non-ascii", loc,
                      "'%s' (U+%04X) is the full-width form of '%c'; write '%c'", shown,
                      (unsigned)cp, (char)(cp - 0xfee0), (char)(cp - 0xfee0));
    } else if (cp >= 0x80) {
        char shown[5] = { 0 };
        memcpy(shown, s, n < 4 ? n : 4);
        sp_diag_error(ps->diags, "non-ascii", loc,
                      "'%s' (U+%04X) is not allowed outside strings and comments",
                      shown, (unsigned)cp);
        sp_diag_note(ps->diags, loc,
                     "names are ASCII letters, digits, '_' and '-'; put other text in a "
                     "label string");
    } else if (cp == 0x1b && n > 1) {
        sp_diag_error(ps->diags, "control-character", loc,
                      "a terminal escape sequence (\\x1b%.*s) is not allowed here",
                      (int)(n > 16 ? 15 : n - 1), s + 1);
    } else if (cp < 0x20 || cp == 0x7f) {
        sp_diag_error(ps->diags, "control-character", loc,
                      "control character \\x%02x is not allowed here", (unsigned)cp);
    } else {
        sp_diag_error(ps->diags, "unexpected-character", loc,
                      "unexpected character '%c'", (char)cp);
        if (cp == '/')
            sp_diag_note(ps->diags, loc, "comments start with '#'");
        else if (cp == '-')
            sp_diag_note(ps->diags, loc, "a name must start with a letter or '_'");
    }
    return INVALID;
}
