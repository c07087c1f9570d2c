/// Plain text extracted from a markup format, with the blocks and links it was made of.
///
/// Blocks are separated by one blank line, so ``Document/paragraphs(in:)`` of the text gives
/// the blocks back; spans index the extracted text, and ``origins`` says where in the markup
/// each scalar of it was read.
struct DerivedText: Sendable, Equatable {
  enum Kind: Sendable, Equatable {
    case title
    case paragraph
    case heading(Int)
    case listItem
    case blockquote
    case code
  }

  struct Block: Sendable, Equatable {
    var kind: Kind
    var span: Span
  }

  var scalars: [Unicode.Scalar] = []
  /// For each scalar, the offset in the markup it was read from; -1 for one the reader made
  /// up (a block separator, collapsed white space).
  var origins: [Int] = []
  var blocks: [Block] = []
  var links: [Link] = []

  var text: String { Document.string(from: scalars[...]) }

  /// The document of this text, mapped back onto the `source` scalars it was read from; with
  /// no origin known (an export whose text was not found), lines are the text's own.
  func document<Source: Collection<Unicode.Scalar>>(name: String, source: Source) -> Document {
    guard origins.contains(where: { $0 >= 0 }) else { return Document(name: name, text: text) }
    return Document(
      name: name, text: text, sourceMap: SourceMap(origins: origins, source: source))
  }

  /// The same, for one of many documents read from a file whose `lines` are already found.
  func document(name: String, lines: SourceLines) -> Document {
    guard origins.contains(where: { $0 >= 0 }) else { return Document(name: name, text: text) }
    return Document(name: name, text: text, sourceMap: SourceMap(origins: origins, lines: lines))
  }
}

/// Appends inline text block by block, collapsing white space and recording spans.
struct TextBuilder {
  var output = DerivedText()
  /// Where the open block's text starts, once it has any.
  var blockStart: Int?
  var pendingSpace = false
  /// Open links: their target and where their text starts (nil until text arrives).
  var openLinks: [(url: String, start: Int?)] = []
  /// Where in the markup the next appended scalar was read (set by the reader before each
  /// `append`); -1 when it was made up.
  var source = -1

  mutating func push(_ scalar: Unicode.Scalar, from origin: Int) {
    output.scalars.append(scalar)
    output.origins.append(origin)
  }

  mutating func popLast() {
    output.scalars.removeLast()
    output.origins.removeLast()
  }

  /// Adds one scalar of inline text; white space is collapsed to one space.
  mutating func append(_ scalar: Unicode.Scalar) {
    if scalar.isSpace || scalar == "\u{00A0}" {
      if blockStart != nil { pendingSpace = true }
      return
    }
    if blockStart == nil {
      if !output.scalars.isEmpty {
        push("\n", from: -1)
        push("\n", from: -1)
      }
      blockStart = output.scalars.count
      pendingSpace = false
    } else if pendingSpace {
      push(" ", from: -1)
      pendingSpace = false
    }
    if !openLinks.isEmpty {
      for index in openLinks.indices where openLinks[index].start == nil {
        openLinks[index].start = output.scalars.count
      }
    }
    push(scalar, from: source)
  }

  mutating func append<S: Sequence>(contentsOf scalars: S) where S.Element == Unicode.Scalar {
    for scalar in scalars { append(scalar) }
  }

  /// Adds a scalar verbatim (inside `pre` or code), keeping white space but not line breaks
  /// that would end the block.
  mutating func appendVerbatim(_ scalar: Unicode.Scalar) {
    if scalar == "\n" {
      lineBreak()
    } else if scalar == " " || scalar == "\t" {
      if blockStart != nil { push(" ", from: source) }
    } else {
      append(scalar)
    }
  }

  /// A line break inside the block (`<br>`, a Markdown line end).
  mutating func lineBreak() {
    guard let start = blockStart else { return }
    pendingSpace = false
    while output.scalars.count > start, output.scalars.last == " " { popLast() }
    if output.scalars.last != "\n" { push("\n", from: -1) }
  }

  /// Closes the open block as `kind`, trimming trailing white space.
  mutating func endBlock(_ kind: DerivedText.Kind) {
    pendingSpace = false
    guard let start = blockStart else { return }
    while output.scalars.count > start, output.scalars.last?.properties.isWhitespace ?? false {
      popLast()
    }
    blockStart = nil
    guard output.scalars.count > start else { return }
    output.blocks.append(DerivedText.Block(kind: kind, span: Span(start, output.scalars.count)))
  }

  mutating func openLink(_ url: String) { openLinks.append((url, nil)) }

  mutating func closeLink() {
    guard let link = openLinks.popLast() else { return }
    guard let start = link.start, output.scalars.count > start, !link.url.isEmpty else { return }
    var end = output.scalars.count
    while end > start, output.scalars[end - 1].properties.isWhitespace { end -= 1 }
    output.links.append(Link(url: link.url, span: Span(start, end)))
  }

  mutating func finish(_ kind: DerivedText.Kind) -> DerivedText {
    endBlock(kind)
    while !openLinks.isEmpty { closeLink() }
    return output
  }
}
