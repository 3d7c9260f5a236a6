import Testing

@Test func NetralTextBuilds() { #expect(Bool(true)) }
