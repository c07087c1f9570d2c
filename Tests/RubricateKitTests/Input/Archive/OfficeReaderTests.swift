import Foundation
import Testing

@testable import RubricateKit

/// The Word and OpenDocument readers on files a real producer wrote (Fixtures/Office, made by
/// `make-office.py`) and on small packages built here.
@Suite struct OfficeReaderTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
      "Fixtures/Office")

  static func read(_ name: String, as readName: String? = nil) throws -> Submission {
    let bytes = Array(try Data(contentsOf: folder.appendingPathComponent(name)))
    let submissions = try SourceReader.read(bytes: bytes, name: readName ?? name)
    #expect(submissions.count == 1)
    return submissions[0]
  }

  static let body = [
    "Cities that close a street to cars for one summer learn more than any traffic model can tell them. When Ghent removed through traffic from its centre in 2017, cycling rose by a quarter within two years.",
    "The city's own evaluation report found that shops on the closed streets kept their customers. Critics argue that traffic simply moves elsewhere, but the counts do not bear that out.[1]",
    "Close one street for a summer.",
    "Count walkers, cyclists and buses before and after.",
    "Year Cyclists per day", "2016 9,400", "2019 12,100",
    "Residents quickly adapted their routes, and most of them said they would keep the change.",
  ]

  @Test(arguments: ["essay.docx", "essay.odt"])
  func essayFromAWordProcessor(_ name: String) throws {
    let post = try Self.read(name, as: "class/kowalczykhana_LATE_12345_678_\(name)")
    let format = name.hasSuffix("docx") ? "docx" : "odt"
    #expect(post.kind == .post)
    #expect(post.title == "Streets for People")
    #expect(post.author == "Hana Kowalczyk")
    #expect(
      post.student == Student(name: "kowalczykhana", userId: "12345", late: true, fileId: "678"))
    #expect(post.body.map { post.document.text(of: $0) } == Self.body)
    #expect(post.texts(of: .heading) == ["What the trials show", "Notes"])
    #expect(post.texts(of: .listItem) == Array(Self.body[2...3]))
    #expect(post.texts(of: .referencesHeading) == ["References"])
    #expect(
      post.texts(of: .reference) == [
        "Stad Gent. (2019). Evaluatie circulatieplan Gent. City of Ghent. https://example.org/ghent-circulation-plan"
      ])
    #expect(
      post.texts(of: .note) == ["[1] Counts from the city's 2019 monitoring report, table 4."])
    #expect(post.segments.first { $0.kind == .note }?.rule == "\(format).note")
    #expect(post.links.map(\.url) == ["https://example.org/ghent-circulation-plan"])
    #expect(post.links.map { post.document.text(of: $0.span) } == ["evaluation report"])
    // The tracked deletion and the teacher's comment are not the student's text.
    #expect(!post.document.text.contains("slowly"))
    #expect(!post.document.text.contains("same survey"))
  }

  @Test func bodyTitleWinsAndPropertiesFillTheGaps() throws {
    let withTitle = try Self.read("essay.docx")
    #expect(withTitle.title == "Streets for People")  // not "… (properties)"
    let bare = try Self.docx(
      body: "<w:p><w:r><w:t>Buses should be free.</w:t></w:r></w:p>",
      core: "<dc:title>Free Buses</dc:title><dc:creator>Microsoft Office User</dc:creator>")
    #expect(bare.title == "Free Buses")
    #expect(bare.author == nil)
  }

  @Test func headingsLinksAndRevisionsInHandWrittenWordML() throws {
    let post = try Self.docx(
      body: """
        <w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Free buses</w:t></w:r></w:p>
        <w:p><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:r><w:t>Costs</w:t></w:r></w:p>
        <w:p><w:r><w:t xml:space="preserve">See </w:t></w:r><w:fldSimple w:instr=" HYPERLINK &quot;https://example.org/fares&quot; "><w:r><w:t>the fares</w:t></w:r></w:fldSimple><w:r><w:t>. Fares </w:t></w:r><w:moveFrom><w:r><w:t>moved </w:t></w:r></w:moveFrom><w:r><w:t>fell.</w:t></w:r><w:endnoteReference w:id="3"/></w:p>
        <w:p><mc:AlternateContent><mc:Choice Requires="wps"><w:r><w:t>Box text.</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>Box text.</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>
        """,
      endnotes: """
        <w:endnote w:id="3"><w:p><w:r><w:t>City figures.</w:t></w:r></w:p></w:endnote>
        """)
    #expect(post.title == "Free buses")
    #expect(post.texts(of: .heading) == ["Costs", "Notes"])
    #expect(
      post.body.map { post.document.text(of: $0) } == [
        "See the fares. Fares fell.[1]", "Box text.",
      ])
    #expect(post.links.map(\.url) == ["https://example.org/fares"])
    #expect(post.links.map { post.document.text(of: $0.span) } == ["the fares"])
    #expect(post.texts(of: .note) == ["[1] City figures."])
  }

  @Test func aDTDIsRefused() {
    let bytes = ZipBuilder(entries: [
      ZipBuilder.text(
        "word/document.xml",
        "<!DOCTYPE w [<!ENTITY a \"aaaa\">]><w:document xmlns:w=\"\(Self.wordNamespace)\"/>")
    ]).build()
    #expect(
      throws: InputError.unreadable(
        file: "e.docx",
        reason:
          "damaged archive: word/document.xml: a DTD or declaration, which an Office document never has at byte 0"
      )
    ) { try SourceReader.read(bytes: bytes, name: "e.docx") }
  }

  static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

  /// A minimal Word package: the document part, optional endnotes and core properties.
  static func docx(body: String, endnotes: String? = nil, core: String? = nil) throws -> Submission
  {
    let namespaces =
      "xmlns:w=\"\(wordNamespace)\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
    var entries = [
      ZipBuilder.text(
        "word/document.xml",
        "<?xml version=\"1.0\"?><w:document \(namespaces)><w:body>\(body)</w:body></w:document>")
    ]
    if let endnotes {
      entries.append(
        ZipBuilder.text(
          "word/endnotes.xml", "<w:endnotes \(namespaces)>\(endnotes)</w:endnotes>"))
      entries.append(
        ZipBuilder.text(
          "word/_rels/document.xml.rels",
          "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"r1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes\" Target=\"endnotes.xml\"/></Relationships>"
        ))
    }
    if let core {
      entries.append(
        ZipBuilder.text(
          "docProps/core.xml",
          "<cp:coreProperties xmlns:cp=\"x\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\(core)</cp:coreProperties>"
        ))
    }
    return try SourceReader.read(bytes: ZipBuilder(entries: entries).build(), name: "e.docx")[0]
  }
}
