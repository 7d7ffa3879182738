# a group where the query needs a party (the sender) is an error (exit 2)
args: query pact.spol -- vulnerabilities from signatories to CAS at 2025-06-01
exit: 2
--- stdout
--- stderr
<query>:1:22: error[wrong-kind]: 'signatories' is a group, but a party is expected here
    1 | vulnerabilities from signatories to CAS at 2025-06-01
      |                      ^~~~~~~~~~~
