/* date.h — calendar dates as days since 1970-01-01, and durations with
 * month-end clamping (docs/language.md, "Lexical structure" and
 * "Agreements"). */
#ifndef SP_DATE_H
#define SP_DATE_H

#include "sp_internal.h"

#define SP_DATE_MIN (-25567)   /* 1900-01-01 */
#define SP_DATE_MAX 2932896    /* 9999-12-31 */
/* "No end": the result of arithmetic past 9999-12-31. */
#define SP_DATE_NOEND INT32_MAX
/* "No start": before the beginning of time. */
#define SP_DATE_NOSTART INT32_MIN
/* A date literal that was malformed (already reported). */
#define SP_DATE_INVALID (INT32_MIN + 1)

typedef enum sp_unit { SP_DAYS, SP_WEEKS, SP_MONTHS, SP_YEARS } sp_unit;

typedef struct sp_duration {
    uint32_t n;
    sp_unit unit;
} sp_duration;

/* Days since 1970-01-01 of a proleptic Gregorian date (any year). */
int64_t sp_days_from_civil(int64_t y, unsigned m, unsigned d);
void sp_civil_from_days(int64_t days, int64_t *y, unsigned *m, unsigned *d);

unsigned sp_days_in_month(int64_t y, unsigned m);

/* day + sign*dur with month-end clamping; SP_DATE_NOEND past 9999-12-31
 * (and for any result after it, whatever the sign). */
int32_t sp_date_add(int32_t day, sp_duration dur, int sign);

/* Parses exactly "YYYY-MM-DD" (len bytes).  @return 0 on success, else a
 * static message saying what is wrong. */
const char *sp_date_parse(const char *s, size_t len, int32_t *out);

/* The message sp_date_parse gives for a year before 1900. */
extern const char sp_date_range_message[];

#endif
