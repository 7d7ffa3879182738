"""test_protocol.py — `sharepol lsp` at the protocol level: every feature,
every JSON-RPC error, broken framing, messages out of order, positions in
UTF-16, UTF-8 and UTF-32 over Japanese text and a character beyond U+FFFF,
and a folder of .spol files checked as one set.

    python3 test_protocol.py PATH/TO/sharepol
"""

import os
import shutil
import sys
import tempfile
import unittest
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lspclient import Client  # noqa: E402

SHAREPOL = None

PARTIES = """\
# 当事者
party MOD  "防衛省";
party SDF  "自衛隊" in MOD;
party METI "経済産業省";
party IPA  "情報処理推進機構";
"""

RULES = """\
group signatories "署名者 \U0001F600" = MOD, METI, IPA;
category threat "脅威";
category vulns  "脆弱性" in threat;
category ics    "制御" in vulns;
purpose research;
scope tlp-red = signatories;

agreement pact "協定" {
  parties signatories;
  rule r1 "第3条" allow vulns from signatories to signatories
    when marked tlp-red and purpose in research;
}
deny ics from SDF to METI;

test "the pact" {
  expect vulns from MOD to METI scope tlp-red purpose research => allow;
}
"""

# One undefined name after Japanese text and an astral character on the
# same line, so the columns differ in every encoding.
BROKEN = RULES.replace(
    "  rule r1", '  rule r2 "第4条 \U0001F600" allow vulns from signatoriez to IPA;\n  rule r1')

UNITS = {"utf-16": lambda s: len(s.encode("utf-16-le")) // 2,
         "utf-8": lambda s: len(s.encode("utf-8")),
         "utf-32": len}


