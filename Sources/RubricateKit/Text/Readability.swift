/// The six readability scores, rounded to two decimals.
public struct ReadabilityScores: Sendable, Equatable, Codable {
  public var fleschReadingEase: Double
  public var fleschKincaidGrade: Double
  public var gunningFog: Double
  public var smogIndex: Double
  public var colemanLiauIndex: Double
  public var automatedReadabilityIndex: Double

  public init(
    words: Int, sentences: Int, syllables: Int, letters: Int, polysyllables: Int,
    complexWords: Int
  ) {
    let w = Double(max(words, 1))
    let s = Double(max(sentences, 1))
    func round2(_ value: Double) -> Double { (value * 100).rounded() / 100 }
    fleschReadingEase = round2(206.835 - 1.015 * w / s - 84.6 * Double(syllables) / w)
    fleschKincaidGrade = round2(0.39 * w / s + 11.8 * Double(syllables) / w - 15.59)
    gunningFog = round2(0.4 * (w / s + 100 * Double(complexWords) / w))
    smogIndex = round2(1.043 * (Double(polysyllables) * 30 / s).squareRoot() + 3.1291)
    colemanLiauIndex = round2(
      0.0588 * Double(letters) / w * 100 - 0.296 * s / w * 100 - 15.8)
    automatedReadabilityIndex = round2(4.71 * Double(letters) / w + 0.5 * w / s - 21.43)
  }
}
