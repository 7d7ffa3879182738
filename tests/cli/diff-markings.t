# several markings on one item (draft 2): the new version denies an item
# marked both red and amber, and an amber one whose audience leaves the
# recipient out; each class names its sets of markings
args: diff -q ../diff/markings-old.spol -- ../diff/markings-new.spol
exit: 1
--- stdout
allow -> deny: 213009408 queries, 6 classes, shown as 3 entries
  ~ report from any party to A, marked amber with an audience that leaves the recipient out or marked amber and partners with an audience that leaves the recipient out, no purpose, any day (23667712 queries)
    e.g. report from A to A scope amber, {}
    old: allow (share)
    new: deny (amber-outside)
  ~ report from any party to any party, marked red and amber, marked red and amber with an audience that names the recipient, marked red and amber and partners, marked red and amber and partners with an audience that names the recipient, marked red and amber with an audience that leaves the recipient out or marked red and amber and partners with an audience that leaves the recipient out, no purpose, any day (142006272 queries, 4 classes)
    e.g. report from A to A scope red, amber
    old: allow (share)
    new: deny (red-and-amber)
  ~ report from any party to B, marked amber with an audience that leaves the recipient out, marked amber and partners with an audience that leaves the recipient out, marked amber and partners or marked amber and partners with an audience that names the recipient, no purpose, any day (47335424 queries)
    e.g. report from A to B scope amber, {}
    old: allow (share)
    new: deny (amber-outside)

213009408 queries answered differently: 6 classes, shown as 3 entries
--- stderr
