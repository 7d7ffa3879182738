args: --version
exit: 0
--- stdout
sharepol 0.1.0
--- stderr
