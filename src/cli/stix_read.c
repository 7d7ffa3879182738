/* stix_read.c — a STIX bundle parsed one object at a time (stix_read.h).
 *
 * stix_scan.c finds the bytes of the "objects" array and of each element.
 * jansson then parses the text around the array (with "[]" in its place)
 * and each element on its own; the fields the gate needs are copied into a
 * record and the element's tree is freed at once.  The elements are split
 * into as many runs of about equal size as there are cores, each parsed by
 * a thread into its own arena.  Then, in the order of the bundle, the ids
 * go into one table (a second object with an id is an error), and each
 * reference is looked up in it.
 *
 * Messages about JSON come from jansson on the whole text: whenever the
 * scanner finds no array, the nesting is deeper than jansson reads, or
 * jansson refuses a part, it parses the whole text and its first fault is
 * reported at its line and column.  Only a bundle that is JSON takes the
 * fast way, and then the message about its objects is about the first
 * faulty one in the order of the bundle, as a whole-text reading would
 * find it. */
#include "stix_read.h"

#include <jansson.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

#define CHUNK ((size_t)1 << 20)       /* an arena's usual block */
#define MAX_THREADS STIX_MAX_PARTS
#define OBJECTS_PER_THREAD 2048       /* fewer: not worth a thread */

/* ---- the arenas ------------------------------------------------------- */

/* Blocks that the records' strings and arrays are cut from; one per
 * thread, freed with the bundle. */
struct stix_arena {
    char **blocks;
    size_t n_blocks;
    char *at;
    size_t left;
};

static void *arena_alloc(stix_arena *a, size_t size)
{
    size = (size + 7) & ~(size_t)7;
    if (size > a->left) {
        size_t block = size > CHUNK ? size : CHUNK;
        char **grown = realloc(a->blocks, (a->n_blocks + 1) * sizeof *grown);
        if (!grown)
            return NULL;
        a->blocks = grown;
        if ((a->at = malloc(block)) == NULL) {
            a->left = 0;
            return NULL;
        }
        a->blocks[a->n_blocks++] = a->at;
        a->left = block;
    }
    void *p = a->at;
    a->at += size;
    a->left -= size;
    return p;
}

static const char *arena_strdup(stix_arena *a, const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = arena_alloc(a, n);
    if (p)
        memcpy(p, s, n);
    return p;
}

/* ---- jansson's allocations ------------------------------------------- */

/* While the objects are parsed, jansson allocates each one's tree from a
 * block of its thread's, taken back whole once the object is read: no
 * malloc and free for each string, member and table of the tree. */
#define SCRATCH ((size_t)256 << 10)

static _Thread_local char *scratch;   /* this thread's block, or NULL */
static _Thread_local size_t scratch_used;

static void *scratch_malloc(size_t size)
{
    size = (size + 15) & ~(size_t)15;
    if (scratch && size <= SCRATCH - scratch_used) {
        void *p = scratch + scratch_used;
        scratch_used += size;
        return p;
    }
    return malloc(size); /* an object larger than the block */
}

static void scratch_free(void *p)
{
    uintptr_t at = (uintptr_t)p, block = (uintptr_t)scratch;
    if (!scratch || at < block || at >= block + SCRATCH)
        free(p);
}

/* ---- messages --------------------------------------------------------- */

