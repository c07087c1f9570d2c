/// Turns the events of a WordprocessingML body (or of one note) into derived text: one block
/// per paragraph, its kind from the paragraph's style, numbering or outline level.
///
/// Kept: runs' text (`w:t`), tracked insertions (`w:ins`, whose runs are ordinary runs), moved
/// text at its destination, tables' cell paragraphs, hyperlinks (`w:hyperlink`, `HYPERLINK`
/// simple fields). Dropped: tracked deletions and moves away (`w:del`, `w:moveFrom`,
/// `w:delText`), field instructions, the fallback copy of alternate content, formatting and
/// revision records. Comments live in their own part, which is never read.
struct WordBodyWalker {
  /// Elements whose whole content is left out.
  static let skipped: Set<String> = [
    "w:del", "w:moveFrom", "w:delText", "w:instrText", "mc:Fallback", "w:rPr", "w:pPrChange",
    "w:rPrChange", "w:sectPr", "w:tblPr", "w:tcPr", "w:trPr", "w:tblGrid",
  ]

  let styles: [String: DerivedText.Kind]
  let relations: [String: WordDocument.Relation]
  var builder = TextBuilder()
  var skip = SkipDepth()
  /// Inside `w:t`.
  var textDepth = 0
  /// The kinds of the open paragraphs (a text box's paragraphs nest inside a paragraph).
  var kinds: [DerivedText.Kind] = []
  /// Note keys (`footnote:2`) in the order the body refers to them.
  var noteOrder: [String] = []
  /// Inside a table row: its cells' paragraphs make one block, cells a space apart.
  var rowDepth = 0
  /// The mark that starts the note being written, until its first text.
  var notePrefix: String?

  init(styles: [String: DerivedText.Kind], relations: [String: WordDocument.Relation]) {
    self.styles = styles
    self.relations = relations
  }

  mutating func handle(_ event: XMLEvent) {
    switch event {
    case .start(let name, let attributes):
      if skip.enter(skipping: Self.skipped.contains(name)) { return }
      start(name, attributes)
    case .end(let name):
      if skip.leave() { return }
      switch name {
      case "w:p":
        if let kind = kinds.popLast(), rowDepth == 0 { builder.endBlock(kind) }
      case "w:tc": builder.append(" ")
      case "w:tr":
        rowDepth = max(0, rowDepth - 1)
        builder.endBlock(.paragraph)
      case "w:t": textDepth = max(0, textDepth - 1)
      case "w:hyperlink", "w:fldSimple": builder.closeLink()
      default: break
      }
    case .text(let text):
      guard textDepth > 0, !skip.isSkipping else { return }
      builder.appendRun(text, notePrefix: &notePrefix)
    }
  }

  mutating func start(_ name: String, _ attributes: [String: String]) {
    switch name {
    case "w:p":
      if let open = kinds.last, rowDepth == 0 { builder.endBlock(open) }
      kinds.append(.paragraph)
    case "w:tr":
      builder.endBlock(kinds.last ?? .paragraph)
      rowDepth += 1
    case "w:pStyle":
      if let id = attributes["w:val"], let kind = styles[id] ?? WordDocument.styleKind(name: id) {
        setKind(kind)
      }
    case "w:numPr":
      if kinds.last == .paragraph { setKind(.listItem) }
    case "w:outlineLvl":
      if let level = attributes["w:val"].flatMap({ Int($0) }), level < 9 {
        setKind(.heading(level + 1))
      }
    case "w:t": textDepth += 1
    case "w:tab", "w:ptab", "w:noBreakHyphen":
      builder.append(name == "w:noBreakHyphen" ? "-" : " ")
    case "w:br", "w:cr":
      let type = attributes["w:type"]
      if type == "page" || type == "column" { builder.append(" ") } else { builder.lineBreak() }
    case "w:hyperlink":
      if let id = attributes["r:id"], let relation = relations[id], relation.external {
        builder.openLink(relation.target)
      } else {
        builder.openLink("")
      }
    case "w:fldSimple":
      builder.openLink(Self.hyperlinkTarget(attributes["w:instr"] ?? "") ?? "")
    case "w:footnoteReference", "w:endnoteReference":
      guard let id = attributes["w:id"] else { return }
      noteOrder.append((name == "w:footnoteReference" ? "footnote:" : "endnote:") + id)
      builder.append(contentsOf: OfficeText.noteMark(noteOrder.count).unicodeScalars)
    default: break
    }
  }

  /// Sets the open paragraph's kind; a heading or title is not demoted to a list item.
  mutating func setKind(_ kind: DerivedText.Kind) {
    guard let index = kinds.indices.last else { return }
    if kind == .listItem, kinds[index] != .paragraph { return }
    kinds[index] = kind
  }

  /// The URL of a `HYPERLINK "url"` field instruction (not a `\l` bookmark jump).
  static func hyperlinkTarget(_ instruction: String) -> String? {
    let words = instruction.split(separator: " ")
    guard words.first == "HYPERLINK", !words.contains("\\l") else { return nil }
    return words.dropFirst().first { !$0.hasPrefix("\\") }.map {
      String($0).trimmingQuotes()
    }
  }

  /// Closes the body and appends the notes it referred to, in order, under a heading.
  mutating func finish(notes: [String: [XMLEvent]]) -> OfficeText {
    while let kind = kinds.popLast() { builder.endBlock(kind) }
    let notesStart = builder.output.blocks.count
    if noteOrder.contains(where: { notes[$0] != nil }) {
      builder.append(contentsOf: OfficeText.notesHeading.unicodeScalars)
      builder.endBlock(.heading(2))
      for (index, key) in noteOrder.enumerated() {
        guard let events = notes[key] else { continue }
        notePrefix = OfficeText.noteMark(index + 1)
        skip = SkipDepth()
        textDepth = 0
        for event in events { handle(event) }
        while let kind = kinds.popLast() { builder.endBlock(kind) }
        notePrefix = nil
      }
    }
    return OfficeText(derived: builder.finish(.paragraph), notesStart: notesStart)
  }
}

extension String {
  /// The string without surrounding double quotes.
  func trimmingQuotes() -> String {
    var scalars = Substring(self)
    while scalars.first == "\"" { scalars = scalars.dropFirst() }
    while scalars.last == "\"" { scalars = scalars.dropLast() }
    return String(scalars)
  }
}
