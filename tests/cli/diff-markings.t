# several markings on one item (draft 2): the new version denies an item
# marked both red and amber, and an amber one whose audience leaves the
# recipient out; each class names its sets of markings
args: diff -q ../diff/markings-old.spol -- ../diff/markings-new.spol
exit: 1
--- stdout
allow -> deny: 6 classes, 213009408 queries
  ~ report from any party to A, marked amber with an audience without the recipient or marked amber and partners with an audience without the recipient, no purpose, any day (23667712 queries)
    e.g. report from A to A scope amber, {}
    old: allow (share)
    new: deny (amber-outside)
  ~ report from any party to A, marked red and amber or marked red and amber with an audience with the recipient (4 sets of markings), no purpose, any day (47335424 queries)
    e.g. report from A to A scope red, amber
    old: allow (share)
    new: deny (red-and-amber)
  ~ report from any party to A, marked red and amber with an audience without the recipient or marked red and amber and partners with an audience without the recipient, no purpose, any day (23667712 queries)
    e.g. report from A to A scope red, amber, {}
    old: allow (share)
    new: deny (red-and-amber)
  ~ report from any party to B, marked amber with an audience without the recipient or marked amber and partners (4 sets of markings), no purpose, any day (47335424 queries)
    e.g. report from A to B scope amber, {}
    old: allow (share)
    new: deny (amber-outside)
  ~ report from any party to B, marked red and amber or marked red and amber with an audience with the recipient, no purpose, any day (23667712 queries)
    e.g. report from A to B scope red, amber
    old: allow (share)
    new: deny (red-and-amber)
  ~ report from any party to B, marked red and amber with an audience without the recipient or marked red and amber and partners (4 sets of markings), no purpose, any day (47335424 queries)
    e.g. report from A to B scope red, amber, {}
    old: allow (share)
    new: deny (red-and-amber)

6 classes of queries answered differently (213009408 queries)
--- stderr
