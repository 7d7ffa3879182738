# across files of a directory, the later file in sorted order ("b.spol" after
# "a/c.spol") gets the error and the earlier one the note
args: check dup-dir
exit: 1
--- stdout
--- stderr
dup-dir/b.spol:2:7: error[duplicate-name]: 'research' is already declared
    2 | party research "研究者";
      |       ^~~~~~~~
dup-dir/a/c.spol:1:10: note: 'research' was first declared here, as a category
    1 | category research "研究開発";
      |          ^~~~~~~~
sharepol: 1 error; the policy was not compiled
