# a panel of 30 parties read by `2 of`: compared by how many of it consent,
# not set by set; an equivalent rewording is no difference
args: diff -q ../diff/panel-old.spol -- ../diff/panel-new.spol
exit: 1
--- stdout
needs consent -> needs consent: 284012544 queries, 1 class
  ~ memo from Sender to Receiver, no purpose, any day (284012544 queries)
    e.g. memo from Sender to Receiver
    old: needs consent of 2 of {M00, M01, M02, M03, M04, M05, M06, M07, M08, M09, M10, M11, M12, M13, M14, M15, M16, M17, M18, M19, M20, M21, M22, M23, M24, M25, M26, M27, M28, M29} (memos)
    new: needs consent of 2 of {M00, M01, M02, M03, M04, M05, M06, M07, M08, M09, M10, M11, M12, M13, M14, M15, M16, M17, M18, M19, M20, M21, M22, M23, M24, M25, M26, M27, M28, M29} and (M00 or M01) (memos)

284012544 queries answered differently: 1 class
--- stderr
