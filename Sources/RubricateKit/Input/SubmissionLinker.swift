import Foundation

/// Links comments that name their post (Markdown front matter `post:`) to that post's id.
public enum SubmissionLinker {
  /// A `post:` value as written in the file at `name`: a file name is resolved against the
  /// file's folder (so it equals the post's id); anything else (a title) is kept as written.
  public static func resolve(_ value: String, from name: String) -> String {
    let trimmed = value.trimmingCharacters(in: .whitespaces)
    let last = trimmed.lastNonEmptyPathComponent ?? trimmed
    guard last.contains("."), !trimmed.contains(" "), !trimmed.contains("://") else {
      return trimmed
    }
    var parts = name.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    if !parts.isEmpty { parts.removeLast() }
    for component in trimmed.split(separator: "/") {
      switch component {
      case ".": continue
      case "..": if !parts.isEmpty { parts.removeLast() }
      default: parts.append(String(component))
      }
    }
    return parts.joined(separator: "/")
  }

  /// Points each comment's `post` at a post of the batch: by id, by file name without its
  /// folder or extension, or by title (case and spacing ignored). Unmatched values stay.
  public static func link(_ submissions: [Submission]) -> [Submission] {
    // The posts' ids, read in place (copying every post out first cost a batch a serial
    // few milliseconds, and most batches need nothing more).
    var ids = Set<String>(minimumCapacity: submissions.count)
    submissions.withUnsafeBufferPointer { batch in
      for index in batch.indices where batch[index].kind == .post { ids.insert(batch[index].id) }
    }
    // Most batches hold no comment naming its post other than by id: the key index (a
    // normalised title and file name per post) is then not built at all.
    guard
      submissions.contains(where: { submission in
        submission.kind == .comment && submission.post.map { !ids.contains($0) } == true
      })
    else { return submissions }
    var byKey: [String: String] = [:]
    for post in submissions where post.kind == .post {
      for key in keys(for: post) where byKey[key] == nil { byKey[key] = post.id }
    }
    return submissions.map { submission in
      guard submission.kind == .comment, let post = submission.post, !ids.contains(post) else {
        return submission
      }
      var linked = submission
      if let id = byKey[normalise(post)] ?? byKey[normalise(stem(post))] { linked.post = id }
      return linked
    }
  }

  static func keys(for post: Submission) -> [String] {
    var keys = [normalise(post.id), normalise(stem(post.id))]
    if let title = post.title { keys.append(normalise(title)) }
    return keys
  }

  static func stem(_ path: String) -> String {
    let last = path.lastNonEmptyPathComponent ?? path
    guard let dot = last.lastIndex(of: "."), dot != last.startIndex else { return last }
    return String(last[..<dot])
  }

  static func normalise(_ text: String) -> String {
    PageLine.normalise(text).trimmingCharacters(in: .punctuationCharacters)
  }
}
