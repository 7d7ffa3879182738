# graph draws a party reference as a dashed node named by its text
args: graph relations.spol
exit: 0
--- stdout
digraph sharepol {
  graph [rankdir=LR, fontname="sans-serif", nodesep=0.4];
  node [shape=box, style=rounded, fontname="sans-serif"];
  edge [fontname="sans-serif", fontsize=10];
  subgraph "cluster_BankCo" {
    label="organisation"; labeljust=l; fontsize=9; fontcolor=gray45; style=rounded;
    "BankCo" [label="BankCo"];
    "BankCo-SOC" [label="BankCo-SOC"];
  }
  subgraph "cluster_MSSP-1" {
    label="organisation"; labeljust=l; fontsize=9; fontcolor=gray45; style=rounded;
    "MSSP-1" [label="MSSP-1"];
    "MSSP-Lab" [label="MSSP-Lab"];
  }
  "HealthCo" [label="HealthCo"];
  "Other" [label="Other"];
  "originator" [shape=box, style="rounded,dashed", fontcolor=gray25];
  "originator" -> "*" [label="own\n*", color=darkgreen, fontcolor=darkgreen];
  "originator" [shape=box, style="rounded,dashed", fontcolor=gray25];
  "*" -> "originator" [label="back\n*", color=darkgreen, fontcolor=darkgreen];
  "organisation of from" [shape=box, style="rounded,dashed", fontcolor=gray25];
  "*" -> "organisation of from" [label="strict-audience\n*\nwhen marked amber-strict", color=darkgreen, fontcolor=darkgreen];
  "organisation of from" [shape=box, style="rounded,dashed", fontcolor=gray25];
  "clients of organisation of from" [shape=box, style="rounded,dashed", fontcolor=gray25];
  "*" -> "organisation of from" [label="amber-audience\n*\nwhen marked amber", color=darkgreen, fontcolor=darkgreen];
  "*" -> "clients of organisation of from" [label="amber-audience\n*\nwhen marked amber", color=darkgreen, fontcolor=darkgreen];
  "*" [shape=plaintext, label="* (every party)"];
  legend [shape=plaintext, fontsize=9, fontcolor=gray30, label="green: allowed\lorange: allowed with consent\lred: denied\ldotted: member of a group\l"];
}
--- stderr
