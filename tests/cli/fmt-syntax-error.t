# a file with syntax errors is reported, not formatted
args: fmt ../cases/missing-semicolon.spol
exit: 1
--- stdout
--- stderr
../cases/missing-semicolon.spol:2:16: error[missing-semicolon]: missing ';' at the end of the statement
    2 | party MOD "防衛省"
      |                   ^
../cases/missing-semicolon.spol:2:16: note: 'in' could also come here
