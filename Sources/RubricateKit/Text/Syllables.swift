/// Counts English syllables by rule, with an exceptions table for frequent words the rules get
/// wrong.
///
/// The rules: count vowel groups (`y` is a vowel except word-initially, `u` after `q` is not);
/// drop a silent final `e` (not in consonant + `le`), a silent `-es`/`-ed` (kept after
/// sibilants and after `t`/`d`), and the silent `e` before `-ly`, `-ment`, `-ful`, `-ness`,
/// `-less`; add one for vowel pairs spoken as two syllables (``hiatusRules``), for `-ing` after a
/// vowel (`being`, `saying`), `-ism`, `-ier`/`-iest`, and a final `-ea` (`idea`). Hyphenated
/// words add up their parts; `n't` after a consonant is a syllable (`didn't`, `isn't`); other
/// contraction endings (`'s`, `'ll`, `'re`, `'ve`, `'d`, `'m`) add none. A word without
/// vowels (`rhythm` aside, which is an exception) or a number counts one.
public enum Syllables {
  /// The syllables of the word at `span`.
  public static func count(in document: Document, span: Span) -> Int {
    SyllableCounter.count(document.scalars, span).syllables
  }

  /// The syllables of one word.
  public static func count(_ word: String) -> Int {
    let document = Document(text: word)
    return count(in: document, span: document.fullSpan)
  }
}
