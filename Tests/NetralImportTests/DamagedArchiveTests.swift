import Foundation
import NetralCore
import NetralTestSupport
import Testing

@testable import NetralImport

/// A tweet element as X writes it.
private func tweet(
  _ id: String, _ text: String, createdAt: String? = "Sun Oct 20 12:05:00 +0000 2024"
)
  -> String
{
  let date = createdAt.map { "\"created_at\" : \"\($0)\",\n      " } ?? ""
  return """
      {
        "tweet" : {
          \(date)"id_str" : "\(id)",
          "full_text" : "\(text)",
          "entities" : { "hashtags" : [ ], "urls" : [ ] }
        }
      }
    """
}

@Suite("Damaged archives: every good record read, every bad one accounted")
struct DamagedArchiveTests {
  @Test("truncated entry, non-JSON file and a record missing a field")
  func damagedXArchive() throws {
    let files = try TestFiles()
    var zip = ZipBuilder()
    let good1 = tweet("101", "Selamat pagi, apel Senin berjalan lancar")
    let missing = tweet("102", "Ayo coblos nomor 2 tanggal 27 November!", createdAt: nil)
    let good3 = tweet("103", "Rapat koordinasi persiapan TPS di kelurahan")
    let cut = tweet("104", "Dukung Budi–Sari sampai menang").prefix(60)
    zip.add(
      "data/tweets.js", "window.YTD.tweets.part0 = [\n\(good1),\n\(missing),\n\(good3),\n\(cut)")
    zip.add("data/like.js", "<html><body>Archive generation failed</body></html>")
    zip.add(
      "data/following.js",
      """
      window.YTD.following.part0 = [ { "following" : { "accountId" : "777" } }, { "following" : { } } ]
      """)
    zip.add("data/tweets_media/101-photo.jpg", bytes: [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10])
    let path = files.path("damaged.zip")
    try zip.write(to: URL(fileURLWithPath: path))

    let records = Array(try Importer.open(path, options: ImportOptions()))
    let summary = account(records)
    #expect(
      summary.files.map(\.source) == [
        "\(path):data/tweets.js", "\(path):data/like.js", "\(path):data/following.js",
      ])

    let tweets = summary.files[0]
    #expect(tweets.read == 4 && tweets.audited == 2 && tweets.unreadable.count == 2)
    #expect(tweets.unreadable[0] == "\(path):data/tweets.js: record 2: missing 'created_at'")
    #expect(tweets.unreadable[1].hasPrefix("\(path):data/tweets.js: truncated at byte"))
    #expect(records.compactMap(\.activity).map(\.id).prefix(2) == ["101", "103"])

    let likes = summary.files[1]
    #expect(likes.read == 1 && likes.unreadable == ["\(path):data/like.js: not JSON at byte 1"])

    let following = summary.files[2]
    #expect(following.read == 2 && following.audited == 1)
    #expect(
      following.unreadable == ["\(path):data/following.js: record 2: missing 'following.accountId'"]
    )

    for file in summary.files {
      #expect(file.read == file.audited + file.skippedCount + file.unreadableCount)
    }
  }

  @Test("an entry failing its checksum yields its records, then an accounted error")
  func checksumFailure() throws {
    let files = try TestFiles()
    var zip = ZipBuilder()
    let lines = [
      #"{"id":"c1","kind":"post","text":"Selamat Hari Guru Nasional"}"#,
      #"{"id":"c2","kind":"post","text":"Mari jaga netralitas ASN"}"#,
    ]
    zip.add("activities.jsonl", lines.joined(separator: "\n") + "\n", deflate: false)
    var bytes = try zip.bytes(in: files.root)
    // Change one letter of the stored text: the entry still parses but fails its CRC.
    let needle = Array("Nasional".utf8)
    let at = try #require(
      bytes.indices.first { bytes[$0..<min($0 + needle.count, bytes.count)].elementsEqual(needle) })
    bytes[at] = UInt8(ascii: "M")
    let path = try files.write("crc.zip", bytes)

    let records = Array(try Importer.open(path, options: ImportOptions()))
    #expect(records.count == 3)
    #expect(records[0].activity?.text == "Selamat Hari Guru Masional")
    #expect(records[1].activity?.id == "c2")
    let reason = try #require(records[2].unreadableReason)
    #expect(reason.hasPrefix("\(path):activities.jsonl:3: damaged zip entry"))
  }
}
