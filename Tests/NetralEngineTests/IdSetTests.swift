import Testing

@testable import NetralEngine

@Suite("Token id bitmap")
struct IdSetTests {
  @Test(
    "answers like a Set<Int32> for ids inside, outside and around its range",
    arguments: [
      Set<Int32>([-13, -10, 0, 1, 63, 64, 65, 4_095, 70_001]),
      Set<Int32>([-11]),
      Set<Int32>([42]),
      Set<Int32>(),
    ])
  func matchesSet(_ ids: Set<Int32>) {
    let bitmap = IdSet(ids)
    var probes: [Int32] = [Int32.min, -14, -13, -12, -11, -10, -9, -1, 0, 1, 2, 62, 63, 64, 65, 66, 127, 128, 4_094, 4_095, 4_096, 70_000, 70_001, 70_002, Int32.max]
    probes += ids.flatMap { [$0 - 1, $0, $0 + 1] }
    for id in probes {
      #expect(bitmap.contains(id) == ids.contains(id), "id \(id)")
    }
  }
}
