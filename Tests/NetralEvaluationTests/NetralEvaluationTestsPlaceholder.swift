import Testing

@Test func NetralEvaluationBuilds() { #expect(Bool(true)) }
