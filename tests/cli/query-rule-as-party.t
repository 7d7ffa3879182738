# a rule's or an agreement's name where the query needs a party is an error
# (exit 2) that says what the name is
args: query pact.spol -- vulnerabilities from art-2-2 to pact at 2025-06-01
exit: 2
--- stdout
--- stderr
<query>:1:22: error[wrong-kind]: 'art-2-2' is a rule, but a party is expected here
    1 | vulnerabilities from art-2-2 to pact at 2025-06-01
      |                      ^~~~~~~
<query>:1:33: error[wrong-kind]: 'pact' is an agreement, but a party is expected here
    1 | vulnerabilities from art-2-2 to pact at 2025-06-01
      |                                 ^~~~
