# the decision of line 2 edited (needs-consent -> allow): its hash no longer
# matches its bytes; found at that line, exit 1
args: log verify decision-log/changed.log
exit: 1
--- stdout
decision-log/changed.log:2: broken: its hash does not match its content: the line was changed after it was written
the line before it is intact (seq 1)
--- stderr
