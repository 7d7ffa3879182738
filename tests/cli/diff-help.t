args: diff --help
exit: 0
--- stdout
usage: sharepol diff [options] OLD...|DIR -- NEW...|DIR
       sharepol diff [options] --at DATE1 --at DATE2 FILE...|DIR

Print every class of queries that the two versions of a policy answer
differently (decision, deciding rule or residual consent), each once: what
the class holds, how many queries it stands for, and one example query
with both answers.  Every query over the names both versions declare is
compared: every category, sender, recipient, originator, marking, purpose,
day and set of consents (docs/diff.md).  Names declared by one version only
are listed too.  Classes with the same answers that differ in one value
only are printed as one entry listing the values together.

With two --at dates and one policy: what changes from the first day to the
second.  With one --at and two versions: both on that day.

options:
  --at DATE          (twice) compare one policy on two days; (once, with --)
                     compare the two versions on that day only
  --format text|json how to print (default text; json: docs/formats.md)
  -q, --quiet        do not report the policies' warnings
  --Werror           treat warnings as errors
  -h, --help         show this help

exit codes: 0 nothing differs, 1 something differs (or a policy has errors),
            2 usage, unreadable file or a limit exceeded
--- stderr
