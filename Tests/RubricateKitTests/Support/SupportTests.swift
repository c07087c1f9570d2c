import Testing

@testable import RubricateKit

@Suite struct SuggestionTests {
  @Test(
    arguments: [
      ("--fromat", "--format"), ("claims.suported", "claims.supported"), ("analyse", "analyze"),
      ("xyzzy", nil),
    ] as [(String, String?)])
  func closest(_ word: String, _ expected: String?) {
    let candidates = [
      "--format", "--rubric", "claims.supported", "claims.count", "analyze", "grade",
    ]
    #expect(Suggestion.closest(to: word, in: candidates) == expected)
  }

  @Test func editDistanceCountsTranspositionsAsOne() {
    #expect(Suggestion.editDistance("ab", "ba") == 1)
    #expect(Suggestion.editDistance("kitten", "sitting") == 3)
    #expect(Suggestion.editDistance("", "abc") == 3)
  }
}

@Suite struct CSVTests {
  @Test func quotesOnlyWhenNeeded() {
    #expect(
      CSV.line(["a", "", "b,c", "say \"hi\"", "two\nlines"])
        == "a,,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\"")
  }

  @Test func parsesQuotedFieldsAndLineBreaks() throws {
    #expect(
      try CSV.parse("a,\"b,c\",\"x\"\"y\"\r\n\"multi\nline\",2\n") == [
        ["a", "b,c", "x\"y"], ["multi\nline", "2"],
      ])
    #expect(try CSV.parse("a,,\n") == [["a", "", ""]])
  }

  @Test func unterminatedQuoteNamesItsLine() {
    #expect(throws: CSVError(line: 2, message: "a quoted field is never closed")) {
      try CSV.parse("a\n\"open,\nmore")
    }
  }
}

@Suite struct JSONParserTests {
  @Test func parsesValuesAndPositions() throws {
    var parser = JSONParser(
      text: "{\n  \"a\": [1, -2.5e1, true, null],\n  \"b\": \"x\\u00e9\\n\"\n}")
    let root = try parser.parse()
    #expect(root.value["b"]?.value == .string("xé\n"))
    #expect(root.value["b"]?.line == 3)
    guard case .array(let items)? = root.value["a"]?.value else {
      Issue.record("expected an array")
      return
    }
    #expect(items.map(\.value) == [.number(1), .number(-25), .bool(true), .null])
    #expect(items[1].column == 12)
  }

  @Test(arguments: [
    ("{\"a\": 1,}", 1, 9, "trailing comma before '}'"),
    ("[1 2]", 1, 4, "expected ',' or ']' after an element"),
    ("{\"a\": \"open\n\"}", 1, 12, "unterminated string (a line break inside quotes)"),
    ("", 1, 1, "unexpected end of file; expected a value"),
    ("{} x", 1, 4, "unexpected 'x' after the end of the JSON value"),
  ])
  func syntaxErrors(_ text: String, _ line: Int, _ column: Int, _ message: String) {
    var parser = JSONParser(text: text)
    #expect(throws: JSONSyntaxError(line: line, column: column, message: message)) {
      try parser.parse()
    }
  }

  @Test func deepNestingIsRefusedNotACrash() {
    var parser = JSONParser(text: String(repeating: "[", count: 100_000))
    #expect(throws: JSONSyntaxError.self) { try parser.parse() }
  }

  @Test func lastNonEmptyPathComponents() {
    #expect(
      "week 1/Linh Nguyen_48213_post.txt".lastNonEmptyPathComponent == "Linh Nguyen_48213_post.txt")
    #expect("folder/".lastNonEmptyPathComponent == "folder")
    #expect("café/é́.md".lastNonEmptyPathComponent == "é́.md")
    #expect("".lastNonEmptyPathComponent == nil)
    #expect("//".lastNonEmptyPathComponent == nil)
  }

  @Test func fnv1aMatchesThePublishedVectors() {
    // From the FNV reference test suite (64-bit FNV-1a).
    #expect(FNV1a().value == 0xcbf2_9ce4_8422_2325)
    #expect(Array("a".utf8).withUnsafeBufferPointer(FNV1a.hash) == 0xaf63_dc4c_8601_ec8c)
    #expect(Array("foobar".utf8).withUnsafeBufferPointer(FNV1a.hash) == 0x8594_4171_f739_67e8)
  }
}
