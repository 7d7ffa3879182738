# a policy with errors: eval prints the errors in full, as check does, and
# exits 1 without reading a query
args: eval ../cases/duplicate-party.spol
exit: 1
--- stdout
--- stderr
../cases/duplicate-party.spol:3:7: error[duplicate-name]: 'MOD' is already declared
    3 | party MOD "Ministry of Defense";
      |       ^~~
../cases/duplicate-party.spol:1:7: note: 'MOD' was first declared here, as a party
    1 | party MOD "防衛省";
      |       ^~~
sharepol: 1 error; the policy was not compiled
