# a party that moves in the organisational tree: an explicit audience {A}
# holds the recipient B in the new version only, a marking value of its own
args: diff -q ../diff/moved-old.spol -- ../diff/moved-new.spol
exit: 1
--- stdout
deny -> allow: 1 class, 11833856 queries
  ~ report from any party to B, an audience with the recipient in NEW only, no purpose, any day (11833856 queries)
    e.g. report from A to B scope {A}
    old: deny (no rule allows this transfer)
    new: allow (r)

1 class of queries answered differently (11833856 queries)
--- stderr
