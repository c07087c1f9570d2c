import Testing

@Suite struct CommandTests {
  @Test func placeholder() {
    #expect(1 + 1 == 2)
  }
}
