# '--' with nothing after it
args: diff ../../policies --
exit: 2
--- stdout
--- stderr
sharepol diff: no files after '--': give the new version's files
Try 'sharepol diff --help'.
