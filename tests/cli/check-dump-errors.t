# check --dump on a policy with errors: the diagnostics, no dump, exit 1
args: check --dump ../cases/any-of-empty-group.spol
exit: 1
--- stdout
--- stderr
../cases/any-of-empty-group.spol:5:57: error[empty-group]: group 'nobody' has no member parties, so this consent can never be given
    5 | rule share allow intel from MOD to METI with consent of any of nobody;
      |                                                         ^~~~~~~~~~~~~
../cases/any-of-empty-group.spol:3:7: note: group 'nobody' is declared here
    3 | group nobody = MOD except MOD;
      |       ^~~~~~
sharepol: 1 error; the policy was not compiled
