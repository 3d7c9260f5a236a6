import Foundation
import NetralCore
import Testing

@testable import NetralImport

/// Real export samples, read in place when `NETRAL_CORPUS` names the shared corpus.
private let corpus: URL? = ProcessInfo.processInfo.environment["NETRAL_CORPUS"].map {
  URL(fileURLWithPath: $0)
}

/// The number of top-level records in a JSON file as an independent parse sees them: the
/// elements of the top-level array, or of each array member of the top-level object.
private func recordCount(_ url: URL) throws -> Int {
  var data = try Data(contentsOf: url)
  if data.first == UInt8(ascii: "w"), let eq = data.firstIndex(of: UInt8(ascii: "=")) {
    data = data[(eq + 1)...]
  }
  let object = try JSONSerialization.jsonObject(with: data)
  if InstagramExport.isPost(object) { return 1 }
  if let list = object as? [Any] { return list.count }
  guard let dict = object as? [String: Any] else { return 1 }
  return dict.values.reduce(0) { $0 + (($1 as? [Any])?.count ?? 1) }
}

/// Every file that is read yields exactly as many records as it holds, none unreadable; files
/// that are not read yield one skipped record.
private func expectAccounted(_ records: [SourceRecord], format: InputFormat, root: URL) throws {
  let summary = account(records)
  #expect(!summary.files.isEmpty)
  for file in summary.files {
    #expect(file.unreadable.isEmpty, "\(file.source): \(file.unreadable.prefix(3))")
    let relative = String(file.source.dropFirst(root.path.count + 1))
    if FilePlan.plan(format: format, path: relative).reads {
      #expect(file.read == (try recordCount(URL(fileURLWithPath: file.source))), "\(file.source)")
    } else {
      #expect(file.read == 1 && file.skipped[NotReadReader.reason] == 1, "\(file.source)")
    }
  }
}

