import Testing

@testable import RubricateKit

@Suite struct PersonNameTests {
  @Test(arguments: [
    ("Tomás Herrera", "herrera tomas"),
    ("Herrera, Tomás", "herrera tomas"),
    ("  TOMAS   herrera ", "herrera tomas"),
    ("Aisha Al-Mansouri", "aisha al mansouri"),
    ("Bjørklund, Łukasz", "bjorklund lukasz"),
    ("Chloé Martin", "chloe martin"),
  ])
  func fullNamesShareOneKey(written: String, key: String) {
    #expect(PersonName(written).fullKey == key)
  }

  @Test func loginFormsCoverCanvasWordPressAndFirstLast() {
    let forms = PersonName("Hana Kowalczyk").loginForms
    #expect(forms.contains("kowalczykhana"))
    #expect(forms.contains("hanakowalczyk"))
    #expect(forms.contains("hkowalczyk"))
    #expect(PersonName("Aisha Al-Mansouri").loginForms.contains("aalmansouri"))
    #expect(!PersonName("lnguyen").isFullName)
    #expect(PersonName("lnguyen@school.example").compact == "lnguyen")
  }

  @Test func displayTurnsLastFirstAround() {
    #expect(PersonName.display("Nguyen, Linh") == "Linh Nguyen")
    #expect(PersonName.display("Linh Nguyen") == "Linh Nguyen")
  }
}
