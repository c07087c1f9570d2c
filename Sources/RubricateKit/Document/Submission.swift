/// One gradable piece of writing: a post or a comment, with who wrote it and where its parts are.
///
/// A submission carries its ``Document``; every span in it indexes that document. Several
/// submissions may share one document (a scraped page holds a post and its comments).
public struct Submission: Sendable, Equatable {
  /// Whether this is a post or a peer comment.
  public enum Kind: String, Sendable, Codable, CaseIterable {
    case post
    case comment
  }

  /// Stable identifier, unique within one run (derived from the file name and position).
  public var id: String
  public var kind: Kind
  public var document: Document
  public var title: String?
  public var author: String?
  /// ISO 8601 date (`2024-03-04`, or with time) when the written date is complete.
  public var date: String?
  /// The date as written.
  public var dateText: String?
  /// The student, when an LMS file name or export says who it is.
  public var student: Student?
  /// For a comment: the id of the post it answers.
  public var post: String?
  /// For a reply: the id of the comment it answers.
  public var parent: String?
  /// Every recognised part, in text order.
  public var segments: [Segment]
  /// The paragraphs of the writer's own prose: what body statistics count.
  public var body: [Span]
  /// Quoted passages (block quotes) inside the body, counted separately.
  public var quotes: [Span]
  /// Hyperlinks in the text (Markdown and HTML inputs).
  public var links: [Link]

  public init(
    id: String, kind: Kind, document: Document, title: String? = nil, author: String? = nil,
    date: String? = nil, dateText: String? = nil, student: Student? = nil, post: String? = nil,
    parent: String? = nil, segments: [Segment] = [], body: [Span] = [], quotes: [Span] = [],
    links: [Link] = []
  ) {
    self.id = id
    self.kind = kind
    self.document = document
    self.title = title
    self.author = author
    self.date = date
    self.dateText = dateText
    self.student = student
    self.post = post
    self.parent = parent
    self.segments = segments
    self.body = body
    self.quotes = quotes
    self.links = links
  }

  /// The spans of every segment of one kind.
  public func spans(of kind: Segment.Kind) -> [Span] {
    segments.filter { $0.kind == kind }.map(\.span)
  }
}

/// Who submitted a file, as an LMS download names it.
public struct Student: Sendable, Equatable, Hashable, Codable {
  public var name: String
  public var userId: String?
  public var late: Bool
  /// Canvas's file id or Moodle's participant id, when the file name has one.
  public var fileId: String?

  public init(name: String, userId: String? = nil, late: Bool = false, fileId: String? = nil) {
    self.name = name
    self.userId = userId
    self.late = late
    self.fileId = fileId
  }
}

/// A hyperlink: its target and the span of its visible text.
public struct Link: Sendable, Equatable, Codable {
  public var url: String
  public var span: Span

  public init(url: String, span: Span) {
    self.url = url
    self.span = span
  }
}
