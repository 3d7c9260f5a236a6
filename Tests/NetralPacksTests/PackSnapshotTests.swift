import Foundation
import NetralCore
import Testing
@testable import NetralPacks

@Suite("Precompiled pack snapshot")
struct PackSnapshotTests {
  /// How to bring the snapshot up to date, for failure messages.
  static let regenerate =
    "the bundled-pack snapshot is stale: run `swift run netral-bench packs --write-snapshot`"

  @Test("the committed snapshot holds exactly what the bundled YAML gives")
  func snapshotMatchesYAML() throws {
    let fromYAML = try PackLoader.reloadBundled()
    let fromSnapshot = try #require(PackSnapshot.bundled(), "\(Self.regenerate)")
    #expect(fromSnapshot.map(\.id) == fromYAML.map(\.id), "\(Self.regenerate)")
    let stale = zip(fromSnapshot, fromYAML).filter { $0 != $1 }.map(\.1.id)
    #expect(stale.isEmpty, "\(Self.regenerate) (differs in: \(stale.joined(separator: ", ")))")
    #expect(try PackLoader.bundled() == fromSnapshot, "bundled() reads the snapshot")
  }

  @Test("the committed snapshot source is byte for byte what the generator writes")
  func snapshotSourceIsGenerated() throws {
    let root = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let committed = try String(
      contentsOf: root.appendingPathComponent(PackSnapshot.sourcePath), encoding: .utf8)
    let generated = PackSnapshot.swiftSource(for: try PackLoader.reloadBundled())
    let upToDate = committed == generated  // not compared inside #expect: 90 kB each
    #expect(upToDate, "\(Self.regenerate)")
  }

  @Test("a pack with every optional field set, unset, empty and non-ASCII survives a round trip")
  func roundTrip() throws {
    let term = Term("Kang Dedi 🐯", ambiguous: true, confidence: .unconfirmed)
    let pack = Pack(
      id: "pilkada-2029-sukamaju", title: "Pilkada Sukamaju 2029 — uji", format: 1,
      source: "/tmp/sukamaju.yaml",
      elections: [
        Election(
          id: "pilbup-sukamaju-2029", title: "", kind: .pilkada,
          region: Region(province: "Jawa Barat", regency: "Kabupaten Sukamaju"),
          timeZone: "Asia/Makassar",
          calendar: [CalendarPhase(phase: .quietPeriod, start: "2029-11-24", end: "2029-11-26", confidence: .low)],
          tickets: [
            Ticket(
              id: "pilbup-sukamaju-2029/01", number: 1, names: [term, Term("SAJA")],
              candidates: [Candidate(id: "x", fullName: "Siti Aminah", names: [], handles: [Term("@siti")], role: .cabup)],
              parties: ["pdip", "gerindra"], slogans: [Slogan(Term("#SukamajuMaju"))], accounts: [])
          ],
          slogans: [], gestureMeanings: [
            GestureMeaning(gesture: "salam-satu-jari", ticket: "pilbup-sukamaju-2029/01", stance: .support, note: nil),
            GestureMeaning(gesture: "salam-dua-jari", ticket: "pilbup-sukamaju-2029/01", stance: .opposition, note: "catatan"),
          ]),
        Election(id: "pilgub-x-2029", title: "Pilgub", kind: .other, region: Region(province: "Jambi")),
      ],
      parties: [Party(id: "lokal", name: "Partai Lokal", number: nil), Party(id: "besar", name: "Besar", number: 300_000),
                Party(id: "min", name: "Min", number: Int.min), Party(id: "max", name: "Max", number: Int.max),
                Party(id: "neg", name: "Neg", number: -1)],
      gestures: [Gesture(id: "salam-jempol", phrases: [term], emoji: [Term("👍")], fingers: nil),
                 Gesture(id: "salam-lima-jari", fingers: 5)],
      vocabulary: [.support: [Term("dukung")], .numberContext: [], .ktpSupport: [term]],
      regulations: [
        RegulationProvision(
          citation: Citation(id: "SE-X", instrument: "Surat Edaran", provision: nil, summary: "ringkas", confidence: .medium),
          sanctions: [StageSanction(stage: .afterCandidacy, sanction: Sanction(level: .caseByCase, description: "…", basis: nil))],
          appliesTo: [.pns, .nonASN], sources: ["https://example.invalid/a"], region: Region(province: "Jambi", regency: nil))
      ])
    #expect(try PackSnapshot.decode(PackSnapshot.encode([pack, pack])) == [pack, pack])
    #expect(try PackSnapshot.decode(PackSnapshot.encode([])) == [])
  }

  @Test("truncated, corrupt or foreign bytes are refused, never a crash")
  func corruptSnapshotsThrow() throws {
    let bytes = PackSnapshot.encode(try PackLoader.bundled())
    for length in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 300)) {
      #expect(throws: (any Error).self) { try PackSnapshot.decode(Array(bytes[..<length])) }
    }
    var otherVersion = bytes
    otherVersion[PackSnapshot.magic.count] = 2
    #expect(throws: (any Error).self) { try PackSnapshot.decode(otherVersion) }
    #expect(throws: (any Error).self) { try PackSnapshot.decode(Array("format: 1\nid: x\n".utf8)) }
    #expect(throws: (any Error).self) { try PackSnapshot.decode(bytes + [0]) }
    // A huge count must be refused before anything is allocated for it.
    let hugeCount = PackSnapshot.magic + [1, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F]
    #expect(throws: (any Error).self) { try PackSnapshot.decode(hugeCount) }
  }

  @Test("base64 round-trips every length and refuses stray characters")
  func base64() {
    for length in 0..<12 {
      let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 97 &+ 200) }
      let text = Base64.encode(bytes)
      let wrapped = String(text.enumerated().flatMap { $0.offset % 5 == 4 ? [$0.element, "\n"] : [$0.element] })
      #expect(Array(wrapped.utf8).withUnsafeBufferPointer { Base64.decode($0) } == bytes)
    }
    // Long lines as the committed snapshot has them (the decoder's four-character fast path),
    // with a stray character or padding late in the text.
    let long = (0..<3000).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 7) }
    let lines = Array(Base64.encode(long)).chunked(96).map { String($0) }.joined(separator: "\n")
    #expect(Array(lines.utf8).withUnsafeBufferPointer { Base64.decode($0) } == long)
    #expect(Array((lines + "!").utf8).withUnsafeBufferPointer { Base64.decode($0) } == nil)
    #expect(Array((lines + "=AAA").utf8).withUnsafeBufferPointer { Base64.decode($0) } == nil)
    #expect(Base64.encode(Array("netral".utf8)) == "bmV0cmFs")
    for bad in ["bmV0cmF", "bm!0cmFs", "bm==cmFs", "bmV0cmFs!bmV0", "bmV0\n!mFs"] {
      #expect(Array(bad.utf8).withUnsafeBufferPointer { Base64.decode($0) } == nil)
    }
  }
}

extension Array {
  /// The array cut into pieces of `size` elements (the last may be shorter).
  fileprivate func chunked(_ size: Int) -> [ArraySlice<Element>] {
    stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
  }
}
