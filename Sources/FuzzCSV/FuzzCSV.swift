import Foundation
import FuzzSupport
import RubricateKit

/// libFuzzer entry point for the shared CSV reader, and the writer on what it read: any bytes in, never a crash or a hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  let text = String(decoding: bytes, as: UTF8.self)
  if let records = try? CSV.parse(text) {
    _ = CSV.document(records)
  }
  return 0
}

#if FUZZING
  /// The fuzz build's `main` (SwiftPM links an executable's `main` to `<Target>_main`).
  @_cdecl("FuzzCSV_main")
  public func fuzzCSVMain(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
  ) -> CInt {
    FuzzSupport.runLibFuzzer(argc, argv, fuzzCSV)
  }
#else
  /// Replays the files named on the command line (a corpus folder's too) through the target.
  @main struct FuzzCSVReplay {
    static func main() {
      exit(FuzzSupport.replay(Array(CommandLine.arguments.dropFirst()), fuzzCSV))
    }
  }
#endif
