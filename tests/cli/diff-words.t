# how entries are described: "any party but", the originator as the
# sender, as another party than the sender, as one named party; a day
# interval; a scope; classes joined over the days (docs/diff.md, "Output")
args: diff -q ../diff/words-old.spol -- ../diff/words-new.spol
exit: 1
--- stdout
allow -> deny: 1384583052 queries, 9 classes, shown as 5 entries
  ~ x with its subcategories from A to any party but E, no purpose, any day (710031360 queries, 3 classes)
    e.g. x from A to A at 2029-12-31
    old: allow (r1)
    new: deny (no rule allows this transfer)
  ~ x with its subcategories from C to D, marked team, marked team with an audience that names the recipient or marked team with an audience that leaves the recipient out, 2030-01-01 .. 2030-12-31 (21900 queries)
    e.g. x from C to D scope team at 2030-01-01
    old: allow (r3)
    new: deny (no rule allows this transfer)
  ~ y from B or C to A, originated by another party than the sender, any day (284012544 queries, 2 classes)
    e.g. y from B to A originator A
    old: allow (r5)
    new: deny (no rule allows this transfer)
  ~ y from any of others to B, any day (355015680 queries, 2 classes)
    e.g. y from C to B
    old: allow (r6)
    new: deny (no rule allows this transfer)
  ~ y from D to E, originated by B, any day (35501568 queries)
    e.g. y from D to E originator B
    old: allow (r4)
    new: deny (no rule allows this transfer)

deny -> allow: 71003136 queries, 2 classes, shown as 1 entry
  ~ y from any of ab to C, originated by the sender, any day (71003136 queries, 2 classes)
    e.g. y from A to C
    old: deny (no rule allows this transfer)
    new: allow (r2)

1455586188 queries answered differently: 11 classes, shown as 6 entries
--- stderr
