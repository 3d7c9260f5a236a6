import Testing

@Test func NetralImportBuilds() { #expect(Bool(true)) }
