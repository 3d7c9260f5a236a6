import ArgumentParser
import NetralCore
import Testing

@testable import netral

@Suite("Exit status mapping")
struct ExitStatusMappingTests {
  static func summary(_ verdicts: [Verdict: Int]) -> AuditSummary {
    var s = AuditSummary()
    s.verdicts = verdicts
    return s
  }

  @Test("violations fail by default; reviews only with --fail-on review")
  func threshold() {
    #expect(ExitStatus.of(Self.summary([.clean: 3]), failOn: .violation) == ExitStatus.clean)
    #expect(
      ExitStatus.of(Self.summary([.review: 1, .clean: 2]), failOn: .violation) == ExitStatus.clean)
    #expect(ExitStatus.of(Self.summary([.review: 1]), failOn: .review) == ExitStatus.findings)
    #expect(ExitStatus.of(Self.summary([.violation: 1]), failOn: .violation) == ExitStatus.findings)
  }

  @Test("an unreadable record makes the run an error even with findings")
  func errorsWin() {
    #expect(
      ExitStatus.of(Self.summary([.violation: 2, .error: 1]), failOn: .violation)
        == ExitStatus.error)
    #expect(ExitStatus.error.rawValue == 2 && ExitStatus.usage.rawValue == 64)
  }
}
