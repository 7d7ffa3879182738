# the rules that can apply to research, in DOT, for Graphviz
args: graph -q --category research ../../policies
exit: 0
--- stdout
digraph sharepol {
  graph [rankdir=LR, fontname="sans-serif", nodesep=0.4];
  node [shape=box, style=rounded, fontname="sans-serif"];
  edge [fontname="sans-serif", fontsize=10];
  label="category research"; labelloc=t;
  subgraph "cluster_MOD" {
    label=""; style=rounded;
    "MOD" [label="MOD\n防衛省"];
    "SDF" [label="SDF\n自衛隊"];
  }
  "METI" [label="METI\n経済産業省"];
  "IPA" [label="IPA\n独立行政法人情報処理推進機構"];
  subgraph "cluster_CAS" {
    label=""; style=rounded;
    "CAS" [label="CAS\n内閣官房"];
    "NCO" [label="NCO\n国家サイバー統括室"];
  }
  "signatories" [shape=ellipse, style=dashed, label="signatories\n(group)\n甲 防衛省整備計画局・乙 経済産業省商務情報政策局・丙 独立行政法人情報処理推進機構"];
  "MOD" -> "signatories" [style=dotted, arrowhead=none, color=gray50];
  "METI" -> "signatories" [style=dotted, arrowhead=none, color=gray50];
  "IPA" -> "signatories" [style=dotted, arrowhead=none, color=gray50];
  "signatories" -> "signatories" [label="art-2-2-5\nresearch\nwhen originator in METI", color=darkgreen, fontcolor=darkgreen];
  "signatories" -> "CAS" [label="art-3-2-5\nresearch\nconsent of all of signatories\nwhen originator in METI", color=darkorange3, fontcolor=darkorange3];
  "required consent" [shape=note, label="every allow also needs:\lart-3-1: consent of originator for cyber-threat-info when to outside scope\lart-3-1-recipient-only: consent of originator for cyber-threat-info when marked recipient-only and onward\l"];
}
--- stderr
