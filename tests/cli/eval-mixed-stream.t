# eval over a stream with bad lines among good ones: malformed JSON, a
# misspelled key ("orginator"), an undeclared name, a group where a party is
# needed, duplicate keys, a blank and a whitespace-only line (no answer), a CRLF
# line, null for "not given", a non-object; every good line is still answered,
# in order, and the exit is 0
args: eval --at 2025-06-01 pact.spol
stdin: eval-stream.jsonl
exit: 0
--- stdout
{"id":"q1","decision":"allow","rule":"art-2-2","location":"pact.spol:21:3"}
{"error":"not valid JSON: unexpected token near end of file (column 47)","line":2}
{"id":"q3","decision":"needs-consent","rule":"art-3-2","location":"pact.spol:25:3","residual":"METI"}
{"id":"q4","error":"unknown key \"orginator\"; a query has only id, category, from, to, originator, scope, markings, purpose, at and consents","line":4}
{"id":"q5","error":"\"to\": the policy declares no party named 'MODD'; did you mean 'MOD'?","line":5}
{"id":"q6","error":"\"from\": 'signatories' is a group, not a party","line":6}
{"error":"not valid JSON: duplicate object key near '\"to\"' (column 62)","line":7}
{"id":"q8","decision":"allow","rule":"art-2-2-5","location":"pact.spol:23:3"}
{"id":"q9","decision":"deny","rule":null,"location":null}
{"error":"a query must be a JSON object","line":12}
{"decision":"allow","rule":"art-3-2","location":"pact.spol:25:3"}
--- stderr
