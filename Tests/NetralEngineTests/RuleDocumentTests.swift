import Foundation
import NetralEngine
import Testing

@Suite("Docs/Rules.md")
struct RuleDocumentTests {
  @Test("Docs/Rules.md matches the rule descriptions")
  func upToDate() throws {
    let url = Fixtures.root.appendingPathComponent("Docs/Rules.md")
    let generated = RuleDocument.markdown(Fixtures.checker.rules)
    if ProcessInfo.processInfo.environment["NETRAL_RECORD_DOCS"] != nil {
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try generated.write(to: url, atomically: true, encoding: .utf8)
    }
    let onDisk = try String(contentsOf: url, encoding: .utf8)
    #expect(onDisk == generated, "Docs/Rules.md is stale: run NETRAL_RECORD_DOCS=1 swift test --filter RuleDocumentTests")
    #expect(generated.contains("## post.campaign-support"))
    #expect(generated.contains("skb-2022/B6"))
  }
}
