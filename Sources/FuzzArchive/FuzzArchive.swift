import Foundation
import FuzzSupport
import RubricateKit

/// libFuzzer entry for the archive readers: the first byte picks how the rest is read.
///
/// 0: as a `.docx` file (ZIP, DEFLATE, WordprocessingML); 1: as an `.odt` file; 2: as the
/// compressed data of a ZIP entry built around it, so DEFLATE sees every input; 3: as
/// pdftotext output. Any error is fine; a trap, a hang or unbounded memory is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArchive(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data, size > 0 else { return 0 }
  let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
  switch data[0] % 4 {
  case 0: _ = try? SourceReader.read(bytes: bytes, name: "fuzz.docx")
  case 1: _ = try? SourceReader.read(bytes: bytes, name: "fuzz.odt")
  case 2: _ = try? SourceReader.read(bytes: deflatedEntry(bytes), name: "fuzz.docx")
  default: _ = SourceReader.read(pdfText: String(decoding: bytes, as: UTF8.self), name: "fuzz.pdf")
  }
  return 0
}

/// A one-entry ZIP whose `word/document.xml` is `compressed`, declared as `size` bytes.
func deflatedEntry(_ compressed: [UInt8], size: Int = 1 << 20) -> [UInt8] {
  func le16(_ value: Int) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)] }
  func le32(_ value: Int) -> [UInt8] { le16(value & 0xFFFF) + le16(value >> 16 & 0xFFFF) }
  let name = Array("word/document.xml".utf8)
  let sizes = le32(0) + le32(compressed.count) + le32(size)
  var zip = le32(0x0403_4B50) + le16(20) + le16(0) + le16(8) + le32(0) + sizes
  zip += le16(name.count) + le16(0) + name + compressed
  let central = zip.count
  zip += le32(0x0201_4B50) + le16(20) + le16(20) + le16(0) + le16(8) + le32(0) + sizes
  zip += le16(name.count) + le16(0) + le16(0) + le16(0) + le16(0) + le32(0) + le32(0) + name
  let centralSize = zip.count - central
  zip += le32(0x0605_4B50) + le16(0) + le16(0) + le16(1) + le16(1)
  zip += le32(centralSize) + le32(central) + le16(0)
  return zip
}

#if FUZZING
  /// libFuzzer's driver, called from the entry point SwiftPM links an executable target with.
  @_silgen_name("LLVMFuzzerRunDriver")
  func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
  ) -> CInt

  /// SwiftPM names an executable target's `main` `FuzzArchive_main`; here it hands over to
  /// libFuzzer.
  @_cdecl("FuzzArchive_main")
  public func fuzzArchiveMain(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
  ) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { fuzzArchive($0, $1) }
  }
#else
  /// Replays inputs (a crash file libFuzzer wrote, or the seed corpus) without the fuzzer.
  ///
  /// `FuzzArchive --inflate-bench REPEATS SIZE FILE` instead times DEFLATE on a raw stream
  /// that expands to SIZE bytes (`bench/inflate.py`): the entry is read through the ZIP reader
  /// REPEATS times, each a full decode and CRC-32, and the best time is printed in seconds.
  @main struct FuzzArchiveReplay {
    static func main() {
      let arguments = CommandLine.arguments
      if arguments.count == 5, arguments[1] == "--inflate-bench", let repeats = Int(arguments[2]),
        let size = Int(arguments[3]), let data = FileManager.default.contents(atPath: arguments[4])
      {
        let zip = deflatedEntry([UInt8](data), size: size)
        var best = Double.infinity
        for _ in 0..<repeats {
          let start = DispatchTime.now().uptimeNanoseconds
          do {
            _ = try SourceReader.read(bytes: zip, name: "bench.docx")
          } catch {
            // The entry's checksum is left 0, so a complete decode ends in a CRC error.
            guard "\(error)".contains("CRC-32") else {
              print("FuzzArchive: \(error)")
              return
            }
          }
          best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        print(best)
        return
      }
      // Files or corpus folders, as every other fuzz target replays them.
      exit(FuzzSupport.replay(Array(arguments.dropFirst()), fuzzArchive))
    }
  }
#endif
