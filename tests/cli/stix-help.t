# stix --help
args: stix --help
exit: 0
--- stdout
usage: sharepol stix [options] FILE...|DIR --from HOLDER --to RECIPIENT

Read a STIX 2.1 bundle on stdin and write on stdout the bundle that may go
to RECIPIENT: the objects the policy allows, each byte for byte as it came,
and the identities and marking definitions they refer to.  Each object is
decided as an item of its type's category, originated by the party its
created_by_ref maps to, carrying the scopes its markings map to (the
policy's `stix` blocks; the TLP 2.0 markings map to tlp-* by default).
An object whose type, creator or marking has no mapping is held back, and
so is an object that refers to a held-back one.

options:
  --from HOLDER      the party sending the bundle (required)
  --to RECIPIENT     the party receiving it (required)
  --originator P     the originator of objects without created_by_ref
                     (without it they are held back as unattributed)
  --consent A,B      parties that have consented
  --report FILE      write a JSON line for every held-back object
  --at DATE          the date of the transfer (default: today, UTC)
  -q, --quiet        do not report the policy's warnings
  -h, --help         show this help

exit codes: 0 every object may go, 3 some need consent and none is denied,
            1 some are denied or held back (or policy errors),
            2 bad input, usage or unreadable file
--- stderr
