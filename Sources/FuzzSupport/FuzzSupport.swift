import Foundation

/// What every `Fuzz…` target shares: replaying files through its entry point (the default
/// build) and handing its entry point to libFuzzer (the `-DFUZZING` build).
public enum FuzzSupport {
  /// One libFuzzer entry point: the bytes of one input.
  public typealias Entry = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

  /// Runs `entry` once on each file named in `arguments` (a corpus folder's files too) and
  /// prints how many ran; a crash shows which file did it. Returns the exit status.
  public static func replay(_ arguments: [String], _ entry: Entry) -> Int32 {
    var files: [String] = []
    for path in arguments {
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
        FileHandle.standardError.write(Data("\(path): no such file or folder\n".utf8))
        return 1
      }
      if isFolder.boolValue {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        files += names.sorted().map { path + "/" + $0 }
      } else {
        files.append(path)
      }
    }
    for file in files {
      guard let data = FileManager.default.contents(atPath: file) else { continue }
      let bytes = [UInt8](data)
      _ = bytes.withUnsafeBufferPointer { entry($0.baseAddress, $0.count) }
    }
    print("replayed \(files.count) input(s)")
    return 0
  }
}

#if FUZZING
  extension FuzzSupport {
    /// Hands `entry` to libFuzzer's driver (the fuzz build's `main`).
    public static func runLibFuzzer(
      _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, _ entry: Entry
    ) -> CInt {
      var count = argc
      var arguments = argv
      return llvmFuzzerRunDriver(&count, &arguments, entry)
    }
  }

  /// libFuzzer's documented driver entry (LLVM 11 and later), present only when linked with
  /// `-sanitize=fuzzer`; referenced only from the fuzz build's `main`.
  @_silgen_name("LLVMFuzzerRunDriver")
  func llvmFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: FuzzSupport.Entry
  ) -> CInt
#endif
