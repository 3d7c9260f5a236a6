import Testing

@Test func NetralCLIBuilds() { #expect(Bool(true)) }
