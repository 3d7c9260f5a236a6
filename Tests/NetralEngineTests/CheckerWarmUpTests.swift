import Foundation
import NetralCore
import Testing

@testable import NetralEngine

@Suite("Checker warm-up")
struct CheckerWarmUpTests {
  @Test("checkers built while the warm-up runs find exactly what the shared checker finds")
  func warmUpChangesNothing() throws {
    let texts = [
      "Rekan-rekan ASN, ayo coblos nomor 2 tanggal 14 Februari",
      "Saya mendukung Prabowoo-Gibran, pilihlah mereka! ✌️",
      "Besok rapat dinas kesehatan jam 10.00 di kantor kabupaten",
    ]
    CheckerWarmUp.start()
    // Built at once, racing the warm-up thread for the same one-time tables.
    let checker = try Checker(packs: Fixtures.packs)
    CheckerWarmUp.start()
    for (i, text) in texts.enumerated() {
      let activity = Activity(id: "w\(i)", kind: .post, text: text)
      let a = checker.check(activity)
      let b = Fixtures.checker.check(activity)
      #expect(a.verdict == b.verdict, "\(text)")
      #expect(a.score == b.score, "\(text)")
      #expect(a.findings.map(\.rule) == b.findings.map(\.rule), "\(text)")
    }
    #expect(checker.check(Activity(id: "v", kind: .post, text: texts[1])).verdict == .violation)
  }
}
