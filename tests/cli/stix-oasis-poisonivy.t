# The OASIS Poison Ivy report without --originator: of its 155 objects only
# two are signed (by FireEye); the course of action goes with FireEye's
# identity; the report is held back, for it refers to 153 objects held back
# as unattributed (or, for the relationships, also unmapped)
args: stix -q stix-oasis.spol --from cert --to partner --at 2025-06-01 --report /dev/null
stdin: ../stix/oasis/poisonivy.json
exit: 1
--- stdout
{"type": "bundle", "id": "bundle--ac946f1d-6a0e-4a9d-bc83-3f1f3bfda6ba", "objects": [
{
      "type": "identity",
      "spec_version": "2.1",
      "id": "identity--81cade27-7df8-4730-836b-62d880e6d9d3",
      "created": "2015-05-15T09:12:16.432Z",
      "modified": "2015-05-15T09:12:16.432Z",
      "name": "FireEye, Inc.",
      "identity_class": "organization",
      "sectors": [
        "technology"
      ]
    },
{
      "type": "course-of-action",
      "spec_version": "2.1",
      "id": "course-of-action--70b3d5f6-374b-4488-8688-729b6eedac5b",
      "created_by_ref": "identity--81cade27-7df8-4730-836b-62d880e6d9d3",
      "created": "2015-05-15T09:12:16.432Z",
      "modified": "2015-05-15T09:12:16.432Z",
      "name": "Analyze with FireEye Calamine Toolset",
      "description": "Calamine is a set of free tools to help organizations detect and examine Poison Ivy infections on their systems. The package includes these components: PIVY callback-decoding tool (ChopShop Module) and PIVY memory-decoding tool (PIVY PyCommand Script).",
      "external_references": [
        {
          "source_name": "Calamine ChopShop Module",
          "description": "The FireEye Poison Ivy decoder checks the beginning of each TCP session for possible PIVY challengeresponse sequences. If found, the module will try to validate the response using one or more passwords supplied as arguments.",
          "url": "https://github.com/fireeye/chopshop"
        },
        {
          "source_name": "Calamine PyCommand Script",
          "description": "Helps locate the PIVY password.",
          "url": "https://github.com/fireeye/pycommands"
        }
      ]
    }
]}
--- stderr
