import Foundation

/// Term weights for relevance: inverse document frequencies, keyed by ``CommentStemmer`` stem.
public struct TermWeights: Sendable, Equatable {
  public var idf: [String: Double]
  /// The weight of a term the table does not know (rarer than anything in it).
  public var defaultIDF: Double

  public init(idf: [String: Double] = [:], defaultIDF: Double = 1) {
    self.idf = idf
    self.defaultIDF = defaultIDF
  }

  /// Weights learnt from a class's posts (each the post's body text): the smoothed
  /// `1 + ln((n + 1) / (df + 1))` of scikit-learn's `TfidfTransformer`.
  public init(documents: [String]) {
    var frequencies: [String: Int] = [:]
    var memo = CommentText.Memo()
    for text in documents {
      let document = Document(text: text)
      var seen = Set<String>()
      for token in CommentText.tokens(in: document, spans: [document.fullSpan], memo: &memo)
      where token.isContent && seen.insert(token.stem).inserted {
        frequencies[token.stem, default: 0] += 1
      }
    }
    let count = Double(documents.count)
    self.init(
      idf: frequencies.mapValues { 1 + log((count + 1) / (Double($0) + 1)) },
      defaultIDF: 1 + log(count + 1))
  }

  /// The built-in English weights, used when there is no class to learn from: a word's weight
  /// falls with its frequency in general English (``englishWordFrequencies``), as
  /// `max(0.5, 8 − zipf)` where zipf sums the Zipf frequencies of the words sharing its stem.
  public static let builtIn: TermWeights = {
    var perBillion: [String: Double] = [:]
    var lowest = 9.0
    for line in englishWordFrequencies.split(separator: "\n") {
      let fields = line.split(separator: " ")
      guard let first = fields.first, let tenths = Double(first) else { continue }
      let zipf = tenths / 10
      lowest = min(lowest, zipf)
      for word in fields.dropFirst() {
        perBillion[CommentText.stemForm(String(word)), default: 0] += pow(10, zipf)
      }
    }
    return TermWeights(
      idf: perBillion.mapValues { max(0.5, 8 - log10($0)) }, defaultIDF: 8 - (lowest - 0.3))
  }()

  /// The weight of a stem.
  public func weight(of stem: String) -> Double {
    idf[stem] ?? defaultIDF
  }
}
