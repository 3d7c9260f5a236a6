import Foundation
import NetralCore
import Synchronization

/// Realistic records and a fake check for the auditor tests.
enum AuditFixtures {
  static let texts = [
    "Apel pagi di halaman kantor bupati berjalan tertib",
    "Rekan-rekan ASN, ayo coblos nomor 2 tanggal 14 Februari",
    "Layanan akta kelahiran dibuka sampai pukul 14.00",
    "Foto bareng tim sukses, salam satu jari ☝️",
    "Semoga dimudahkan urusannya, aamiin 🙏",
    "KPU umumkan daftar pemilih tetap, cek namamu di cekdptonline",
  ]

  /// `count` records from `source`: every 10th skipped, every 13th unreadable, the rest posts.
  static func records(_ count: Int, source: String = "posts.jsonl") -> [SourceRecord] {
    (0..<count).map { index in
      let line = index + 1
      let id = "\(source)-\(line)"
      if line % 13 == 0 {
        return SourceRecord(
          source: source, position: line, id: id,
          content: .unreadable(reason: "\(source): line \(line): missing 'kind'"))
      }
      if line % 10 == 0 {
        return SourceRecord(
          source: source, position: line, id: id, content: .skipped(reason: "no text and no target"))
      }
      let activity = Activity(id: id, kind: .post, text: texts[line % texts.count])
      return SourceRecord(source: source, position: line, id: id, content: .activity(activity))
    }
  }

  /// A fake check: "coblos" or "salam satu jari" is a violation, anything else clean.
  static func check(_ activity: Activity) -> Assessment {
    let text = activity.text?.lowercased() ?? ""
    if text.contains("coblos") || text.contains("salam satu jari") {
      let finding = Finding(
        rule: "post.campaign-support", severity: .violation, message: "mendukung peserta pemilu")
      return Assessment(id: activity.id, verdict: .violation, score: 90, findings: [finding])
    }
    return Assessment(id: activity.id, verdict: .clean, score: 0)
  }

  /// The fake check, made slow and uneven: some records sleep, so later chunks finish first.
  static func unevenCheck(_ activity: Activity) -> Assessment {
    let number = Int(activity.id.split(separator: "-").last ?? "") ?? 0
    if number % 7 == 0 { Thread.sleep(forTimeInterval: Double(number % 5) / 10_000) }
    return check(activity)
  }
}

/// A single-pass sequence that counts how many records the auditor has pulled (read on the
/// caller's thread, like the auditor's iterator).
final class CountingSequence: Sequence {
  let records: [SourceRecord]
  private(set) var pulled = 0

  init(records: [SourceRecord]) { self.records = records }

  struct Iterator: IteratorProtocol {
    let owner: CountingSequence
    var index = 0
    mutating func next() -> SourceRecord? {
      guard index < owner.records.count else { return nil }
      defer { index += 1 }
      owner.pulled += 1
      return owner.records[index]
    }
  }

  func makeIterator() -> Iterator { Iterator(owner: self) }
}

/// Tracks how many checks run at once.
final class ConcurrencyGauge: Sendable {
  private let state = Mutex((current: 0, peak: 0))

  var peak: Int { state.withLock { $0.peak } }

  func measure<T>(_ body: () -> T) -> T {
    state.withLock {
      $0.current += 1
      $0.peak = max($0.peak, $0.current)
    }
    defer { state.withLock { $0.current -= 1 } }
    return body()
  }
}

struct BrokenPipe: Error, Equatable {}
