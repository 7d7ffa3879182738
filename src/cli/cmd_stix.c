/* cmd_stix.c — `sharepol stix`: the gate for STIX 2.1 bundles.
 *
 * One bundle on stdin, the part that may go to one recipient on stdout.
 * jansson parses the bundle to decide; stix_scan.c finds each object's
 * bytes, so the objects that go out are copied exactly as they came.  Each
 * object is one query (sharepol_stix_query: its type, creator and markings
 * through the policy's `stix` mappings); identities and marking definitions
 * are not gated but go with the objects that refer to them.  An object that
 * refers to a held-back object is held back too (docs/stix.md, "No
 * dangling references"), until nothing changes.  Every held-back object is
 * one JSON line of --report. */
#include <errno.h>
#include <jansson.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "stix_scan.h"

/* The largest bundle read: the objects and jansson's tree of them take
 * about six times its size. */
#define MAX_BUNDLE ((size_t)64 << 20)

static const char help[] =
    "usage: sharepol stix [options] FILE...|DIR --from HOLDER --to RECIPIENT\n"
    "\n"
    "Read a STIX 2.1 bundle on stdin and write on stdout the bundle that may go\n"
    "to RECIPIENT: the objects the policy allows, each byte for byte as it came,\n"
    "and the identities and marking definitions they refer to.  Each object is\n"
    "decided as an item of its type's category, originated by the party its\n"
    "created_by_ref maps to, carrying the scopes its markings map to (the\n"
    "policy's `stix` blocks; the TLP 2.0 markings map to tlp-* by default).\n"
    "An object whose type, creator or marking has no mapping is held back, and\n"
    "so is an object that refers to a held-back one.\n"
    "\n"
    "options:\n"
    "  --from HOLDER      the party sending the bundle (required)\n"
    "  --to RECIPIENT     the party receiving it (required)\n"
    "  --originator P     the originator of objects without created_by_ref\n"
    "                     (without it they are held back as unattributed)\n"
    "  --consent A,B      parties that have consented\n"
    "  --report FILE      write a JSON line for every held-back object\n"
    "  --at DATE          the date of the transfer (default: today, UTC)\n"
    "  -q, --quiet        do not report the policy's warnings\n"
    "  -h, --help         show this help\n"
    "\n"
    "exit codes: 0 every object may go, 3 some need consent and none is denied,\n"
    "            1 some are denied or held back (or policy errors),\n"
    "            2 bad input, usage or unreadable file\n";

typedef struct stix_options {
    const char *from, *to, *originator, *consent, *report;
} stix_options;

static int stix_option(void *ctx, int argc, char **argv, int *i)
{
    stix_options *o = ctx;
    const char *v;
    if ((v = cli_option_value("--from", argc, argv, i)))
        o->from = v;
    else if ((v = cli_option_value("--to", argc, argv, i)))
        o->to = v;
    else if ((v = cli_option_value("--originator", argc, argv, i)))
        o->originator = v;
    else if ((v = cli_option_value("--consent", argc, argv, i)))
        o->consent = v;
    else if ((v = cli_option_value("--report", argc, argv, i)))
        o->report = v;
    else
        return 0;
    return 1;
}

/* What became of one object. */
enum { GO = 0, GATED_OUT = 1, REFERENCED = 2 };

typedef struct object {
    json_t *json;          /* borrowed from the bundle */
    const char *id, *type;
    bool carrier;          /* an identity or marking definition: goes with its referrers */
    bool sealed;           /* a carrier with markings of its own: never sent */
    int decision;          /* SHAREPOL_ALLOW, SHAREPOL_DENY, SHAREPOL_NEEDS_CONSENT */
    bool sent;             /* a carrier that a sent object refers to */
    const char *rule;      /* the deciding rule, or NULL */
    char *residual;        /* malloc'd, for needs consent */
    char *reason;          /* malloc'd: why it is held back, or NULL */
} object;

typedef struct gate {
    const char *text;      /* the bundle */
    size_t len;
    json_t *bundle;
    stix_span *spans;
    object *objects;
    size_t n;
    json_t *index;         /* id -> its number, as a JSON integer */
} gate;

/* ---- reading ---------------------------------------------------------- */

