/* report_check.c — `sharepol check --format json|sarif`: the diagnostics
 * of a compilation as one document (docs/formats.md, "check"). */
#include "format.h"

/* --at's warnings about agreements not in force that day, as the text
 * output gives them (cmd_check.c), appended to the report's diagnostics. */
static size_t add_not_in_force(json_t *list, const sharepol_policy *policy, int32_t at)
{
    size_t n = 0, i = 0;
    char message[400];
    const sharepol_agreement_info *ag;
    for (; (ag = cli_next_not_in_force(policy, at, &i, message, sizeof message)); n++) {
        json_t *loc = cli_json_location(ag->file, ag->line, ag->column, 0, 0);
        json_array_append_new(list, cli_json_diagnostic("warning", "not-in-force", message, loc));
    }
    return n;
}

int cli_check_report(const cli_common *common, cli_format format)
{
    sharepol_policy *policy = NULL;
    sharepol_diagnostics *diags = NULL;
    int st = cli_compile_quiet(&policy, common, &diags);
    json_t *report = cli_json_report("check");
    json_t *list = cli_json_diagnostics(diags);
    size_t errors = sharepol_diagnostics_errors(diags);
    size_t warnings = sharepol_diagnostics_warnings(diags);
    sharepol_diagnostics_free(diags);
    int exit_code = cli_exit_for(st);
    if (policy) {
        if (common->at != SHAREPOL_DATE_TODAY)
            warnings += add_not_in_force(list, policy, common->at);
        if (common->werror && warnings)
            exit_code = EXIT_REJECTED;
        json_object_set_new(report, "rules",
                            json_integer((json_int_t)sharepol_count(policy, SHAREPOL_KIND_RULE)));
        json_object_set_new(
            report, "agreements",
            json_integer((json_int_t)sharepol_count(policy, SHAREPOL_KIND_AGREEMENT)));
    }
    json_object_set_new(report, "ok", json_boolean(exit_code == EXIT_OK));
    json_object_set_new(report, "errors", json_integer((json_int_t)errors));
    json_object_set_new(report, "warnings", json_integer((json_int_t)warnings));
    json_object_set_new(report, "diagnostics", list);
    sharepol_policy_release(policy);
    return cli_format_print(report, format, exit_code);
}
