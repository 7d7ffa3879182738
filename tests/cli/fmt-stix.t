# fmt prints a stix block in the canonical layout: one mapping a line, the
# ids as written, comments kept
args: fmt stix-messy.spol
exit: 0
--- stdout
party acme;
category intel;
scope tlp-red;
stix {
  identity "identity--F431F809-377b-45e0-aa1c-6a4751cae5ff" = acme;
  # TLP:RED, mapped by hand
  marking "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1" = tlp-red;
  type indicator, malware, x-custom-sensor = intel;  # custom objects too
}
--- stderr
