/* date.c — civil calendar arithmetic (Howard Hinnant's algorithms). */
#include "date.h"

#include <stdio.h>
#include <time.h>

int64_t sp_days_from_civil(int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void sp_civil_from_days(int64_t z, int64_t *y, unsigned *m, unsigned *d)
{
    z += 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    *d = (unsigned)(doy - (153 * mp + 2) / 5 + 1);
    *m = (unsigned)(mp < 10 ? mp + 3 : mp - 9);
    *y = yoe + era * 400 + (*m <= 2);
}

static bool leap(int64_t y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

unsigned sp_days_in_month(int64_t y, unsigned m)
{
    static const unsigned days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    return m == 2 && leap(y) ? 29 : days[m - 1];
}

int32_t sp_date_add(int32_t day, sp_duration dur, int sign)
{
    if (day == SP_DATE_NOEND)
        return SP_DATE_NOEND;
    int64_t result;
    int64_t n = (int64_t)dur.n * sign;
    if (dur.unit == SP_DAYS || dur.unit == SP_WEEKS) {
        result = (int64_t)day + n * (dur.unit == SP_WEEKS ? 7 : 1);
    } else {
        int64_t y;
        unsigned m, d;
        sp_civil_from_days(day, &y, &m, &d);
        int64_t months = y * 12 + (m - 1) + n * (dur.unit == SP_YEARS ? 12 : 1);
        int64_t ny = months >= 0 ? months / 12 : (months - 11) / 12;
        unsigned nm = (unsigned)(months - ny * 12) + 1;
        if (ny > 9999)
            return SP_DATE_NOEND;
        if (ny < -100000)
            ny = -100000; /* far before any valid date; only compared */
        unsigned last = sp_days_in_month(ny, nm);
        result = sp_days_from_civil(ny, nm, d > last ? last : d);
    }
    if (result > SP_DATE_MAX)
        return SP_DATE_NOEND;
    if (result < INT32_MIN + 2)
        result = INT32_MIN + 2;
    return (int32_t)result;
}

static bool digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return true;
}

const char sp_date_range_message[] = "dates must be in the years 1900 to 9999";

const char *sp_date_parse(const char *s, size_t len, int32_t *out)
{
    if (len != 10 || !digits(s, 4) || s[4] != '-' || !digits(s + 5, 2) ||
        s[7] != '-' || !digits(s + 8, 2))
        return "a date is written YYYY-MM-DD";
    int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    unsigned m = (unsigned)((s[5] - '0') * 10 + (s[6] - '0'));
    unsigned d = (unsigned)((s[8] - '0') * 10 + (s[9] - '0'));
    if (m < 1 || m > 12)
        return "there is no such month";
    if (d < 1 || d > sp_days_in_month(y, m))
        return m == 2 && d == 29 ? "that year is not a leap year"
                                 : "that month has no such day";
    if (y < 1900)
        return sp_date_range_message;
    *out = (int32_t)sp_days_from_civil(y, m, d);
    return NULL;
}

/* ---- public ------------------------------------------------------------- */

int sharepol_date_parse(int32_t *out, const char *text)
{
    if (!out || !text)
        return SHAREPOL_EINVAL;
    size_t n = 0;
    while (n < 11 && text[n])
        n++;
    int32_t day;
    const char *why = sp_date_parse(text, n, &day);
    if (why)
        return why == sp_date_range_message ? SHAREPOL_ERANGE : SHAREPOL_EINVAL;
    *out = day;
    return SHAREPOL_OK;
}

int sharepol_date_format(char buf[11], int32_t day)
{
    if (!buf)
        return SHAREPOL_EINVAL;
    if (day < SP_DATE_MIN || day > SP_DATE_MAX) {
        buf[0] = '\0';
        return SHAREPOL_ERANGE;
    }
    int64_t y;
    unsigned m, d;
    sp_civil_from_days(day, &y, &m, &d);
    /* digit by digit: the range is known, and no format can overflow */
    unsigned year = (unsigned)y;
    const unsigned parts[3] = { year, m, d };
    const int widths[3] = { 4, 2, 2 };
    char *p = buf;
    for (int i = 0; i < 3; i++) {
        if (i)
            *p++ = '-';
        for (int k = widths[i] - 1; k >= 0; k--) {
            unsigned v = parts[i];
            for (int j = 0; j < k; j++)
                v /= 10;
            *p++ = (char)('0' + v % 10);
        }
    }
    *p = '\0';
    return SHAREPOL_OK;
}

int32_t sharepol_date_today(void)
{
    time_t now = time(NULL);
    int64_t days = (int64_t)now / 86400;
    if ((int64_t)now < 0 && (int64_t)now % 86400 != 0)
        days--;
    return (int32_t)days;
}
