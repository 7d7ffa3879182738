# the "markings" key: strings and arrays, both keys, bad elements and
# unknown names are error lines, and the stream goes on
args: eval markings.spol
stdin: eval-markings.jsonl
exit: 0
--- stdout
{"id":"one","decision":"allow","rule":"free","location":"markings.spol:17:1"}
{"id":"two","decision":"allow","rule":"free","location":"markings.spol:17:1"}
{"id":"narrower","decision":"needs-consent","rule":"ask","location":"markings.spol:21:1","residual":"NatCERT"}
{"id":"unit","decision":"needs-consent","rule":"ask","location":"markings.spol:21:1","residual":"NatCERT"}
{"id":"empty","decision":"needs-consent","rule":"ask","location":"markings.spol:21:1","residual":"NatCERT"}
{"id":"null","decision":"allow","rule":"free","location":"markings.spol:17:1"}
{"id":"both","error":"both \"scope\" and \"markings\": give one marking in \"scope\" or several in \"markings\", not both","line":7}
{"id":"both-audience","error":"both \"scope\" and \"markings\": give one marking in \"scope\" or several in \"markings\", not both","line":8}
{"id":"number","error":"\"markings\" element 2 must be a scope name or an array of party names","line":9}
{"id":"object","error":"\"markings\" must be an array of scope names and arrays of party names","line":10}
{"id":"string","error":"\"markings\" must be an array of scope names and arrays of party names","line":11}
{"id":"nested","error":"\"markings\" element 1: an audience is an array of party names","line":12}
{"id":"misspelt","error":"\"markings\": the policy declares no scope named 'tlp-gren'; did you mean 'tlp-green'?","line":13}
{"id":"party-as-scope","error":"\"markings\": 'BankCo' is a party, not a scope","line":14}
{"id":"group-in-audience","error":"\"markings\": 'community' is a group, not a party","line":15}
{"id":"after","decision":"allow","rule":"ask","location":"markings.spol:21:1"}
--- stderr
