/*
 * sharepol.h — the whole public interface of libsharepol.
 *
 * libsharepol compiles information-sharing policies written in the sharepol
 * language (docs/language.md) and answers "may A pass this item to B now?".
 *
 * Lifecycle:  compile once (sharepol_compile_files / sharepol_compile_string),
 * intern names once (sharepol_party, sharepol_category, ...), then decide as
 * often as needed (sharepol_decide) from any number of threads.
 *
 * Conventions (see docs/api.md):
 *  - Functions that can fail return an int status: SHAREPOL_OK (0) or one of
 *    the negative SHAREPOL_E* codes (those that decide return the decision
 *    instead of SHAREPOL_OK, sharepol_applying_rules a count).  An error is
 *    never an allow.
 *  - Outputs come first and are named `out`; what a function returns through
 *    a pointer-to-pointer belongs to the caller, who frees it with the
 *    matching sharepol_*_free or sharepol_*_release.  Every free/release
 *    accepts NULL.  Two kinds of output come last instead, on purpose:
 *    . an optional second output: the `diags` list of compiling, formatting
 *      and parsing a query (the main output, `out`, is first);
 *    . what a question about a policy fills in besides its return value:
 *      sharepol_decide(policy, query, result) and sharepol_decide_residual,
 *      sharepol_applying_rules(policy, query, out, cap) and
 *      sharepol_expectation_run(policy, index, result, passed).  The answer
 *      is the returned int; these read as "ask policy about query", like
 *      every lookup (sharepol_party(policy, name)), and the outputs may be
 *      NULL (or cap 0).  The order is part of the ABI and stays.
 *  - Plain returned pointers are borrowed: they live as long as their parent
 *    object, which each block says.
 *  - Option structs have `version` first, set by their _INIT macro from a
 *    SHAREPOL_*_OPTIONS_VERSION macro; fields are only ever appended, and a
 *    version the library does not know is SHAREPOL_EINVAL.
 *  - Threads: a compiled policy is shared freely.  Objects handed back
 *    (results, residuals, explanations, parsed queries, diagnostics,
 *    strings) belong to no thread and are never changed after they are
 *    made: any thread may read one, several at once, and one frees it, once
 *    they are done, when the program passes it over with its own
 *    synchronisation (docs/api.md,
 *    "Threads and hot reload").  Deciding needs stack, not heap: give
 *    threads that decide at least 96 KiB (docs/design.md, "The stack a
 *    decision needs").
 *  - Nothing here prints, exits, or keeps global state.
 */
#ifndef SHAREPOL_H
#define SHAREPOL_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---------------------------------------------------------------------- */
/* Version: the one source of truth (CMake reads these three lines).       */
/* ---------------------------------------------------------------------- */

#define SHAREPOL_VERSION_MAJOR 0
#define SHAREPOL_VERSION_MINOR 1
#define SHAREPOL_VERSION_PATCH 0
#define SHAREPOL_VERSION_NUMBER                                               \
    (SHAREPOL_VERSION_MAJOR * 10000 + SHAREPOL_VERSION_MINOR * 100 +          \
     SHAREPOL_VERSION_PATCH)
#define SHAREPOL_STRINGIFY_(x) #x
#define SHAREPOL_STRINGIFY(x) SHAREPOL_STRINGIFY_(x)
#define SHAREPOL_VERSION_STRING                                               \
    SHAREPOL_STRINGIFY(SHAREPOL_VERSION_MAJOR) "."                            \
    SHAREPOL_STRINGIFY(SHAREPOL_VERSION_MINOR) "."                            \
    SHAREPOL_STRINGIFY(SHAREPOL_VERSION_PATCH)

/* Symbols leave the library only through this macro. */
#ifndef SHAREPOL_API
#  if defined(_WIN32)
#    if defined(SHAREPOL_EXPORTS)
#      define SHAREPOL_API __declspec(dllexport)
#    elif defined(SHAREPOL_SHARED)
#      define SHAREPOL_API __declspec(dllimport)
#    else
#      define SHAREPOL_API
#    endif
#  elif defined(__GNUC__) && __GNUC__ >= 4
#    define SHAREPOL_API __attribute__((visibility("default")))
#  else
#    define SHAREPOL_API
#  endif
#endif

/*! sharepol_version_number():
 *  @return SHAREPOL_VERSION_NUMBER of the library actually linked, so a
 *          program can check it against the header it was compiled with. */
SHAREPOL_API int sharepol_version_number(void);

/*! sharepol_version():
 *  @return the library's version as "MAJOR.MINOR.PATCH"; static storage. */
SHAREPOL_API const char *sharepol_version(void);

/* ---------------------------------------------------------------------- */
/* Status codes.  Pinned: numbers are never reused or renumbered.           */
/* ---------------------------------------------------------------------- */

enum {
    SHAREPOL_OK = 0,        /* success */
    SHAREPOL_ENOMEM = -1,   /* an allocation failed; nothing was changed */
    SHAREPOL_EINVAL = -2,   /* a bad argument (NULL where an object is needed,
                               an id out of range, a malformed option struct) */
    SHAREPOL_EIO = -3,      /* a file could not be read */
    SHAREPOL_EPARSE = -4,   /* the policy or query text has errors; see the
                               diagnostics */
    SHAREPOL_EUNKNOWN = -5, /* a query names something the policy does not
                               declare */
    SHAREPOL_EKIND = -6,    /* a query names a declared thing of the wrong kind
                               (a group where a party is needed) */
    SHAREPOL_ELIMIT = -7,   /* an input exceeds a limit: one of
                               sharepol_limits, or a fixed one (docs/language.md,
                               "Limits") */
    SHAREPOL_ERANGE = -8    /* a date outside 1900-01-01 .. 9999-12-31 */
};

/*! sharepol_strerror():
 *  @return a short English text for a status code ("out of memory"), or
 *          "unknown status" for a number that is not one; static storage. */
SHAREPOL_API const char *sharepol_strerror(int status);

/* ---------------------------------------------------------------------- */
/* Allocation.                                                             */
/* ---------------------------------------------------------------------- */

/*! sharepol_alloc_fn: one function for malloc, realloc and free, in the
 *  style of lua_Alloc.  With new_size 0 it frees ptr (which may be NULL) and
 *  returns NULL.  Otherwise it returns a block of new_size bytes holding the
 *  first min(old_size, new_size) bytes of ptr (ptr NULL and old_size 0 for a
 *  fresh block), or NULL on failure, leaving ptr untouched.  Blocks must be
 *  aligned for any object type.  It is called from every thread that
 *  compiles or formats with it, from every thread that asks a policy
 *  compiled with it for something that allocates (an explanation, a
 *  residual, a parsed query, a graph), renders a diagnostics list made with
 *  it, or frees any of these: it must be thread-safe if those happen at
 *  once.  Deciding never calls it (sharepol_decide_residual does, for the
 *  residual). */
typedef void *(*sharepol_alloc_fn)(void *ctx, void *ptr, size_t old_size,
                                   size_t new_size);

typedef struct sharepol_allocator {
    sharepol_alloc_fn fn; /* NULL means the C library's malloc family */
    void *ctx;            /* passed to fn unchanged */
} sharepol_allocator;

/* ---------------------------------------------------------------------- */
/* Diagnostics: what compilation and query parsing report.                 */
/* ---------------------------------------------------------------------- */

enum {
    SHAREPOL_SEVERITY_ERROR = 0,   /* compilation fails */
    SHAREPOL_SEVERITY_WARNING = 1, /* reported; compilation succeeds */
    SHAREPOL_SEVERITY_NOTE = 2     /* more about the error or warning before it */
};

