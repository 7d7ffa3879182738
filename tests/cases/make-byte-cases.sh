#!/bin/sh
# make-byte-cases.sh — writes the cases whose bytes cannot be typed: invalid
# UTF-8, NUL, byte-order marks, UTF-16, bidi and invisible characters,
# control characters and line-ending variants.  Run it in tests/cases/ and
# check the bytes with `od -c`; the .err files are then made by clitest.
set -e
cd "$(dirname "$0")"
p() { printf "$2" > "$1.spol"; }

# invalid UTF-8 (docs/errors.md, "encoding")
p utf8-lone-continuation  'party MOD;\nparty METI "\200";\n'
p utf8-overlong           'party MOD;\n# \300\200 is an overlong NUL\n'
p utf8-surrogate          'party MOD "\355\240\200";\n'
p utf8-above-max          'party MOD;\nparty METI "\364\220\200\200";\n'
p utf8-truncated-at-eof   'party MOD;\n# 防衛\347\234'
# NUL
p nul-byte                'party MOD;\nrule a\000b allow * from MOD to MOD;\n'
# byte-order marks
p bom-mid-file            'party MOD;\n\357\273\277party METI;\n'
p bom-leading             '\357\273\277party MOD in Cabinet;\n'
# UTF-16 (little endian, with its BOM): "party MOD;\n"
p utf16-file              '\377\376p\000a\000r\000t\000y\000 \000M\000O\000D\000;\000\n\000'
# bidi controls and invisible characters
p bidi-in-comment         'party MOD;\n# access \342\200\256 nimda\nparty METI;\n'
p bidi-in-string          'party MOD "\342\200\256DOM";\n'
p zero-width-space-in-name 'party MOD;\nparty ME\342\200\213TI;\n'
# a Cyrillic a (U+0430) that prints like a Latin one
p cyrillic-in-name        'party Sh\320\260rePoint;\n'
# control characters and a terminal escape outside strings
p control-character       'party MOD;\nparty \001METI;\n'
p escape-sequence         'party MOD;\n\033[31mparty METI;\n'
p delete-character        'party MOD;\nparty METI\177;\n'
p control-in-string       'party MOD "Ministry\033[2Jof Defense";\n'
# line endings; each file has one error on its fourth line
p crlf-line-endings       'party MOD;\r\nparty METI;\r\n# comment\r\nparty CAS in Cabinet;\r\n'
p lone-cr-line-endings    'party MOD;\rparty METI;\r# comment\rparty CAS in Cabinet;\r'
p mixed-line-endings      'party MOD;\r\nparty METI;\r# comment\nparty CAS in Cabinet;\r\n'
p no-final-newline        'party MOD;\nparty METI;\n# comment\nparty CAS in Cabinet;'
# Japanese input methods: a full-width ';' and an ideographic space
p full-width-semicolon    'party MOD;\nparty METI "\347\265\214\346\270\210\347\224\243\346\245\255\347\234\201"\357\274\233\n'
p ideographic-space       'party MOD;\nparty\343\200\200METI;\n'
# a tab is one column; the caret line copies the tab so the caret lines up
p tab-before-error        'party\tMOD;\nparty\tCAS\tin\tCabinet;\n'
# nesting deeper than 256: the error is at the 257th opener, and the
# snippet is cut around it on the one long line
{ printf 'party A; party B; category c;\nallow c from A to B when '
  for i in $(seq 257); do printf '('; done; printf 'onward'
  for i in $(seq 257); do printf ')'; done; printf ';\n'; } > too-deep-parentheses.spol
{ printf 'party A; party B; category c;\nallow c from A to B when '
  for i in $(seq 257); do printf 'not '; done; printf 'onward;\n'; } > too-many-nots.spol
