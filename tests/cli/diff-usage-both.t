# two --at dates and two versions: a usage error
args: diff --at 2025-01-01 --at 2026-01-01 ../../policies -- ../../policies
exit: 2
--- stdout
--- stderr
sharepol diff: two --at dates compare one policy on two days; leave out '--' and the second version
Try 'sharepol diff --help'.