/* Reports bad input at byte `at` of the bundle.  @return EXIT_USAGE. */
static int bad_input_at(const stix_bundle *b, size_t at, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

static int bad_input_at(const stix_bundle *b, size_t at, const char *fmt, ...)
{
    unsigned line, column;
    stix_scan_position(b->text, at, &line, &column);
    fprintf(stderr, "sharepol stix: <stdin>:%u:%u: ", line, column);
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    return EXIT_USAGE;
}

static int out_of_memory(void)
{
    fputs("sharepol stix: out of memory\n", stderr);
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

/* ---- one object ------------------------------------------------------- */

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

/* Is key a reference property (`*_ref`, `*_refs`)? */
static bool ends_in_ref(const char *key)
{
    size_t n = strlen(key);
    return (n > 4 && memcmp(key + n - 4, "_ref", 4) == 0) ||
           (n > 5 && memcmp(key + n - 5, "_refs", 5) == 0);
}

/* ... other than the creator and the markings, which point at carriers? */
static bool is_ref_key(const char *key)
{
    return ends_in_ref(key) && strcmp(key, "created_by_ref") != 0 &&
           strcmp(key, "object_marking_refs") != 0;
}

/* The ids of the objects: an open-addressed table of object numbers + 1. */
typedef struct id_index {
    uint32_t *slots;
    size_t mask;
} id_index;

/* One thread's run of the objects, and what it found. */
typedef struct part {
    stix_bundle *b;
    size_t lo, hi;          /* objects [lo, hi) */
    const id_index *index;  /* for resolve_part() */
    stix_arena *arena;
    bool not_json;          /* jansson refused an object: the whole text decides */
    bool out_of_memory;
    size_t error;           /* the first object with a fault, or SIZE_MAX */
    bool error_after_id;    /* ... found after its id, so after the duplicate check */
    char message[512];
} part;

static bool fault(part *p, size_t i, bool after_id, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

static bool fault(part *p, size_t i, bool after_id, const char *fmt, ...)
{
    p->error = i;
    p->error_after_id = after_id;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(p->message, sizeof p->message, fmt, ap);
    va_end(ap);
    return false;
}

/* The strings of an array of strings, into the arena.  @return false when
 * memory ran out. */
static bool copy_strings(stix_arena *a, json_t *array, const char ***out, uint32_t *n)
{
    *n = (uint32_t)json_array_size(array);
    *out = NULL;
    if (*n == 0)
        return true;
    if ((*out = arena_alloc(a, *n * sizeof **out)) == NULL)
        return false;
    for (uint32_t i = 0; i < *n; i++)
        if (((*out)[i] = arena_strdup(a, json_string_value(json_array_get(array, i)))) == NULL)
            return false;
    return true;
}

/* The marking_ref of each granular marking; "" for one that has neither a
 * marking_ref nor a lang (unmapped: the object is held back). */
static bool copy_granular(stix_arena *a, json_t *array, const char ***out, uint32_t *n)
{
    size_t all = json_array_size(array);
    *n = 0;
    *out = NULL;
    if (all == 0)
        return true;
    if ((*out = arena_alloc(a, all * sizeof **out)) == NULL)
        return false;
    for (size_t i = 0; i < all; i++) {
        json_t *g = json_array_get(array, i);
        json_t *ref = json_object_get(g, "marking_ref");
        if (ref) {
            if (((*out)[(*n)++] = arena_strdup(a, json_string_value(ref))) == NULL)
                return false;
        } else if (!json_object_get(g, "lang")) {
            (*out)[(*n)++] = "";
        }
    }
    return true;
}

/* Adds to r->refs (or only counts, when r->refs is NULL) the ids that
 * value refers to through key. */
static bool add_refs(stix_arena *a, stix_record *r, json_t *value, bool gates)
{
    size_t n = json_is_array(value) ? json_array_size(value) : 1;
    for (size_t k = 0; k < n; k++) {
        const char *id = json_string_value(json_is_array(value) ? json_array_get(value, k)
                                                                : value);
        if (!id)
            continue;
        if (r->refs) {
            stix_ref *ref = &r->refs[r->n_refs];
            if ((ref->id = arena_strdup(a, id)) == NULL)
                return false;
            ref->target = STIX_NO_OBJECT;
            ref->gates = gates;
        }
        r->n_refs++;
    }
    return true;
}

/* Every reference of the object: twice, counting then copying. */
static bool copy_refs(stix_arena *a, stix_record *r, json_t *obj)
{
    json_t *granular = json_object_get(obj, "granular_markings");
    for (int pass = 0; pass < 2; pass++) {
        if (pass == 1) {
            if (r->n_refs == 0)
                return true;
            if ((r->refs = arena_alloc(a, r->n_refs * sizeof *r->refs)) == NULL)
                return false;
            r->n_refs = 0;
        }
        const char *key;
        json_t *value;
        json_object_foreach(obj, key, value) {
            if (ends_in_ref(key) && !add_refs(a, r, value, is_ref_key(key)))
                return false;
        }
        size_t k;
        json_t *gm;
        json_array_foreach(granular, k, gm) {
            json_t *ref = json_object_get(gm, "marking_ref");
            if (ref && !add_refs(a, r, ref, false))
                return false;
        }
    }
    return true;
}

/* Checks object i and copies what the gate needs of it into its record.
 * @return false on a fault (p->error) or when memory ran out. */
static bool extract(part *p, size_t i, json_t *obj)
{
    stix_record *r = &p->b->records[i];
    char a[128], b[128];
    if (!json_is_object(obj))
        return fault(p, i, false, "object %zu of the bundle is not a JSON object", i + 1);
    const char *type = string_of(obj, "type"), *id = string_of(obj, "id");
    if (!type)
        return fault(p, i, false, "an object without a string \"type\"");
    if (!id)
        return fault(p, i, false, "a %s object without a string \"id\"",
                     shown(a, sizeof a, type));
    if (!stix_id_ok(id, type))
        return fault(p, i, false, "'%s' is not a STIX id of type '%s' (TYPE--UUID)",
                     shown(a, sizeof a, id), shown(b, sizeof b, type));
    if ((r->id = arena_strdup(p->arena, id)) == NULL) {
        p->out_of_memory = true;
        return false;
    }
    const char *wrong = malformed_markings(obj);
    if (wrong)
        return fault(p, i, true, "%s's %s", shown(a, sizeof a, id), wrong);
    json_t *marks = json_object_get(obj, "object_marking_refs");
    json_t *granular = json_object_get(obj, "granular_markings");
    const char *creator = string_of(obj, "created_by_ref");
    r->marked = json_array_size(marks) > 0 || json_array_size(granular) > 0;
    bool ok = (r->type = arena_strdup(p->arena, type)) != NULL &&
              (!creator || (r->created_by_ref = arena_strdup(p->arena, creator)) != NULL) &&
              copy_strings(p->arena, marks, &r->marking_refs, &r->n_marking_refs) &&
              copy_granular(p->arena, granular, &r->granular_refs, &r->n_granular_refs) &&
              copy_refs(p->arena, r, obj);
    if (!ok)
        p->out_of_memory = true;
    return ok;
}

/* Parses objects [p->lo, p->hi): after the first fault, only whether they
 * are JSON, which comes first. */
static void *parse_part(void *arg)
{
    part *p = arg;
    const stix_bundle *b = p->b;
    scratch = malloc(SCRATCH); /* without it, jansson mallocs */
    for (size_t i = p->lo; i < p->hi && !p->not_json && !p->out_of_memory; i++) {
        json_error_t jerr;
        json_t *obj = json_loadb(b->text + b->spans[i].start,
                                 b->spans[i].end - b->spans[i].start,
                                 JSON_REJECT_DUPLICATES | JSON_DECODE_ANY, &jerr);
        if (!obj)
            p->not_json = true;
        else if (p->error == SIZE_MAX)
            extract(p, i, obj);
        json_decref(obj);
        scratch_used = 0;
    }
    free(scratch);
    scratch = NULL;
    return NULL;
}

/* ---- the bundle ------------------------------------------------------- */

/* The bundle's own checks, on the envelope (or the whole bundle): the
 * bundle's id goes to b->id_json.  @return -1 or the exit code. */
static int check_envelope(stix_bundle *b, json_t *bundle, json_t **objects)
{
    if (!json_is_object(bundle))
        return bad_input_at(b, 0, "not a STIX bundle: the input is not a JSON object");
    const char *type = string_of(bundle, "type");
    if (!type || strcmp(type, "bundle") != 0)
        return bad_input_at(b, 0, "not a STIX bundle: its \"type\" is %s",
                            type ? "not \"bundle\"" : "missing");
    *objects = json_object_get(bundle, "objects");
    if (*objects && !json_is_array(*objects))
        return bad_input_at(b, 0, "not a STIX bundle: its \"objects\" is not an array");
    json_t *id = json_object_get(bundle, "id");
    if (id && (b->id_json = json_dumps(id, JSON_ENCODE_ANY)) == NULL)
        return out_of_memory();
    return -1;
}

/* jansson on the whole text, for what the fast way could not read: its
 * message when it is not JSON, the bundle's own faults, or a bundle with
 * no objects.  @return -1 for a bundle with no objects, else the exit code. */
static int whole_text(stix_bundle *b)
{
    json_error_t jerr;
    json_t *bundle = json_loadb(b->text, b->len, JSON_REJECT_DUPLICATES, &jerr);
    if (!bundle) {
        fprintf(stderr, "sharepol stix: <stdin>:%d:%d: not JSON: %s\n", jerr.line, jerr.column,
                jerr.text);
        return EXIT_USAGE;
    }
    json_t *objects = NULL;
    int rc = check_envelope(b, bundle, &objects);
    if (rc < 0 && json_array_size(objects) > 0) {
        fputs("sharepol stix: <stdin>: cannot find the bytes of the bundle's objects (is "
              "\"objects\" spelled with escapes?)\n", stderr);
        rc = EXIT_USAGE;
    }
    json_decref(bundle);
    if (rc < 0)
        b->n = 0;
    return rc;
}

/* The text with the objects array emptied, parsed.  NULL when jansson
 * refuses it or memory ran out (*oom). */
static json_t *parse_envelope(const stix_bundle *b, stix_span array, bool *oom)
{
    size_t after = b->len - array.end;
    char *text = malloc(array.start + 2 + after);
    *oom = text == NULL;
    if (!text)
        return NULL;
    memcpy(text, b->text, array.start);
    text[array.start] = '[';
    text[array.start + 1] = ']';
    memcpy(text + array.start + 2, b->text + array.end, after);
    json_error_t jerr;
    json_t *envelope = json_loadb(text, array.start + 2 + after, JSON_REJECT_DUPLICATES, &jerr);
    free(text);
    return envelope;
}

/* How many runs n objects are parsed (and decided) in: one a core, none
 * shorter than OBJECTS_PER_THREAD. */
static size_t threads_for(size_t n)
{
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    size_t t = cores > 1 ? (size_t)cores : 1;
    if (t > MAX_THREADS)
        t = MAX_THREADS;
    if (t > n / OBJECTS_PER_THREAD)
        t = n / OBJECTS_PER_THREAD > 0 ? n / OBJECTS_PER_THREAD : 1;
    return t;
}

/* Runs fn on each of n jobs of `size` bytes at `jobs`, side by side: the
 * first on this thread, each other on one of its own (or on this one, when
 * no thread can be made). */
static void side_by_side(void *jobs, size_t size, size_t n, void *(*fn)(void *))
{
    pthread_t threads[MAX_THREADS];
    bool started[MAX_THREADS] = { false };
    for (size_t k = 1; k < n; k++)
        started[k] = pthread_create(&threads[k], NULL, fn, (char *)jobs + k * size) == 0;
    fn(jobs);
    for (size_t k = 1; k < n; k++) {
        if (started[k])
            pthread_join(threads[k], NULL);
        else
            fn((char *)jobs + k * size);
    }
}

static void run_parts(part *parts, size_t n_parts, void *(*fn)(void *))
{
    side_by_side(parts, sizeof *parts, n_parts, fn);
}

typedef struct range_job {
    stix_part_fn *fn;
    void *ctx;
    size_t part, lo, hi;
} range_job;

static void *run_range(void *arg)
{
    range_job *j = arg;
    j->fn(j->ctx, j->part, j->lo, j->hi);
    return NULL;
}

size_t stix_read_in_parts(size_t n, stix_part_fn *fn, void *ctx)
{
    size_t n_parts = threads_for(n);
    range_job jobs[MAX_THREADS];
    for (size_t k = 0; k < n_parts; k++)
        jobs[k] = (range_job){ fn, ctx, k, n * k / n_parts, n * (k + 1) / n_parts };
    side_by_side(jobs, sizeof *jobs, n_parts, run_range);
    return n_parts;
}

/* Parses the objects in about equal runs of bytes, side by side.
 * @return false when memory ran out. */
static bool parse_objects(stix_bundle *b, part *parts, size_t n_parts)
{
    size_t first = b->n ? b->spans[0].start : 0;
    size_t bytes = b->n ? b->spans[b->n - 1].end - first : 0;
    size_t i = 0;
    for (size_t k = 0; k < n_parts; k++) {
        parts[k] = (part){ .b = b, .lo = i, .arena = &b->arenas[k], .error = SIZE_MAX };
        size_t until = first + bytes / n_parts * (k + 1);
        while (i < b->n && (k + 1 == n_parts || b->spans[i].start < until))
            i++;
        parts[k].hi = i;
    }
    /* seeded before any thread makes an object */
    json_object_seed(0);
    json_malloc_t saved_malloc;
    json_free_t saved_free;
    json_get_alloc_funcs(&saved_malloc, &saved_free);
    json_set_alloc_funcs(scratch_malloc, scratch_free);
    run_parts(parts, n_parts, parse_part);
    json_set_alloc_funcs(saved_malloc, saved_free);
    for (size_t k = 0; k < n_parts; k++)
        if (parts[k].out_of_memory)
            return false;
    return true;
}

static uint64_t hash_of(const char *s)
{
    uint64_t h = 14695981039346656037u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211u;
    return h;
}

/* The slot of id: the one holding it, or the empty one where it goes. */
static uint32_t *slot_of(const stix_bundle *b, const id_index *x, const char *id)
{
    for (size_t s = hash_of(id) & x->mask;; s = (s + 1) & x->mask)
        if (x->slots[s] == 0 || strcmp(b->records[x->slots[s] - 1].id, id) == 0)
            return &x->slots[s];
}

/* In the order of the bundle: the first fault of an object, or a second
 * object with an id.  @return -1 or the exit code. */
static int index_ids(stix_bundle *b, const part *parts, size_t n_parts, id_index *x)
{
    const part *first = NULL;
    for (size_t k = 0; k < n_parts; k++)
        if (parts[k].error != SIZE_MAX && (!first || parts[k].error < first->error))
            first = &parts[k];
    size_t size = 16;
    while (size < 2 * b->n)
        size *= 2;
    if ((x->slots = calloc(size, sizeof *x->slots)) == NULL)
        return out_of_memory();
    x->mask = size - 1;
    char a[128];
    for (size_t i = 0; i < b->n; i++) {
        size_t at = b->spans[i].start;
        if (first && first->error == i && !first->error_after_id)
            return bad_input_at(b, at, "%s", first->message);
        uint32_t *s = slot_of(b, x, b->records[i].id);
        if (*s)
            return bad_input_at(b, at, "a second object with the id '%s'",
                                shown(a, sizeof a, b->records[i].id));
        *s = (uint32_t)i + 1;
        if (first && first->error == i)
            return bad_input_at(b, at, "%s", first->message);
    }
    return -1;
}

/* The target of each reference of the part's objects. */
static void *resolve_part(void *arg)
{
    const part *p = arg;
    for (size_t i = p->lo; i < p->hi; i++) {
        stix_record *r = &p->b->records[i];
        for (uint32_t k = 0; k < r->n_refs; k++) {
            uint32_t at = *slot_of(p->b, p->index, r->refs[k].id);
            r->refs[k].target = at ? at - 1 : STIX_NO_OBJECT;
        }
    }
    return NULL;
}

int stix_read_bundle(stix_bundle *b)
{
    stix_scan scan;
    size_t n = stix_scan_objects(b->text, b->len, &scan);
    /* the whole text nests two deeper than an element: the bundle, the array */
    if (n == (size_t)-1 || scan.depth > JSON_PARSER_MAX_DEPTH - 2 || n >= STIX_NO_OBJECT) {
        free(scan.spans);
        return whole_text(b);
    }
    b->spans = scan.spans;
    b->n = n;
    bool oom;
    json_t *envelope = parse_envelope(b, scan.array, &oom);
    if (!envelope)
        return oom ? out_of_memory() : whole_text(b);
    size_t n_parts = threads_for(n);
    part *parts = calloc(n_parts, sizeof *parts);
    b->records = calloc(n + 1, sizeof *b->records);
    b->arenas = calloc(n_parts, sizeof *b->arenas);
    b->n_arenas = n_parts;
    int rc = -1;
    if (!parts || !b->records || !b->arenas || !parse_objects(b, parts, n_parts)) {
        rc = out_of_memory();
    } else {
        bool not_json = false;
        for (size_t k = 0; k < n_parts; k++)
            not_json = not_json || parts[k].not_json;
        json_t *objects;
        rc = not_json ? whole_text(b) : check_envelope(b, envelope, &objects);
    }
    json_decref(envelope);
    id_index x = { NULL, 0 };
    if (rc < 0)
        rc = index_ids(b, parts, n_parts, &x);
    for (size_t k = 0; rc < 0 && k < n_parts; k++)
        parts[k].index = &x;
    if (rc < 0)
        run_parts(parts, n_parts, resolve_part);
    free(x.slots);
    free(parts);
    return rc;
}

void stix_read_free(stix_bundle *b)
{
    for (size_t k = 0; b->arenas && k < b->n_arenas; k++) {
        for (size_t i = 0; i < b->arenas[k].n_blocks; i++)
            free(b->arenas[k].blocks[i]);
        free(b->arenas[k].blocks);
    }
    free(b->arenas);
    free(b->records);
    free(b->spans);
    free(b->id_json);
    free(b->text);
    memset(b, 0, sizeof *b);
}
