# two rules allow the transfer; the first in source order decides, and the
# source order of a directory is the sorted order of its files
args: query -q policy-dir -- intel from METI to IPA at 2025-06-01
exit: 0
--- stdout
decision: allow
rule: first (policy-dir/10-rules.spol:3:1)
--- stderr
