# a misspelt name in a marking list is located, with a suggestion
args: query --at 2025-06-01 markings.spol -- cti from BankCo to HealthCo scope tlp-green, {BankCo, MSSP1}, tlp-ambre
exit: 2
--- stdout
--- stderr
<query>:1:55: error[undefined-name]: the policy declares no party named 'MSSP1'
    1 | cti from BankCo to HealthCo scope tlp-green, {BankCo, MSSP1}, tlp-ambre
      |                                                       ^~~~~
<query>:1:55: note: did you mean 'MSSP-1'?
<query>:1:63: error[undefined-name]: the policy declares no scope named 'tlp-ambre'
    1 | cti from BankCo to HealthCo scope tlp-green, {BankCo, MSSP1}, tlp-ambre
      |                                                               ^~~~~~~~~
<query>:1:63: note: did you mean 'tlp-amber'?