static char *read_stdin(size_t *len)
{
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    if (!buf)
        return NULL;
    for (;;) {
        if (n == cap) {
            if (cap > MAX_BUNDLE) {
                free(buf);
                errno = EFBIG;
                return NULL;
            }
            char *grown = realloc(buf, cap * 2);
            if (!grown) {
                free(buf);
                return NULL;
            }
            buf = grown;
            cap *= 2;
        }
        size_t got = fread(buf + n, 1, cap - n, stdin);
        n += got;
        if (got == 0)
            break;
    }
    if (ferror(stdin) || n > MAX_BUNDLE) {
        free(buf);
        errno = n > MAX_BUNDLE ? EFBIG : EIO;
        return NULL;
    }
    *len = n;
    return buf;
}

/* Reports bad input at byte `at` of the bundle.  @return EXIT_USAGE. */
static int bad_input_at(const gate *g, size_t at, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

static int bad_input_at(const gate *g, size_t at, const char *fmt, ...)
{
    unsigned line, column;
    stix_scan_position(g->text, at, &line, &column);
    fprintf(stderr, "sharepol stix: <stdin>:%u:%u: ", line, column);
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    return EXIT_USAGE;
}

/* A string of the input, cut at 100 bytes and with control characters as
 * '?', for a message: it must not send escape sequences to a terminal. */
static const char *shown(char *buf, size_t size, const char *s)
{
    size_t n = 0;
    for (; s[n] && n + 1 < size && n < 100; n++) {
        bool control = (unsigned char)s[n] < 0x20 || s[n] == 0x7f;
        buf[n] = s[n];
        if (control)
            buf[n] = '?';
    }
    buf[n] = '\0';
    return buf;
}

/* A property that must be a string; NULL when absent or not a string. */
static const char *string_of(json_t *obj, const char *key)
{
    return json_string_value(json_object_get(obj, key));
}

static bool stix_id_ok(const char *id, const char *type)
{
    size_t tl = strlen(type);
    if (strncmp(id, type, tl) != 0 || strncmp(id + tl, "--", 2) != 0)
        return false;
    const char *u = id + tl + 2;
    if (strlen(u) != 36)
        return false;
    for (int i = 0; i < 36; i++) {
        char c = u[i];
        bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        bool hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        if (dash ? c != '-' : !hex)
            return false;
    }
    return true;
}

/* What is wrong with an object's markings, or NULL: a marking the gate
 * cannot read must stop the bundle, never pass for no marking. */
static const char *malformed_markings(json_t *obj)
{
    json_t *refs = json_object_get(obj, "object_marking_refs");
    size_t i;
    json_t *v;
    if (refs && !json_is_array(refs))
        return "\"object_marking_refs\" is not an array";
    json_array_foreach(refs, i, v) if (!json_is_string(v))
        return "\"object_marking_refs\" holds something other than an id";
    json_t *granular = json_object_get(obj, "granular_markings");
    if (granular && !json_is_array(granular))
        return "\"granular_markings\" is not an array";
    json_array_foreach(granular, i, v) {
        json_t *ref = json_object_get(v, "marking_ref");
        if (!json_is_object(v) || (ref && !json_is_string(ref)))
            return "\"granular_markings\" holds a marking without a string \"marking_ref\"";
    }
    json_t *creator = json_object_get(obj, "created_by_ref");
    if (creator && !json_is_string(creator))
        return "\"created_by_ref\" is not a string";
    return NULL;
}

/* Parses and checks the bundle.  @return -1 to go on, else the exit code. */
static int read_bundle(gate *g)
{
    json_error_t jerr;
    g->bundle = json_loadb(g->text, g->len, JSON_REJECT_DUPLICATES, &jerr);
    if (!g->bundle) {
        fprintf(stderr, "sharepol stix: <stdin>:%d:%d: not JSON: %s\n", jerr.line, jerr.column,
                jerr.text);
        return EXIT_USAGE;
    }
    if (!json_is_object(g->bundle))
        return bad_input_at(g, 0, "not a STIX bundle: the input is not a JSON object");
    const char *type = string_of(g->bundle, "type");
    if (!type || strcmp(type, "bundle") != 0)
        return bad_input_at(g, 0, "not a STIX bundle: its \"type\" is %s",
                            type ? "not \"bundle\"" : "missing");
    json_t *objects = json_object_get(g->bundle, "objects");
    if (objects && !json_is_array(objects))
        return bad_input_at(g, 0, "not a STIX bundle: its \"objects\" is not an array");
    g->n = objects ? json_array_size(objects) : 0;
    size_t found = g->n ? stix_scan_objects(g->text, g->len, &g->spans) : 0;
    if (found != g->n) {
        fputs("sharepol stix: <stdin>: cannot find the bytes of the bundle's objects (is "
              "\"objects\" spelled with escapes?)\n", stderr);
        return EXIT_USAGE;
    }
    g->objects = calloc(g->n + 1, sizeof *g->objects);
    g->index = json_object();
    if (!g->objects || !g->index) {
        fputs("sharepol stix: out of memory\n", stderr);
        return EXIT_USAGE;
    }
    char a[128], b[128];
    for (size_t i = 0; i < g->n; i++) {
        object *o = &g->objects[i];
        o->json = json_array_get(objects, i);
        size_t at = g->spans[i].start;
        if (!json_is_object(o->json))
            return bad_input_at(g, at, "object %zu of the bundle is not a JSON object",
                                i + 1);
        o->type = string_of(o->json, "type");
        o->id = string_of(o->json, "id");
        if (!o->type)
            return bad_input_at(g, at, "an object without a string \"type\"");
        if (!o->id)
            return bad_input_at(g, at, "a %s object without a string \"id\"",
                                shown(a, sizeof a, o->type));
        if (!stix_id_ok(o->id, o->type))
            return bad_input_at(g, at, "'%s' is not a STIX id of type '%s' (TYPE--UUID)",
                                shown(a, sizeof a, o->id), shown(b, sizeof b, o->type));
        if (json_object_get(g->index, o->id))
            return bad_input_at(g, at, "a second object with the id '%s'",
                                shown(a, sizeof a, o->id));
        if (json_object_set_new(g->index, o->id, json_integer((json_int_t)i)) != 0) {
            fputs("sharepol stix: out of memory\n", stderr);
            return EXIT_USAGE;
        }
        const char *wrong = malformed_markings(o->json);
        if (wrong)
            return bad_input_at(g, at, "%s's %s", shown(a, sizeof a, o->id), wrong);
        o->carrier = strcmp(o->type, "identity") == 0 ||
                     strcmp(o->type, "marking-definition") == 0;
        /* a carrier is not a query of its own, so one that is marked
         * itself cannot be decided: it stays, and so does what refers to it */
        if (o->carrier && (json_array_size(json_object_get(o->json, "object_marking_refs")) ||
                           json_array_size(json_object_get(o->json, "granular_markings")))) {
            o->sealed = true;
            o->decision = SHAREPOL_DENY;
            o->reason = strdup("an identity or marking definition with markings of its own "
                               "is not sent");
        }
    }
    return -1;
}

/* ---- deciding ---------------------------------------------------------- */

/* The strings of an array property, for the library; NULL entries for
 * non-strings (which map to nothing, so the object is held back). */
static const char **strings_of(json_t *array, size_t *n)
{
    *n = json_is_array(array) ? json_array_size(array) : 0;
    const char **v = calloc(*n + 1, sizeof *v);
    for (size_t i = 0; v && i < *n; i++) {
        const char *s = json_string_value(json_array_get(array, i));
        v[i] = s ? s : "";
    }
    return v;
}

static const char **granular_of(json_t *array, size_t *n)
{
    *n = 0;
    size_t all = json_is_array(array) ? json_array_size(array) : 0;
    const char **v = calloc(all + 1, sizeof *v);
    for (size_t i = 0; v && i < all; i++) {
        json_t *g = json_array_get(array, i);
        json_t *ref = json_object_get(g, "marking_ref");
        if (ref)
            v[(*n)++] = json_is_string(ref) ? json_string_value(ref) : "";
        else if (!json_object_get(g, "lang"))
            v[(*n)++] = ""; /* neither: unmapped, held back */
    }
    return v;
}

static char *held_reason(int held, const char *unmapped)
{
    char buf[512];
    switch (held) {
    case SHAREPOL_STIX_UNATTRIBUTED:
        snprintf(buf, sizeof buf, "unattributed: no created_by_ref, and no --originator given");
        break;
    case SHAREPOL_STIX_UNMAPPED_TYPE:
        snprintf(buf, sizeof buf, "unmapped type '%.200s'", unmapped);
        break;
    case SHAREPOL_STIX_UNMAPPED_CREATOR:
        snprintf(buf, sizeof buf, "unmapped creator '%.200s'", unmapped);
        break;
    case SHAREPOL_STIX_UNMAPPED_MARKING:
        snprintf(buf, sizeof buf, "unmapped marking '%.200s'", unmapped);
        break;
    default:
        snprintf(buf, sizeof buf, "more than %d distinct markings", SHAREPOL_MAX_MARKINGS);
        break;
    }
    return strdup(buf);
}

/* The reason of an object the policy itself did not let go. */
static int policy_reason(object *o)
{
    char buf[512];
    if (o->decision == SHAREPOL_NEEDS_CONSENT)
        snprintf(buf, sizeof buf, "needs consent of %.300s", o->residual ? o->residual : "?");
    else if (o->rule)
        snprintf(buf, sizeof buf, "denied by rule %.300s", o->rule);
    else
        snprintf(buf, sizeof buf, "no rule allows it");
    o->reason = strdup(buf);
    return o->reason ? SHAREPOL_OK : SHAREPOL_ENOMEM;
}

/* Decides every object that is not a carrier.  @return SHAREPOL_OK or an
 * error status. */
static int decide_all(gate *g, const sharepol_policy *policy, const sharepol_query *base)
{
    for (size_t i = 0; i < g->n; i++) {
        object *o = &g->objects[i];
        if (o->carrier)
            continue;
        size_t n_marks, n_granular;
        const char **marks = strings_of(json_object_get(o->json, "object_marking_refs"),
                                        &n_marks);
        const char **granular = granular_of(json_object_get(o->json, "granular_markings"),
                                            &n_granular);
        json_t *creator = json_object_get(o->json, "created_by_ref");
        sharepol_stix_object so = { o->type, NULL, marks, n_marks, granular, n_granular };
        if (creator)
            so.created_by_ref = json_is_string(creator) ? json_string_value(creator) : "";
        int st = SHAREPOL_ENOMEM;
        if (marks && granular) {
            sharepol_query q;
            sharepol_marking m[SHAREPOL_MAX_MARKINGS];
            const char *unmapped;
            st = sharepol_stix_query(policy, &so, base, &q, m, &unmapped);
            if (st > 0) {
                o->decision = SHAREPOL_DENY;
                o->reason = held_reason(st, unmapped);
                st = o->reason ? SHAREPOL_OK : SHAREPOL_ENOMEM;
            } else if (st == SHAREPOL_OK) {
                sharepol_result r;
                st = sharepol_decide(policy, &q, &r);
                if (st > 0) {
                    o->decision = st;
                    o->rule = r.rule ? r.rule->name : NULL;
                    st = SHAREPOL_OK;
                    if (o->decision == SHAREPOL_NEEDS_CONSENT) {
                        sharepol_residual *res = NULL;
                        st = sharepol_residual_new(&res, policy, &q, &r);
                        if (st == SHAREPOL_OK)
                            o->residual = strdup(sharepol_residual_text(res));
                        sharepol_residual_free(res);
                    }
                    if (st == SHAREPOL_OK && o->decision != SHAREPOL_ALLOW)
                        st = policy_reason(o);
                }
            }
        }
        free(marks);
        free(granular);
        if (st != SHAREPOL_OK)
            return st;
    }
    return SHAREPOL_OK;
}

/* The object that `ref` names in the bundle, or NULL. */
static object *target(const gate *g, json_t *ref)
{
    const char *id = json_string_value(ref);
    json_t *at = id ? json_object_get(g->index, id) : NULL;
    return at ? &g->objects[json_integer_value(at)] : NULL;
}

/* Is key a reference property (`*_ref`, `*_refs`)? */
static bool ends_in_ref(const char *key)
{
    size_t n = strlen(key);
    return (n > 4 && strcmp(key + n - 4, "_ref") == 0) ||
           (n > 5 && strcmp(key + n - 5, "_refs") == 0);
}

/* ... other than the creator and the markings, which point at carriers? */
static bool is_ref_key(const char *key)
{
    return ends_in_ref(key) && strcmp(key, "created_by_ref") != 0 &&
           strcmp(key, "object_marking_refs") != 0;
}

/* Holds o back for a held-back object it refers to: the worse decision of
 * the two.  A carrier held back so is sealed: it is not sent either.
 * @return whether o changed. */
static bool follow(object *o, const object *t)
{
    if (!t || (t->carrier && !t->sealed) || t->decision == SHAREPOL_ALLOW)
        return false;
    int worse = t->decision == SHAREPOL_DENY || o->decision == SHAREPOL_DENY
                    ? SHAREPOL_DENY
                    : SHAREPOL_NEEDS_CONSENT;
    if (o->decision == worse)
        return false;
    o->decision = worse;
    o->sealed = o->carrier;
    o->rule = NULL;
    free(o->residual);
    o->residual = NULL;
    free(o->reason);
    char buf[512];
    snprintf(buf, sizeof buf, "refers to held-back %.200s", t->id);
    o->reason = strdup(buf);
    return true;
}

/* Calls visit(g, referrer, target, ctx) for each reference object i makes
 * to an object of the bundle that can be held back: through a top-level
 * *_ref or *_refs other than creator and markings to one that is not a
 * carrier, through any reference (a granular marking's too) to a carrier,
 * which is held back when it is sealed or refers to a held-back one (an
 * identity created by a marked identity). */
typedef void (*ref_visit)(gate *g, size_t referrer, size_t target, void *ctx);

static void each_reference(gate *g, size_t i, ref_visit visit, void *ctx)
{
    const char *key;
    json_t *value;
    json_object_foreach(g->objects[i].json, key, value) {
        if (!ends_in_ref(key))
            continue;
        size_t n = json_is_array(value) ? json_array_size(value) : 1;
        for (size_t k = 0; k < n; k++) {
            object *t = target(g, json_is_array(value) ? json_array_get(value, k) : value);
            if (t && (t->carrier || is_ref_key(key)))
                visit(g, i, (size_t)(t - g->objects), ctx);
        }
    }
    size_t k;
    json_t *gm;
    json_array_foreach(json_object_get(g->objects[i].json, "granular_markings"), k, gm) {
        object *t = target(g, json_object_get(gm, "marking_ref"));
        if (t && t->carrier)
            visit(g, i, (size_t)(t - g->objects), ctx);
    }
}

/* The referrers of each object, in compressed rows: those of object t are
 * from[off[t] .. off[t + 1]). */
typedef struct referrers {
    size_t *off, *from;
    bool filling;
} referrers;

static void count_or_fill(gate *g, size_t referrer, size_t target_, void *ctx)
{
    (void)g;
    referrers *r = ctx;
    if (r->filling)
        r->from[--r->off[target_]] = referrer;
    else
        r->off[target_]++;
}

/* No dangling references: an object that refers to a held-back object is
 * held back too, and so on (a report that contains a relationship to
 * TLP:RED malware).  A work list over the referrers: an object's decision
 * only gets worse (allow, needs consent, deny), so each is queued at most
 * three times, and a long chain costs its length, not its square.
 * @return false when memory ran out. */
static bool close_references(gate *g)
{
    referrers r = { calloc(g->n + 1, sizeof(size_t)), NULL, false };
    size_t *queue = calloc(3 * g->n + 1, sizeof *queue);
    bool ok = r.off && queue;
    for (size_t i = 0; ok && i < g->n; i++)
        each_reference(g, i, count_or_fill, &r);
    for (size_t t = 0; ok && t < g->n; t++)
        r.off[t + 1] += r.off[t]; /* off[t]: where t's row ends, until filled */
    if (ok && (r.from = calloc(r.off[g->n] + 1, sizeof *r.from)) == NULL)
        ok = false;
    r.filling = true;
    for (size_t i = g->n; ok && i-- > 0;)
        each_reference(g, i, count_or_fill, &r);
    size_t head = 0, tail = 0;
    for (size_t i = 0; ok && i < g->n; i++)
        if ((!g->objects[i].carrier || g->objects[i].sealed) &&
            g->objects[i].decision != SHAREPOL_ALLOW)
            queue[tail++] = i;
    while (ok && head < tail) {
        size_t t = queue[head++];
        for (size_t k = r.off[t]; k < r.off[t + 1]; k++)
            if (follow(&g->objects[r.from[k]], &g->objects[t]))
                queue[tail++] = r.from[k];
    }
    free(r.off);
    free(r.from);
    free(queue);
    return ok;
}

/* The carriers to send, as a queue: each one's own references are
 * followed after it. */
typedef struct sending {
    size_t *queue, head, tail;
} sending;

static void send_carrier(gate *g, size_t referrer, size_t target_, void *ctx)
{
    (void)referrer;
    sending *s = ctx;
    object *t = &g->objects[target_];
    if (t->carrier && !t->sent) {
        t->sent = true;
        s->queue[s->tail++] = target_;
    }
}

/* Marks the carriers a sent object refers to, and the carriers those refer
 * to (the identity that created a statement marking), so that nothing sent
 * points at a carrier of the bundle left behind.  None of them is sealed:
 * a carrier that refers to a sealed one is held back, and so is everything
 * that refers to it.  @return false when memory ran out. */
static bool mark_carriers(gate *g)
{
    sending s = { calloc(g->n + 1, sizeof(size_t)), 0, 0 };
    if (!s.queue)
        return false;
    for (size_t i = 0; i < g->n; i++)
        if (!g->objects[i].carrier && g->objects[i].decision == SHAREPOL_ALLOW)
            each_reference(g, i, send_carrier, &s);
    while (s.head < s.tail)
        each_reference(g, s.queue[s.head++], send_carrier, &s);
    free(s.queue);
    return true;
}

/* ---- writing ----------------------------------------------------------- */

static void write_bundle(const gate *g)
{
    json_t *id = json_object_get(g->bundle, "id");
    char *id_text = id ? json_dumps(id, JSON_ENCODE_ANY) : NULL;
    printf("{\"type\": \"bundle\", ");
    if (id_text)
        printf("\"id\": %s, ", id_text);
    free(id_text);
    printf("\"objects\": [");
    bool first = true;
    for (size_t i = 0; i < g->n; i++) {
        const object *o = &g->objects[i];
        if (o->carrier ? !o->sent || o->sealed : o->decision != SHAREPOL_ALLOW)
            continue;
        fputs(first ? "\n" : ",\n", stdout);
        fwrite(g->text + g->spans[i].start, 1, g->spans[i].end - g->spans[i].start, stdout);
        first = false;
    }
    fputs(first ? "]}\n" : "\n]}\n", stdout);
}

static int write_report(const gate *g, const char *path)
{
    FILE *f = fopen(path, "w");
    if (!f) {
        fprintf(stderr, "sharepol stix: cannot write %s: %s\n", path, strerror(errno));
        return EXIT_USAGE;
    }
    for (size_t i = 0; i < g->n; i++) {
        const object *o = &g->objects[i];
        if ((o->carrier && !o->sealed) || o->decision == SHAREPOL_ALLOW)
            continue;
        json_t *line = json_pack("{s:s, s:s, s:s, s:s?, s:s?, s:s?}", "id", o->id, "type",
                                 o->type, "decision", sharepol_decision_name(o->decision),
                                 "rule", o->rule, "residual", o->residual, "reason",
                                 o->reason);
        char *text = line ? json_dumps(line, JSON_COMPACT | JSON_PRESERVE_ORDER) : NULL;
        json_decref(line);
        if (!text) {
            fclose(f);
            fputs("sharepol stix: out of memory\n", stderr);
            return EXIT_USAGE;
        }
        fprintf(f, "%s\n", text);
        free(text);
    }
    if (fclose(f) != 0) {
        fprintf(stderr, "sharepol stix: cannot write %s: %s\n", path, strerror(errno));
        return EXIT_USAGE;
    }
    return EXIT_OK;
}

/* ---- the command ------------------------------------------------------- */

static int party_option(const sharepol_policy *policy, const char *option, const char *name,
                        sharepol_id *out)
{
    *out = sharepol_party(policy, name);
    if (*out >= 0)
        return -1;
    char hint[160];
    return cli_usage_error("stix", "%s: '%s' is not a party of the policy%s", option, name,
                           cli_did_you_mean(hint, sizeof hint, policy, SHAREPOL_KIND_PARTY, name));
}

/* --consent A,B: the party ids, malloc'd into *out. */
static int consent_option(const sharepol_policy *policy, const char *list, sharepol_id **out,
                          size_t *n)
{
    *n = 0;
    *out = NULL;
    if (!list)
        return -1;
    char *copy = strdup(list);
    *out = calloc(strlen(list) + 1, sizeof **out);
    if (!copy || !*out) {
        free(copy);
        fputs("sharepol stix: out of memory\n", stderr);
        return EXIT_USAGE;
    }
    int rc = -1;
    for (char *save = NULL, *name = strtok_r(copy, ",", &save); name && rc < 0;
         name = strtok_r(NULL, ",", &save))
        rc = party_option(policy, "--consent", name, &(*out)[(*n)++]);
    free(copy);
    return rc;
}

static void gate_free(gate *g)
{
    for (size_t i = 0; g->objects && i < g->n; i++) {
        free(g->objects[i].residual);
        free(g->objects[i].reason);
    }
    free(g->objects);
    free(g->spans);
    json_decref(g->index);
    json_decref(g->bundle);
    free((char *)g->text);
}

static int run(gate *g, const sharepol_policy *policy, const sharepol_query *base,
               const char *report)
{
    int rc = read_bundle(g);
    if (rc >= 0)
        return rc;
    int st = decide_all(g, policy, base);
    if (st != SHAREPOL_OK) {
        fprintf(stderr, "sharepol stix: %s\n", sharepol_strerror(st));
        return EXIT_USAGE;
    }
    if (!close_references(g)) {
        fputs("sharepol stix: out of memory\n", stderr);
        return EXIT_USAGE;
    }
    if (!mark_carriers(g)) {
        fputs("sharepol stix: out of memory\n", stderr);
        return EXIT_USAGE;
    }
    if (report && (rc = write_report(g, report)) != EXIT_OK)
        return rc;
    write_bundle(g);
    int exit_code = EXIT_OK;
    for (size_t i = 0; i < g->n; i++) {
        const object *o = &g->objects[i];
        if (o->carrier && !o->sealed)
            continue;
        if (o->decision == SHAREPOL_DENY)
            return EXIT_REJECTED;
        if (o->decision == SHAREPOL_NEEDS_CONSENT)
            exit_code = EXIT_NEEDS_CONSENT;
    }
    return exit_code;
}

int cmd_stix(int argc, char **argv)
{
    cli_common common;
    stix_options o;
    memset(&common, 0, sizeof common);
    memset(&o, 0, sizeof o);
    common.at = SHAREPOL_DATE_TODAY;
    int done = cli_parse_args(&common, "stix", help, argc, argv, stix_option, &o, NULL);
    if (done >= 0)
        return done;
    if (!o.from || !o.to)
        return cli_usage_error("stix", "--from HOLDER and --to RECIPIENT are required");
    int exit_code;
    sharepol_policy *policy = cli_compile_summarising(&common, &exit_code);
    if (!policy)
        return exit_code;
    sharepol_query base = SHAREPOL_QUERY_INIT;
    base.date = common.at;
    sharepol_id *consents = NULL;
    size_t n_consents = 0;
    int rc = party_option(policy, "--from", o.from, &base.from);
    if (rc < 0)
        rc = party_option(policy, "--to", o.to, &base.to);
    if (rc < 0 && o.originator)
        rc = party_option(policy, "--originator", o.originator, &base.originator);
    if (rc < 0)
        rc = consent_option(policy, o.consent, &consents, &n_consents);
    if (rc < 0) {
        base.consents = consents;
        base.n_consents = n_consents;
        gate g;
        memset(&g, 0, sizeof g);
        g.text = read_stdin(&g.len);
        if (!g.text) {
            fprintf(stderr, "sharepol stix: cannot read the bundle on stdin: %s\n",
                    errno == EFBIG ? "larger than 64 MiB" : strerror(errno));
            rc = EXIT_USAGE;
        } else {
            rc = run(&g, policy, &base, o.report);
        }
        gate_free(&g);
    }
    free(consents);
    sharepol_policy_release(policy);
    return rc;
}
