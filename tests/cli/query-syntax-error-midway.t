# a query with a syntax error in its middle ('to' is missing): exit 2.
# stderr is not compared yet: the snippet shows the byte after the bad token
# as \x00 (the scanner leaves flex's NUL in the text when the parse stops;
# see the diagnostics report).  Once fixed, it should read:
#   <query>:1:26: error: unexpected name 'METI', expected 'to'
#       1 | vulnerabilities from IPA METI at 2025-06-01
#         |                          ^~~~
args: query pact.spol -- vulnerabilities from IPA METI at 2025-06-01
exit: 2
--- stdout
