import Foundation
import FuzzSupport
import RubricateKit

/// libFuzzer entry point for the WordPress export (WXR) reader: any bytes in, never a crash or a hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWXR(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  _ = try? SourceReader.read(bytes: bytes, name: "fuzz.xml", format: .wxr)
  return 0
}

#if FUZZING
  /// The fuzz build's `main` (SwiftPM links an executable's `main` to `<Target>_main`).
  @_cdecl("FuzzWXR_main")
  public func fuzzWXRMain(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
  ) -> CInt {
    FuzzSupport.runLibFuzzer(argc, argv, fuzzWXR)
  }
#else
  /// Replays the files named on the command line (a corpus folder's too) through the target.
  @main struct FuzzWXRReplay {
    static func main() {
      exit(FuzzSupport.replay(Array(CommandLine.arguments.dropFirst()), fuzzWXR))
    }
  }
#endif
