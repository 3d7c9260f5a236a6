import Testing

@testable import netral

@Suite("Progress line")
struct ProgressBarTests {
  @Test("with a known total: bar, percentage, rate and time left")
  func knownTotal() {
    let bar = ProgressBar(total: 1000, enabled: false)
    for _ in 0..<250 { bar.advance() }
    let line = bar.line(elapsed: 5)
    #expect(line == "██████░░░░░░░░░░░░░░░░░░ 25% · 250 records · 50/s · ETA 0:15")
  }

  @Test("without a total: count and rate only")
  func unknownTotal() {
    let bar = ProgressBar(total: nil, enabled: false)
    for _ in 0..<30 { bar.advance() }
    #expect(bar.line(elapsed: 2) == "30 records · 15/s")
  }
}
