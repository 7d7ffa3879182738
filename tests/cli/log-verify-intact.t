# a decision log written by `eval --decision-log` (five decisions of
# eval-stream.jsonl on pact.spol) verifies: the count, the seq range, that it
# starts a chain, the last hash
args: log verify decision-log/intact.log
exit: 0
--- stdout
intact: 5 decisions (seq 1 to 5) in 1 file, from the start of a chain
last hash: df15a109020aab66491ec5f5a10d05e5eca69c985a876ce339ddaac453fcf528
--- stderr
