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

  /// How the class's document frequencies are smoothed with general English: as if the class
  /// also held this many documents of this many words of ordinary English. Without it a class
  /// writing on one topic weights its topic words near zero and a comment's everyday words as
  /// rare; with it, a word common in English stays cheap whatever the class.
  enum EnglishPrior {
    static let documents = 10.0
    static let words = 600.0
  }

  /// Weights learnt from a class's posts (each the post's body text): the smoothed
  /// `1 + ln((n + 1) / (df + 1))` of scikit-learn's `TfidfTransformer`, where `n` and `df` also
  /// count the ``EnglishPrior`` documents (a word's expected document frequency there follows
  /// from its English frequency, ``englishWordFrequencies``).
  public init(documents: [String]) {
    var frequencies: [String: Int] = [:]
    var memo = CommentText.Memo()
    for text in documents {
      let document = Document(text: text)
      var seen = Set<Int>()
      for token in CommentText.tokens(in: document, spans: [document.fullSpan], memo: &memo)
      where token.isContent && seen.insert(token.stemHash).inserted {
        frequencies[token.stem, default: 0] += 1
      }
    }
    let english = TermWeights.english
    let total = Double(documents.count) + EnglishPrior.documents + 1
    func idf(documentFrequency: Int, perBillion: Double) -> Double {
      let chance = 1 - exp(-EnglishPrior.words * perBillion / 1e9)
      return 1 + log(total / (Double(documentFrequency) + EnglishPrior.documents * chance + 1))
    }
    var weights = english.perBillion.mapValues { idf(documentFrequency: 0, perBillion: $0) }
    for (stem, count) in frequencies {
      weights[stem] = idf(
        documentFrequency: count, perBillion: english.perBillion[stem] ?? english.unknown)
    }
    self.init(idf: weights, defaultIDF: idf(documentFrequency: 0, perBillion: english.unknown))
  }

  /// Occurrences per billion words of each stem in general English (the words sharing a stem
  /// summed), and the frequency assumed for a stem the table lacks (below its rarest entry).
  static let english: (perBillion: [String: Double], unknown: Double) = {
    var perBillion: [String: Double] = [:]
    var lowest = 9.0
    for (word, tenths) in englishWords {
      let zipf = Double(tenths) / 10
      lowest = min(lowest, zipf)
      perBillion[CommentText.stemForm(word), default: 0] += pow(10, zipf)
    }
    return (perBillion, pow(10, lowest - 0.3))
  }()

  /// The words of ``englishWordFrequencies`` with their Zipf frequency × 10, in the table's
  /// order (read once, byte by byte: each line is the tenths and then its words).
  static let englishWords: [(word: String, tenths: UInt8)] = {
    var words: [(word: String, tenths: UInt8)] = []
    words.reserveCapacity(6_000)
    for line in englishWordFrequencies.utf8.split(separator: UInt8(ascii: "\n")) {
      let fields = line.split(separator: UInt8(ascii: " "))
      guard let first = fields.first, !first.isEmpty,
        first.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
        let tenths = UInt8(exactly: first.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) })
      else { continue }
      for word in fields.dropFirst() {
        words.append((String(decoding: word, as: UTF8.self), tenths))
      }
    }
    return words
  }()

  /// The built-in English weights, used when there is no class to learn from: a word's weight
  /// falls with its frequency in general English (``englishWordFrequencies``), as
  /// `max(0.5, 8 − zipf)` where zipf sums the Zipf frequencies of the words sharing its stem.
  public static let builtIn: TermWeights = {
    let english = TermWeights.english
    return TermWeights(
      idf: english.perBillion.mapValues { max(0.5, 8 - log10($0)) },
      defaultIDF: 8 - log10(english.unknown))
  }()

  /// The weight of a stem.
  public func weight(of stem: String) -> Double {
    idf[stem] ?? defaultIDF
  }
}
