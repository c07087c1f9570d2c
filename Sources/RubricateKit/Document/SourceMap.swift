/// Where the text extracted from a Markdown, HTML or WordPress file came from in that file, so
/// that a report can give the student's own line and column.
///
/// The readers record, for every scalar they copy into the document, the scalar offset it was
/// read from; the map keeps that as runs (a run goes on while both offsets advance together),
/// plus the line starts of the original file. Scalars the reader made up (the blank line
/// between blocks, a space for collapsed white space) have no origin of their own: they take
/// the place after the scalar before them.
public struct SourceMap: Sendable, Equatable {
  /// From `start` in the document on, document offset `start + k` came from `source + k`.
  struct Run: Sendable, Equatable {
    var start: Int
    var source: Int
  }

  let runs: [Run]
  /// The original file's line starts, shared by every document read from that file.
  let lines: SourceLines
  /// The scalar offset at which each line of the original file starts (CR LF, LF or CR end one).
  var lineStarts: [Int] { lines.starts }

  /// The map of a document whose scalar `k` came from original scalar `origins[k]` (negative
  /// for a scalar the reader inserted), over the original file's `source` scalars.
  init<Source: Collection<Unicode.Scalar>>(origins: [Int], source: Source) {
    self.init(origins: origins, lines: SourceLines(source))
  }

  /// The same, with the file's lines already found: a WordPress export gives hundreds of
  /// documents, and finding its lines for each was three quarters of reading it.
  init(origins: [Int], lines: SourceLines) {
    var runs: [Run] = []
    for (offset, origin) in origins.enumerated() where origin >= 0 {
      if let last = runs.last, last.source + (offset - last.start) == origin { continue }
      runs.append(Run(start: offset, source: origin))
    }
    self.runs = runs
    self.lines = lines
  }

  public static func == (left: SourceMap, right: SourceMap) -> Bool {
    left.runs == right.runs
      && (left.lines === right.lines || left.lines.starts == right.lines.starts)
  }

  /// The offset in the original file of document offset `offset`.
  public func sourceOffset(of offset: Int) -> Int {
    guard let first = runs.first, offset >= first.start else { return runs.first?.source ?? 0 }
    var low = 0
    var high = runs.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if runs[mid].start <= offset { low = mid } else { high = mid - 1 }
    }
    return runs[low].source + (offset - runs[low].start)
  }

  /// The 1-based line and column (in scalars) in the original file of document offset `offset`.
  public func position(of offset: Int) -> (line: Int, column: Int) {
    let source = sourceOffset(of: offset)
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if lineStarts[mid] <= source { low = mid } else { high = mid - 1 }
    }
    return (low + 1, source - lineStarts[low] + 1)
  }
}

/// The line starts of one original file (a line starts after `\n`, and after a `\r` that no
/// `\n` follows), found once and shared by the ``SourceMap`` of every document read from it.
final class SourceLines: Sendable {
  let starts: [Int]

  init<Source: Collection<Unicode.Scalar>>(_ source: Source) {
    var starts = [0]
    var previous: Unicode.Scalar = "\0"
    var count = 0
    for scalar in source {
      if scalar == "\n" {
        starts.append(count + 1)
      } else if previous == "\r" {
        starts.append(count)
      }
      previous = scalar
      count += 1
    }
    if previous == "\r" { starts.append(count) }
    self.starts = starts
  }
}
