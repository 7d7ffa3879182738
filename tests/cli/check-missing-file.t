# check on a file that does not exist: exit 2, and the message names the path
args: check no-such-policy.spol
exit: 2
--- stdout
--- stderr
no-such-policy.spol: error[io]: cannot read this file: No such file or directory
