import Foundation
import FuzzSupport
import RubricateKit

/// libFuzzer entry point for the Markdown reader (front matter, blocks, inline markup): any bytes in, never a crash or a hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdown(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  _ = try? SourceReader.read(bytes: bytes, name: "fuzz.md", format: .markdown)
  return 0
}

#if FUZZING
  /// The fuzz build's `main` (SwiftPM links an executable's `main` to `<Target>_main`).
  @_cdecl("FuzzMarkdown_main")
  public func fuzzMarkdownMain(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
  ) -> CInt {
    FuzzSupport.runLibFuzzer(argc, argv, fuzzMarkdown)
  }
#else
  /// Replays the files named on the command line (a corpus folder's too) through the target.
  @main struct FuzzMarkdownReplay {
    static func main() {
      exit(FuzzSupport.replay(Array(CommandLine.arguments.dropFirst()), fuzzMarkdown))
    }
  }
#endif
