# an undeclared category is a usage error
args: graph -q --category nothing ../../policies
exit: 2
--- stdout
--- stderr
sharepol graph: the policy declares no category 'nothing'
Try 'sharepol graph --help'.
