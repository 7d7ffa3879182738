# a torn last line (a crash mid-write) is reported with the size to truncate
# to, and is not a break: exit 0; --expect-last with the last intact hash
args: log verify --expect-last df15a109020aab66491ec5f5a10d05e5eca69c985a876ce339ddaac453fcf528 decision-log/torn.log
exit: 0
--- stdout
decision-log/torn.log:6: torn last line (a crash while it was being written): the 2345 bytes before it are intact; 'truncate -s 2345 decision-log/torn.log' removes it
intact: 5 decisions (seq 1 to 5) in 1 file, from the start of a chain
last hash: df15a109020aab66491ec5f5a10d05e5eca69c985a876ce339ddaac453fcf528
--- stderr
