extension Normalizer {
  /// Buffers that ``Normalizer/normalize(_:reusing:)`` reuses from one text to the next, so that
  /// normalizing a text allocates nothing once the buffers have grown to the texts' size.
  ///
  /// Keep one workspace per thread (or per worker) and pass it to every call. A result shares
  /// its text, spans and surfaces with the workspace until the next call: when the caller has
  /// dropped the previous result by then, that call writes into the same storage; when the
  /// caller still holds it, the call leaves it untouched and takes new storage (copy on write),
  /// so results are never changed behind the caller's back. Copies of a workspace are
  /// independent values, like arrays. Its buffers keep the size of the largest text normalized
  /// with it, until the workspace is dropped.
  public struct Workspace: Sendable {
    /// The tokenizer's buffers between calls.
    var buffers = Tokenizer.Buffers()
    /// The tokenizer's output buffers, kept between calls.
    var output: OutputStorage?

    /// An empty workspace; its buffers are allocated by the first call that uses them.
    public init() {}
  }
}

/// The tokenizer's output buffers (normalized text and spans), owned by one ``Normalizer/Workspace`` and freed with it.
///
/// `@unchecked Sendable`: its buffers are only written by ``Normalizer/normalize(_:reusing:)``
/// through an `inout` workspace after `isKnownUniquelyReferenced` has found the workspace to be
/// its only owner (a copy of the workspace makes the next call take a storage of its own), the
/// same rule that makes an array's copy on write safe.
final class OutputStorage: @unchecked Sendable {
  /// The buffers (emptied by each call).
  var output: Tokenizer.Output
  /// The scalars of a text that is not all ASCII (emptied by each call that uses them).
  var scalars = GrowableBuffer<UInt32>(capacity: 64)
  /// Its units after ``CaseFolder`` (emptied by each call that uses them).
  var units = GrowableBuffer<Unit>(capacity: 64)
  /// Its canonical emoji (``UnitText/emoji``).
  var emoji: [UInt32] = []

  /// A storage for texts of about `capacity` bytes.
  init(capacity: Int) { output = Tokenizer.Output(capacity: capacity) }

  deinit {
    output.deallocate()
    scalars.deallocate()
    units.deallocate()
  }
}
