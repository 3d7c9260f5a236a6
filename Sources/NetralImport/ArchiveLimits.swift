/// Bounds that protect an import from hostile or broken inputs (zip bombs, enormous lines).
public struct ArchiveLimits: Sendable, Hashable {
  /// Largest uncompressed size of one zip entry, declared or actual, in bytes.
  public var maxEntrySize: UInt64
  /// Largest uncompressed size of all entries of an archive together, in bytes.
  public var maxTotalSize: UInt64
  /// Largest compression ratio (uncompressed / compressed) of an entry larger than
  /// ``ratioFloor``.
  public var maxRatio: UInt64
  /// How deep zips may nest inside the input zip: 1 reads a zip inside the zip, and refuses a
  /// zip inside that one.
  public var maxNestingDepth: Int
  /// Largest single record in bytes: one JSON Lines line, one CSV row, one element of a JSON
  /// array. Longer records become unreadable records; they are never held in memory whole.
  public var maxRecordSize: Int
  /// Entries at most this large are exempt from the ratio bound (tiny files compress well).
  public var ratioFloor: UInt64
  /// Largest JSON document read whole (TikTok's `user_data.json`, Instagram post files);
  /// everything else streams record by record.
  public var maxDocumentSize: UInt64

  /// Creates limits; the defaults suit real exports (a 2 GB archive with media is fine).
  public init(
    maxEntrySize: UInt64 = 2 << 30, maxTotalSize: UInt64 = 16 << 30, maxRatio: UInt64 = 200,
    maxNestingDepth: Int = 1, maxRecordSize: Int = 4 << 20, ratioFloor: UInt64 = 1 << 20,
    maxDocumentSize: UInt64 = 256 << 20
  ) {
    self.maxEntrySize = maxEntrySize
    self.maxTotalSize = maxTotalSize
    self.maxRatio = maxRatio
    self.maxNestingDepth = maxNestingDepth
    self.maxRecordSize = maxRecordSize
    self.ratioFloor = ratioFloor
    self.maxDocumentSize = maxDocumentSize
  }
}
