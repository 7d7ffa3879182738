/* input.h — turning bytes into checked sources: reading files and
 * directories within the limits, copying texts, and the encoding rules of
 * docs/language.md, "Lexical structure" (UTF-8, no NUL, a byte-order mark
 * only first). */
#ifndef SP_INPUT_H
#define SP_INPUT_H

#include "diag.h"

/* A source holding a copy of text.  @return its index in d->sources. */
uint32_t sp_input_text(sharepol_diagnostics *d, const char *name, const char *text,
                       size_t len);

/* Sources holding copies of n texts (a NULL name is "<string>"), within
 * max_file_size and max_files.  @return SHAREPOL_OK or SHAREPOL_ELIMIT
 * (reported). */
int sp_input_texts(sharepol_diagnostics *d, const sharepol_text *texts, size_t n,
                   const sharepol_limits *limits);

/* Reads one file, or every .spol file below a directory (sorted by path).
 * Failures are reported in d.  @return SHAREPOL_OK, SHAREPOL_EIO or
 * SHAREPOL_ELIMIT.  `tmp` holds temporary paths. */
int sp_input_path(sharepol_diagnostics *d, sp_arena *tmp, const char *path,
                  const sharepol_limits *limits);

/* Reports that a source (a file, or a text given in memory) is larger than
 * max bytes.  @return SHAREPOL_ELIMIT. */
int sp_input_too_large(sharepol_diagnostics *d, const char *name, size_t max);

/* Reports the first encoding problem of a source.  @return true when none. */
bool sp_input_check_encoding(sharepol_diagnostics *d, uint32_t file);

#endif