/*! One diagnostic.  Every string is borrowed from the sharepol_diagnostics
 *  list that holds it.  line and column are 1-based, columns count Unicode
 *  characters; both are 0 when the diagnostic has no place in a file (an
 *  unreadable file, a missing test block). */
typedef struct sharepol_diagnostic {
    int severity;        /* SHAREPOL_SEVERITY_* */
    const char *code;    /* stable identifier, e.g. "undefined-name"; see
                            docs/errors.md */
    const char *file;    /* the path as given, or "<string>"; NULL if none */
    unsigned line, column;
    unsigned end_line, end_column; /* last character of the place, inclusive */
    const char *message; /* one line, no trailing period */
} sharepol_diagnostic;

typedef struct sharepol_diagnostics sharepol_diagnostics;

/*! sharepol_diagnostics_count():
 *  @return the number of diagnostics in the list, notes included; 0 for NULL. */
SHAREPOL_API size_t sharepol_diagnostics_count(const sharepol_diagnostics *diags);

/*! sharepol_diagnostics_get():
 *  @return the diagnostic at index, in the order they were found (each note
 *          follows the error or warning it belongs to), or NULL when index is
 *          out of range.  Borrowed from diags. */
SHAREPOL_API const sharepol_diagnostic *
sharepol_diagnostics_get(const sharepol_diagnostics *diags, size_t index);

/*! sharepol_diagnostics_errors(), sharepol_diagnostics_warnings():
 *  @return how many errors / warnings the list holds (notes not counted). */
SHAREPOL_API size_t sharepol_diagnostics_errors(const sharepol_diagnostics *diags);
SHAREPOL_API size_t sharepol_diagnostics_warnings(const sharepol_diagnostics *diags);

enum {
    SHAREPOL_RENDER_COLOR = 1u << 0 /* ANSI colours, for a terminal */
};

/*! sharepol_diagnostics_render(): the whole list as text, exactly as the
 *  `sharepol` command prints it:
 *
 *      file:line:col: error[code]: message
 *       12 |   allow threat-intel from signatores to CAS;
 *          |                           ^~~~~~~~~~
 *      file:line:col: note: did you mean 'signatories'?
 *
 *  `code` is the diagnostic's stable code ("undefined-name"); a note whose
 *  code is "note" shows none.  Control characters of the source are shown
 *  escaped, so a policy cannot send escape sequences to a terminal.
 *  @out     receives a NUL-terminated string owned by the caller; free it with
 *           sharepol_string_free().
 *  @flags   SHAREPOL_RENDER_* bits.
 *  @return  SHAREPOL_OK, SHAREPOL_EINVAL (NULL out), SHAREPOL_ENOMEM. */
SHAREPOL_API int sharepol_diagnostics_render(char **out,
                                             const sharepol_diagnostics *diags,
                                             unsigned flags);

/*! sharepol_diagnostics_free(): frees the list; NULL is allowed. */
SHAREPOL_API void sharepol_diagnostics_free(sharepol_diagnostics *diags);

/*! sharepol_string_free(): frees a string the library returned; NULL is
 *  allowed. */
SHAREPOL_API void sharepol_string_free(char *s);

/* ---------------------------------------------------------------------- */
/* Compiling a policy set.                                                 */
/* ---------------------------------------------------------------------- */

/*! Limits on untrusted input.  0 means the default given beside each. */
typedef struct sharepol_limits {
    size_t max_file_size;     /* bytes per source file; 16 MiB (a value above
                                 2^32 - 17 counts as 2^32 - 17) */
    size_t max_name_length;   /* bytes per name; 255 */
    size_t max_string_length; /* bytes per string after escapes; 64 KiB */
    unsigned max_depth;       /* nesting of ( and of not; 256, also the
                                 most allowed: a larger value counts as 256 */
    unsigned max_errors;      /* errors reported before stopping; 100 */
    size_t max_files;         /* files in one policy set; 10000 */
} sharepol_limits;

enum {
    SHAREPOL_COMPILE_NO_WARNINGS = 1u << 0, /* do not collect warnings */
    SHAREPOL_COMPILE_WERROR = 1u << 1       /* treat warnings as errors */
};

#define SHAREPOL_COMPILE_OPTIONS_VERSION 1

/*! Options for compilation.  Initialise with SHAREPOL_COMPILE_OPTIONS_INIT;
 *  fields are only ever appended, and `version` tells the library which
 *  fields the caller knows. */
typedef struct sharepol_compile_options {
    unsigned version;               /* SHAREPOL_COMPILE_OPTIONS_VERSION */
    unsigned flags;                 /* SHAREPOL_COMPILE_* bits */
    sharepol_allocator allocator;   /* every allocation of the compilation and
                                       of the compiled policy goes here */
    sharepol_limits limits;
} sharepol_compile_options;

#define SHAREPOL_COMPILE_OPTIONS_INIT                                         \
    { SHAREPOL_COMPILE_OPTIONS_VERSION, 0u, { NULL, NULL },                  \
      { 0, 0, 0, 0u, 0u, 0 } }

/*! A compiled policy set: immutable, reference counted, and safe to query
 *  from any number of threads at once without a lock. */
typedef struct sharepol_policy sharepol_policy;

/*! sharepol_compile_files(): compiles a policy set from files.
 *  @out     receives the policy on success (reference count 1); NULL on any
 *           failure.
 *  @paths   n paths; a directory stands for every `.spol` file below it, in
 *           byte-wise sorted order.  Order matters: it is the source order
 *           that decides which rule is cited.  A file reached more than once
 *           (named twice, in a directory also named, or under another
 *           spelling or a hard link: the same device and inode) is read
 *           once, where it is first reached.
 *  @options NULL for the defaults.
 *  @diags   if not NULL, receives the diagnostics (also on success, with any
 *           warnings, and also on failure); free with
 *           sharepol_diagnostics_free().  Set to NULL after SHAREPOL_EINVAL
 *           and SHAREPOL_ENOMEM (a list cut short by a failed allocation is
 *           not handed out).
 *  @return  SHAREPOL_OK; SHAREPOL_EPARSE when the policy has errors;
 *           SHAREPOL_EIO when a file cannot be read (a diagnostic names it);
 *           SHAREPOL_ELIMIT when a limit is exceeded; SHAREPOL_ENOMEM;
 *           SHAREPOL_EINVAL for a bad argument. */
SHAREPOL_API int sharepol_compile_files(sharepol_policy **out,
                                        const char *const *paths, size_t n,
                                        const sharepol_compile_options *options,
                                        sharepol_diagnostics **diags);

/*! sharepol_compile_string(): compiles one policy text held in memory.
 *  @name    the file name diagnostics and rule locations show; NULL for
 *           "<string>".
 *  Everything else as sharepol_compile_files().  The text is copied. */
SHAREPOL_API int sharepol_compile_string(sharepol_policy **out,
                                         const char *text, size_t length,
                                         const char *name,
                                         const sharepol_compile_options *options,
                                         sharepol_diagnostics **diags);

/*! One policy text held in memory, for sharepol_compile_texts() and
 *  sharepol_symbols_new(): an editor's unsaved buffers beside the files of
 *  their folder. */
typedef struct sharepol_text {
    const char *name;  /* the file name diagnostics and places show; NULL
                          for "<string>" */
    const char *text;  /* length bytes; may be NULL when length is 0 */
    size_t length;
} sharepol_text;

/*! sharepol_compile_texts(): compiles a policy set of several texts held in
 *  memory, in the order given (as sharepol_compile_files() with those files).
 *  Each text is copied; each counts against max_file_size, and their number
 *  against max_files.
 *  Everything else as sharepol_compile_files(); n 0 is SHAREPOL_EINVAL. */
SHAREPOL_API int sharepol_compile_texts(sharepol_policy **out,
                                        const sharepol_text *texts, size_t n,
                                        const sharepol_compile_options *options,
                                        sharepol_diagnostics **diags);

