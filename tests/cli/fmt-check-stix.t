# a formatted policy with a stix block passes fmt --check
args: fmt --check stix-map.spol
exit: 0
--- stdout
--- stderr
