# --format: query and explain take text or json only
args: query --format sarif pact.spol -- vulnerabilities from IPA to CAS
exit: 2
--- stdout
--- stderr
sharepol query: unknown format 'sarif': use text or json
Try 'sharepol query --help'.
