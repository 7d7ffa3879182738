# --to is required
args: stix -q stix.spol --from cert
exit: 2
--- stdout
--- stderr
sharepol stix: --from HOLDER and --to RECIPIENT are required
Try 'sharepol stix --help'.