/*! sharepol_policy_retain(): adds a reference (for another thread, or to keep
 *  an old policy alive while a new one is swapped in).  The count is atomic:
 *  any threads may retain and release one policy at once.  The caller must
 *  already hold a reference (or otherwise know the policy is alive):
 *  retaining does not make it safe to load a pointer that another thread may
 *  release meanwhile, and it orders no memory (it is a relaxed increment).
 *  So a program that swaps policies publishes the pointer itself, under a
 *  lock or with a release store read by an acquire load; a policy is
 *  complete when sharepol_compile_* returns and never changes after, so a
 *  thread that receives the pointer that way sees all of it.  The last
 *  sharepol_policy_release() frees the policy after every other holder's
 *  last use of it (the decrement is acquire-release).
 *  @return policy; NULL for NULL (nothing is done). */
SHAREPOL_API sharepol_policy *sharepol_policy_retain(sharepol_policy *policy);

/*! sharepol_policy_release(): drops a reference; the last one frees the
 *  policy.  NULL is allowed.  Every id, rule info and string borrowed from the
 *  policy dies with it. */
SHAREPOL_API void sharepol_policy_release(sharepol_policy *policy);

/*! One source of a compiled policy: the bytes exactly as compiled (a leading
 *  byte-order mark included), so that a program can name the policy it
 *  serves by a hash of them, free of a race with a file rewritten since.
 *  Borrowed from the policy. */
typedef struct sharepol_source_info {
    const char *name;  /* the path as given (for a directory, the path of the
                          file below it), or the name given to
                          sharepol_compile_string() */
    const char *text;  /* length bytes, then a NUL */
    size_t length;
} sharepol_source_info;

/*! sharepol_source_count(): how many sources (files, or the one text) the
 *  policy was compiled from.  @return the count; 0 for NULL. */
SHAREPOL_API size_t sharepol_source_count(const sharepol_policy *policy);

/*! sharepol_source(): source number index, in source order (the order of
 *  the paths given, a directory's files in byte-wise sorted order), from 0.
 *  @return borrowed from the policy, or NULL when out of range. */
SHAREPOL_API const sharepol_source_info *sharepol_source(const sharepol_policy *policy,
                                                         size_t index);

/* ---------------------------------------------------------------------- */
/* Interned ids: look a name up once, then query with small integers.      */
/* ---------------------------------------------------------------------- */

typedef int32_t sharepol_id;

/* "Not given" (an optional field left empty). */
#define SHAREPOL_ID_NONE ((sharepol_id)-1)
/* What a lookup of an undeclared name returns.  Deciding with it fails with
 * SHAREPOL_EUNKNOWN: it is never mistaken for "not given". */
#define SHAREPOL_ID_UNKNOWN ((sharepol_id)-2)

/*! sharepol_party(), sharepol_category(), sharepol_scope(),
 *  sharepol_purpose(): the id of a declared name of that kind.
 *  @return an id >= 0, or SHAREPOL_ID_UNKNOWN when the policy has no such
 *          name of that kind (or name is NULL).  Ids are dense: 0 up to the
 *          count of that kind, minus one. */
SHAREPOL_API sharepol_id sharepol_party(const sharepol_policy *policy, const char *name);
SHAREPOL_API sharepol_id sharepol_category(const sharepol_policy *policy, const char *name);
SHAREPOL_API sharepol_id sharepol_scope(const sharepol_policy *policy, const char *name);
SHAREPOL_API sharepol_id sharepol_purpose(const sharepol_policy *policy, const char *name);

enum {
    SHAREPOL_KIND_PARTY = 1,
    SHAREPOL_KIND_GROUP,
    SHAREPOL_KIND_CATEGORY,
    SHAREPOL_KIND_PURPOSE,
    SHAREPOL_KIND_SCOPE,
    SHAREPOL_KIND_AGREEMENT,
    SHAREPOL_KIND_RULE,
    SHAREPOL_KIND_RELATION  /* draft 2: `relation NAME;` (counted and named too) */
};

/*! sharepol_kind_of(): what a name is declared as.
 *  @return SHAREPOL_KIND_*, or 0 when the name is not declared. */
SHAREPOL_API int sharepol_kind_of(const sharepol_policy *policy, const char *name);

/*! sharepol_count(): how many names of a kind the policy declares (for
 *  SHAREPOL_KIND_RULE: how many rules, named or not).  0 for other kinds. */
SHAREPOL_API size_t sharepol_count(const sharepol_policy *policy, int kind);

/*! sharepol_name(): the name behind an id of a kind (PARTY, GROUP, CATEGORY,
 *  SCOPE, PURPOSE; groups are numbered like the others, in declaration
 *  order).  @return borrowed from the policy, or NULL when out of range. */
SHAREPOL_API const char *sharepol_name(const sharepol_policy *policy, int kind,
                                       sharepol_id id);

/*! sharepol_suggest(): for a name that is not declared as that kind, the
 *  declared name of the kind (PARTY, GROUP, CATEGORY, SCOPE, PURPOSE) it is
 *  most likely a misspelling of: a change of case, or at most a third of its
 *  characters added, dropped, changed or swapped.  For "did you mean ...?".
 *  @return borrowed from the policy, or NULL when none is that close. */
SHAREPOL_API const char *sharepol_suggest(const sharepol_policy *policy, int kind,
                                          const char *name);

/* ---------------------------------------------------------------------- */
/* Dates: days since 1970-01-01 (negative before), 1900-01-01..9999-12-31. */
/* ---------------------------------------------------------------------- */

/* In a query: "today (UTC)", read from the clock when deciding. */
#define SHAREPOL_DATE_TODAY INT32_MIN

/*! sharepol_date_parse(): reads "YYYY-MM-DD" (exactly, a real date).
 *  @return SHAREPOL_OK, SHAREPOL_EINVAL for a malformed or impossible date,
 *          SHAREPOL_ERANGE outside 1900..9999. */
SHAREPOL_API int sharepol_date_parse(int32_t *out, const char *text);

/*! sharepol_date_format(): writes "YYYY-MM-DD" and a NUL into buf (11 bytes).
 *  @return SHAREPOL_OK, or SHAREPOL_ERANGE for a day outside the range. */
SHAREPOL_API int sharepol_date_format(char buf[11], int32_t day);

/*! sharepol_date_today(): today's date in UTC. */
SHAREPOL_API int32_t sharepol_date_today(void);

/* ---------------------------------------------------------------------- */
/* Deciding.                                                               */
/* ---------------------------------------------------------------------- */

/*! One marking on an item (docs/language.md, "Several markings on one
 *  item"): a scope the originator designated, or an explicit audience.
 *  Exactly one of the two: `scope` a scope id with `audience` NULL, or
 *  `scope` SHAREPOL_ID_NONE with `audience` pointing at the party ids
 *  (n_audience 0 with a non-NULL pointer is an empty audience, which no
 *  recipient is in).  Initialise with SHAREPOL_MARKING_INIT. */
typedef struct sharepol_marking {
    sharepol_id scope;           /* a scope id, or SHAREPOL_ID_NONE */
    const sharepol_id *audience; /* party ids, or NULL */
    size_t n_audience;
} sharepol_marking;

#define SHAREPOL_MARKING_INIT { SHAREPOL_ID_NONE, NULL, 0 }

/* The most markings one query may carry (sharepol_query.n_markings). */
#define SHAREPOL_MAX_MARKINGS 64

