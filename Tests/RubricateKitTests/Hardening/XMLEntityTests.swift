import Foundation
import Testing

@testable import RubricateKit

/// Flat and nested entity expansion in a WordPress export is refused before parsing, in bounded
/// time (issue 15, item 7).
@Suite struct XMLEntityTests {
  static func export(doctype: String, body: String) -> String {
    """
    <?xml version="1.0"?>
    <!DOCTYPE rss [\(doctype)]>
    <rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><item><title>T</title>
    <wp:post_type>post</wp:post_type><wp:status>publish</wp:status><wp:post_id>1</wp:post_id>
    <content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/">\(body)</content:encoded>
    </item></channel></rss>
    """
  }

  /// One 200 KB entity referenced 200,000 times: an 800 KB file.
  @Test func flatExpansionIsRefusedQuickly() {
    let value = String(repeating: "a", count: 200_000)
    let text = Self.export(
      doctype: "<!ENTITY e \"\(value)\">", body: String(repeating: "&e;", count: 200_000))
    #expect(text.utf8.count > 800_000)
    let start = ContinuousClock.now
    #expect(throws: InputError.self) { try WXRReader.read(text, name: "x.xml") }
    #expect(ContinuousClock.now - start < .seconds(2))
    #expect(
      XMLEntityBudget.violation(in: text)
        == "its DTD declares 200000 bytes of entities (the limit is 4096); WordPress exports have none"
    )
  }

  @Test func manySmallReferencesAreCappedByTheirExpansion() {
    let text = Self.export(
      doctype: "<!ENTITY e \"0123456789\">", body: String(repeating: "&e;", count: 200_000))
    #expect(
      XMLEntityBudget.violation(in: text)
        == "its entities would expand to more than 1 MB; WordPress exports have none")
  }

  @Test func nestedAndCyclicEntitiesAreCounted() {
    let nested =
      "<!ENTITY a \"\(String(repeating: "x", count: 1000))\"><!ENTITY b \"\(String(repeating: "&a;", count: 900))\">"
    #expect(
      XMLEntityBudget.violation(in: Self.export(doctype: nested, body: "&b;&b;"))
        == "its entities would expand to more than 1 MB; WordPress exports have none")
    let cycle = "<!ENTITY a \"&b;\"><!ENTITY b \"&a;\">"
    #expect(
      XMLEntityBudget.violation(in: Self.export(doctype: cycle, body: "&a;"))
        == "its DTD declares entities that refer to themselves")
  }

  @Test func aSmallDTDIsAllowed() throws {
    let text = Self.export(
      doctype: "<!-- a note ] --><!ENTITY who \"Ana\">", body: "Written by &who; and &amp; friends."
    )
    #expect(XMLEntityBudget.violation(in: text) == nil)
    #expect(XMLEntityBudget.violation(in: "<rss>&e;</rss>") == nil)
  }
}
