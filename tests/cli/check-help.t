# check --help prints the usage on stdout and exits 0
args: check --help
exit: 0
--- stdout
usage: sharepol check [options] FILE...|DIR

Compile a policy set and print its errors and warnings as
file:line:col: error[code]: message, with the source line and a caret.

options:
  --at DATE    also warn about agreements not in force on DATE
  --dump       print the compiled rule graph instead of the summary:
               parties, groups, categories, each rule as lowered, and
               the rule index
  --format F   text (default), json or sarif (SARIF 2.1.0): the diagnostics
               as one document on stdout (docs/formats.md)
  --Werror     treat warnings as errors
  -q, --quiet  do not report warnings
  -h, --help   show this help

exit codes: 0 compiled, 1 the policy has errors, 2 usage or unreadable file
--- stderr
