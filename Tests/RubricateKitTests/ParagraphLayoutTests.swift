import Testing

@testable import RubricateKit

/// The paragraph rule of README's "What counts as a paragraph", one layout a case: `⟦ ⟧` marks
/// each expected paragraph.
@Suite struct ParagraphLayoutTests {
  static let cases: [(name: String, text: String)] = [
    (
      "a paragraph a line (README)",
      """
      ⟦Should Cities Ban Cars?⟧
      ⟦Cars fill our centres. They are loud and dangerous.⟧
      ⟦In conclusion, cities should ban them.⟧
      """
    ),
    (
      "hard-wrapped (README)",
      """
      ⟦Cars fill our centres, and most of them are parked rather than moving,
      which means the street is used as storage for most of the day. Removing
      the parking frees that space.⟧
      ⟦A second paragraph starts here.⟧
      """
    ),
    (
      "blank lines always end a paragraph",
      "⟦One line.⟧\n\n⟦Another line.⟧\n \n⟦A third.⟧"
    ),
    (
      "a hand break inside a sentence of a paragraph-a-line text",
      """
      ⟦Phones distract students in class. We need to make sure our
      phones are off during lessons.⟧
      ⟦Teachers agree with this rule, and so do many parents at our school today.⟧
      ⟦In conclusion, phones should be off.⟧
      """
    ),
    (
      "no line breaks at all",
      "⟦Cars are loud. Cars are dangerous. In conclusion, cities should ban them.⟧"
    ),
    (
      "a wrapped region after a title and a paragraph-a-line region",
      """
      ⟦A Title⟧

      ⟦The first paragraph was wrapped by an e-mail program at about sixty
      characters, so that each of its lines stops in the middle of a
      sentence, and only the last line of the paragraph is shorter
      than the others.⟧

      ⟦A paragraph on one line that ends a sentence.⟧
      ⟦Another paragraph on one line, longer than the one before it by a good deal.⟧
      ⟦A short one.⟧
      ⟦And a last paragraph on its own line, which is also much longer than the others here.⟧
      """
    ),
  ]

  @Test(arguments: cases.indices)
  func paragraphsFollowTheLayout(_ index: Int) {
    let (document, expected) = SpanMarks.document(Self.cases[index].text)
    #expect(document.paragraphs() == expected, "\(Self.cases[index].name)")
  }
}
