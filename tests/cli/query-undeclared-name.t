# a query naming something the policy does not declare is an error (exit 2),
# never a deny, with a did-you-mean for each misspelled name
args: query pact.spol -- vulnerabilties from IPA to MODD at 2025-06-01
exit: 2
--- stdout
--- stderr
<query>:1:1: error[undefined-name]: the policy declares no category named 'vulnerabilties'
    1 | vulnerabilties from IPA to MODD at 2025-06-01
      | ^~~~~~~~~~~~~~
<query>:1:1: note: did you mean 'vulnerabilities'?
<query>:1:28: error[undefined-name]: the policy declares no party named 'MODD'
    1 | vulnerabilties from IPA to MODD at 2025-06-01
      |                            ^~~~
<query>:1:28: note: did you mean 'MOD'?
