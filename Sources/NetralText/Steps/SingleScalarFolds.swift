/// Results of one ICU transform on single scalars of the blocks that disguised text uses most,
/// computed once so the hot paths do not call ICU for each such scalar. The results are ICU's
/// own, so going through a table or through ICU gives the same output.
///
/// - ``table``: NFKC_Casefold (Latin-1 and Latin Extended, Greek and Cyrillic, enclosed
///   alphanumerics, fullwidth forms, mathematical alphanumerics) for ``CaseFolder``;
/// - ``latinToASCII``: `Latin-ASCII` of Latin letters with diacritics for ``ScriptFolder``;
/// - ``skeleton``: the UTS #39 skeleton of Greek and Cyrillic letters for ``ScriptFolder``.
struct SingleScalarFolds: Sendable {
  /// One block: scalars `range`, the result for `range.lowerBound + k` at
  /// `values[offsets[k]..<offsets[k + 1]]`, or nil when `failed[k]` (ICU reported an error).
  struct Block: Sendable {
    var range: Range<UInt32>
    var offsets: [Int32]
    var values: [UInt32]
    var failed: [Bool]
  }

  /// The blocks.
  var blocks: [Block]

  /// NFKC_Casefold; a scalar ICU fails on folds to itself, as in ``CaseFolder``.
  static let table = SingleScalarFolds(
    ranges: [0x80..<0x250, 0x370..<0x530, 0x2460..<0x2500, 0xFF00..<0xFFF0, 0x1D400..<0x1D800],
    transform: { ICU.nfkcCasefold($0) ?? Array($0) })

  /// `Latin-ASCII` (ICU's result, nil when it fails).
  static let latinToASCII = SingleScalarFolds(
    ranges: [0x80..<0x250, 0x1E00..<0x1F00], transform: ICU.latinToASCII)

  /// UTS #39 skeleton (ICU's result, nil when it fails).
  static let skeleton = SingleScalarFolds(ranges: [0x370..<0x530], transform: ICU.skeleton)

  /// Applies `transform` to every scalar of `ranges`, one scalar at a time.
  init(ranges: [Range<UInt32>], transform: (UnsafeBufferPointer<UInt32>) -> [UInt32]?) {
    blocks = ranges.map { range in
      var offsets: [Int32] = [0]
      var values: [UInt32] = []
      var failed: [Bool] = []
      offsets.reserveCapacity(range.count + 1)
      failed.reserveCapacity(range.count)
      for scalar in range {
        let result = ICU.single(scalar, transform)
        values.append(contentsOf: result ?? [])
        offsets.append(Int32(values.count))
        failed.append(result == nil)
      }
      return Block(range: range, offsets: offsets, values: values, failed: failed)
    }
  }

  /// Calls `body` with the result for `scalar` and returns true when the scalar lies in one of
  /// the blocks and ICU did not fail on it; returns false (without calling `body`) otherwise.
  @inline(__always) func fold(_ scalar: UInt32, _ body: (UnsafeBufferPointer<UInt32>) -> Void) -> Bool {
    // Indexing (not `for block in blocks`) so that looking at a block copies none of its arrays.
    for b in blocks.indices where blocks[b].range.contains(scalar) {
      let k = Int(scalar - blocks[b].range.lowerBound)
      guard !blocks[b].failed[k] else { return false }
      let lower = Int(blocks[b].offsets[k])
      let upper = Int(blocks[b].offsets[k + 1])
      blocks[b].values.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[lower..<upper])) }
      return true
    }
    return false
  }

  /// The result for `scalar`: from the table when the scalar lies in one of its blocks, else
  /// from `transform` (nil when ICU fails).
  func result(
    _ scalar: UInt32, else transform: (UnsafeBufferPointer<UInt32>) -> [UInt32]?
  ) -> [UInt32]? {
    for block in blocks where block.range.contains(scalar) {
      let k = Int(scalar - block.range.lowerBound)
      if block.failed[k] { return nil }
      return Array(block.values[Int(block.offsets[k])..<Int(block.offsets[k + 1])])
    }
    return ICU.single(scalar, transform)
  }
}
