# a query cut short ('to' without a party): exit 2, naming what was expected,
# with the caret just after the last word
args: query pact.spol -- vulnerabilities from IPA to
exit: 2
--- stdout
--- stderr
<query>:1:28: error[unexpected-eof]: unexpected end of the query, expected a name
    1 | vulnerabilities from IPA to
      |                            ^
