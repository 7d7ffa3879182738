# fmt prints relations, facts and party references in the canonical layout
args: fmt relations-messy.spol
exit: 0
--- stdout
relation clients;
relation partners "partners";  # two relations
party A;
party B in A;
relation clients of A = B, A except B;
rule r
  allow *
    from organisation of from
    to clients of organisation of to, partners of A except originator
    when to in from or from in organisation of B;
--- stderr
