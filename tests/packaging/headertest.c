/* headertest.c — sharepol.h compiles alone, as C99 and as C++, with every
 * warning an error. */
#include <sharepol.h>

int sharepol_header_compiles(void);

int sharepol_header_compiles(void)
{
    sharepol_compile_options options = SHAREPOL_COMPILE_OPTIONS_INIT;
    sharepol_query query = SHAREPOL_QUERY_INIT;
    sharepol_graph_options graph = SHAREPOL_GRAPH_OPTIONS_INIT;
    (void)options;
    (void)graph;
    return query.date == SHAREPOL_DATE_TODAY && SHAREPOL_VERSION_NUMBER > 0;
}
