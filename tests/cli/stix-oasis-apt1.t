# The OASIS APT1 report with Mandiant as the source of its unsigned
# objects: the threat actors and the intrusion set go; tools, malware,
# indicators, attack patterns and relationships have no mapping, and the
# report refers to them, so it stays; the identities that only the held-back
# relationships refer to stay too
args: stix -q stix-oasis.spol --from cert --to partner --originator mandiant --at 2025-06-01 --report /dev/null
stdin: ../stix/oasis/apt1.json
exit: 1
--- stdout
{"type": "bundle", "id": "bundle--cf20f99b-3ed2-4a9f-b4f1-d660a7fc8241", "objects": [
{
      "type": "intrusion-set",
      "spec_version": "2.1",
      "id": "intrusion-set--da1065ce-972c-4605-8755-9cd1074e3b5a",
      "created": "2015-05-15T09:12:16.432Z",
      "modified": "2015-05-15T09:12:16.432Z",
      "name": "APT1",
      "description": "APT1 is a single organization of operators that has conducted a cyber espionage campaign against a broad range of victims since at least 2006.",
      "first_seen": "2006-06-01T18:13:15.684Z",
      "resource_level": "government",
      "primary_motivation": "organizational-gain",
      "aliases": [
        "Comment Crew",
        "Comment Group",
        "Shady Rat"
      ]
    },
{
      "type": "threat-actor",
      "spec_version": "2.1",
      "id": "threat-actor--6d179234-61fc-40c4-ae86-3d53308d8e65",
      "created": "2015-05-15T09:12:16.432Z",
      "modified": "2015-05-15T09:12:16.432Z",
      "name": "Ugly Gorilla",
      "threat_actor_types": [
        "nation-state",
        "spy"
      ],
      "roles": [
        "malware-author",
        "agent",
        "infrastructure-operator"
      ],
      "resource_level": "government",
      "aliases": [
        "Greenfield",
        "JackWang",
        "Wang Dong"
      ],
      "primary_motivation": "organizational-gain"
    },
{
      "type": "threat-actor",
      "spec_version": "2.1",
      "id": "threat-actor--d84cf283-93be-4ca7-890d-76c63eff3636",
      "created": "2015-05-15T09:12:16.432Z",
      "modified": "2015-05-15T09:12:16.432Z",
      "name": "DOTA",
      "threat_actor_types": [
        "nation-state",
        "spy"
      ],
      "aliases": [
        "dota",
        "Rodney",
        "Raith"
      ],
      "resource_level": "government",
      "roles": [
        "agent",
        "infrastructure-operator"
      ],
      "primary_motivation": "organizational-gain"
    },
{
      "type": "threat-actor",
      "spec_version": "2.1",
      "id": "threat-actor--02e7c48f-0301-4c23-b3e4-02e5a0114c21",
      "created": "2015-05-15T09:12:16.432Z",
      "modified": "2015-05-15T09:12:16.432Z",
      "name": "SuperHard",
      "threat_actor_types": [
        "nation-state"
      ],
      "sophistication": "expert",
      "aliases": [
        "dota",
        "Rodney",
        "Raith"
      ],
      "resource_level": "government",
      "roles": [
        "malware-author"
      ],
      "primary_motivation": "organizational-gain"
    },
{
      "type": "threat-actor",
      "spec_version": "2.1",
      "id": "threat-actor--d5b62b58-df7c-46b1-a435-4d01945fe21d",
      "created": "2015-05-15T09:12:16.432Z",
      "modified": "2015-05-15T09:12:16.432Z",
      "name": "Communist Party of China",
      "description": " The CPC is the ultimate authority in Mainland China and tasks the PLA to commit cyber espionage and data theft against organizations around the world.",
      "threat_actor_types": [
        "nation-state"
      ],
      "resource_level": "government",
      "roles": [
        "sponsor",
        "director"
      ],
      "aliases": [
        "CPC"
      ],
      "primary_motivation": "organizational-gain"
    },
{
      "type": "threat-actor",
      "spec_version": "2.1",
      "id": "threat-actor--94624865-2709-443f-9b4c-2891985fd69b",
      "created": "2015-05-15T09:12:16.432Z",
      "modified": "2015-05-15T09:12:16.432Z",
      "name": "Unit 61398",
      "description": "Unit 61398 functions as the Third Department's premier entity targeting the United States and Canada, most likely focusing on political, economic, and military-related intelligence.",
      "threat_actor_types": [
        "nation-state"
      ],
      "resource_level": "government",
      "roles": [
        "agent"
      ],
      "aliases": [
        "PLA GSD's 3rd Department, 2nd Bureau",
        "Military Unit Cover Designator (MUCD) 61398"
      ],
      "primary_motivation": "organizational-gain"
    }
]}
--- stderr