@Suite("Real export samples", .enabled(if: corpus != nil))
struct CorpusTests {
  @Test("X archive: every element of every read file is one record, none unreadable")
  func xArchive() throws {
    let folder = try #require(corpus).appendingPathComponent("x/milahu+twitter-milahu104/data")
    let records = Array(try Importer.open(folder.path, options: ImportOptions()))
    let summary = account(records)
    for file in summary.files {
      #expect(file.unreadable.isEmpty, "\(file.source): \(file.unreadable.prefix(3))")
      let plan = FilePlan.plan(
        format: .x, path: URL(fileURLWithPath: file.source).lastPathComponent)
      if plan.reads {
        #expect(
          file.read == (try recordCount(URL(fileURLWithPath: file.source))),
          "\(file.source) \(file.read)")
      }
    }
    let kinds = Dictionary(grouping: records.compactMap(\.activity), by: \.kind).mapValues(\.count)
    #expect(kinds[.post, default: 0] > 0 && kinds[.comment, default: 0] > 0)
    #expect(kinds[.like] == 334)
    #expect(records.compactMap(\.activity).allSatisfy { $0.kind != .post || $0.at != nil })
  }

  @Test("X archives in older layouts and a reformatted non-JSON tweets.js are accounted")
  func xVariants() throws {
    let root = try #require(corpus).appendingPathComponent("x")
    let compact = Array(
      try Importer.open(
        root.appendingPathComponent("dogsheep+twitter-to-sqlite/tests/zip_contents").path,
        options: ImportOptions(format: .x)))
    let following = compact.filter { $0.source.hasSuffix("following.js") }
    #expect(following.count == 2 && following.allSatisfy { $0.activity?.kind == .follow })
    let mock = root.appendingPathComponent(
      "TheExGenesis+community-archive/data/mock-archive/data/tweets.js")
    let records = Array(try Importer.open(mock.path, options: ImportOptions()))
    #expect(!records.isEmpty)
    #expect(records.allSatisfy { $0.unreadableReason != nil })
  }

  @Test("Instagram export zip and extracted files: every record accounted, none unreadable")
  func instagram() throws {
    let base = try #require(corpus).appendingPathComponent(
      "instagram/what-if-horizon+what-if-data-donation")
    let zip = base.appendingPathComponent("pytests/public_testfiles/IG_public_test_file.zip").path
    #expect(try Importer.sniff(zip) == .instagram)
    let fromZip = Array(try Importer.open(zip, options: ImportOptions()))
    #expect(account(fromZip).unreadable == 0, "\(fromZip.compactMap(\.unreadableReason).prefix(5))")
    let extracted = base.appendingPathComponent("extracted")
    let records = Array(
      try Importer.open(extracted.path, options: ImportOptions(format: .instagram)))
    try expectAccounted(records, format: .instagram, root: extracted)
    let likes = records.compactMap(\.activity).filter { $0.kind == .like }
    #expect(
      !likes.isEmpty
        && likes.allSatisfy { $0.target?.author == "@test" || $0.target?.author == "@hola" })
  }

  @Test("TikTok user_data: every mapped list item is one record")
  func tiktok() throws {
    let file = try #require(corpus).appendingPathComponent(
      "tiktok/what-if-horizon+what-if-data-donation/pytests/public_testfiles/TT_user_data_tiktok.json"
    )
    #expect(try Importer.sniff(file.path) == .tiktok)
    let records = Array(try Importer.open(file.path, options: ImportOptions()))
    let summary = account(records)
    #expect(summary.unreadable == 0, "\(records.compactMap(\.unreadableReason))")
    let kinds = Dictionary(grouping: records.compactMap(\.activity), by: \.kind).mapValues(\.count)
    // 20 liked + 4 favorite videos, 6 following, 2 comments, 5 shares in the sample.
    #expect(kinds[.like] == 24 && kinds[.follow] == 6 && kinds[.comment] == 2 && kinds[.share] == 5)
    #expect(
      records.compactMap(\.activity).filter { $0.kind == .comment }.contains {
        $0.text == "so cute 🥺"
      })
  }

  @Test("Facebook synthetic 2021 export: every element accounted, none unreadable")
  func facebook() throws {
    let folder = try #require(corpus).appendingPathComponent(
      "facebook/uvacw+osd2f/mockdata/facebook/facebook-charlesthompson-1")
    #expect(try Importer.sniff(folder.path) == .facebook)
    let records = Array(try Importer.open(folder.path, options: ImportOptions()))
    for file in account(records).files {
      #expect(file.unreadable.isEmpty, "\(file.source): \(file.unreadable.prefix(3))")
      #expect(
        file.read == (try recordCount(URL(fileURLWithPath: file.source))),
        "\(file.source) \(file.read)")
    }
    let kinds = Set(records.compactMap(\.activity).map(\.kind))
    #expect(kinds.isSuperset(of: [.post, .comment, .like]))
  }

  @Test("mojibake: Facebook-style cases are fixed, must-not-fix cases are left alone")
  func mojibake() throws {
    let folder = try #require(corpus).appendingPathComponent(
      "mojibake/rspeer+python-ftfy/tests/test-cases")
    var fixed = 0
    for name in ["in-the-wild.json", "synthetic.json"] {
      let cases =
        try JSONSerialization.jsonObject(
          with: Data(contentsOf: folder.appendingPathComponent(name))) as? [[String: Any]] ?? []
      for item in cases {
        guard let original = item["original"] as? String,
          let expected = (item["fixed-encoding"] ?? item["fixed"]) as? String,
          original.unicodeScalars.allSatisfy({ $0.value <= 0xFF }), original != expected
        else { continue }
        let bytes = original.unicodeScalars.map { UInt8($0.value) }
        guard String(validating: bytes, as: UTF8.self) == expected else { continue }
        #expect(MojibakeRepair.repair(original) == expected, "\(item["label"] ?? "")")
        fixed += 1
      }
    }
    #expect(fixed > 0)
    let negatives =
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: folder.appendingPathComponent("negative.json"))) as? [[String: Any]]
      ?? []
    #expect(negatives.count > 10)
    for item in negatives {
      guard let original = item["original"] as? String else { continue }
      #expect(MojibakeRepair.repair(original) == original, "\(item["label"] ?? "")")
    }
  }
}
