/// How to read a file's bytes.
public enum InputFormat: String, Sendable, CaseIterable, Codable {
  /// Choose by extension and content.
  case auto
  /// The whole input is body text: no title, no blog segmentation.
  case text
  case blog
  case markdown
  case html
  case wxr
  /// A Word document (`.docx`): a ZIP package of WordprocessingML.
  case docx
  /// An OpenDocument text (`.odt`), as LibreOffice and Google Docs save it.
  case odt
  /// A PDF: its text comes from `pdftotext`, which the caller runs (see
  /// ``SourceReader/read(pdfText:name:)``).
  case pdf
}
