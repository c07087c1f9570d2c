import Foundation

extension BlogPageSegmenter {
  enum TailState {
    case afterBody
    case comments
    case form
  }

  /// Reads everything after the body: comment headings, comments and page furniture.
  static func readTail(
    _ lines: [PageLine], from start: Int, document: Document, page: inout PageSegmentation
  ) {
    var state = TailState.afterBody
    var current: PageComment?
    var stack: [(indent: Int, comment: Int)] = []
    var index = start

    func close() {
      guard var comment = current else { return }
      for paragraph in comment.body {
        comment.segments.append(Segment(kind: .comment, span: paragraph, rule: "comment.text"))
      }
      comment.segments.sort { $0.span < $1.span }
      if comment.parent == nil, let first = comment.body.first {
        comment.parent = mentionedParent(document.text(of: first), in: page.comments)
      }
      page.segments += comment.segments
      page.comments.append(comment)
      current = nil
    }

    while index < lines.count {
      let line = lines[index]
      if line.isBlank {
        current?.continuesParagraph = false
        index += 1
        continue
      }
      if let rule = CommentRules.heading(line.key) {
        close()
        page.segments.append(Segment(kind: .commentsHeading, span: line.span, rule: rule))
        state = .comments
        index += 1
        continue
      }
      let allowPair = !(current?.awaitingDate ?? false)
      if let header = CommentHeader.parse(
        lines, at: index, requireDate: false, requireTime: state != .comments,
        allowNameThenDate: allowPair)
      {
        close()
        var comment = PageComment(author: header.author, date: header.date, number: header.number)
        comment.indent = line.indent
        comment.awaitingDate = header.date == nil
        while let top = stack.last, top.indent >= line.indent { stack.removeLast() }
        comment.parent = stack.last?.comment
        stack.append((line.indent, page.comments.count))
        comment.segments = header.spans.map {
          Segment(kind: .commentHeader, span: $0, rule: header.rule)
        }
        current = comment
        state = .comments
        index = header.next
        continue
      }
      if var comment = current, comment.awaitingDate, let text = line.text,
        let date = CommentRules.stamp(WrittenDate.whole(text))
      {
        comment.date = date
        comment.awaitingDate = false
        comment.segments.append(
          Segment(kind: .commentHeader, span: line.span, rule: "comment.trailing-date"))
        current = comment
        index += 1
        continue
      }
      if var comment = current, let key = line.key, key.hasPrefix("in reply to ") {
        let name = String(key.dropFirst("in reply to ".count)).trimmingCharacters(
          in: CharacterSet(charactersIn: ". "))
        comment.parent = comment.parent ?? latest(byAuthor: name, in: page.comments)
        comment.segments.append(
          Segment(kind: .commentHeader, span: line.span, rule: "comment.in-reply-to"))
        current = comment
        index += 1
        continue
      }
      if current == nil, state == .afterBody, let meta = Dateline.footerByline(line) {
        // The entry footer's byline: furniture, and the post's date and author when the
        // header gave none.
        page.segments.append(Segment(kind: .boilerplate, span: line.span, rule: meta.rule))
        if page.date == nil { page.date = meta.date }
        if page.author == nil { page.author = meta.author }
        index += 1
        continue
      }
      if current == nil, state == .afterBody,
        let meta = PostMeta.read(lines, from: index, mode: .footer),
        meta.date != nil, meta.author != nil
      {
        // Block-theme post meta after sharing buttons: the date with its author under it.
        record(meta, lines: lines, page: &page)
        index = meta.end
        continue
      }
      if let rule = BoilerplateRules.rule(for: line.key) {
        let isReply = CommentRules.replyLines.contains(line.key ?? "")
        let ruleId = isReply ? "comment.reply" : rule.id
        if var comment = current, !isReply, CommentRules.keepsCommentOpen(rule.id) {
          // `Edit`, `Like`, `Liked by 2 people` sit inside a comment; its text goes on after.
          comment.continuesParagraph = false
          comment.segments.append(Segment(kind: .boilerplate, span: line.span, rule: ruleId))
          current = comment
          index += 1
          continue
        }
        close()
        page.segments.append(Segment(kind: .boilerplate, span: line.span, rule: ruleId))
        if BoilerplateRules.formStarts.contains(rule.id) { state = .form }
        index += 1
        continue
      }
      if state == .comments, var comment = current {
        if comment.continuesParagraph, let last = comment.body.popLast() {
          comment.body.append(Span(last.start, line.span.end))
        } else {
          comment.body.append(line.span)
        }
        comment.continuesParagraph = true
        current = comment
      } else {
        close()
        let rule = state == .form ? "form.after-leave-reply" : "tail.after-body"
        page.segments.append(Segment(kind: .boilerplate, span: line.span, rule: rule))
      }
      index += 1
    }
    close()
  }

  /// The comment an `@Name` opening answers: the latest earlier comment by that name.
  static func mentionedParent(_ text: String, in comments: [PageComment]) -> Int? {
    guard text.hasPrefix("@") else { return nil }
    let mention = text.dropFirst().prefix { !$0.isWhitespace && $0 != "," && $0 != ":" }
    return latest(byAuthor: String(mention), in: comments)
  }

  /// The latest comment whose author's name starts with (or, spaces removed, equals) `name`.
  static func latest(byAuthor name: String, in comments: [PageComment]) -> Int? {
    let wanted = name.lowercased().replacingOccurrences(of: " ", with: "")
    guard !wanted.isEmpty else { return nil }
    return comments.lastIndex { comment in
      guard let author = comment.author?.lowercased() else { return false }
      let compact = author.replacingOccurrences(of: " ", with: "")
      return compact == wanted || compact.hasPrefix(wanted)
        || author.split(separator: " ").first.map(String.init) == name.lowercased()
    }
  }
}
