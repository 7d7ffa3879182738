# eval over malformed and dangerous JSON lines (docs/sharepol.1, eval):
# duplicate keys (rejected, not "last one wins"), \u0000 in a name,
# a lone surrogate, a number beyond double, a trailing comma, wrong types, a
# missing field, unknown keys ("principal", "consent", "c"), an
# unfinished object, a bad date, a non-object, a broken escape followed by
# bytes that are not UTF-8 (whose message still says so); each gets one
# error line and the stream goes on.  An id with an escape and a newline
# comes back escaped.  Exit 0: every line answered.
args: eval --at 2025-06-01 pact.spol
stdin: eval-dangerous.jsonl
exit: 0
--- stdout
{"error":"not valid JSON: duplicate object key near '\"to\"' (column 69)","line":1}
{"error":"not valid JSON: \\u0000 is not allowed without JSON_ALLOW_NUL near '\"C\\u0000AS\"' (column 70)","line":2}
{"error":"not valid JSON: invalid Unicode '\\uD800' near '\"IPA\\ud800\"' (column 65)","line":3}
{"error":"not valid JSON: real number overflow near '1e400' (column 74)","line":4}
{"error":"not valid JSON: string or '}' expected near '}' (column 68)","line":5}
{"id":"type","error":"\"category\" must be a string","line":6}
{"id":"missing","error":"\"category\" is required","line":7}
{"error":"not valid JSON: unexpected token near end of file (column 13)","line":8}
{"id":"unknown","error":"unknown key \"principal\"; a query has only id, category, from, to, originator, scope, markings, purpose, at and consents","line":9}
{"id":"consents","error":"\"consents\" must be an array of party names","line":10}
{"id":"escape \u001B[31m\n","decision":"allow","rule":"art-3-2","location":"pact.spol:25:3"}
{"id":"bad date","error":"\"at\" must be a date YYYY-MM-DD between 1900 and 9999","line":12}
{"id":"id only","error":"\"category\" is required","line":13}
{"error":"not valid JSON: '[' or '{' expected near '\"just a string\"' (column 15)","line":14}
{"id":"ok","decision":"allow","rule":"art-2-2","location":"pact.spol:21:3"}
{"error":"not valid JSON: invalid escape near '\"\\u000?' (column 42)","line":16}
{"id":"near","error":"unknown key \"consent\"; a query has only id, category, from, to, originator, scope, markings, purpose, at and consents","line":17}
{"id":"short","error":"unknown key \"c\"; a query has only id, category, from, to, originator, scope, markings, purpose, at and consents","line":18}
--- stderr