/*! One transfer to decide.  Initialise with SHAREPOL_QUERY_INIT, then fill
 *  the ids.  The library only reads it, and its arrays, during the call it
 *  is passed to, and keeps no pointer into it afterwards.
 *
 *  The item's markings come in one of two forms, never both:
 *   . at most one, in `scope` (a scope id) or `audience` (an explicit
 *     audience), as before markings came in lists;
 *   . any number up to SHAREPOL_MAX_MARKINGS, in `markings` and
 *     `n_markings`, with `scope` SHAREPOL_ID_NONE and `audience` NULL.
 *     Every marking constrains the item: `marked S` holds when some
 *     marking is S, `unmarked` when there is none, `to within scope` when
 *     some marking has an audience and the recipient is in every audience,
 *     `to outside scope` when some audience leaves the recipient out.
 *     markings non-NULL with n_markings 0 is an item with no marking.
 *  The audience members of all markings together count against the limit
 *  of 4096, as those of `audience` do.  `markings` and `n_markings` were
 *  appended (fields are only ever appended); SHAREPOL_QUERY_INIT sets them,
 *  so code that starts from it needs no change. */
typedef struct sharepol_query {
    sharepol_id category;        /* required */
    sharepol_id from;            /* required: the sender, who holds the item */
    sharepol_id to;              /* required: the recipient */
    sharepol_id originator;      /* SHAREPOL_ID_NONE: the sender */
    sharepol_id scope;           /* a scope id, or SHAREPOL_ID_NONE */
    const sharepol_id *audience; /* an explicit audience (party ids) instead of
                                    a scope; NULL for none.  n_audience 0 with
                                    a non-NULL pointer is an empty audience. */
    size_t n_audience;
    sharepol_id purpose;         /* SHAREPOL_ID_NONE: no purpose given */
    int32_t date;                /* days since 1970-01-01, or
                                    SHAREPOL_DATE_TODAY */
    const sharepol_id *consents; /* parties that consented; may be NULL */
    size_t n_consents;
    const sharepol_marking *markings; /* the item's markings as a list, instead
                                         of scope and audience; NULL: none */
    size_t n_markings;
} sharepol_query;

#define SHAREPOL_QUERY_INIT                                                   \
    { SHAREPOL_ID_NONE, SHAREPOL_ID_NONE, SHAREPOL_ID_NONE, SHAREPOL_ID_NONE, \
      SHAREPOL_ID_NONE, NULL, 0, SHAREPOL_ID_NONE, SHAREPOL_DATE_TODAY, NULL, 0, \
      NULL, 0 }

/* The three decisions.  None of them is 0, and every error is negative, so
 * only a real allow compares equal to SHAREPOL_ALLOW. */
enum {
    SHAREPOL_ALLOW = 1,
    SHAREPOL_DENY = 2,
    SHAREPOL_NEEDS_CONSENT = 3
};

/*! sharepol_decision_name(): a decision's name, as `sharepol eval` writes it
 *  in its JSON lines: "allow", "deny" or "needs-consent".  (The text the
 *  `sharepol query` and `sharepol test` commands print, and the language's
 *  `=> needs consent`, have a space where this name has the hyphen.)
 *  @return static storage; "unknown decision" for any other number,
 *          including every negative status (use sharepol_strerror() for
 *          those). */
SHAREPOL_API const char *sharepol_decision_name(int decision);

enum {
    SHAREPOL_RULE_ALLOW = 1,
    SHAREPOL_RULE_DENY = 2,
    SHAREPOL_RULE_REQUIRE = 3
};

/*! What the policy says about one rule.  Borrowed from the policy. */
typedef struct sharepol_rule_info {
    int kind;              /* SHAREPOL_RULE_* */
    const char *name;      /* its name, or "FILE:LINE" when unnamed */
    const char *label;     /* its label, or NULL */
    const char *file;      /* the path as given */
    unsigned line, column; /* of the rule's first token */
    const char *agreement; /* the agreement it belongs to, or NULL */
    const char *agreement_label; /* that agreement's label, or NULL */
} sharepol_rule_info;

/*! sharepol_rule(): information on rule number index (source order, from 0).
 *  @return borrowed from the policy, or NULL when out of range. */
SHAREPOL_API const sharepol_rule_info *sharepol_rule(const sharepol_policy *policy,
                                                     size_t index);

/*! The answer to one query. */
typedef struct sharepol_result {
    int decision;                   /* SHAREPOL_ALLOW/DENY/NEEDS_CONSENT */
    const sharepol_rule_info *rule; /* the deciding rule; NULL for the default
                                       deny ("no rule allows this transfer") */
    size_t rule_index;              /* its index for sharepol_rule(), or
                                       (size_t)-1 */
    unsigned residual_size;         /* needs consent: how many more parties
                                       must consent at the fewest; else 0 */
} sharepol_result;

/*! sharepol_decide(): decides one query (docs/language.md, "Decisions").
 *  Allocates nothing and takes no lock; safe from any thread.  Its work
 *  space is the caller's stack: about 25 KB, and up to about 90 KB on the
 *  deepest policy the limits allow (docs/design.md, "The stack a decision
 *  needs").
 *  @result  may be NULL; otherwise filled with the deciding rule.  On an error
 *           it is set to a deny without a rule.
 *  @return  SHAREPOL_ALLOW, SHAREPOL_DENY or SHAREPOL_NEEDS_CONSENT; or
 *           SHAREPOL_EUNKNOWN (an id is SHAREPOL_ID_UNKNOWN), SHAREPOL_EINVAL
 *           (an id out of range, a required field missing, both a scope and
 *           an audience, markings with a scope or an audience, a marking
 *           that is both or neither, a count without its array),
 *           SHAREPOL_ERANGE (a date outside 1900..9999), SHAREPOL_ELIMIT
 *           (more than 4096 consents or audience members, more than
 *           SHAREPOL_MAX_MARKINGS markings, or more than 256 require rules
 *           applying to the transfer).  An error is never an allow. */
SHAREPOL_API int sharepol_decide(const sharepol_policy *policy,
                                 const sharepol_query *query,
                                 sharepol_result *result);

/* ---------------------------------------------------------------------- */
/* Residual consent: what a needs-consent answer still needs.              */
/* ---------------------------------------------------------------------- */

/*! A residual is a consent expression over parties, simplified
 *  (docs/language.md, "Decisions"): a tree of nodes.  It is irredundant:
 *  it names no party that already consented and no party outside every
 *  minimal set of further consents that satisfies it (`(A and B) or (A and C) or D` with B
 *  given is `A or D`), within the limits of docs/language.md (64 distinct
 *  parties and a bounded work; past them it is equivalent but not
 *  reduced); the tree and the text say the same. */
typedef struct sharepol_residual sharepol_residual;

enum {
    SHAREPOL_CONSENT_PARTY = 1, /* one party's consent */
    SHAREPOL_CONSENT_AND,       /* every child */
    SHAREPOL_CONSENT_OR,        /* at least one child */
    SHAREPOL_CONSENT_ANY,       /* at least one of the listed parties */
    SHAREPOL_CONSENT_COUNT      /* at least `count` of the listed parties */
};

/*! One node of a residual.  Borrowed from the residual that holds it. */
typedef struct sharepol_consent_node {
    int kind;                     /* SHAREPOL_CONSENT_* */
    sharepol_id party;            /* PARTY */
    unsigned count;               /* COUNT */
    const sharepol_id *parties;   /* ANY, COUNT: the parties */
    size_t n_parties;
    const struct sharepol_consent_node *const *children; /* AND, OR */
    size_t n_children;
} sharepol_consent_node;

