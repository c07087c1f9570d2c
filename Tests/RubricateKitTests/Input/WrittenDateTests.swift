import Testing

@testable import RubricateKit

@Suite struct WrittenDateTests {
  static let shapes: [(String, String?, String?)] = [
    ("14 Mar", "14 Mar", nil),
    ("Mar 14", "Mar 14", nil),
    ("March 4, 2024", "March 4, 2024", "2024-03-04"),
    ("March 4th, 2024", "March 4th, 2024", "2024-03-04"),
    ("Sept. 30, 2023", "Sept. 30, 2023", "2023-09-30"),
    ("4 March 2024", "4 March 2024", "2024-03-04"),
    ("the 4th of March, 2024", "4th of March, 2024", "2024-03-04"),
    ("Monday, March 4, 2024", "Monday, March 4, 2024", "2024-03-04"),
    ("March 2024", "March 2024", nil),
    ("2024-03-04", "2024-03-04", "2024-03-04"),
    ("2024/03/04", "2024/03/04", "2024-03-04"),
    ("03/04/2024", "03/04/2024", "2024-03-04"),
    ("25/12/2023", "25/12/2023", "2023-12-25"),
    ("March 5, 2024 at 3:07 pm", "March 5, 2024 at 3:07 pm", "2024-03-05T15:07"),
    ("March 5, 2024 at 12:30 am", "March 5, 2024 at 12:30 am", "2024-03-05T00:30"),
    ("5 March 2024 @ 3:07 p.m.", "5 March 2024 @ 3:07 p.m.", "2024-03-05T15:07"),
    ("2024-03-05 15:07:09", "2024-03-05 15:07:09", "2024-03-05T15:07:09"),
    ("Tue, 05 Mar 2024 15:07:00 +0000", "Tue, 05 Mar 2024 15:07:00", "2024-03-05T15:07:00"),
    ("Posted on March 4, 2024 by lnguyen", "March 4, 2024", "2024-03-04"),
    ("I may go in 2024", nil, nil),
    ("Chapter 3", nil, nil),
    ("32 March 2024", "March 2024", nil),
  ]

  @Test(arguments: shapes) func dateShapes(line: String, written: String?, iso: String?) {
    let date = WrittenDate.find(in: line)
    #expect(date?.text == written)
    #expect(date?.iso == iso)
  }

  @Test func wholeLineDates() {
    #expect(WrittenDate.whole("March 5, 2024 at 3:07 pm #")?.hasTime == true)
    #expect(WrittenDate.whole("| March 5, 2024") != nil)
    #expect(WrittenDate.whole("March 5, 2024 was rainy") == nil)
  }
}
