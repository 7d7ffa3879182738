/* cmd_stix.c — `sharepol stix`: the gate for STIX 2.1 bundles.
 *
 * One bundle on stdin, the part that may go to one recipient on stdout.
 * stix_read.c parses it, one object at a time, into the records the gate
 * decides on and the bytes of each object, so the objects that go out are
 * copied exactly as they came.  Each object is one query
 * (sharepol_stix_query: its type, creator and markings
 * through the policy's `stix` mappings); identities and marking definitions
 * are not gated but go with the objects that refer to them.  An object that
 * refers to a held-back object is held back too (docs/stix.md, "No
 * dangling references"), until nothing changes.  Every held-back object is
 * one JSON line of --report. */
#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "cli.h"
#include "stix_read.h"

/* The largest bundle read: the text, and the records of its objects beside
 * it, take about twice its size. */
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
    const stix_record *record; /* borrowed from the bundle */
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
    stix_bundle bundle;
    object *objects;
    size_t n;
} gate;

/* ---- reading ---------------------------------------------------------- */

static char *read_stdin(size_t *len)
{
    size_t cap = 1 << 16, n = 0;
    /* a file: its size at once, and no copy as the buffer grows */
    struct stat st;
    if (fstat(fileno(stdin), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 &&
        (size_t)st.st_size <= MAX_BUNDLE)
        cap = (size_t)st.st_size + 1;
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

/* Reads and checks the bundle.  @return -1 to go on, else the exit code. */
static int read_bundle(gate *g)
{
    int rc = stix_read_bundle(&g->bundle);
    if (rc >= 0)
        return rc;
    g->n = g->bundle.n;
    g->objects = calloc(g->n + 1, sizeof *g->objects);
    if (!g->objects) {
        fputs("sharepol stix: out of memory\n", stderr);
        return EXIT_USAGE;
    }
    for (size_t i = 0; i < g->n; i++) {
        object *o = &g->objects[i];
        o->record = &g->bundle.records[i];
        o->id = o->record->id;
        o->type = o->record->type;
        o->carrier = strcmp(o->type, "identity") == 0 ||
                     strcmp(o->type, "marking-definition") == 0;
        /* a carrier is not a query of its own, so one that is marked
         * itself cannot be decided: it stays, and so does what refers to it */
        if (o->carrier && o->record->marked) {
            o->sealed = true;
            o->decision = SHAREPOL_DENY;
            o->reason = strdup("an identity or marking definition with markings of its own "
                               "is not sent");
            if (!o->reason) {
                fputs("sharepol stix: out of memory\n", stderr);
                return EXIT_USAGE;
            }
        }
    }
    return -1;
}

/* ---- deciding ---------------------------------------------------------- */

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

/* Deciding objects [lo, hi) of one run. */
typedef struct deciding {
    gate *g;
    const sharepol_policy *policy;
    const sharepol_query *base;
    int status[STIX_MAX_PARTS]; /* of each run */
} deciding;

static int decide_range(gate *g, const sharepol_policy *policy, const sharepol_query *base,
                        size_t lo, size_t hi)
{
    for (size_t i = lo; i < hi; i++) {
        object *o = &g->objects[i];
        if (o->carrier)
            continue;
        const stix_record *rec = o->record;
        sharepol_stix_object so = { o->type, rec->created_by_ref, rec->marking_refs,
                                    rec->n_marking_refs, rec->granular_refs,
                                    rec->n_granular_refs };
        sharepol_query q;
        sharepol_marking m[SHAREPOL_MAX_MARKINGS];
        const char *unmapped;
        int st = sharepol_stix_query(policy, &so, base, &q, m, &unmapped);
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
        if (st != SHAREPOL_OK)
            return st;
    }
    return SHAREPOL_OK;
}

static void decide_part(void *ctx, size_t part, size_t lo, size_t hi)
{
    deciding *d = ctx;
    d->status[part] = decide_range(d->g, d->policy, d->base, lo, hi);
}

/* Decides every object that is not a carrier, in runs side by side (a
 * compiled policy decides from any thread; each object is one run's).
 * @return SHAREPOL_OK or an error status. */
static int decide_all(gate *g, const sharepol_policy *policy, const sharepol_query *base)
{
    deciding d = { g, policy, base, { SHAREPOL_OK } };
    size_t n_parts = stix_read_in_parts(g->n, decide_part, &d);
    for (size_t k = 0; k < n_parts; k++)
        if (d.status[k] != SHAREPOL_OK)
            return d.status[k];
    return SHAREPOL_OK;
}

/* The object that `ref` names in the bundle, or NULL. */
static object *target(const gate *g, const stix_ref *ref)
{
    return ref->target == STIX_NO_OBJECT ? NULL : &g->objects[ref->target];
}

/* Holds o back for a held-back object it refers to: the worse decision of
 * the two.  @return whether o changed. */
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
 * carrier, through any reference (a granular marking's too) to a sealed
 * carrier. */
typedef void (*ref_visit)(gate *g, size_t referrer, size_t target, void *ctx);

static void each_reference(gate *g, size_t i, ref_visit visit, void *ctx)
{
    const stix_record *r = g->objects[i].record;
    for (uint32_t k = 0; k < r->n_refs; k++) {
        const object *t = target(g, &r->refs[k]);
        if (t && (t->carrier || r->refs[k].gates))
            visit(g, i, r->refs[k].target, ctx);
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
    const stix_bundle *b = &g->bundle;
    /* the objects' bytes in large writes (nothing was written to stdout yet) */
    setvbuf(stdout, NULL, _IOFBF, (size_t)1 << 20);
    printf("{\"type\": \"bundle\", ");
    if (b->id_json)
        printf("\"id\": %s, ", b->id_json);
    printf("\"objects\": [");
    bool first = true;
    for (size_t i = 0; i < g->n; i++) {
        const object *o = &g->objects[i];
        if (o->carrier ? !o->sent || o->sealed : o->decision != SHAREPOL_ALLOW)
            continue;
        fputs(first ? "\n" : ",\n", stdout);
        fwrite(b->text + b->spans[i].start, 1, b->spans[i].end - b->spans[i].start, stdout);
        first = false;
    }
    fputs(first ? "]}\n" : "\n]}\n", stdout);
}

static bool ascii(const char *s)
{
    for (; s && *s; s++)
        if ((unsigned char)*s >= 0x80)
            return false;
    return true;
}

/* An ASCII string (or NULL) as json_dumps() writes it. */
static void put_ascii_json(FILE *f, const char *s)
{
    if (!s) {
        fputs("null", f);
        return;
    }
    putc('"', f);
    while (*s) {
        size_t plain = 0;
        while (s[plain] && s[plain] != '"' && s[plain] != '\\' &&
               (unsigned char)s[plain] >= 0x20)
            plain++;
        fwrite(s, 1, plain, f);
        s += plain;
        if (!*s)
            break;
        const char *escape = *s == '"'  ? "\\\""
                             : *s == '\\' ? "\\\\"
                             : *s == '\b' ? "\\b"
                             : *s == '\f' ? "\\f"
                             : *s == '\n' ? "\\n"
                             : *s == '\r' ? "\\r"
                             : *s == '\t' ? "\\t"
                                          : NULL;
        if (escape)
            fputs(escape, f);
        else
            fprintf(f, "\\u%04X", (unsigned)*s);
        s++;
    }
    putc('"', f);
}

static int write_report(const gate *g, const char *path)
{
    FILE *f = fopen(path, "w");
    if (!f) {
        fprintf(stderr, "sharepol stix: cannot write %s: %s\n", path, strerror(errno));
        return EXIT_USAGE;
    }
    setvbuf(f, NULL, _IOFBF, (size_t)1 << 16);
    for (size_t i = 0; i < g->n; i++) {
        const object *o = &g->objects[i];
        if ((o->carrier && !o->sealed) || o->decision == SHAREPOL_ALLOW)
            continue;
        /* the usual line, all ASCII, written directly; jansson checks and
         * writes any other */
        const char *field[] = { o->id, o->type, sharepol_decision_name(o->decision), o->rule,
                                o->residual, o->reason };
        const char *name[] = { "{\"id\":", ",\"type\":", ",\"decision\":", ",\"rule\":",
                               ",\"residual\":", ",\"reason\":" };
        bool plain = true;
        for (size_t k = 0; k < 6; k++)
            plain = plain && ascii(field[k]);
        if (plain) {
            for (size_t k = 0; k < 6; k++) {
                fputs(name[k], f);
                put_ascii_json(f, field[k]);
            }
            fputs("}\n", f);
            continue;
        }
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
    stix_read_free(&g->bundle);
}

/* When each stage began, by the clock and in the process's CPU time (its
 * threads' summed), printed on stderr when SHAREPOL_STIX_TIMES is set
 * (bench/stix.c reads them; docs/stix.md, "Size and speed"). */
enum { READ, PARSE, DECIDE, REFERENCES, WRITE, N_STAGES };

typedef struct stage_times {
    double wall[N_STAGES + 1], cpu[N_STAGES + 1];
} stage_times;

static void stage_begins(stage_times *t, int stage)
{
    struct timespec w, c;
    clock_gettime(CLOCK_MONOTONIC, &w);
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &c);
    t->wall[stage] = (double)w.tv_sec + (double)w.tv_nsec / 1e9;
    t->cpu[stage] = (double)c.tv_sec + (double)c.tv_nsec / 1e9;
}

static void print_times(const stage_times *t, size_t n)
{
    const char *asked = getenv("SHAREPOL_STIX_TIMES");
    if (!asked || !*asked)
        return;
    for (int cpu = 0; cpu < 2; cpu++) {
        const double *at = cpu ? t->cpu : t->wall;
        fprintf(stderr,
                "sharepol stix: %s: read %.4f s, parse %.4f s, decide %.4f s, "
                "references %.4f s, write %.4f s (%zu objects)\n",
                cpu ? "cpu times" : "times", at[PARSE] - at[READ], at[DECIDE] - at[PARSE],
                at[REFERENCES] - at[DECIDE], at[WRITE] - at[REFERENCES],
                at[N_STAGES] - at[WRITE], n);
    }
}

static int run(gate *g, const sharepol_policy *policy, const sharepol_query *base,
               const char *report, stage_times *at)
{
    stage_begins(at, PARSE);
    int rc = read_bundle(g);
    if (rc >= 0)
        return rc;
    stage_begins(at, DECIDE);
    int st = decide_all(g, policy, base);
    if (st != SHAREPOL_OK) {
        fprintf(stderr, "sharepol stix: %s\n", sharepol_strerror(st));
        return EXIT_USAGE;
    }
    stage_begins(at, REFERENCES);
    if (!close_references(g)) {
        fputs("sharepol stix: out of memory\n", stderr);
        return EXIT_USAGE;
    }
    if (!mark_carriers(g)) {
        fputs("sharepol stix: out of memory\n", stderr);
        return EXIT_USAGE;
    }
    stage_begins(at, WRITE);
    if (report && (rc = write_report(g, report)) != EXIT_OK)
        return rc;
    write_bundle(g);
    if (fflush(stdout) == 0) {
        stage_begins(at, N_STAGES);
        print_times(at, g->n);
    }
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
        stage_times at;
        stage_begins(&at, READ);
        g.bundle.text = read_stdin(&g.bundle.len);
        if (!g.bundle.text) {
            fprintf(stderr, "sharepol stix: cannot read the bundle on stdin: %s\n",
                    errno == EFBIG ? "larger than 64 MiB" : strerror(errno));
            rc = EXIT_USAGE;
        } else {
            rc = run(&g, policy, &base, o.report, &at);
        }
        gate_free(&g);
    }
    free(consents);
    sharepol_policy_release(policy);
    return rc;
}
