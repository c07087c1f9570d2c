/// `analyze --format text`: a short human-readable summary per submission.
public enum TextAnalysisReporter {
  public static func render(source: String, analyses: [SubmissionAnalysis]) -> String {
    var lines = ["\(source)"]
    for analysis in analyses {
      let submission = analysis.submission
      let stats = analysis.text.statistics
      var header = "  \(submission.kind.rawValue) \(submission.id)"
      if let title = submission.title { header += " “\(title)”" }
      if let author = submission.author { header += " by \(author)" }
      lines.append(header)
      lines.append(
        "    \(Plural.count(stats.words, "word")), \(Plural.count(stats.sentences, "sentence")), \(Plural.count(stats.paragraphs, "paragraph"))"
      )
      let r = stats.readability
      lines.append(
        "    Flesch \(r.fleschReadingEase), grade \(r.fleschKincaidGrade), fog \(r.gunningFog)")
    }
    return lines.joined(separator: "\n")
  }
}
