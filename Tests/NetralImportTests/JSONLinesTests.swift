import Foundation
import NetralCore
import Testing

@testable import NetralImport

@Suite("JSON Lines import")
struct JSONLinesTests {
  @Test("every line becomes one record: activities, blank lines, bad JSON, bad UTF-8")
  func everyLineAccounted() throws {
    let files = try TestFiles()
    var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
    bytes += Array(
      #"{"id":"a1","kind":"post","text":"Ayo rekan-rekan, coblos nomor 2 tanggal 14 Februari!"}"#
        .utf8)
    bytes += Array("\r\n\r\n".utf8)
    bytes += Array(
      #"{"id":"a2","kind":"like","target":{"author":"Posko Relawan Kecamatan","kind":"page"}}"#.utf8
    )
    bytes +=
      Array("\n{\"id\":\"a3\",\"kind\":\"post\",\"text\":\"Sel".utf8) + [0xFF, 0xFE]
      + Array("amat pagi\"}\n".utf8)
    bytes += Array("{not json}\n".utf8)
    bytes += Array(#"{"id":"a5","kind":"comment"}"#.utf8)  // no newline at the end
    let path = try files.write("posts.jsonl", bytes)

    let records = Array(try Importer.open(path, options: ImportOptions()))
    #expect(records.count == 6)
    #expect(records.map(\.position) == [1, 2, 3, 4, 5, 6])
    #expect(records[0].activity?.text == "Ayo rekan-rekan, coblos nomor 2 tanggal 14 Februari!")
    #expect(records[1].skipReason == "blank line")
    #expect(records[2].activity?.target?.author == "Posko Relawan Kecamatan")
    #expect(records[3].unreadableReason == "\(path):4: not valid utf-8 at byte 37")
    #expect(records[4].unreadableReason == "\(path):5: not valid JSON")
    #expect(records[5].skipReason == "no text and no target")
    let counts = try #require(account(records).files.first)
    #expect(
      counts.read == 6 && counts.audited == 2 && counts.skippedCount == 2
        && counts.unreadable.count == 2)
  }

  @Test("a line over the record limit is unreadable and does not stop the file")
  func enormousLine() throws {
    let files = try TestFiles()
    let long =
      "{\"id\":\"big\",\"kind\":\"post\",\"text\":\""
      + String(repeating: "Pilih pemimpin yang amanah. ", count: 2000) + "\"}"
    let path = try files.write(
      "big.jsonl", long + "\n{\"id\":\"ok\",\"kind\":\"post\",\"text\":\"Selamat Hari Guru\"}\n")
    var options = ImportOptions()
    options.limits.maxRecordSize = 1024
    let records = Array(try Importer.open(path, options: options))
    #expect(records.count == 2)
    let reason = try #require(records[0].unreadableReason)
    #expect(reason.hasPrefix("\(path):1: line longer than 1024 bytes"))
    #expect(records[1].activity?.id == "ok")
  }

  @Test("the options' actor fills in the actor type and name")
  func actorOverride() throws {
    let files = try TestFiles()
    let path = try files.write(
      "a.jsonl",
      #"{"id":"1","kind":"post","text":"Mari jaga netralitas ASN","actor":{"id":"u1"}}"# + "\n"
        + #"{"id":"2","kind":"post","text":"Hari ini apel pagi"}"# + "\n")
    let options = ImportOptions(actor: Actor(name: "Sri Wahyuningsih", type: .pns))
    let activities = try Importer.open(path, options: options).compactMap(\.activity)
    #expect(activities.map { $0.actor?.type } == [.pns, .pns])
    #expect(activities[0].actor?.id == "u1")
    #expect(activities[1].actor?.name == "Sri Wahyuningsih")
  }
}
