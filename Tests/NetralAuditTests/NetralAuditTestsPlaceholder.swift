import Testing

@Test func NetralAuditBuilds() { #expect(Bool(true)) }
