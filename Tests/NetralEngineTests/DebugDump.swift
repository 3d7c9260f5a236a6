import Foundation
import NetralCore
@testable import NetralEngine
import Testing

/// Prints the analysis of `NETRAL_DEBUG_TEXT` (a post's text) when set; a tuning aid.
@Suite("Debug dump")
struct DebugDump {
  @Test("dump", .enabled(if: ProcessInfo.processInfo.environment["NETRAL_DEBUG_TEXT"] != nil))
  func dump() {
    let text = ProcessInfo.processInfo.environment["NETRAL_DEBUG_TEXT"] ?? ""
    let analyzer = Analyzer(packs: CompiledPacks(packs: Fixtures.packs))
    let a = analyzer.analyze(text, field: .text)
    print("CODES", a.codes.map(\.id))
    let hits = analyzer.packs.lexicon.match(a.tokens, codes: a.codes)
    print("HITS", hits.map { "\(analyzer.packs.lexicon.entries[Int($0.entry)].key) \($0.start)..<\($0.end)" })
    print("REFS", a.references.map { "\($0.display) \($0.start)..<\($0.end) amb=\($0.ambiguous)" })
    print("CUES", a.cues.map { "\($0.key): \($0.value.map(\.display))" })
    print("GESTURES", a.gestures.map(\.display))
    print("STANCES", a.stances.map { "\($0.kind) \($0.reference.display)" })
    let r = Fixtures.checker.check(Activity(id: "d", kind: .post, text: text))
    print("VERDICT", r.verdict, r.findings.map { "\($0.rule): \($0.message)" })
  }
}
