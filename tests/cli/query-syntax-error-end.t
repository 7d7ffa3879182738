# a word after a complete query: what may follow it, ending with the end of
# the query (not "end of file": a query is not a file)
args: query pact.spol -- vulnerabilities from IPA to CAS extra
exit: 2
--- stdout
--- stderr
<query>:1:33: error[syntax]: unexpected name 'extra', expected end of the query, 'at', 'consent', 'originator', 'purpose' or 'scope'
    1 | vulnerabilities from IPA to CAS extra
      |                                 ^~~~~
