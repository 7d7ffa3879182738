# a misspelt category is a usage error that names the declared one it is closest to
args: graph -q --category vulnerabilites ../../policies
exit: 2
--- stdout
--- stderr
sharepol graph: the policy declares no category 'vulnerabilites'; did you mean 'vulnerabilities'?
Try 'sharepol graph --help'.