def position(text, needle, encoding="utf-16", nth=0, after=0):
    """The LSP position of the nth occurrence of needle (plus `after`
    characters), counted in the encoding's units."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(needle, at + 1)
    at += after
    line = text.count("\n", 0, at)
    start = text.rfind("\n", 0, at) + 1
    return {"line": line, "character": UNITS[encoding](text[start:at])}


def span(text, needle, encoding="utf-16", nth=0):
    s = position(text, needle, encoding, nth)
    e = dict(s, character=s["character"] + UNITS[encoding](needle))
    return {"start": s, "end": e}


class Folder:
    """A temporary folder of policy files, with their URIs."""

    def __init__(self, **files):
        self.dir = tempfile.mkdtemp(prefix="sharepol-lsp-日本 ")
        for name, text in files.items():
            with open(os.path.join(self.dir, name + ".spol"), "w", encoding="utf-8") as f:
                f.write(text)

    def uri(self, name):
        return "file://" + urllib.parse.quote(os.path.join(self.dir, name + ".spol"))

    def remove(self):
        shutil.rmtree(self.dir)


class Base(unittest.TestCase):
    def setUp(self):
        self.folder = Folder(parties=PARTIES, rules=RULES)
        self.client = Client(SHAREPOL)

    def tearDown(self):
        self.client.close()
        self.folder.remove()

    def tdp(self, uri, text, needle, nth=0, after=1, encoding="utf-16"):
        return {"textDocument": {"uri": uri},
                "position": position(text, needle, encoding, nth, after)}


class Lifecycle(Base):
    def test_request_before_initialize(self):
        r = self.client.request("textDocument/hover", {})
        self.assertEqual(r["error"]["code"], -32002)
        # A notification before initialize is dropped: no diagnostics.
        self.client.open(self.folder.uri("rules"), BROKEN)
        self.client.initialize()
        self.client.nothing_more()
        self.assertFalse([m for m in self.client.pending
                          if m.get("method") == "textDocument/publishDiagnostics"])
        self.assertEqual(self.client.finish(), 0)

    def test_initialize_result(self):
        caps = self.client.initialize()["capabilities"]
        self.assertEqual(caps["positionEncoding"], "utf-16")
        for c in ("hoverProvider", "definitionProvider", "referencesProvider",
                  "documentSymbolProvider", "documentFormattingProvider"):
            self.assertTrue(caps[c], c)
        self.assertEqual(caps["textDocumentSync"]["change"], 2)
        r = self.client.request("initialize", {"capabilities": {}})
        self.assertEqual(r["error"]["code"], -32600)
        self.assertEqual(self.client.finish(), 0)

    def test_after_shutdown(self):
        self.client.initialize()
        self.assertIsNone(self.client.request("shutdown")["result"])
        self.client.open(self.folder.uri("rules"), BROKEN)  # dropped
        r = self.client.request("textDocument/hover", {})
        self.assertEqual(r["error"]["code"], -32600)
        self.assertIn("shut down", r["error"]["message"])
        self.assertFalse([m for m in self.client.pending if "method" in m])
        self.assertEqual(self.client.finish(shutdown=False), 0)

    def test_exit_without_shutdown(self):
        self.client.initialize()
        self.assertEqual(self.client.finish(shutdown=False), 1)

    def test_end_of_input_without_exit(self):
        self.client.initialize()
        self.client.proc.stdin.close()
        self.assertEqual(self.client.proc.wait(timeout=10), 1)


class Errors(Base):
    def setUp(self):
        super().setUp()
        self.client.initialize()

    def tearDown(self):
        self.assertEqual(self.client.finish(), 0)
        super().tearDown()

    def raw(self, body):
        self.client.send_raw(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        return self.client.response()

    def test_not_json(self):
        r = self.raw(b'{"jsonrpc": "2.0", "id": 7, "method": ')
        self.assertEqual(r["error"]["code"], -32700)
        self.assertIsNone(r["id"])
        r = self.raw(b'\xff\xfe{}')
        self.assertEqual(r["error"]["code"], -32700)

    def test_invalid_requests(self):
        for body, rid in ((b'[{"jsonrpc": "2.0", "id": 1, "method": "shutdown"}]', None),
                          (b'42', None),
                          (b'{"id": 3, "method": "shutdown"}', 3),
                          (b'{"jsonrpc": "1.0", "id": "x", "method": "shutdown"}', "x"),
                          (b'{"jsonrpc": "2.0", "id": {"a": 1}, "method": "shutdown"}', None),
                          (b'{"jsonrpc": "2.0", "id": 4, "method": 5}', 4),
                          (b'{"jsonrpc": "2.0", "id": 5, "method": "textDocument/hover",'
                           b' "params": "x"}', 5)):
            r = self.raw(body)
            self.assertEqual(r["error"]["code"], -32600, body)
            self.assertEqual(r["id"], rid, body)

    def test_unknown_method(self):
        r = self.client.request("textDocument/semanticTokens/full", {})
        self.assertEqual(r["error"]["code"], -32601)
        self.assertIn("semanticTokens", r["error"]["message"])
        # Unknown notifications, $/ ones included, are never answered.
        self.client.notify("$/cancelRequest", {"id": 1})
        self.client.notify("sharepol/unknownNotification", {"x": 1})
        self.client.nothing_more()

    def test_wrong_params(self):
        uri = self.folder.uri("rules")
        self.client.open(uri, RULES)
        for params in ({}, {"textDocument": {"uri": uri}},
                       {"textDocument": {"uri": uri}, "position": {"line": -1, "character": 0}},
                       {"textDocument": {"uri": uri}, "position": {"line": "0", "character": 0}},
                       {"textDocument": {"uri": self.folder.uri("nope")},
                        "position": {"line": 0, "character": 0}}):
            r = self.client.request("textDocument/hover", params)
            self.assertEqual(r["error"]["code"], -32602, params)
        r = self.client.request("textDocument/definition", [1, 2])
        self.assertEqual(r["error"]["code"], -32602)
        r = self.client.request("initialize", {"capabilities": {}})
        self.assertEqual(r["error"]["code"], -32600)

    def test_framing(self):
        # No Content-Length: a parse error, then the next message is read.
        self.client.send_raw(b"Content-Type: application/json\r\n\r\n")
        r = self.client.response()
        self.assertEqual(r["error"]["code"], -32700)
        self.assertIn("Content-Length", r["error"]["message"])
        self.client.send_raw(b"Content-Length: 12x\r\n\r\n")
        self.assertEqual(self.client.response()["error"]["code"], -32700)
        self.client.send_raw(b"garbage without a colon\r\n\r\n")
        self.assertEqual(self.client.response()["error"]["code"], -32700)
        # Headers in any case, extra headers, bare LF line ends.
        body = b'{"jsonrpc":"2.0","id":99,"method":"nope"}'
        self.client.send_raw(b"content-length: %d\nContent-Type: application/vscode-jsonrpc; "
                             b"charset=utf-8\n\n" % len(body) + body)
        self.assertEqual(self.client.response(99)["error"]["code"], -32601)
        self.client.nothing_more()

    def test_malformed_notifications_are_not_answered(self):
        self.client.notify("textDocument/didOpen", {"textDocument": {"uri": 5}})
        self.assertEqual(self.client.log_message()["type"], 1)
        body = b'{"jsonrpc":"2.0","method":7}'
        self.client.send_raw(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.assertEqual(self.client.log_message()["type"], 1)
        self.client.nothing_more()


class Limits(unittest.TestCase):
    def test_message_over_the_limit(self):
        c = Client(SHAREPOL, "--max-message-size", "1000", "--stdio")
        c.initialize()
        big = b'{"jsonrpc":"2.0","id":1,"method":"x","params":"' + b"a" * 2000 + b'"}'
        c.send_raw(b"Content-Length: %d\r\n\r\n" % len(big) + big)
        r = c.response()
        self.assertEqual(r["error"]["code"], -32600)
        self.assertIn("limit", r["error"]["message"])
        self.assertIsNone(r["id"])
        c.nothing_more()  # still in step with the stream
        self.assertEqual(c.finish(), 0)

    def test_truncated_body(self):
        c = Client(SHAREPOL)
        c.initialize()
        c.send_raw(b"Content-Length: 100\r\n\r\n{\"jsonrpc\"")
        c.proc.stdin.close()
        self.assertEqual(c.proc.wait(timeout=10), 1)
        c.close()

    def test_usage(self):
        import subprocess
        r = subprocess.run([SHAREPOL, "lsp", "--bogus"], capture_output=True, text=True)
        self.assertEqual(r.returncode, 2)
        self.assertIn("--bogus", r.stderr)
        r = subprocess.run([SHAREPOL, "lsp", "--max-message-size", "0"], capture_output=True,
                           text=True)
        self.assertEqual(r.returncode, 2)
        r = subprocess.run([SHAREPOL, "lsp", "--help"], capture_output=True, text=True)
        self.assertEqual(r.returncode, 0)
        self.assertIn("Language Server Protocol", r.stdout)


class Diagnostics(Base):
    def check_encoding(self, encoding):
        caps = self.client.initialize([encoding, "utf-16"])
        self.assertEqual(caps["capabilities"]["positionEncoding"], encoding)
        uri = self.folder.uri("rules")
        self.client.open(uri, BROKEN)
        d = self.client.diagnostics(uri)
        self.assertEqual(len(d), 1, d)
        self.assertEqual(d[0]["code"], "undefined-name")
        self.assertEqual(d[0]["severity"], 1)
        self.assertEqual(d[0]["source"], "sharepol")
        self.assertEqual(d[0]["range"], span(BROKEN, "signatoriez", encoding))
        related = d[0]["relatedInformation"]
        self.assertEqual(related[0]["message"], "did you mean 'signatories'?")
        self.assertEqual(related[0]["location"]["range"],
                         span(BROKEN, "signatories", encoding))
        self.assertEqual(self.client.diagnostics(self.folder.uri("parties")), [])
        self.assertEqual(self.client.finish(), 0)

    def test_utf16(self):
        self.check_encoding("utf-16")

    def test_utf8(self):
        self.check_encoding("utf-8")

    def test_utf32(self):
        self.check_encoding("utf-32")

    def test_unknown_encoding_falls_back_to_utf16(self):
        caps = self.client.initialize(["latin-1"])
        self.assertEqual(caps["capabilities"]["positionEncoding"], "utf-16")
        self.client.finish()

    def test_incremental_change_in_utf16(self):
        self.client.initialize()
        uri = self.folder.uri("rules")
        self.client.open(uri, BROKEN)
        self.assertEqual(len(self.client.diagnostics(uri)), 1)
        # Replace the misspelt name, found by its UTF-16 range.
        self.client.notify("textDocument/didChange", {
            "textDocument": {"uri": uri, "version": 2},
            "contentChanges": [{"range": span(BROKEN, "signatoriez"), "text": "signatories"}]})
        self.assertEqual(self.client.diagnostics(uri), [])
        # Then break it again inside the astral character's pair: the
        # position is taken as the character's start.
        fixed = BROKEN.replace("signatoriez", "signatories")
        p = position(fixed, "IPA;")
        self.client.notify("textDocument/didChange", {
            "textDocument": {"uri": uri, "version": 3},
            "contentChanges": [{"range": {"start": p, "end": dict(p, character=p["character"] + 3)},
                                "text": "XYZ"}]})
        d = self.client.diagnostics(uri)
        self.assertEqual(len(d), 1)
        self.assertEqual(d[0]["range"], span(fixed.replace("IPA;", "XYZ;"), "XYZ"))
        # A whole-text change.
        self.client.notify("textDocument/didChange", {
            "textDocument": {"uri": uri, "version": 4}, "contentChanges": [{"text": RULES}]})
        self.assertEqual(self.client.diagnostics(uri), [])
        self.assertEqual(self.client.finish(), 0)

    def test_out_of_order_changes(self):
        self.client.initialize()
        uri = self.folder.uri("rules")
        # didChange before didOpen: logged, nothing published, still alive.
        self.client.notify("textDocument/didChange", {
            "textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"text": "x"}]})
        self.assertEqual(self.client.log_message()["type"], 2)
        self.client.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
        self.client.nothing_more()
        self.client.open(uri, RULES)
        self.assertEqual(self.client.diagnostics(uri), [])
        # A change whose range is past the end of the text: refused, logged.
        self.client.notify("textDocument/didChange", {
            "textDocument": {"uri": uri, "version": 3},
            "contentChanges": [{"range": {"start": {"line": 0, "character": 5},
                                          "end": {"line": 0, "character": 2}}, "text": "x"}]})
        self.assertEqual(self.client.log_message()["type"], 1)
        self.assertEqual(self.client.finish(), 0)

    def test_multi_file_set(self):
        self.client.initialize()
        rules, parties = self.folder.uri("rules"), self.folder.uri("parties")
        self.client.open(rules, RULES)
        self.assertEqual(self.client.diagnostics(rules), [])
        self.assertEqual(self.client.diagnostics(parties), [])
        # Renaming IPA in the open parties buffer breaks rules.spol.
        self.client.open(parties, PARTIES)
        self.assertEqual(self.client.diagnostics(rules), [])
        self.assertEqual(self.client.diagnostics(parties), [])
        self.client.notify("textDocument/didChange", {
            "textDocument": {"uri": parties, "version": 2},
            "contentChanges": [{"range": span(PARTIES, "IPA"), "text": "IPB"}]})
        d = self.client.diagnostics(rules)
        self.assertEqual(d[0]["code"], "undefined-name")
        self.assertEqual(d[0]["range"], span(RULES, "IPA"))
        related = d[0]["relatedInformation"]
        self.assertEqual(related[0]["location"]["uri"], parties)
        self.assertEqual(related[0]["location"]["range"],
                         span(PARTIES.replace("IPA", "IPB"), "IPB"))
        self.client.diagnostics(parties)
        # Closing it: rules.spol sees the file on disk again.
        self.client.notify("textDocument/didClose", {"textDocument": {"uri": parties}})
        self.assertEqual(self.client.diagnostics(rules), [])
        self.assertEqual(self.client.diagnostics(parties), [])
        self.assertEqual(self.client.finish(), 0)

    def test_closing_the_last_document_clears_its_set(self):
        self.client.initialize()
        rules, parties = self.folder.uri("rules"), self.folder.uri("parties")
        # A warning in parties.spol, from the open rules.spol's set.
        self.client.open(rules, RULES.replace("deny ics from SDF to METI;", ""))
        d = self.client.diagnostics(parties)
        self.assertEqual([x["code"] for x in d], ["unused"])
        self.assertEqual(d[0]["severity"], 2)
        self.assertEqual(d[0]["tags"], [1])  # Unnecessary
        self.assertEqual(d[0]["range"], span(PARTIES, "SDF"))
        self.client.diagnostics(rules)
        self.client.notify("textDocument/didClose", {"textDocument": {"uri": rules}})
        self.assertEqual(self.client.diagnostics(parties), [])
        self.assertEqual(self.client.diagnostics(rules), [])
        self.assertEqual(self.client.finish(), 0)

    def test_duplicate_across_files_points_at_both(self):
        self.client.initialize()
        rules = self.folder.uri("rules")
        text = RULES + 'party MOD "again";\n'
        self.client.open(rules, text)
        d = self.client.diagnostics(rules)
        dup = [x for x in d if x["code"] == "duplicate-name"][0]
        self.assertEqual(dup["range"], span(text, "MOD", nth=text.count("MOD") - 1))
        self.assertEqual(dup["relatedInformation"][0]["location"]["uri"],
                         self.folder.uri("parties"))
        self.assertEqual(self.client.finish(), 0)

    def test_untitled_document_alone(self):
        self.client.initialize()
        self.client.open("untitled:Untitled-1", "party A;\ngroup G = A, B;\n")
        d = self.client.diagnostics("untitled:Untitled-1")
        self.assertEqual(d[0]["code"], "undefined-name")
        self.assertEqual(d[0]["range"], {"start": {"line": 1, "character": 13},
                                         "end": {"line": 1, "character": 14}})
        self.assertEqual(self.client.finish(), 0)


class Features(Base):
    def setUp(self):
        super().setUp()
        self.client.initialize()
        self.rules = self.folder.uri("rules")
        self.parties = self.folder.uri("parties")
        self.client.open(self.rules, BROKEN)
        self.client.diagnostics(self.rules)

    def tearDown(self):
        self.assertEqual(self.client.finish(), 0)
        super().tearDown()

    def hover(self, needle, nth=0):
        r = self.client.request("textDocument/hover", self.tdp(self.rules, BROKEN, needle, nth))
        return r["result"]

    def test_hover_group(self):
        h = self.hover("signatories", nth=1)
        v = h["contents"]["value"]
        self.assertEqual(h["contents"]["kind"], "markdown")
        self.assertIn("**group** `signatories`", v)
        self.assertIn("署名者 \U0001F600", v)
        self.assertIn("Members: MOD, METI, IPA", v)
        self.assertIn("Declared in rules.spol:1", v)
        self.assertEqual(h["range"], span(BROKEN, "signatories", nth=1))

    def test_hover_party_in_groups(self):
        h = self.hover("IPA")
        self.assertIn("**party** `IPA`", h["contents"]["value"])
        self.assertIn("Groups: signatories", h["contents"]["value"])
        self.assertIn("Declared in parties.spol:5", h["contents"]["value"])
        # SDF is in MOD, so in every group that holds MOD.
        self.client.open(self.parties, PARTIES)
        r = self.client.request("textDocument/hover", self.tdp(self.parties, PARTIES, "SDF"))
        v = r["result"]["contents"]["value"]
        self.assertIn("In: MOD", v)
        self.assertIn("Groups: signatories", v)

    def test_hover_category_ancestors_and_rule(self):
        h = self.hover("ics")
        self.assertIn("Ancestors: vulns, threat", h["contents"]["value"])
        h = self.hover("r2")
        v = h["contents"]["value"]
        self.assertIn("**rule** `r2`", v)
        self.assertIn('rule r2 "第4条 \U0001F600" allow vulns from signatoriez to IPA;', v)
        self.assertIn("In agreement pact", v)

    def test_hover_undefined_and_nothing(self):
        h = self.hover("signatoriez")
        self.assertIn("not declared", h["contents"]["value"])
        r = self.client.request("textDocument/hover", {
            "textDocument": {"uri": self.rules}, "position": {"line": 6, "character": 0}})
        self.assertIsNone(r["result"])
        # Past the end of a line or of the text: clamped, no error.
        r = self.client.request("textDocument/hover", {
            "textDocument": {"uri": self.rules}, "position": {"line": 999, "character": 999}})
        self.assertIsNone(r["result"])

    def test_hover_label_cannot_inject_markdown(self):
        text = 'party A "[x](http://e) ``` *b* <i>";\nagreement g "{ x" { parties A; }\n'
        self.client.open("untitled:hostile", text)
        self.client.diagnostics("untitled:hostile")
        r = self.client.request("textDocument/hover", self.tdp("untitled:hostile", text, "A"))
        v = r["result"]["contents"]["value"]
        self.assertIn(r"\[x\]\(http\:\/\/e\) \`\`\` \*b\* \<i\>", v)
        self.assertIn("````sharepol\n", v)      # longer than the label's ```
        self.assertTrue(v.count("````") == 2, v)
        r = self.client.request("textDocument/hover",
                                self.tdp("untitled:hostile", text, "g \"", after=0))
        self.assertIn('agreement g "{ x" { ... }', r["result"]["contents"]["value"])

    def test_hover_groups_nested_deep_and_except(self):
        # 40 levels of groups, each naming the one below twice: 2^40 paths,
        # each group worked out once.  And `*` with `except`, and a cycle.
        lines = ['party O;', 'party U in O;', 'party V;', 'group g0 = O;']
        lines += ['group g%d = g%d, g%d;' % (i, i - 1, i - 1) for i in range(1, 41)]
        lines += ['group all-but-u = * except U;', 'group c1 = c2, V;', 'group c2 = c1;']
        text = "\n".join(lines) + "\n"
        self.client.open("untitled:deep", text)
        self.client.diagnostics("untitled:deep")

        def groups(needle):
            r = self.client.request("textDocument/hover",
                                    self.tdp("untitled:deep", text, needle, after=6))
            v = r["result"]["contents"]["value"]
            return v[v.index("Groups: ") + 8:].split("\n")[0].split(", ")

        g = groups("party U")
        self.assertEqual(g, ["g%d" % i for i in range(41)])    # U is in O, O in g0
        self.assertEqual(groups("party O"), ["g%d" % i for i in range(41)] + ["all-but-u"])
        # In a cycle of groups (an error the compiler reports) the answer is
        # quick and may leave out a group of the cycle; the group that names
        # the party is always there.
        self.assertEqual(groups("party V")[:2], ["all-but-u", "c1"])

    def test_hover_plaintext(self):
        c = Client(SHAREPOL)
        c.initialize(markdown=False)
        c.open(self.rules, BROKEN)
        r = c.request("textDocument/hover", self.tdp(self.rules, BROKEN, "threat", nth=1))
        self.assertEqual(r["result"]["contents"]["kind"], "plaintext")
        self.assertNotIn("**", r["result"]["contents"]["value"])
        self.assertEqual(c.finish(), 0)

    def test_definition_across_files(self):
        r = self.client.request("textDocument/definition", self.tdp(self.rules, BROKEN, "MOD"))
        self.assertEqual(r["result"]["uri"], self.parties)
        self.assertEqual(r["result"]["range"], span(PARTIES, "MOD"))
        r = self.client.request("textDocument/definition",
                                self.tdp(self.rules, BROKEN, "signatoriez"))
        self.assertIsNone(r["result"])

    def test_references(self):
        p = self.tdp(self.rules, BROKEN, "IPA")
        p["context"] = {"includeDeclaration": True}
        r = self.client.request("textDocument/references", p)["result"]
        self.assertEqual(sorted((x["uri"], x["range"]["start"]["line"]) for x in r),
                         sorted([(self.parties, 4), (self.rules, 0), (self.rules, 9)]))
        p["context"] = {"includeDeclaration": False}
        r = self.client.request("textDocument/references", p)["result"]
        self.assertEqual(len(r), 2)
        self.assertTrue(all(x["uri"] == self.rules for x in r))

    def completion(self, text, needle, after):
        self.client.notify("textDocument/didChange", {
            "textDocument": {"uri": self.rules, "version": 9}, "contentChanges": [{"text": text}]})
        self.client.diagnostics(self.rules)
        r = self.client.request("textDocument/completion",
                                self.tdp(self.rules, text, needle, after=after))
        return {i["label"]: i for i in r["result"]["items"]}

    def test_completion_by_place(self):
        text = RULES + "allow vulns from sig"
        items = self.completion(text, "allow vulns from sig", len("allow vulns from sig"))
        self.assertIn("signatories", items)
        self.assertIn("MOD", items)
        self.assertNotIn("vulns", items)
        self.assertNotIn("allow", items)
        self.assertIn("group", items["signatories"]["detail"])
        text = RULES + "deny "
        items = self.completion(text, "deny ", 5)
        self.assertEqual({k for k in items}, {"threat", "vulns", "ics"})
        text = RULES + "category new in "
        items = self.completion(text, "category new in ", 16)
        self.assertEqual({k for k in items}, {"threat", "vulns", "ics"})
        text = RULES + "deny ics from MOD to IPA when marked "
        items = self.completion(text, "when marked ", 12)
        self.assertEqual(set(items), {"tlp-red"})
        text = RULES + "party "
        self.assertEqual(self.completion(text, "party ", 6), {})
        # At the start of a statement: keywords (and names).
        text = RULES + "\n"
        items = self.completion(text, "}\n", 2)
        self.assertEqual(items["allow"]["kind"], 14)
        self.assertIn("agreement", items)
        self.assertNotIn("r1", items)

    def test_document_symbols(self):
        r = self.client.request("textDocument/documentSymbol",
                                {"textDocument": {"uri": self.rules}})["result"]
        names = [s["name"] for s in r]
        self.assertEqual(names, ["signatories", "threat", "vulns", "ics", "research",
                                 "tlp-red", "pact"])
        pact = r[-1]
        self.assertEqual([c["name"] for c in pact["children"]], ["r2", "r1"])
        self.assertEqual(r[0]["selectionRange"], span(BROKEN, "signatories"))
        self.assertEqual(r[0]["range"]["end"],
                         position(BROKEN, "IPA;", after=4))
        self.assertEqual(r[0]["detail"], "署名者 \U0001F600")

    def test_formatting(self):
        messy = "party   A ;\n  group G =A;\n"
        self.client.notify("textDocument/didChange", {
            "textDocument": {"uri": self.rules, "version": 5},
            "contentChanges": [{"text": messy}]})
        self.client.diagnostics(self.rules)
        r = self.client.request("textDocument/formatting", {
            "textDocument": {"uri": self.rules},
            "options": {"tabSize": 4, "insertSpaces": True}})["result"]
        self.assertEqual(len(r), 1)
        self.assertEqual(r[0]["range"], {"start": {"line": 0, "character": 0},
                                         "end": {"line": 2, "character": 0}})
        self.assertEqual(r[0]["newText"], "party A;\ngroup G = A;\n")
        # Already formatted: no edits.
        self.client.notify("textDocument/didChange", {
            "textDocument": {"uri": self.rules, "version": 6},
            "contentChanges": [{"text": r[0]["newText"]}]})
        r = self.client.request("textDocument/formatting", {
            "textDocument": {"uri": self.rules}, "options": {}})["result"]
        self.assertEqual(r, [])
        # Syntax errors: a request failure that says why.
        self.client.notify("textDocument/didChange", {
            "textDocument": {"uri": self.rules, "version": 7},
            "contentChanges": [{"text": "party A\n"}]})
        r = self.client.request("textDocument/formatting", {
            "textDocument": {"uri": self.rules}, "options": {}})
        self.assertEqual(r["error"]["code"], -32803)
        self.assertIn("syntax errors", r["error"]["message"])


if __name__ == "__main__":
    SHAREPOL = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=1)
