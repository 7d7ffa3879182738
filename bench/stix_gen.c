/* stix_gen.c — the benchmark's STIX bundle and its policy (stix_gen.h). */
#include "stix_gen.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rng.h"

/* A growing text. */
typedef struct text {
    char *s;
    size_t len, cap;
    bool failed;
} text;

static void put(text *t, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

static void put(text *t, const char *fmt, ...)
{
    for (;;) {
        if (t->failed)
            return;
        va_list ap;
        va_start(ap, fmt);
        int n = vsnprintf(t->s + t->len, t->cap - t->len, fmt, ap);
        va_end(ap);
        if (n < 0) {
            t->failed = true;
            return;
        }
        if (t->len + (size_t)n < t->cap) {
            t->len += (size_t)n;
            return;
        }
        size_t cap = t->cap ? t->cap * 2 : 1 << 16;
        while (cap <= t->len + (size_t)n)
            cap *= 2;
        char *grown = realloc(t->s, cap);
        if (!grown) {
            t->failed = true;
            return;
        }
        t->s = grown;
        t->cap = cap;
    }
}

/* ---- the names ---------------------------------------------------------- */

typedef struct identity {
    const char *id, *name, *party; /* party NULL: the policy does not know it */
    const char *identity_class;
    unsigned weight;               /* of the objects it creates, in per cent */
} identity;

static const identity identities[] = {
    { "identity--5b5e6d5c-0d3c-4d8e-9a47-0c6a3c2a7f10", "National CERT", "NatCERT",
      "organization", 34 },
    { "identity--a1f0c3c4-6c7e-4b8f-8d55-2b0f6f1d9e21", "National CERT operations desk",
      "NatCERT-Ops", "organization", 14 },
    { "identity--0e9d2a7b-3f41-4c52-b7a3-91d8c6e4f532", "BankCo", "BankCo", "organization", 8 },
    { "identity--7c2e4f19-8a6d-4e3b-a0c1-5d9f7b2e8c43", "BankCo security operations centre",
      "BankCo-SOC", "organization", 10 },
    { "identity--3d8b1e6a-2c5f-4a97-9e04-6b1f8d3c7a54", "MSSP-1", "MSSP-1", "organization", 9 },
    { "identity--9f4a7c2d-1e8b-4d36-8c5a-0e7b3f9d2a65", "MSSP-1 malware lab", "MSSP-Lab",
      "organization", 15 },
    { "identity--2b6d9e3f-7a1c-4e58-b2d7-4c8a1f6e3b76", "HealthCo", "HealthCo", "organization",
      7 },
    { "identity--6e1f3a8c-5d2b-4c79-a6e8-3f0d2c9b7e87", "Independent researcher", NULL,
      "individual", 3 },
};
#define N_IDENTITIES (sizeof identities / sizeof identities[0])

typedef struct marking {
    const char *id, *name, *statement; /* statement NULL: a TLP 2.0 label */
    const char *scope;                 /* for a statement: the scope it maps to */
} marking;

/* TLP 2.0's own ids (docs/stix.md); the policy maps them by default. */
static const marking markings[] = {
    { "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487", "TLP:CLEAR", NULL, NULL },
    { "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb", "TLP:GREEN", NULL, NULL },
    { "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421", "TLP:AMBER", NULL, NULL },
    { "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003", "TLP:AMBER+STRICT", NULL,
      NULL },
    { "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1", "TLP:RED", NULL, NULL },
    { "marking-definition--c8b1e4f2-6a3d-4e9b-8f57-1d2c3b4a5e60", NULL,
      "Shared under the banking sector agreement: members of the sector only.",
      "bank-sector" },
    { "marking-definition--d7a2f5e3-9b4c-4f8a-a168-2e3d4c5b6f71", NULL,
      "Incident 42: the parties handling it only.", "incident-42" },
};
enum { CLEAR, GREEN, AMBER, AMBER_STRICT, RED, BANK_STATEMENT, INCIDENT_STATEMENT,
       N_MARKINGS };

/* The object types and the category each maps to; a NULL category is a
 * custom type the policy does not map. */
static const struct {
    const char *type, *category;
} types[] = {
    { "indicator", "indicators" },     { "ipv4-addr", "indicators" },
    { "domain-name", "indicators" },   { "url", "indicators" },
    { "malware", "cti" },              { "attack-pattern", "cti" },
    { "threat-actor", "cti" },         { "campaign", "cti" },
    { "relationship", "cti" },         { "sighting", "cti" },
    { "report", "cti" },               { "x-acme-sensor-alert", NULL },
};
#define N_TYPES (sizeof types / sizeof types[0])

char *stix_gen_policy(void)
{
    text t = { 0 };
    put(&t, "# stix-map.spol (bench/stix_gen.c): the benchmark bundle's names, beside\n"
            "# the TLP module and its community (examples/tlp/).\n\n"
            "scope bank-sector \"the banking sector agreement\" = BankCo, MSSP-1, NatCERT;\n\n"
            "stix {\n");
    for (size_t i = 0; i < N_IDENTITIES; i++)
        if (identities[i].party)
            put(&t, "  identity \"%s\" = %s;\n", identities[i].id, identities[i].party);
    for (size_t i = 0; i < N_MARKINGS; i++)
        if (markings[i].statement)
            put(&t, "  marking \"%s\" = %s;\n", markings[i].id, markings[i].scope);
    const char *categories[] = { "indicators", "cti" };
    for (size_t c = 0; c < 2; c++) {
        put(&t, "  type ");
        bool first = true;
        for (size_t i = 0; i < N_TYPES; i++) {
            if (!types[i].category || strcmp(types[i].category, categories[c]) != 0)
                continue;
            put(&t, "%s%s", first ? "" : ", ", types[i].type);
            first = false;
        }
        put(&t, " = %s;\n", categories[c]);
    }
    put(&t, "}\n");
    if (t.failed) {
        free(t.s);
        return NULL;
    }
    return t.s;
}

/* ---- the bundle --------------------------------------------------------- */

typedef struct made {
    char id[80];
    unsigned type;
} made;

typedef struct gen {
    rng r;
    text t;
    made *objects;
    size_t n;
    size_t *by_type[N_TYPES]; /* indexes into objects, per type */
    size_t n_by_type[N_TYPES];
    bool first;
} gen;

static unsigned type_index(const char *type)
{
    for (unsigned i = 0; i < N_TYPES; i++)
        if (strcmp(types[i].type, type) == 0)
            return i;
    abort();
}

static void uuid(gen *g, char *out)
{
    uint64_t a = rng_next(&g->r), b = rng_next(&g->r);
    snprintf(out, 37, "%08x-%04x-4%03x-%04x-%012llx", (unsigned)(a >> 32),
             (unsigned)(a >> 16) & 0xffff, (unsigned)a & 0xfff,
             (unsigned)(0x8000 | ((b >> 48) & 0x3fff)), (unsigned long long)(b & 0xffffffffffffULL));
}

/* A timestamp in the first five months of 2026. */
static void stamp(gen *g, char *out)
{
    unsigned day = rng_below(&g->r, 150), secs = rng_below(&g->r, 86400);
    static const unsigned month_days[] = { 31, 28, 31, 30, 31 };
    unsigned month = 0;
    while (day >= month_days[month]) {
        day -= month_days[month];
        month++;
    }
    snprintf(out, 48, "2026-%02u-%02uT%02u:%02u:%02u.%03uZ", month + 1, day + 1, secs / 3600,
             secs / 60 % 60, secs % 60, rng_below(&g->r, 1000));
}

/* Starts an object of `type` and records it; a new id in g's last entry. */
static made *begin(gen *g, const char *type)
{
    made *m = &g->objects[g->n];
    unsigned ti = type_index(type);
    m->type = ti;
    char u[40];
    uuid(g, u);
    snprintf(m->id, sizeof m->id, "%s--%s", type, u);
    g->by_type[ti][g->n_by_type[ti]++] = g->n++;
    put(&g->t, "%s    {\"type\": \"%s\", \"spec_version\": \"2.1\",\n"
               "            \"id\": \"%s\",\n", g->first ? "" : ",\n", type, m->id);
    g->first = false;
    return m;
}

static const char *pick_creator(gen *g)
{
    unsigned w = rng_below(&g->r, 100), sum = 0;
    for (size_t i = 0; i < N_IDENTITIES; i++) {
        sum += identities[i].weight;
        if (w < sum)
            return identities[i].id;
    }
    return identities[0].id;
}

/* created, modified and the creator (NULL: none). */
static void common(gen *g, const char *creator)
{
    char c[48], m[48];
    stamp(g, c);
    stamp(g, m);
    if (strcmp(m, c) < 0)
        strcpy(m, c);
    if (creator)
        put(&g->t, "            \"created_by_ref\": \"%s\",\n", creator);
    put(&g->t, "            \"created\": \"%s\", \"modified\": \"%s\",\n", c, m);
}

/* object_marking_refs (and now and then granular_markings), then closes
 * the object: the markings are its last members. */
static void end(gen *g)
{
    unsigned w = rng_below(&g->r, 100);
    int label = w < 25 ? CLEAR : w < 63 ? GREEN : w < 83 ? AMBER : w < 90 ? AMBER_STRICT
                : w < 94 ? RED : -1;
    int statement = -1;
    if (label >= 0 && rng_chance(&g->r, 8))
        statement = rng_chance(&g->r, 70) ? BANK_STATEMENT : INCIDENT_STATEMENT;
    if (rng_chance(&g->r, 2))
        put(&g->t, "            \"granular_markings\": [ {\n"
                   "                    \"marking_ref\": \"%s\",\n"
                   "                    \"selectors\": [ \"description\"\n"
                   "                    ] } ],\n",
            markings[rng_chance(&g->r, 50) ? AMBER : RED].id);
    if (label < 0) {
        /* unmarked: the last member must not end in a comma */
        put(&g->t, "            \"x_feed_sequence\": %zu }", g->n);
        return;
    }
    put(&g->t, "            \"object_marking_refs\": [ \"%s\"", markings[label].id);
    if (statement >= 0)
        put(&g->t, ", \"%s\"", markings[statement].id);
    put(&g->t, " ] }");
}

/* An earlier object of one of the types, or NULL when there is none. */
static const char *earlier(gen *g, const char *type)
{
    unsigned ti = type_index(type);
    if (g->n_by_type[ti] == 0)
        return NULL;
    /* most references are to recent objects, as in a feed */
    size_t n = g->n_by_type[ti];
    size_t k = rng_chance(&g->r, 80) && n > 200 ? n - 1 - rng_below(&g->r, 200)
                                                 : rng_below(&g->r, (uint32_t)n);
    return g->objects[g->by_type[ti][k]].id;
}

static void hex(gen *g, char *out, size_t digits)
{
    static const char x[] = "0123456789abcdef";
    for (size_t i = 0; i < digits; i++)
        out[i] = x[rng_below(&g->r, 16)];
    out[digits] = '\0';
}

static const char *const words[] = {
    "update", "cdn",  "secure", "login",  "mail",  "portal", "cloud", "sync",   "api",
    "static", "auth", "files",  "backup", "check", "node",   "edge",  "gateway", "vpn",
};
#define N_WORDS (sizeof words / sizeof words[0])

static void domain(gen *g, char out[64])
{
    static const char *const tlds[] = { "com", "net", "org", "info", "xyz", "top" };
    snprintf(out, 64, "%.20s-%.20s%u.%.4s", words[rng_below(&g->r, N_WORDS)],
             words[rng_below(&g->r, N_WORDS)], rng_below(&g->r, 1000),
             tlds[rng_below(&g->r, 6)]);
}

static void indicator(gen *g)
{
    begin(g, "indicator");
    common(g, pick_creator(g));
    char pattern[256], what[64], sha[65], md5[33], d[64];
    const char *kind;
    switch (rng_below(&g->r, 5)) {
    case 0:
        snprintf(pattern, sizeof pattern, "[ipv4-addr:value = '%u.%u.%u.%u']",
                 rng_below(&g->r, 223) + 1, rng_below(&g->r, 256), rng_below(&g->r, 256),
                 rng_below(&g->r, 254) + 1);
        kind = "malicious-activity";
        strcpy(what, "IP address");
        break;
    case 1:
        domain(g, d);
        snprintf(pattern, sizeof pattern, "[domain-name:value = '%s']", d);
        kind = "malicious-activity";
        strcpy(what, "domain");
        break;
    case 2:
        hex(g, sha, 64);
        snprintf(pattern, sizeof pattern, "[file:hashes.'SHA-256' = '%s']", sha);
        kind = "malicious-activity";
        strcpy(what, "file hash");
        break;
    case 3:
        hex(g, md5, 32);
        snprintf(pattern, sizeof pattern,
                 "[file:hashes.MD5 = '%s' OR file:name = '%s%u.exe']", md5,
                 words[rng_below(&g->r, N_WORDS)], rng_below(&g->r, 100));
        kind = "anomalous-activity";
        strcpy(what, "dropper");
        break;
    default:
        domain(g, d);
        snprintf(pattern, sizeof pattern, "[url:value = 'https://%s/%s/%s.php']", d,
                 words[rng_below(&g->r, N_WORDS)], words[rng_below(&g->r, N_WORDS)]);
        kind = "compromised";
        strcpy(what, "URL");
        break;
    }
    char valid[48];
    stamp(g, valid);
    put(&g->t,
        "            \"name\": \"Malicious %s\",\n"
        "            \"description\": \"%s seen in the %s campaign; block at the perimeter.\",\n"
        "            \"indicator_types\": [ \"%s\" ],\n"
        "            \"pattern\": \"%s\", \"pattern_type\": \"stix\",\n"
        "            \"valid_from\": \"%s\",\n",
        what, what, words[rng_below(&g->r, N_WORDS)], kind, pattern, valid);
    if (rng_chance(&g->r, 30))
        put(&g->t,
            "            \"kill_chain_phases\": [ {\n"
            "                    \"kill_chain_name\": \"mitre-attack\",\n"
            "                    \"phase_name\": \"command-and-control\"\n"
            "                } ],\n");
    end(g);
}

static void named(gen *g, const char *type, const char *name)
{
    begin(g, type);
    common(g, pick_creator(g));
    put(&g->t, "            \"name\": \"%s %s-%zu\",\n", name, words[rng_below(&g->r, N_WORDS)],
        g->n);
    if (strcmp(type, "malware") == 0)
        put(&g->t, "            \"malware_types\": [ \"%s\" ],\n"
                   "            \"is_family\": true,\n",
            rng_chance(&g->r, 50) ? "remote-access-trojan" : "ransomware");
    else if (strcmp(type, "attack-pattern") == 0)
        put(&g->t, "            \"external_references\": [ {\n"
                   "                    \"source_name\": \"mitre-attack\",\n"
                   "                    \"external_id\": \"T%04u\" }\n"
                   "            ],\n",
            1000 + rng_below(&g->r, 600));
    end(g);
}

static void relationship(gen *g)
{
    static const struct {
        const char *source, *verb, *target;
    } kinds[] = {
        { "indicator", "indicates", "malware" },
        { "indicator", "indicates", "malware" },
        { "indicator", "indicates", "campaign" },
        { "malware", "uses", "attack-pattern" },
        { "campaign", "attributed-to", "threat-actor" },
        { "threat-actor", "uses", "malware" },
    };
    unsigned k = rng_below(&g->r, sizeof kinds / sizeof kinds[0]);
    const char *source = earlier(g, kinds[k].source), *target = earlier(g, kinds[k].target);
    if (!source || !target) {
        named(g, "malware", "Family");
        return;
    }
    char s[80], t[80];
    snprintf(s, sizeof s, "%s", source);
    snprintf(t, sizeof t, "%s", target);
    begin(g, "relationship");
    common(g, pick_creator(g));
    put(&g->t,
        "            \"relationship_type\": \"%s\", \"source_ref\": \"%s\",\n"
        "            \"target_ref\": \"%s\",\n",
        kinds[k].verb, s, t);
    end(g);
}

static void sighting(gen *g)
{
    const char *of = earlier(g, "indicator");
    if (!of) {
        indicator(g);
        return;
    }
    char o[80];
    snprintf(o, sizeof o, "%s", of);
    begin(g, "sighting");
    common(g, pick_creator(g));
    char first[48];
    stamp(g, first);
    put(&g->t,
        "            \"first_seen\": \"%s\", \"count\": %u,\n"
        "            \"sighting_of_ref\": \"%s\",\n"
        "            \"where_sighted_refs\": [ \"%s\" ],\n",
        first, 1 + rng_below(&g->r, 40), o, identities[rng_below(&g->r, 7)].id);
    end(g);
}

/* A cyber-observable: no creator, often no marking either. */
static void observable(gen *g)
{
    char d[64];
    switch (rng_below(&g->r, 3)) {
    case 0:
        begin(g, "ipv4-addr");
        put(&g->t, "            \"value\": \"%u.%u.%u.%u\",\n", rng_below(&g->r, 223) + 1,
            rng_below(&g->r, 256), rng_below(&g->r, 256), rng_below(&g->r, 254) + 1);
        break;
    case 1:
        begin(g, "domain-name");
        domain(g, d);
        put(&g->t, "            \"value\": \"%s\",\n", d);
        break;
    default:
        begin(g, "url");
        domain(g, d);
        put(&g->t, "            \"value\": \"http://%s/%s\",\n", d,
            words[rng_below(&g->r, N_WORDS)]);
        break;
    }
    end(g);
}

static void custom(gen *g)
{
    begin(g, "x-acme-sensor-alert");
    common(g, identities[1].id);
    put(&g->t, "            \"x_acme_sensor\": \"sensor-%u\", \"x_acme_severity\": %u,\n",
        rng_below(&g->r, 64), rng_below(&g->r, 10));
    end(g);
}

static void report(gen *g)
{
    size_t refs = 20 + rng_below(&g->r, 300);
    if (refs > g->n)
        refs = g->n;
    begin(g, "report");
    common(g, pick_creator(g));
    char published[48];
    stamp(g, published);
    put(&g->t,
        "            \"name\": \"Weekly threat report %zu\",\n"
        "            \"report_types\": [ \"threat-report\" ],\n"
        "            \"published\": \"%s\", \"object_refs\": [\n",
        g->n, published);
    /* a run of recent objects, as a report gathers one week's */
    size_t from = g->n - 1 - refs;
    for (size_t i = 0; i < refs; i++)
        put(&g->t, "                \"%s\"%s\n", g->objects[from + i].id,
            i + 1 < refs ? "," : "");
    put(&g->t, "            ],\n");
    end(g);
}

static void carriers(gen *g)
{
    char c[48];
    for (size_t i = 0; i < N_MARKINGS; i++) {
        put(&g->t, "%s    {\"type\": \"marking-definition\",\n"
                   "            \"spec_version\": \"2.1\", \"id\": \"%s\",\n",
            g->first ? "" : ",\n", markings[i].id);
        g->first = false;
        if (markings[i].statement)
            put(&g->t, "            \"created\": \"2026-01-05T10:00:00.000Z\",\n"
                       "            \"definition_type\": \"statement\",\n"
                       "            \"definition\": {\n"
                       "                \"statement\": \"%s\" } }",
                markings[i].statement);
        else
            put(&g->t, "            \"created\": \"2022-10-01T00:00:00.000Z\",\n"
                       "            \"name\": \"%s\", \"extensions\": {\n"
                       "                \"extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d\": {\n"
                       "                    \"extension_type\": \"property-extension\",\n"
                       "                    \"tlp_2_0\": \"%s\" }\n"
                       "            } }",
                markings[i].name, markings[i].name + 4);
        g->n++;
    }
    for (size_t i = 0; i < N_IDENTITIES; i++) {
        stamp(g, c);
        put(&g->t,
            ",\n    {\"type\": \"identity\", \"spec_version\": \"2.1\",\n"
            "            \"id\": \"%s\", \"created\": \"%s\",\n"
            "            \"modified\": \"%s\", \"name\": \"%s\",\n"
            "            \"identity_class\": \"%s\" }",
            identities[i].id, c, c, identities[i].name, identities[i].identity_class);
        g->n++;
    }
}

/* Puts each object on one line, the way many TAXII servers send a bundle:
 * within an object, a line break and the indentation after it become one
 * space.  (The text has no brackets or quotes inside its strings.) */
static void one_line_objects(text *t)
{
    size_t out = 0;
    int depth = 0;
    bool in_string = false;
    for (size_t i = 0; i < t->len; i++) {
        char c = t->s[i];
        if (c == '"')
            in_string = !in_string;
        else if (!in_string && (c == '{' || c == '['))
            depth++;
        else if (!in_string && (c == '}' || c == ']'))
            depth--;
        if (c == '\n' && depth >= 3) {
            while (i + 1 < t->len && t->s[i + 1] == ' ')
                i++;
            c = ' ';
        }
        t->s[out++] = c;
    }
    t->len = out;
    t->s[out] = '\0';
}

char *stix_gen_bundle(size_t n, uint64_t seed, size_t *len)
{
    gen g;
    memset(&g, 0, sizeof g);
    g.r.s = seed;
    g.first = true;
    g.objects = calloc(n + 1, sizeof *g.objects);
    bool ok = g.objects != NULL;
    for (size_t i = 0; ok && i < N_TYPES; i++)
        ok = (g.by_type[i] = calloc(n + 1, sizeof *g.by_type[i])) != NULL;
    if (ok) {
        char u[40];
        uuid(&g, u);
        put(&g.t, "{ \"type\": \"bundle\", \"id\": \"bundle--%s\", \"objects\": [\n", u);
        carriers(&g);
        while (g.n < n) {
            unsigned w = rng_below(&g.r, 1000);
            if (w < 480)
                indicator(&g);
            else if (w < 880)
                relationship(&g);
            else if (w < 905)
                named(&g, "malware", "Family");
            else if (w < 915)
                named(&g, "attack-pattern", "Technique");
            else if (w < 920)
                named(&g, "threat-actor", "Actor");
            else if (w < 925)
                named(&g, "campaign", "Operation");
            else if (w < 955)
                sighting(&g);
            else if (w < 994)
                observable(&g);
            else if (w < 999)
                custom(&g);
            else if (g.n > 400)
                report(&g);
        }
        put(&g.t, " ]\n}\n");
    }
    for (size_t i = 0; i < N_TYPES; i++)
        free(g.by_type[i]);
    free(g.objects);
    if (!ok || g.t.failed) {
        free(g.t.s);
        return NULL;
    }
    one_line_objects(&g.t);
    *len = g.t.len;
    return g.t.s;
}
