# a party the policy does not declare, with a suggestion
args: stix -q stix.spol --from cert --to partnr
exit: 2
--- stdout
--- stderr
sharepol stix: --to: 'partnr' is not a party of the policy; did you mean 'partner'?
Try 'sharepol stix --help'.
