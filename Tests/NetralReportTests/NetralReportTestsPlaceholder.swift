import Testing

@Test func NetralReportBuilds() { #expect(Bool(true)) }