/*! sharepol_residual_new(): the residual of a needs-consent answer.  It
 *  decides the query again (so a query dated SHAREPOL_DATE_TODAY may come
 *  out differently after midnight UTC) and builds the residual of that
 *  decision.  Safe from any thread on a shared policy; allocates through the
 *  policy's allocator.
 *  @out     receives the residual; free with sharepol_residual_free().  Set
 *           to NULL on every failure (when out itself is not NULL).
 *  @query   the query that was decided (unchanged since).
 *  @result  its result; must be a needs-consent answer.
 *  @return  SHAREPOL_OK; SHAREPOL_EINVAL when out, policy, query or result
 *           is NULL, when result is not a needs-consent answer, or when the
 *           query, decided again, is not needs consent by the same rule (a
 *           changed query, a result of another query or policy, a new day);
 *           an error of deciding the query again, as sharepol_decide()
 *           returns it (SHAREPOL_EUNKNOWN, SHAREPOL_EINVAL, SHAREPOL_ERANGE,
 *           SHAREPOL_ELIMIT); SHAREPOL_ENOMEM. */
SHAREPOL_API int sharepol_residual_new(sharepol_residual **out,
                                       const sharepol_policy *policy,
                                       const sharepol_query *query,
                                       const sharepol_result *result);

/*! sharepol_decide_residual(): sharepol_decide(), and for a needs-consent
 *  answer its residual too, from the same walk of the rules (cheaper than
 *  sharepol_decide and then sharepol_residual_new).
 *  @residual receives the residual of a needs-consent answer (free with
 *           sharepol_residual_free()), else NULL.
 *  @return  as sharepol_decide(); or SHAREPOL_ENOMEM when the residual could
 *           not be allocated (result still holds the answer), SHAREPOL_EINVAL
 *           when residual is NULL. */
SHAREPOL_API int sharepol_decide_residual(const sharepol_policy *policy,
                                          const sharepol_query *query,
                                          sharepol_result *result,
                                          sharepol_residual **residual);

/*! sharepol_residual_root(): the root node; borrowed from residual. */
SHAREPOL_API const sharepol_consent_node *
sharepol_residual_root(const sharepol_residual *residual);

/*! sharepol_residual_text(): the residual in the consent syntax, e.g.
 *  "MOD and METI" or "1 of {METI, IPA}"; borrowed from residual. */
SHAREPOL_API const char *sharepol_residual_text(const sharepol_residual *residual);

/*! sharepol_residual_free(): frees it; NULL is allowed. */
SHAREPOL_API void sharepol_residual_free(sharepol_residual *residual);

/* ---------------------------------------------------------------------- */
/* Explanations.                                                           */
/* ---------------------------------------------------------------------- */

typedef struct sharepol_explanation sharepol_explanation;

/*! sharepol_explain(): decides the query and says why: the deciding rule with
 *  its place, the rules that applied, and for a deny by default the rules
 *  that came closest with the first part of each that did not hold.
 *  @out     receives the explanation; free with sharepol_explanation_free().
 *  @return  as sharepol_decide() for the decision in the explanation, or
 *           SHAREPOL_ENOMEM. */
SHAREPOL_API int sharepol_explain(sharepol_explanation **out,
                                  const sharepol_policy *policy,
                                  const sharepol_query *query);

/*! sharepol_explanation_result(): the decision it explains; borrowed. */
SHAREPOL_API const sharepol_result *
sharepol_explanation_result(const sharepol_explanation *explanation);

/*! sharepol_explanation_text(): the reasoning as text, several lines;
 *  borrowed from the explanation. */
SHAREPOL_API const char *
sharepol_explanation_text(const sharepol_explanation *explanation);

/*! sharepol_explanation_residual(): the residual for a needs-consent answer,
 *  else NULL; borrowed from the explanation. */
SHAREPOL_API const sharepol_residual *
sharepol_explanation_residual(const sharepol_explanation *explanation);

/*! sharepol_explanation_free(): frees it; NULL is allowed. */
SHAREPOL_API void sharepol_explanation_free(sharepol_explanation *explanation);

/* ---------------------------------------------------------------------- */
/* Queries written in the language's QUERY syntax.                         */
/* ---------------------------------------------------------------------- */

/*! A query parsed from text such as
 *      "vulnerabilities from IPA to CAS consent MOD, METI"
 *  It owns the arrays its sharepol_query points to. */
typedef struct sharepol_parsed_query sharepol_parsed_query;

/*! sharepol_query_parse(): parses and resolves a query against a policy.
 *  @out     receives the parsed query; free with sharepol_parsed_query_free().
 *  @diags   if not NULL, receives diagnostics located in the query text (file
 *           name "<query>"); free with sharepol_diagnostics_free().
 *  @return  SHAREPOL_OK; SHAREPOL_EPARSE (syntax, or an impossible date);
 *           SHAREPOL_EUNKNOWN (an undeclared name); SHAREPOL_EKIND (a name of
 *           the wrong kind); SHAREPOL_ENOMEM; SHAREPOL_EINVAL. */
SHAREPOL_API int sharepol_query_parse(sharepol_parsed_query **out,
                                      const sharepol_policy *policy,
                                      const char *text, size_t length,
                                      sharepol_diagnostics **diags);

/*! sharepol_parsed_query_get(): the query, ready for sharepol_decide(); a
 *  query without `at` has date SHAREPOL_DATE_TODAY.  One marking (`scope S`
 *  or `scope {A, B}`) is in `scope` or `audience`; several (`scope S, {A}`)
 *  are in `markings`.  Borrowed from pq. */
SHAREPOL_API const sharepol_query *
sharepol_parsed_query_get(const sharepol_parsed_query *pq);

/*! sharepol_parsed_query_free(): frees it; NULL is allowed. */
SHAREPOL_API void sharepol_parsed_query_free(sharepol_parsed_query *pq);

/* ---------------------------------------------------------------------- */
/* Formatting.                                                             */
/* ---------------------------------------------------------------------- */

/*! sharepol_format(): one policy file in the one canonical layout (two
 *  spaces per level, one statement per line, aligned declarations, long rules
 *  wrapped before `from`, `to`, `with`, `when`, `for`), comments kept.  The
 *  result means exactly what the text means, and formatting it again
 *  changes nothing.  Names are not resolved, so a file that uses names
 *  declared in another file of its set can be formatted alone.
 *  @out     receives the text (free with sharepol_string_free()).
 *  @name    the file name diagnostics show; NULL for "<string>".
 *  @options NULL, or options whose allocator is used (flags and limits
 *           ignored); an options version the library does not know is
 *           SHAREPOL_EINVAL, as for compiling.
 *  @diags   if not NULL, receives the syntax errors (free it).
 *  @return  SHAREPOL_OK; SHAREPOL_EPARSE (the text has syntax errors: nothing
 *           is formatted); SHAREPOL_ELIMIT; SHAREPOL_ENOMEM; SHAREPOL_EINVAL. */
SHAREPOL_API int sharepol_format(char **out, const char *text, size_t length,
                                 const char *name,
                                 const sharepol_compile_options *options,
                                 sharepol_diagnostics **diags);

/* ---------------------------------------------------------------------- */
/* Symbols: the names of a policy set and every place each is written,     */
/* for editors (`sharepol lsp`), also while the text has errors.           */
/* ---------------------------------------------------------------------- */

/*! A place in a text: bytes [start, end) of the file, and the line and
 *  column of its first character and of the character after it (1-based,
 *  columns counting Unicode characters, as in sharepol_diagnostic). */
typedef struct sharepol_span {
    const char *file;
    size_t start, end;
    unsigned line, column;
    unsigned end_line, end_column;
} sharepol_span;

/*! One declared name.  Borrowed from the sharepol_symbols that holds it.
 *  Kinds may be added in later versions: a program shows kind_name for a
 *  kind it does not know. */
