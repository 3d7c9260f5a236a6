import Testing

@Test func NetralPacksBuilds() { #expect(Bool(true)) }
