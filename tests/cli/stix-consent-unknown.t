# --consent names parties of the policy
args: stix -q stix.spol --from cert --to partner --consent soc,nobody
exit: 2
--- stdout
--- stderr
sharepol stix: --consent: 'nobody' is not a party of the policy
Try 'sharepol stix --help'.
