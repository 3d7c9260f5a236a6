import Testing

@Test func NetralCoreBuilds() { #expect(Bool(true)) }
