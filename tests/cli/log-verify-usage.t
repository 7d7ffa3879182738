# a file that cannot be read is exit 2, with the reason on stderr
args: log verify decision-log/intact.log decision-log/missing.log
exit: 2
--- stdout
--- stderr
sharepol log: decision-log/missing.log: cannot open: No such file or directory
