/// What the segmenter found on a page: the post's parts and its comments.
public struct PageSegmentation: Sendable, Equatable {
  /// Every recognised part of the page, in text order (comments' parts included).
  public var segments: [Segment] = []
  public var title: String?
  /// The post's author when a byline names one (`March 4, 2024 by lnguyen`).
  public var author: String?
  public var date: WrittenDate?
  /// The post's own prose paragraphs.
  public var body: [Span] = []
  /// Block quotations inside the post.
  public var quotes: [Span] = []
  public var comments: [PageComment] = []

  public init() {}
}

/// One comment found on a page.
public struct PageComment: Sendable, Equatable {
  public var author: String?
  public var date: WrittenDate?
  /// The index (into ``PageSegmentation/comments``) of the comment this one replies to.
  public var parent: Int?
  /// The list number the page printed, if any.
  public var number: Int?
  /// The comment's header and text segments.
  public var segments: [Segment] = []
  /// The comment's text paragraphs.
  public var body: [Span] = []
  /// Indentation of the header line, used to see replies.
  var indent = 0
  /// Whether the next text line continues the last paragraph (no blank or furniture line
  /// came between).
  var continuesParagraph = false
  /// Whether the header had no date (Blogger prints it after the text).
  var awaitingDate = false
}
