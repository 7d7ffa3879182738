# eval --warnings prints the policy's warnings in full, as check does
args: eval --warnings ../cases/warn-unused.spol
exit: 0
--- stdout
--- stderr
../cases/warn-unused.spol:3:7: warning[unused]: party 'IPA' is declared but never used
    3 | party IPA "never mentioned";
      |       ^~~
../cases/warn-unused.spol:5:10: warning[unused]: category 'research' is declared but never used
    5 | category research "never mentioned";
      |          ^~~~~~~~
