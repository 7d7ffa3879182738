# a party that moves in the organisational tree: an explicit audience {A}
# holds the recipient B in the new version only, a marking value of its own
args: diff -q ../diff/moved-old.spol -- ../diff/moved-new.spol
exit: 1
--- stdout
deny -> allow: 11833856 queries, 1 class
  ~ report from any party to B, with an audience that names the recipient in NEW only, no purpose, any day (11833856 queries)
    e.g. report from A to B scope {A}
    old: deny (no rule allows this transfer)
    new: allow (r)

11833856 queries answered differently: 1 class
--- stderr
