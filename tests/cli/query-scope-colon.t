# a TLP label written as in a marking ("TLP:RED") is not a name: the ':'
# stops the query, and the notes say what a scope name is and which
# declared scope was probably meant
args: query tlp.spol -- intel from MOD to METI scope TLP:RED
exit: 2
--- stdout
--- stderr
<query>:1:33: error[unexpected-character]: unexpected character ':'
    1 | intel from MOD to METI scope TLP:RED
      |                                 ^
<query>:1:33: note: scope names are declared names like 'tlp-red'; ':' is not part of a name
<query>:1:30: note: did you mean 'tlp-red'?
    1 | intel from MOD to METI scope TLP:RED
      |                              ^~~~~~~
