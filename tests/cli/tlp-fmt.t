# the TLP 2.0 module and both communities are in the canonical layout
args: fmt --check ../../examples/tlp/ ../tlp/other-community.spol
exit: 0
--- stdout
--- stderr
