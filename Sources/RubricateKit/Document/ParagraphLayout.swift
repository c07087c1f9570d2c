/// One line as the paragraph layout reads it: where its text starts and ends (trimmed), its
/// indent, how it ends and how the next line begins.
struct LayoutLine: Sendable, Equatable {
  var start: Int
  var end: Int
  var indent: Int
  /// The line ends with sentence punctuation (`.`, `!`, `?`, `…`, `:`), closing quotes or
  /// brackets after it allowed.
  var endsSentence = false
  /// The line opens with a lower-case letter (it goes on with the sentence before).
  var opensLowercase = false
  /// The length of the line's first word (up to the first space).
  var firstWord = 0

  var isBlank: Bool { start == end }
  var length: Int { end - start }

  init(scalars: [Unicode.Scalar], start: Int, end: Int, indent: Int) {
    self.start = start
    self.end = end
    self.indent = indent
    guard end > start else { return }
    var last = end - 1
    while last > start, LayoutLine.closers.contains(scalars[last]) { last -= 1 }
    endsSentence = LayoutLine.enders.contains(scalars[last])
    let first = scalars[start]
    opensLowercase = first.properties.isLowercase
    var wordEnd = start
    while wordEnd < end, !scalars[wordEnd].isSpace { wordEnd += 1 }
    firstWord = wordEnd - start
  }

  /// Marks that end a sentence or introduce what follows on a line of its own.
  static let enders: Set<Unicode.Scalar> = [".", "!", "?", "\u{2026}", ":", "\u{FF0E}", "\u{3002}"]
  /// Closing quotes and brackets that may follow the ending mark.
  static let closers: Set<Unicode.Scalar> = ["\"", "'", "\u{201D}", "\u{2019}", ")", "]"]
}

/// How the lines of a block of text (no blank line between them) make paragraphs.
///
/// - ``linePerParagraph``: each line is a paragraph, the way Word's and Google Docs' "plain
///   text" export and most web forms save text. Lines end where paragraphs end, so their
///   lengths vary freely and nearly every one ends a sentence. A line that stops without
///   sentence punctuation before a line opening in lower case was broken by hand inside a
///   sentence and goes on with the next.
/// - ``wrapped``: the lines were wrapped at a width (e-mail, text pasted from a PDF): their
///   lengths cluster just below the longest one and most of them end in the middle of a
///   sentence. Lines are joined, except after a line that ends a sentence well short of the
///   width (the next line's first word would have fit): that is where a paragraph ended.
enum ParagraphLayout: Sendable, Equatable {
  case linePerParagraph
  case wrapped(width: Int)

  /// A block with at least this many lines decides its own layout; a shorter one goes with
  /// the document's (two or three lines say too little).
  static let linesToDecideAlone = 4
  /// A wrapped line (not a paragraph's last) is at least this share of the width long.
  static let wrappedLineShare = 0.6
  /// Wrapped text: at least this share of its lines (not the last of a block) are that long…
  static let minimumFullLines = 0.6
  /// …and at least this share of its line breaks fall inside a sentence. (Hard-wrapped prose
  /// breaks inside a sentence at about nine breaks in ten; text written a paragraph a line
  /// only after a title or a heading.)
  static let minimumMidSentenceBreaks = 0.4
  /// In wrapped text, a line that ends a sentence and leaves at least this share of the width
  /// free beside the next line's first word ends its paragraph.
  static let paragraphEndRoom = 0.15

  /// The layout of these blocks of lines, read together.
  static func decide(_ blocks: [ArraySlice<LayoutLine>]) -> ParagraphLayout {
    var width = 0
    for block in blocks {
      for line in block { width = max(width, line.length) }
    }
    var inner = 0
    var full = 0
    var midSentence = 0
    let fullLength = Double(width) * wrappedLineShare
    for block in blocks {
      for line in block.dropLast() {
        inner += 1
        if Double(line.length) >= fullLength { full += 1 }
        if !line.endsSentence { midSentence += 1 }
      }
    }
    guard inner > 0 else { return .linePerParagraph }
    let wrapped =
      Double(full) >= minimumFullLines * Double(inner)
      && Double(midSentence) >= minimumMidSentenceBreaks * Double(inner)
    return wrapped ? .wrapped(width: width) : .linePerParagraph
  }

  /// Whether a paragraph ends between `line` and `next` (two lines with no blank line between).
  func breaks(after line: LayoutLine, before next: LayoutLine) -> Bool {
    switch self {
    case .linePerParagraph:
      return line.endsSentence || !next.opensLowercase
    case .wrapped(let width):
      guard line.endsSentence, !next.opensLowercase else { return false }
      let room = Double(width - line.length - 1 - next.firstWord)
      return room >= Self.paragraphEndRoom * Double(width)
    }
  }
}
