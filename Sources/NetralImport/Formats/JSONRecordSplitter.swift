/// Splits a JSON document into records without parsing it whole, so a truncated or enormous
/// file still yields every complete record before the damage, with bounded memory.
///
/// Records are the elements of the top-level array, or, for a top-level object, the elements
/// of each member that is an array (tagged with the member's key) and each other member's
/// value. A JavaScript assignment prefix (`window.YTD.tweets.part0 = `) is skipped.
final class JSONRecordSplitter {
  /// One step of the split.
  enum Item {
    /// A complete record's bytes; `key` is the member it sits in, if any.
    case record(key: String?, bytes: [UInt8])
    /// A record longer than the cap (its bytes were skipped, not kept).
    case oversized(key: String?, size: Int)
    /// The document is broken here; nothing more can be read.
    case broken(String)
    /// The document ended cleanly.
    case end
  }

  private enum State {
    case start, object, afterMember
    case array(key: String?, inObject: Bool)
    case afterElement(key: String?, inObject: Bool)
    case finished
  }

  private let bytes: ByteReader
  private let cap: Int
  private var state = State.start

  init(_ bytes: ByteReader, cap: Int) {
    self.bytes = bytes
    self.cap = cap
  }

  func next() throws -> Item {
    while true {
      switch state {
      case .finished:
        return .end
      case .start:
        try skipSpace()
        guard let b = try bytes.peek() else {
          state = .finished
          return .broken("empty file")
        }
        if b == 0xEF {  // byte-order mark
          _ = try bytes.next()
          _ = try bytes.next()
          _ = try bytes.next()
          continue
        }
        if b == UInt8(ascii: "[") {
          _ = try bytes.next()
          state = .array(key: nil, inObject: false)
        } else if b == UInt8(ascii: "{") {
          _ = try bytes.next()
          state = .object
        } else if b == UInt8(ascii: "w") || b == UInt8(ascii: "v") {
          // `window.YTD.x.part0 = [` or `var x = [`: skip to the `=`.
          var skipped = 0
          while let c = try bytes.next(), c != UInt8(ascii: "=") {
            skipped += 1
            if skipped > 512 || c == 10 { return fail("not JSON: no '=' after the script prefix") }
          }
        } else {
          return fail("not JSON at byte \(bytes.offset + 1)")
        }
      case .object:
        try skipSpace()
        guard let b = try bytes.next() else { return fail("truncated at byte \(bytes.offset)") }
        if b == UInt8(ascii: "}") {
          return try finish()
        }
        guard b == UInt8(ascii: "\"") else { return unexpected(b) }
        var keyBytes: [UInt8] = []
        guard try readString(into: &keyBytes, cap: 4096) else {
          return fail("truncated at byte \(bytes.offset)")
        }
        let key = String(decoding: keyBytes, as: UTF8.self)
        try skipSpace()
        guard let colon = try bytes.next() else { return fail("truncated at byte \(bytes.offset)") }
        guard colon == UInt8(ascii: ":") else { return unexpected(colon) }
        try skipSpace()
        if try bytes.peek() == UInt8(ascii: "[") {
          _ = try bytes.next()
          state = .array(key: key, inObject: true)
          continue
        }
        state = .afterMember
        return try value(key: key)
      case .afterMember:
        try skipSpace()
        guard let b = try bytes.next() else { return fail("truncated at byte \(bytes.offset)") }
        if b == UInt8(ascii: ",") {
          state = .object
        } else if b == UInt8(ascii: "}") {
          return try finish()
        } else {
          return unexpected(b)
        }
      case .array(let key, let inObject):
        try skipSpace()
        guard let b = try bytes.peek() else { return fail("truncated at byte \(bytes.offset)") }
        if b == UInt8(ascii: "]") {
          _ = try bytes.next()
          if inObject {
            state = .afterMember
            continue
          }
          return try finish()
        }
        state = .afterElement(key: key, inObject: inObject)
        return try value(key: key)
      case .afterElement(let key, let inObject):
        try skipSpace()
        guard let b = try bytes.next() else { return fail("truncated at byte \(bytes.offset)") }
        if b == UInt8(ascii: ",") {
          state = .array(key: key, inObject: inObject)
        } else if b == UInt8(ascii: "]") {
          if inObject {
            state = .afterMember
            continue
          }
          return try finish()
        } else {
          return unexpected(b)
        }
      }
    }
  }

  private func fail(_ message: String) -> Item {
    state = .finished
    return .broken(message)
  }

  private func unexpected(_ b: UInt8) -> Item {
    fail("unexpected '\(Character(Unicode.Scalar(b)))' at byte \(bytes.offset)")
  }

  /// After the top-level value: only whitespace and an optional `;` may follow.
  private func finish() throws -> Item {
    state = .finished
    while let b = try bytes.next() {
      if b == 32 || b == 9 || b == 10 || b == 13 || b == UInt8(ascii: ";") { continue }
      return .broken(
        "unexpected '\(Character(Unicode.Scalar(b)))' after the end at byte \(bytes.offset)")
    }
    return .end
  }

  private func skipSpace() throws {
    while let b = try bytes.peek(), b == 32 || b == 9 || b == 10 || b == 13 {
      _ = try bytes.next()
    }
  }

  /// Reads a string body after its opening quote; `false` when the input ends first.
  private func readString(into out: inout [UInt8], cap: Int) throws -> Bool {
    var escaped = false
    while let b = try bytes.next() {
      if out.count < cap { out.append(b) }
      if escaped {
        escaped = false
      } else if b == UInt8(ascii: "\\") {
        escaped = true
      } else if b == UInt8(ascii: "\"") {
        if out.count <= cap { out.removeLast() }
        return true
      }
    }
    return false
  }

  /// Reads one JSON value at the current position.
  private func value(key: String?) throws -> Item {
    guard let first = try bytes.next() else { return fail("truncated at byte \(bytes.offset)") }
    var out: [UInt8] = [first]
    var size = 1
    func keep(_ b: UInt8) {
      size += 1
      if out.count <= cap { out.append(b) }
    }
    if first == UInt8(ascii: "{") || first == UInt8(ascii: "[") {
      let (total, complete) = try bytes.scanContainer(into: &out, cap: cap)
      guard complete else { return fail("truncated at byte \(bytes.offset)") }
      size = total
    } else if first == UInt8(ascii: "\"") {
      var escaped = false
      while true {
        guard let b = try bytes.next() else { return fail("truncated at byte \(bytes.offset)") }
        keep(b)
        if escaped { escaped = false } else if b == 92 { escaped = true } else if b == 34 { break }
      }
    } else {
      while let b = try bytes.peek(),
        !(b == 44 || b == 93 || b == 125 || b == 32 || b == 9 || b == 10 || b == 13)
      {
        _ = try bytes.next()
        keep(b)
      }
    }
    if size > cap { return .oversized(key: key, size: size) }
    return .record(key: key, bytes: out)
  }
}