typedef struct sharepol_symbol {
    int kind;               /* SHAREPOL_KIND_* */
    const char *kind_name;  /* "party", "group", "category", ... */
    const char *name;
    const char *label;      /* or NULL */
    sharepol_span name_span;  /* the name in its declaration */
    sharepol_span span;       /* the whole declaration (an agreement: its
                                 block; a rule: up to its `;`) */
    const char *text;       /* the declaration as written on one line (runs
                               of white space and comments made one space),
                               cut after 400 bytes with "..." */
    const char *const *parents;  /* the names after `in`, as written */
    size_t n_parents;
    const char *const *members;  /* a group's or scope's set as written:
                                    names, or "*" */
    size_t n_members;
    const char *const *excepts;  /* the set's `except` names */
    size_t n_excepts;
    const char *agreement;  /* a rule inside an agreement: its name; else NULL */
} sharepol_symbol;

/*! One name written in the text: a declaration's name or a use of one. */
typedef struct sharepol_reference {
    const char *name;
    sharepol_span span;
    long symbol;            /* the symbol of that name, or -1 when no
                               declaration has it (an undefined name) */
    int is_declaration;     /* 1: this is the symbol's own name_span */
} sharepol_reference;

typedef struct sharepol_symbols sharepol_symbols;

/*! sharepol_symbols_new(): the declarations of a policy set and every place
 *  a name is written, from the texts parsed but not checked, so a set with
 *  errors still has them: a statement the parser could not read is left
 *  out, every other statement is there.  A name declared twice is one
 *  symbol per declaration; its uses name the first.
 *  @out     receives the symbols (free with sharepol_symbols_free()); NULL
 *           on failure.
 *  @texts   n texts, as for sharepol_compile_texts().
 *  @options NULL for the defaults; the allocator and limits are used.
 *  @return  SHAREPOL_OK (also when the texts have errors: compile them for
 *           the diagnostics); SHAREPOL_ENOMEM; SHAREPOL_EINVAL (NULL out, a
 *           NULL text with a length, an options version unknown). */
SHAREPOL_API int sharepol_symbols_new(sharepol_symbols **out,
                                      const sharepol_text *texts, size_t n,
                                      const sharepol_compile_options *options);

/*! sharepol_symbols_count(), sharepol_symbols_get(): the declared names, in
 *  source order over the texts.  get returns NULL out of range; borrowed. */
SHAREPOL_API size_t sharepol_symbols_count(const sharepol_symbols *symbols);
SHAREPOL_API const sharepol_symbol *
sharepol_symbols_get(const sharepol_symbols *symbols, size_t index);

/*! sharepol_symbols_find(): the first symbol declaring name.
 *  @return its index, or -1 when none does (or name is NULL). */
SHAREPOL_API long sharepol_symbols_find(const sharepol_symbols *symbols,
                                        const char *name);

/*! sharepol_references_count(), sharepol_references_get(): every name
 *  written in the texts (declarations' own names included), in source
 *  order.  get returns NULL out of range; borrowed from symbols. */
SHAREPOL_API size_t sharepol_references_count(const sharepol_symbols *symbols);
SHAREPOL_API const sharepol_reference *
sharepol_references_get(const sharepol_symbols *symbols, size_t index);

/*! sharepol_symbols_free(): frees them; NULL is allowed. */
SHAREPOL_API void sharepol_symbols_free(sharepol_symbols *symbols);

/*! sharepol_keyword(): the reserved words of the language ("agreement",
 *  "allow", ...), for completion and syntax highlighting.
 *  @return reserved word number index (from 0, in no promised order), or
 *          NULL past the last; static storage. */
SHAREPOL_API const char *sharepol_keyword(size_t index);

/* ---------------------------------------------------------------------- */
/* Introspection: agreements and which rules apply.                        */
/* ---------------------------------------------------------------------- */

/* In sharepol_agreement_info: no start / no end. */
#define SHAREPOL_DATE_NONE INT32_MAX

/*! What the policy says about one agreement.  Borrowed from the policy. */
typedef struct sharepol_agreement_info {
    const char *name;
    const char *label;       /* or NULL */
    const char *file;
    unsigned line, column;   /* of the word `agreement` */
    int32_t first_day;       /* first day in force, or SHAREPOL_DATE_NONE */
    int32_t last_day;        /* last day in force, or SHAREPOL_DATE_NONE (no end);
                                last_day < first_day: never in force */
} sharepol_agreement_info;

/*! sharepol_agreement(): agreement number index (source order, from 0).
 *  @return borrowed from the policy, or NULL when out of range. */
SHAREPOL_API const sharepol_agreement_info *
sharepol_agreement(const sharepol_policy *policy, size_t index);

/*! sharepol_applying_rules(): the rules that apply to a query (their
 *  agreement is in force, and the category, sender, recipient and condition
 *  match), whatever their kind, in source order.  Allocates nothing; safe
 *  from any thread.
 *  @out     receives the indices of the first min(cap, count) applying rules
 *           (may be NULL when cap is 0); the rest of it is not touched, nor
 *           is any of it on an error.
 *  @return  how many rules apply, all of them however small cap is (call
 *           with cap 0 to size the array, or compare the count with cap to
 *           see whether the list was cut short); a count above INT32_MAX is
 *           returned as INT32_MAX.  Or SHAREPOL_EINVAL (NULL policy or query,
 *           out NULL with cap > 0), or an error of checking the query as
 *           sharepol_decide() returns it: SHAREPOL_EUNKNOWN, SHAREPOL_EINVAL,
 *           SHAREPOL_ERANGE, SHAREPOL_ELIMIT (more than 4096 consents or
 *           audience members; the limit on require rules is not checked,
 *           since nothing is decided). */
SHAREPOL_API int sharepol_applying_rules(const sharepol_policy *policy,
                                         const sharepol_query *query,
                                         size_t *out, size_t cap);

/* ---------------------------------------------------------------------- */
/* The rule graph as a picture.                                            */
/* ---------------------------------------------------------------------- */

#define SHAREPOL_GRAPH_OPTIONS_VERSION 1

/*! Which rules sharepol_graph_dot() draws.  Initialise with
 *  SHAREPOL_GRAPH_OPTIONS_INIT; fields are only ever appended, and `version`
 *  tells the library which fields the caller knows. */
typedef struct sharepol_graph_options {
    unsigned version;        /* SHAREPOL_GRAPH_OPTIONS_VERSION */
    sharepol_id category;    /* only rules that can apply to an item of this
                                category; SHAREPOL_ID_NONE: every rule */
    int agreement;           /* only the rules of agreement number agreement
                                (see sharepol_agreement()); -1: every rule */
} sharepol_graph_options;

#define SHAREPOL_GRAPH_OPTIONS_INIT                                           \
    { SHAREPOL_GRAPH_OPTIONS_VERSION, SHAREPOL_ID_NONE, -1 }

/*! sharepol_graph_dot(): the rule graph in Graphviz DOT: parties as boxes
 *  clustered by organisation, groups as dashed ellipses joined to their
 *  members, allow rules as edges from each name of `from` to each name of
 *  `to` labelled with the rule, its categories, consent and condition, deny
 *  rules as red edges, and the require rules in a note.
 *  @out     receives the text (free with sharepol_string_free()).
 *  @options NULL for every rule.
 *  @return  SHAREPOL_OK; SHAREPOL_EINVAL (NULL out or policy, an options
 *           version this library does not know, a category or agreement out
 *           of range); SHAREPOL_ENOMEM. */
SHAREPOL_API int sharepol_graph_dot(char **out, const sharepol_policy *policy,
                                    const sharepol_graph_options *options);

/* ---------------------------------------------------------------------- */
/* The rule graph as text.                                                 */
/* ---------------------------------------------------------------------- */

