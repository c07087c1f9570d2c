import Foundation
import FuzzSupport
import RubricateKit

/// libFuzzer entry point for the reference entry parser, one entry a line: any bytes in, never a crash or a hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReferences(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  let text = String(decoding: bytes, as: UTF8.self)
  for line in text.split(separator: "\n").prefix(200) {
    _ = ReferenceParser.parse(String(line))
  }
  return 0
}

#if FUZZING
  /// The fuzz build's `main` (SwiftPM links an executable's `main` to `<Target>_main`).
  @_cdecl("FuzzReferences_main")
  public func fuzzReferencesMain(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
  ) -> CInt {
    FuzzSupport.runLibFuzzer(argc, argv, fuzzReferences)
  }
#else
  /// Replays the files named on the command line (a corpus folder's too) through the target.
  @main struct FuzzReferencesReplay {
    static func main() {
      exit(FuzzSupport.replay(Array(CommandLine.arguments.dropFirst()), fuzzReferences))
    }
  }
#endif
