import Foundation

/// A class's finals compared with their drafts (`grade --previous`): who pairs with whom, what
/// each revision changed, and which peers' suggestions were taken up.
public struct RevisionBatch: Sendable {
  /// A draft or a final, with the keys that identify its writer.
  public struct Entry: Sendable {
    public var snapshot: RevisionSnapshot
    public var keys: Set<String>
    /// Where it came from, for listing it when it pairs with nothing.
    public var label: String

    public init(snapshot: RevisionSnapshot, keys: Set<String>, label: String) {
      self.snapshot = snapshot
      self.keys = keys
      self.label = label
    }
  }

  /// The comparison for each paired final, by the final's submission id.
  public var revisions: [String: Revision]
  /// Finals with no draft (or more than one that could be theirs), by submission id.
  public var unpairedFinals: [String]
  /// Drafts that no final claims, as labelled.
  public var unpairedDrafts: [String]
  /// Peer suggestions taken up, by the submission id of the commenter's post (or comment) in
  /// this batch: what "your suggestion was used" reports.
  public var usedFeedback: [String: [Revision.Uptake]]

  /// Pairs the finals' posts with the drafts' posts and compares each pair.
  public init(finals: [Entry], drafts: [Entry], everyone: [Entry] = []) {
    let finalPosts = finals.filter { $0.snapshot.kind == .post }
    let draftPosts = drafts.filter { $0.snapshot.kind == .post }
    let pairing = RevisionPairing(
      previous: draftPosts.enumerated().map { .init(index: $0.offset, keys: $0.element.keys) },
      current: finalPosts.enumerated().map { .init(index: $0.offset, keys: $0.element.keys) })
    var revisions: [String: Revision] = [:]
    for pair in pairing.pairs {
      let final = finalPosts[pair.current].snapshot
      revisions[final.id] = Revision(previous: draftPosts[pair.previous].snapshot, current: final)
    }
    self.revisions = revisions
    unpairedFinals = pairing.unpairedCurrent.map { finalPosts[$0].snapshot.id }
    unpairedDrafts = pairing.unpairedPrevious.map { draftPosts[$0].label }
    // Credit each commenter whose suggestion was used, on their own post when they have one.
    let people = everyone.isEmpty ? finals : everyone
    var used: [String: [Revision.Uptake]] = [:]
    for id in revisions.keys.sorted() {
      for uptake in revisions[id]?.uptake ?? [] {
        let keys = RevisionPairing.keys(userId: nil, names: [uptake.feedback.author])
        let theirs = people.filter { !$0.keys.isDisjoint(with: keys) }
        guard let target = theirs.first(where: { $0.snapshot.kind == .post }) ?? theirs.first
        else { continue }
        used[target.snapshot.id, default: []].append(uptake)
      }
    }
    usedFeedback = used
  }

  /// The keys of a writer known by an LMS user id, names and a file name: a file named like
  /// its draft (`essay.txt` and `essay-draft.txt`, `essay-v2.txt`, `essay_final.md`) pairs too.
  /// With no name at all, the file name's first two words stand for one
  /// (`tomas-herrera-streets-for-people.txt` → Tomás Herrera), as students name their files.
  public static func keys(userId: String?, names: [String?], file: String?) -> Set<String> {
    let known = names.compactMap { $0 }.filter { !$0.isEmpty }
    var keys = RevisionPairing.keys(userId: userId, names: known)
    if let file, let stem = fileStem(file) {
      keys.insert("file:" + stem)
      let words = RevisionPairing.foldedWords(stem)
      if known.isEmpty, userId == nil, words.count >= 3 {
        keys.formUnion(
          RevisionPairing.keys(userId: nil, names: [words.prefix(2).joined(separator: " ")]))
      }
    }
    return keys
  }

  /// A file's name without folders, extension and a trailing draft/final/version marker.
  static func fileStem(_ path: String) -> String? {
    var name = Substring(path.split(separator: "/").last ?? "")
    if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = name[..<dot] }
    var lower = name.lowercased()
    let markers = ["draft", "final", "revised", "revision"]
    for separator in ["-", "_", " ", "."] {
      for marker in markers where lower.hasSuffix(separator + marker) {
        lower.removeLast(marker.count + 1)
      }
      // A version: `-v2`, `_2`.
      if let range = lower.range(of: separator, options: .backwards) {
        let tail = lower[range.upperBound...].drop { $0 == "v" }
        if !tail.isEmpty, tail.count <= 2, tail.allSatisfy(\.isNumber) {
          lower = String(lower[..<range.lowerBound])
        }
      }
    }
    return lower.isEmpty ? nil : lower
  }
}
