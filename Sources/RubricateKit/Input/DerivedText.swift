/// Plain text extracted from a markup format, with the blocks and links it was made of.
///
/// Blocks are separated by one blank line, so ``Document/paragraphs(in:)`` of the text gives
/// the blocks back; spans index the extracted text.
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
  var blocks: [Block] = []
  var links: [Link] = []

  var text: String { Document.string(from: scalars[...]) }
}

/// Appends inline text block by block, collapsing white space and recording spans.
struct TextBuilder {
  var output = DerivedText()
  /// Where the open block's text starts, once it has any.
  var blockStart: Int?
  var pendingSpace = false
  /// Open links: their target and where their text starts (nil until text arrives).
  var openLinks: [(url: String, start: Int?)] = []

  /// Adds one scalar of inline text; white space is collapsed to one space.
  mutating func append(_ scalar: Unicode.Scalar) {
    if scalar.properties.isWhitespace || scalar == "\u{00A0}" {
      if blockStart != nil { pendingSpace = true }
      return
    }
    if blockStart == nil {
      if !output.scalars.isEmpty { output.scalars += ["\n", "\n"] }
      blockStart = output.scalars.count
      pendingSpace = false
    } else if pendingSpace {
      output.scalars.append(" ")
      pendingSpace = false
    }
    for index in openLinks.indices where openLinks[index].start == nil {
      openLinks[index].start = output.scalars.count
    }
    output.scalars.append(scalar)
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
      if blockStart != nil { output.scalars.append(" ") }
    } else {
      append(scalar)
    }
  }

  /// A line break inside the block (`<br>`, a Markdown line end).
  mutating func lineBreak() {
    guard let start = blockStart else { return }
    pendingSpace = false
    while output.scalars.count > start, output.scalars.last == " " { output.scalars.removeLast() }
    if output.scalars.last != "\n" { output.scalars.append("\n") }
  }

  /// Closes the open block as `kind`, trimming trailing white space.
  mutating func endBlock(_ kind: DerivedText.Kind) {
    pendingSpace = false
    guard let start = blockStart else { return }
    while output.scalars.count > start, output.scalars.last?.properties.isWhitespace ?? false {
      output.scalars.removeLast()
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
