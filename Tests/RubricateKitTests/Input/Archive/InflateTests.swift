import Testing

@testable import RubricateKit

@Suite struct InflateTests {
  @Test func fixedCodeStreamsFromZlib() throws {
    // zlib.compressobj(9, DEFLATED, -15) of the texts below, as Python 3.11 writes them.
    let hello: [UInt8] = [
      243, 72, 205, 201, 201, 215, 81, 200, 192, 164, 20, 21, 130, 75, 138, 82, 83, 75, 138, 21,
      210, 242, 139, 20, 10, 82, 243, 11, 114, 82, 245, 0,
    ]
    #expect(
      String(decoding: try Inflate.decompress(hello[...], limit: 1000), as: UTF8.self)
        == "Hello, hello, hello, hello! Streets for people.")
    let abc: [UInt8] = [75, 76, 74, 78, 196, 134, 0]
    #expect(
      String(decoding: try Inflate.decompress(abc[...], limit: 1000), as: UTF8.self)
        == "abcabcabcabcabcabcabcabc")
  }

  @Test func storedBlock() throws {
    let stream: [UInt8] = [1, 3, 0, 0xFC, 0xFF] + Array("abc".utf8)
    #expect(try Inflate.decompress(stream[...], limit: 10) == Array("abc".utf8))
  }

  @Test func overlappingCopyRepeatsTheLastByte() throws {
    let stream = ZipBuilder.zeroBomb(pairs: 3)
    #expect(try Inflate.decompress(stream[...], limit: 1000) == [UInt8](repeating: 0, count: 775))
  }

  @Test(arguments: [
    ([UInt8]([0x07]), ArchiveError.corrupt("invalid DEFLATE block type 3")),
    ([0x01, 3, 0, 0xFC, 0xFE], ArchiveError.corrupt("stored block length check fails")),
    ([0x01, 3, 0, 0xFC, 0xFF, 0x61], ArchiveError.truncated("stored block ends early")),
    ([0x4B, 0x4C], ArchiveError.truncated("compressed data ends early")),
    ([], ArchiveError.truncated("compressed data ends early")),
  ])
  func malformedStreamsThrow(_ stream: [UInt8], _ expected: ArchiveError) {
    #expect(throws: expected) { try Inflate.decompress(stream[...], limit: 1000) }
  }

  @Test func copyBeforeAnyOutputIsRefused() {
    var writer = BitWriter()
    writer.write(1, count: 1)
    writer.write(1, count: 2)
    writer.writeCode(1, length: 7)  // length symbol 257: 3 bytes
    writer.writeCode(0, length: 5)  // distance 1, with nothing written yet
    let stream = writer.bytes + [writer.current]
    #expect(throws: ArchiveError.corrupt("distance too far back")) {
      try Inflate.decompress(stream[...], limit: 1000)
    }
  }

  @Test func outputStopsAtTheLimit() {
    // 25,801 zeros from 4 KB: the decoder stops at 1,000 bytes, whatever follows.
    let bomb = ZipBuilder.zeroBomb(pairs: 100)
    #expect(throws: ArchiveError.tooLarge("expands past the 1 MB cap")) {
      try Inflate.decompress(bomb[...], limit: 1000)
    }
  }

  @Test func checksumMatchesTheStandardCheckValue() {
    #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
  }
}
