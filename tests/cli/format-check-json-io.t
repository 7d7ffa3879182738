# check --format json: an unreadable file is a diagnostic without a line (exit 2)
args: check --format json no-such-file.spol
exit: 2
--- stdout
{
  "command": "check",
  "version": 1,
  "ok": false,
  "errors": 1,
  "warnings": 0,
  "diagnostics": [
    {
      "severity": "error",
      "code": "io",
      "message": "cannot read this file: No such file or directory",
      "location": {
        "file": "no-such-file.spol"
      },
      "notes": []
    }
  ]
}
--- stderr
