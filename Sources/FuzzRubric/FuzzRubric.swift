import Foundation
import FuzzSupport
import RubricateKit

/// libFuzzer entry point for the rubric reader (JSON syntax, shape, meaning): any bytes in, never a crash or a hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRubric(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  let text = String(decoding: bytes, as: UTF8.self)
  _ = try? RubricLoader.load(text: text, file: "fuzz.json")
  return 0
}

#if FUZZING
  /// The fuzz build's `main` (SwiftPM links an executable's `main` to `<Target>_main`).
  @_cdecl("FuzzRubric_main")
  public func fuzzRubricMain(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
  ) -> CInt {
    FuzzSupport.runLibFuzzer(argc, argv, fuzzRubric)
  }
#else
  /// Replays the files named on the command line (a corpus folder's too) through the target.
  @main struct FuzzRubricReplay {
    static func main() {
      exit(FuzzSupport.replay(Array(CommandLine.arguments.dropFirst()), fuzzRubric))
    }
  }
#endif
