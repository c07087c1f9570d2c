/// One reference entry as a line of text, for `rubricate references --format text`.
public enum ReferenceListing {
  public static func render(_ entry: ReferenceEntry) -> String {
    entry.listing
  }
}
