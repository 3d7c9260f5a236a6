/// Results of one ICU transform on single scalars of the blocks that disguised text uses most,
/// computed once so the hot paths do not call ICU for each such scalar. The results are ICU's
/// own, so going through a table or through ICU gives the same output.
///
/// - ``caseFold(_:_:)``: NFKC_Casefold (Latin-1 and Latin Extended, Greek and Cyrillic, enclosed
///   alphanumerics, fullwidth forms, mathematical alphanumerics; one table per block) for
///   ``CaseFolder``;
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

  /// NFKC_Casefold of one block; a scalar ICU fails on folds to itself, as in ``CaseFolder``.
  private static func caseFold(_ range: Range<UInt32>) -> SingleScalarFolds {
    SingleScalarFolds(ranges: [range], transform: { ICU.nfkcCasefold($0) ?? Array($0) })
  }

  // NFKC_Casefold, one table per block, each built on first use (~1,800 instructions per
  // scalar): the packs' circled digits build only theirs at start-up, not all ~2,500 scalars.
  private static let caseFoldLatin = caseFold(0x80..<0x250)
  private static let caseFoldGreekCyrillic = caseFold(0x370..<0x530)
  private static let caseFoldEnclosed = caseFold(0x2460..<0x2500)
  private static let caseFoldFullwidth = caseFold(0xFF00..<0xFFF0)
  private static let caseFoldMath = caseFold(0x1D400..<0x1D800)

  /// The NFKC_Casefold tables of every block (Latin-1 and Latin Extended, Greek and Cyrillic,
  /// enclosed alphanumerics, fullwidth forms, mathematical alphanumerics), built when asked.
  static var caseFoldTables: [SingleScalarFolds] {
    [caseFoldLatin, caseFoldGreekCyrillic, caseFoldEnclosed, caseFoldFullwidth, caseFoldMath]
  }

  /// Calls `body` with NFKC_Casefold of `scalar` from its block's table and returns true when
  /// the scalar lies in one of the blocks of ``caseFoldTables`` and ICU did not fail on it;
  /// returns false (without calling `body`, and without building a table) otherwise.
  @inline(__always) static func caseFold(_ scalar: UInt32, _ body: (UnsafeBufferPointer<UInt32>) -> Void) -> Bool {
    if scalar < 0x250 { return scalar >= 0x80 && caseFoldLatin.fold(scalar, body) }
    if scalar < 0x530 { return scalar >= 0x370 && caseFoldGreekCyrillic.fold(scalar, body) }
    if scalar < 0x2500 { return scalar >= 0x2460 && caseFoldEnclosed.fold(scalar, body) }
    if scalar < 0xFFF0 { return scalar >= 0xFF00 && caseFoldFullwidth.fold(scalar, body) }
    if scalar < 0x1D800 { return scalar >= 0x1D400 && caseFoldMath.fold(scalar, body) }
    return false
  }

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
