import Testing

@Test func NetralEngineBuilds() { #expect(Bool(true)) }
