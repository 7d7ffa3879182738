# --scope takes markings only: another part of a query after them is refused
args: flows -q markings.spol --category cti --originator NatCERT --at 2025-06-01 --scope 'tlp-green consent NatCERT'
exit: 2
--- stdout
--- stderr
sharepol flows: --scope 'tlp-green consent NatCERT': only markings may follow --scope
Try 'sharepol flows --help'.
