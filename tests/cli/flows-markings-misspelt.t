# a misspelt marking in --scope: the name and a suggestion
args: flows -q markings.spol --category cti --originator NatCERT --at 2025-06-01 --scope '{BankCo}, tlp-gren'
exit: 2
--- stdout
--- stderr
sharepol flows: --scope '{BankCo}, tlp-gren': the policy declares no scope named 'tlp-gren'; did you mean 'tlp-green'?
Try 'sharepol flows --help'.
