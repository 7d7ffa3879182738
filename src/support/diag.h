/* diag.h — collecting diagnostics (the public sharepol_diagnostics list). */
#ifndef SP_DIAG_H
#define SP_DIAG_H

#include "arena.h"
#include "source.h"

/* A place in a source: byte range [start, end) of file number `file`.
 * SP_NOWHERE as file: no file at all; SP_NOPOS as start: the file as a whole. */
typedef struct sp_loc {
    uint32_t file;
    uint32_t start, end;
} sp_loc;

#define SP_NOWHERE UINT32_MAX
#define SP_NOPOS UINT32_MAX

static inline sp_loc sp_loc_none(void)
{
    sp_loc l = { SP_NOWHERE, SP_NOPOS, SP_NOPOS };
    return l;
}

typedef struct sp_diag_place {
    uint32_t file, start, end;
} sp_diag_place;

struct sharepol_diagnostics {
    sharepol_allocator allocator; /* a copy: the caller's struct may die */
    sp_arena arena;               /* sources, messages, the lists */
    SP_VEC(sp_source *) sources;
    SP_VEC(sharepol_diagnostic) items;
    SP_VEC(sp_diag_place) places;
    size_t errors, warnings;
    unsigned max_errors;
    bool stopped;      /* max_errors reached: further errors are dropped */
    bool dropping;     /* the last error or warning was dropped: so are its notes */
    bool no_warnings;  /* warnings are not collected */
    bool werror;       /* warnings count as errors */
};

/* A fresh list (NULL when out of memory). */
sharepol_diagnostics *sp_diag_new(const sharepol_allocator *allocator);

/* Adds a source (its text already in the list's arena); @return its index. */
uint32_t sp_diag_add_source(sharepol_diagnostics *d, sp_source *src);

/* Adds a diagnostic.  `code` is a static string (docs/errors.md).  Notes are
 * dropped when the diagnostic they would follow was dropped. */
void sp_diag_error(sharepol_diagnostics *d, const char *code, sp_loc loc,
                   const char *fmt, ...) SP_PRINTF(4, 5);
void sp_diag_warning(sharepol_diagnostics *d, const char *code, sp_loc loc,
                     const char *fmt, ...) SP_PRINTF(4, 5);
void sp_diag_note(sharepol_diagnostics *d, sp_loc loc, const char *fmt, ...)
    SP_PRINTF(3, 4);

/* Hands the list to the caller through out (or frees it when out is NULL).
 * After SHAREPOL_ENOMEM the list may be incomplete: it is freed and *out is
 * NULL. */
void sp_diag_hand_over(sharepol_diagnostics *d, int status, sharepol_diagnostics **out);

/* The source text of a place, for quoting it in a message. */
const char *sp_diag_text(const sharepol_diagnostics *d, sp_loc loc, size_t *len);

#endif