/*! sharepol_policy_dump(): the compiled rule graph as text, as
 *  `sharepol check --dump` prints it: the parties in tree order with their
 *  tree ranges and groups, the groups with their members, the categories and
 *  purposes with their ancestors, the scopes with their audiences, the
 *  agreements with the days they are in force, each rule as lowered (kind,
 *  categories, days in force, sets, consent tree, condition tree), and the
 *  rule index key by key.  Names, not numbers; the same policy always gives
 *  the same text.  For reading how a policy was compiled and for golden
 *  tests; its layout may change from one version to the next, so do not
 *  parse it.
 *  @out     receives the text (free with sharepol_string_free()); NULL on
 *           failure.
 *  @return  SHAREPOL_OK, SHAREPOL_EINVAL (NULL out or policy),
 *           SHAREPOL_ENOMEM. */
SHAREPOL_API int sharepol_policy_dump(char **out, const sharepol_policy *policy);

/* ---------------------------------------------------------------------- */
/* Test blocks (docs/language.md, "Tests").                                */
/* ---------------------------------------------------------------------- */

/*! One `test "label" { ... }` block.  Borrowed from the policy. */
typedef struct sharepol_test_info {
    const char *label;
    const char *file;
    unsigned line, column;
    size_t first;            /* its first expectation's index */
    size_t n_expectations;
} sharepol_test_info;

/*! One `expect QUERY => OUTCOME;`.  Borrowed from the policy. */
typedef struct sharepol_expectation {
    const char *text;              /* the whole expectation as written */
    const char *file;
    unsigned line, column;
    int expected;                  /* SHAREPOL_ALLOW/DENY/NEEDS_CONSENT */
    const char *expected_residual; /* `needs consent of C`: C as written; else NULL */
    sharepol_query query;          /* ready for sharepol_decide() */
} sharepol_expectation;

/*! sharepol_test_count(): how many test blocks the policy set has. */
SHAREPOL_API size_t sharepol_test_count(const sharepol_policy *policy);

/*! sharepol_test(): test block number index (source order).
 *  @return borrowed from the policy, or NULL when out of range. */
SHAREPOL_API const sharepol_test_info *sharepol_test(const sharepol_policy *policy,
                                                     size_t index);

/*! sharepol_expectation_get(): expectation number index over all test blocks
 *  (a block's are first .. first + n_expectations - 1).
 *  @return borrowed from the policy, or NULL when out of range. */
SHAREPOL_API const sharepol_expectation *
sharepol_expectation_get(const sharepol_policy *policy, size_t index);

/*! sharepol_expectation_run(): decides an expectation's query and compares
 *  the outcome.  `=> allow` and `=> deny` compare the decision;
 *  `=> needs consent of C` also compares the residual with C as consent
 *  expressions (order and grouping do not matter; C's `originator` is the
 *  query's originator).
 *  @result  filled as by sharepol_decide(); may be NULL.
 *  @passed  set to 1 when the expectation holds, else 0.
 *  @return  SHAREPOL_OK; SHAREPOL_EINVAL for a bad index; SHAREPOL_ELIMIT when
 *           the residuals involve more than 20 parties and cannot be
 *           compared; or an error of sharepol_decide(). */
SHAREPOL_API int sharepol_expectation_run(const sharepol_policy *policy, size_t index,
                                          sharepol_result *result, int *passed);

/* ---------------------------------------------------------------------- */
/* The difference between two policies (docs/diff.md).                     */
/* ---------------------------------------------------------------------- */

#define SHAREPOL_DIFF_OPTIONS_VERSION 1

/*! How sharepol_diff_new() compares.  Initialise with
 *  SHAREPOL_DIFF_OPTIONS_INIT; fields are only ever appended, and `version`
 *  tells the library which fields the caller knows. */
typedef struct sharepol_diff_options {
    unsigned version;   /* SHAREPOL_DIFF_OPTIONS_VERSION */
    int32_t old_date;   /* with new_date: decide every query of the old policy
                           on this day and of the new one on new_date ("what
                           changes on that day"); SHAREPOL_DATE_NONE for
                           both: every day, the same in both */
    int32_t new_date;
} sharepol_diff_options;

#define SHAREPOL_DIFF_OPTIONS_INIT                                            \
    { SHAREPOL_DIFF_OPTIONS_VERSION, SHAREPOL_DATE_NONE, SHAREPOL_DATE_NONE }

/* A class's markings: a scope id of the old policy, or one of these. */
enum {
    SHAREPOL_DIFF_UNMARKED = -1,        /* no scope, no audience */
    SHAREPOL_DIFF_AUDIENCE_WITH = -2,   /* any explicit audience that holds the
                                           recipient */
    SHAREPOL_DIFF_AUDIENCE_WITHOUT = -3, /* any explicit audience that does not */
    SHAREPOL_DIFF_NO_AUDIENCE = -4,     /* (sharepol_diff_marking) no explicit
                                           audience */
    SHAREPOL_DIFF_AUDIENCE_OLD_ONLY = -5, /* an audience that holds the recipient
                                             in the old version's party tree
                                             only (a party moved) */
    SHAREPOL_DIFF_AUDIENCE_NEW_ONLY = -6  /* ... in the new version's only */
};

/*! One combination of markings in a class (docs/diff.md, "Classes"): the
 *  items that carry at least one scope of each kind whose bit is set, no
 *  scope of any other kind, and an explicit audience as `audience` says
 *  (SHAREPOL_DIFF_NO_AUDIENCE, _AUDIENCE_WITH: audiences that all hold the
 *  recipient, _AUDIENCE_WITHOUT: one that does not, _AUDIENCE_OLD_ONLY and
 *  _NEW_ONLY: they hold it in one version's party tree only). */
typedef struct sharepol_diff_marking {
    uint64_t kinds;
    int32_t audience;
} sharepol_diff_marking;

/* A class's originators. */
enum {
    SHAREPOL_DIFF_ORIGINATOR_ANY,    /* every party (the rules never look) */
    SHAREPOL_DIFF_ORIGINATOR_SENDER, /* the sender itself (none given) */
    SHAREPOL_DIFF_ORIGINATOR_OTHER   /* one of `originators`, not the sender */
};

/*! One class of queries whose answers differ: every combination of the
 *  listed values (ids of the old policy) is a query of the class, and all
 *  of them differ alike.  Borrowed from the diff. */
typedef struct sharepol_diff_class {
    const sharepol_id *categories;
    size_t n_categories;
    const sharepol_id *from;
    size_t n_from;
    const sharepol_id *to;
    size_t n_to;
    int originator_mode;              /* SHAREPOL_DIFF_ORIGINATOR_* */
    const sharepol_id *originators;   /* OTHER only */
    size_t n_originators;
    const int32_t *markings;          /* its queries with at most one marking:
                                         scope ids or SHAREPOL_DIFF_*; may be
                                         none (marking_sets says all) */
    size_t n_markings;
    const sharepol_id *purposes;      /* SHAREPOL_ID_NONE: no purpose */
    size_t n_purposes;
    int32_t first_day, last_day;      /* the days, both included;
                                         SHAREPOL_DATE_NONE with old_date */
    uint64_t size;                    /* the queries without consents it
                                         stands for (docs/diff.md); saturates
                                         at UINT64_MAX */
    sharepol_query old_query;         /* the example, in the old policy's ids,
                                         with the consents that make it differ */
    sharepol_query new_query;         /* the same query in the new one's ids */
    sharepol_result old_result, new_result; /* rules borrowed from the policies */
    const char *old_residual, *new_residual; /* needs consent: the residual
                                                text; else NULL */
    /* Every set of markings of the class (appended with draft 2): the
       scopes fall into kinds no rule of the class tells apart, and a set
       of markings is in the class when its kinds and its audience are one
       of marking_sets. */
    const int32_t *marking_kinds;     /* by scope id of the old policy: its
                                         kind (a bit of kinds), -1 for a
                                         scope only OLD declares */
    size_t n_marking_kinds;           /* at most 12 */
    const sharepol_diff_marking *marking_sets;
    size_t n_marking_sets;
} sharepol_diff_class;

