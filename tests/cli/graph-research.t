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
    label="organisation"; labeljust=l; fontsize=9; fontcolor=gray45; style=rounded;
    "MOD" [label="MOD\n防衛省"];
    "SDF" [label="SDF\n自衛隊"];
  }
  "METI" [label="METI\n経済産業省"];
  "IPA" [label="IPA\n独立行政法人情報処理推進機構"];
  subgraph "cluster_CAS" {
    label="organisation"; labeljust=l; fontsize=9; fontcolor=gray45; style=rounded;
    "CAS" [label="CAS\n内閣官房"];
    "NCO" [label="NCO\n国家サイバー統括室"];
  }
  "signatories" [shape=ellipse, style=dashed, label="signatories\n(group)\n甲 防衛省整備計画局・乙 経済産\n業省商務情報政策局・丙 独立行\n政法人情報処理推進機構\n\namong themselves:\nart-2-2-5: research\nwhen from in METI or originator\nin METI"];
  "MOD" -> "signatories" [style=dotted, arrowhead=none, color=gray50];
  "METI" -> "signatories" [style=dotted, arrowhead=none, color=gray50];
  "IPA" -> "signatories" [style=dotted, arrowhead=none, color=gray50];
  "signatories" -> "CAS" [label="art-3-2-5 (mod-meti-ipa-2024)\nresearch\nconsent of all of signatories\nwhen from in METI or originator\nin METI", color=darkorange3, fontcolor=darkorange3];
  "required consent" [shape=note, label="where it applies, an allow also needs:\lmoc-marking-dhs (meti-dhs-moc-2023): consent of originator from METI to * except DHS when originator in DHS and to outside scope and not marked signatories-only\lmoc-marking-meti (meti-dhs-moc-2023): consent of originator from DHS to * except METI when originator in METI and to outside scope and not marked signatories-only\lart-3-1-mod (mod-meti-ipa-2024): consent of MOD from * except MOD to * except MOD when originator in MOD and to outside scope\lart-3-1-meti (mod-meti-ipa-2024): consent of METI from * except METI to * except METI when originator in METI and to outside scope\lart-3-1-ipa (mod-meti-ipa-2024): consent of IPA from * except IPA to * except IPA when originator in IPA and to outside scope\lart-3-1-mod-recipient-only (mod-meti-ipa-2024): consent of MOD from * except MOD to * except MOD when originator in MOD and marked recipient-only\lart-3-1-meti-recipient-only (mod-meti-ipa-2024): consent of METI from * except METI to * except METI when originator in METI and marked recipient-only and not (from in MOD and to in MOD)\lart-3-1-ipa-recipient-only (mod-meti-ipa-2024): consent of IPA from * except IPA to * except IPA when originator in IPA and marked recipient-only and not (from in MOD and to in MOD)\l"];
  legend [shape=plaintext, fontsize=9, fontcolor=gray30, label="green: allowed\lorange: allowed with consent\lred: denied\ldotted: member of a group\l"];
}
--- stderr
