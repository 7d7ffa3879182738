# a scope named as its label ("TLP-RED") when the policy declares none close
# to it: the note lists the scopes it does declare
args: query ../../policies -- vulnerabilities from IPA to CAS scope TLP-RED
exit: 2
--- stdout
--- stderr
<query>:1:39: error[undefined-name]: the policy declares no scope named 'TLP-RED'
    1 | vulnerabilities from IPA to CAS scope TLP-RED
      |                                       ^~~~~~~
<query>:1:39: note: the policy declares the scopes 'signatories-only' and 'recipient-only'