typedef struct sharepol_diff sharepol_diff;

/*! sharepol_diff_new(): every class of queries whose answer (decision,
 *  deciding rule, residual as a consent expression) differs between two
 *  policies, over every query that names only names both declare
 *  (docs/diff.md says exactly what is compared and counted).  The diff
 *  borrows from both policies: release them after the diff.  Safe from any
 *  thread on shared policies; allocates through the old policy's allocator.
 *  @out     receives the diff (free with sharepol_diff_free()); NULL on
 *           failure.
 *  @options NULL for the defaults.
 *  Draft 2 included: rules whose sets name the query's own parties (`to
 *  organisation of from`, `clients of originator`), and items that carry
 *  several markings (every set of scopes, with or without an explicit
 *  audience).
 *  @return  SHAREPOL_OK; SHAREPOL_EINVAL (NULL out or policy, an options
 *           version this library does not know, only one of the two dates);
 *           SHAREPOL_ERANGE (a date outside 1900..9999); SHAREPOL_ELIMIT (a
 *           class whose consents, or two residuals, would need more than
 *           2^20 sets of parties tried, or whose rules tell more than 12
 *           kinds of scope apart, or more than 1,000,000 classes that
 *           differ; docs/diff.md); SHAREPOL_ENOMEM. */
SHAREPOL_API int sharepol_diff_new(sharepol_diff **out, const sharepol_policy *old_policy,
                                   const sharepol_policy *new_policy,
                                   const sharepol_diff_options *options);

/*! sharepol_diff_count(): how many classes differ (0 for NULL). */
SHAREPOL_API size_t sharepol_diff_count(const sharepol_diff *diff);

/*! sharepol_diff_class_at(): class number index, in the order of category,
 *  day, sender, recipient, originator, marking and purpose.
 *  @return borrowed from the diff, or NULL when out of range. */
SHAREPOL_API const sharepol_diff_class *sharepol_diff_class_at(const sharepol_diff *diff,
                                                               size_t index);

/*! sharepol_diff_only_in(): name number index of those that only the old
 *  (which 0) or only the new (which 1) policy declares as a party,
 *  category, purpose or scope: every query naming one is an error in the
 *  other.  @kind receives its SHAREPOL_KIND_*; may be NULL.
 *  @return borrowed from that policy, or NULL past the end. */
SHAREPOL_API const char *sharepol_diff_only_in(const sharepol_diff *diff, int which,
                                               size_t index, int *kind);

/*! sharepol_diff_free(): frees it; NULL is allowed. */
SHAREPOL_API void sharepol_diff_free(sharepol_diff *diff);

/* ---------------------------------------------------------------------- */
/* STIX 2.1 objects (docs/stix.md): the policy's `stix` mappings.          */
/* ---------------------------------------------------------------------- */

/* What a STIX key is, for sharepol_stix_lookup(). */
enum {
    SHAREPOL_STIX_IDENTITY = 1, /* an identity's id: maps to a party */
    SHAREPOL_STIX_MARKING,      /* a marking definition's id: to a scope */
    SHAREPOL_STIX_TYPE          /* an object type: to a category */
};

/*! sharepol_stix_lookup(): what the policy's `stix` blocks map a STIX id or
 *  type to (docs/language.md, "STIX mappings"); the five TLP 2.0 marking
 *  definitions map to the scopes `tlp-clear` ... `tlp-red` where the policy
 *  declares them and does not map those ids itself.  Ids match with their
 *  hex digits in either case.  Allocates nothing; safe from any thread.
 *  @kind    SHAREPOL_STIX_IDENTITY, SHAREPOL_STIX_MARKING or
 *           SHAREPOL_STIX_TYPE.
 *  @key     the id or type, `length` bytes (no NUL needed).
 *  @return  the party's, scope's or category's id; SHAREPOL_ID_UNKNOWN when
 *           nothing is mapped to key as that kind (a malformed id, one of
 *           another type, a key longer than 300 bytes included), or when
 *           policy or key is NULL or kind is not one of the three. */
SHAREPOL_API sharepol_id sharepol_stix_lookup(const sharepol_policy *policy, int kind,
                                              const char *key, size_t length);

/*! The fields of one STIX object that decide where it may go, as the
 *  caller parsed them (NUL-terminated strings, borrowed for the call). */
typedef struct sharepol_stix_object {
    const char *type;                 /* its `type`; required */
    const char *created_by_ref;       /* its `created_by_ref`, or NULL */
    const char *const *marking_refs;  /* its `object_marking_refs` */
    size_t n_marking_refs;
    const char *const *granular_refs; /* the `marking_ref` of each of its
                                         `granular_markings` */
    size_t n_granular_refs;
} sharepol_stix_object;

/* Why an object is held back before any rule is asked: the positive
 * returns of sharepol_stix_query(). */
enum {
    SHAREPOL_STIX_UNATTRIBUTED = 1,  /* no created_by_ref and no originator
                                        in the base query */
    SHAREPOL_STIX_UNMAPPED_TYPE,     /* its type has no mapping */
    SHAREPOL_STIX_UNMAPPED_CREATOR,  /* its created_by_ref has no mapping */
    SHAREPOL_STIX_UNMAPPED_MARKING,  /* a marking (object or granular) has
                                        none */
    SHAREPOL_STIX_TOO_MANY_MARKINGS  /* more than SHAREPOL_MAX_MARKINGS
                                        distinct scopes */
};

/*! sharepol_stix_query(): the query that decides one STIX object: `base`
 *  (the holder as `from`, the recipient as `to`, the date, consents and
 *  purpose, as the caller sets them) with the category its type maps to,
 *  the party its created_by_ref maps to as originator (without a
 *  created_by_ref, base's originator: SHAREPOL_ID_NONE there leaves the
 *  object unattributed), and as markings the scopes of its object markings
 *  and of its granular markings, each scope once.  A granular marking
 *  counts as a marking of the whole object: an object is never let out
 *  because the marked part is only a part.  The gate fails closed: an
 *  object with a field that has no mapping is not decided.
 *  @query     receives the query; it points into `markings` and into
 *             base's arrays.
 *  @markings  room for SHAREPOL_MAX_MARKINGS markings.
 *  @unmapped  may be NULL; receives the type or id that has no mapping
 *             (borrowed from object), or NULL.
 *  @return    SHAREPOL_OK: decide *query with sharepol_decide(); a positive
 *             SHAREPOL_STIX_* when the object is held back; SHAREPOL_EINVAL
 *             when an argument or object->type is NULL, or a count comes
 *             without its array. */
SHAREPOL_API int sharepol_stix_query(const sharepol_policy *policy,
                                     const sharepol_stix_object *object,
                                     const sharepol_query *base, sharepol_query *query,
                                     sharepol_marking *markings, const char **unmapped);

/*! sharepol_stix_decide(): sharepol_stix_query() then sharepol_decide(),
 *  for a program that gates objects one by one.
 *  @result    may be NULL; filled as by sharepol_decide(), a deny without a
 *             rule for a held-back object.
 *  @held      may be NULL; receives 0 when the policy decided, else the
 *             SHAREPOL_STIX_* reason.
 *  @unmapped  as for sharepol_stix_query().
 *  @return    SHAREPOL_ALLOW, SHAREPOL_DENY (a held-back object too) or
 *             SHAREPOL_NEEDS_CONSENT; or an error of sharepol_stix_query()
 *             or sharepol_decide().  An error is never an allow. */
SHAREPOL_API int sharepol_stix_decide(const sharepol_policy *policy,
                                      const sharepol_stix_object *object,
                                      const sharepol_query *base, sharepol_result *result,
                                      int *held, const char **unmapped);

#ifdef __cplusplus
}
#endif

#endif /* SHAREPOL_H */
