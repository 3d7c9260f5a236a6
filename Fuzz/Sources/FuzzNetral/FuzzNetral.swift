import Foundation
import Netral

/// Every harness this executable serves, by the name `NETRAL_FUZZ_HARNESS` gives.
let harnessNames = [
  "normalizer", "packs", "jsonl", "x", "facebook", "instagram", "tiktok", "csv", "jsonl-file", "zip",
]

/// Which harness this process runs: `NETRAL_FUZZ_HARNESS` (one of `harnessNames`).
let harness = ProcessInfo.processInfo.environment["NETRAL_FUZZ_HARNESS"] ?? "normalizer"

/// A private scratch folder for harnesses that need a file (the importers read paths):
/// `NETRAL_FUZZ_SCRATCH` if set, else `/dev/shm`, plus the process id.
let scratch: URL = {
  let base = ProcessInfo.processInfo.environment["NETRAL_FUZZ_SCRATCH"] ?? "/dev/shm"
  let dir = URL(fileURLWithPath: base).appendingPathComponent(
    "netral-fuzz-\(ProcessInfo.processInfo.processIdentifier)")
  try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
  return dir
}()

let normalizer = Normalizer()

/// File names each export importer reads; the input's first byte picks one.
let exportFiles: [String: (InputFormat, [String])] = [
  "x": (.x, ["tweets.js", "like.js", "following.js", "account.js", "profile.js"]),
  "facebook": (
    .facebook,
    [
      "your_posts__check_ins__photos_and_videos_1.json", "comments.json",
      "likes_and_reactions_1.json", "pages_you've_liked.json", "profile_update_history.json",
      "your_group_membership_activity.json",
    ]
  ),
  "instagram": (
    .instagram,
    [
      "posts_1.json", "liked_posts.json", "post_comments_1.json", "following.json", "stories.json",
      "profile_photos.json",
    ]
  ),
  "tiktok": (.tiktok, ["user_data_tiktok.json"]),
  "csv": (.csv, ["activities.csv"]),
  "jsonl-file": (.jsonl, ["activities.jsonl"]),
]

/// Reads every record of `path` and checks the accounting invariant: positions are
/// 1-based and every record is one of activity, skipped or unreadable (reached by iterating).
func drain(_ path: String, format: InputFormat?) {
  var options = ImportOptions()
  options.format = format
  options.limits.maxRecordSize = 1 << 20
  guard let stream = try? Importer.open(path, options: options) else { return }
  var count = 0
  for record in stream {
    precondition(record.position >= 0, "negative position")
    if case .activity(let activity) = record.content { _ = normalizer.normalize(activity.text ?? "") }
    count += 1
  }
  _ = count
}

/// One fuzz input.
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data else { return 0 }
  let bytes = UnsafeBufferPointer(start: data, count: size)
  switch harness {
  case "normalizer":
    let text = String(decoding: bytes, as: UTF8.self)
    let result = normalizer.normalize(text)
    let scalars = text.unicodeScalars.count
    let normalizedCount = result.text.unicodeScalars.count
    for token in result.tokens {
      precondition(token.original.lowerBound >= 0 && token.original.upperBound <= scalars, "original range out of bounds")
      precondition(token.normalized.lowerBound >= 0 && token.normalized.upperBound <= normalizedCount, "normalized range out of bounds")
    }
  case "packs":
    _ = try? PackLoader.load(yaml: String(decoding: bytes, as: UTF8.self), source: "fuzz.yaml")
  case "jsonl":
    _ = try? ActivityDecoder().decode(line: bytes, source: "fuzz", line: 1)
  case "zip":
    let url = scratch.appendingPathComponent("input.zip")
    guard (try? Data(bytes).write(to: url)) != nil else { return 0 }
    drain(url.path, format: nil)
  default:
    guard let (format, names) = exportFiles[harness], size > 0 else { return 0 }
    let name = names[Int(bytes[0]) % names.count]
    let url = scratch.appendingPathComponent(name)
    guard (try? Data(UnsafeBufferPointer(rebasing: bytes.dropFirst())).write(to: url)) != nil else { return 0 }
    drain(url.path, format: format)
    try? FileManager.default.removeItem(at: url)
  }
  return 0
}

/// libFuzzer's set-up hook, called once before the first input: refuses an unknown harness name,
/// so that a typo fuzzes nothing loudly instead of quietly.
@_cdecl("LLVMFuzzerInitialize")
func fuzzInitialize(
  _ argc: UnsafeMutablePointer<CInt>?,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>?
) -> CInt {
  guard harnessNames.contains(harness) else {
    FileHandle.standardError.write(
      Data("unknown harness '\(harness)': one of \(harnessNames.joined(separator: ", "))\n".utf8))
    exit(64)
  }
  return 0
}

/// libFuzzer's entry point, called once per input. `swift build --sanitize=fuzzer` compiles this
/// executable as a library and links libFuzzer's own `main`, which calls it.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  fuzz(data, size)
}
