# a query with a syntax error in its middle ('to' is missing): exit 2, and
# the source shown is the query as typed (the scanner puts back the byte it
# borrowed after the last token when parsing stops early).
args: query pact.spol -- vulnerabilities from IPA METI at 2025-06-01
exit: 2
--- stdout
--- stderr
<query>:1:26: error[syntax]: unexpected name 'METI', expected 'to'
    1 | vulnerabilities from IPA METI at 2025-06-01
      |                          ^~~~
