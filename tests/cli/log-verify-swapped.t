# lines 2 and 3 swapped: line 2 has the wrong sequence number
args: log verify decision-log/swapped.log
exit: 1
--- stdout
decision-log/swapped.log:2: broken: sequence number 3 where 2 was expected: a line is missing, or lines were reordered
the line before it is intact (seq 1)
--- stderr
