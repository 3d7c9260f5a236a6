extension Assessment {
  /// The verdict line of the interchange format (`Docs/ActivityFormat.md`), without a newline.
  public var jsonLine: String {
    var w = JSONWriter()
    writeJSONLine(to: &w)
    return w.output
  }

  /// Writes the verdict line (``jsonLine``) to `w`.
  public func writeJSONLine(to w: inout JSONWriter) {
    w.reserve(jsonLineCapacity)
    write(to: &w)
  }

  /// The verdict line (``jsonLine``) as UTF-8, followed by a newline when `newline` is set;
  /// with a `cache`, the findings' citation lists are copied from it (``JSONLineCache``).
  ///
  /// Rendered in one pass into memory sized from the lengths of the assessment's texts (on the
  /// stack for a short line, else straight into the array returned), with no growth and no
  /// copy-on-write check per piece; a line whose texts need many escapes is rendered again
  /// through a ``JSONWriter``. The bytes are those of ``jsonLine``.
  public func jsonLineBytes(newline: Bool = false, cache: JSONLineCache? = nil) -> [UInt8] {
    // A line without findings (most) is tried on the stack without adding up its texts'
    // lengths first: one that does not fit overflows and takes the paths below.
    let capacity = findings.isEmpty ? 0 : jsonLineCapacity
    if capacity <= Self.stackLineCapacity {
      // A short line (a clean verdict) is rendered on the stack and copied into an array of its
      // exact size: `Array(unsafeUninitializedCapacity:)` looks up the array's generic metadata
      // on every call (~360 instructions, more than rendering the line), a copy does not.
      let line = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.stackLineCapacity) {
        buffer -> [UInt8]? in
        guard let base = buffer.baseAddress else { return nil }
        var out = JSONBuffer(base: base, capacity: buffer.count)
        write(to: &out, cache: cache)
        if newline { out.byte(0x0A) }
        return out.overflowed ? nil : Array(UnsafeBufferPointer(start: base, count: out.count))
      }
      if let line { return line }
      if capacity == 0, let line = heapLine(capacity: jsonLineCapacity, newline: newline, cache: cache) {
        return line
      }
    } else if let line = heapLine(capacity: capacity, newline: newline, cache: cache) {
      return line
    }
    var w = JSONWriter()
    writeJSONLine(to: &w)
    if newline { w.byte(0x0A) }
    return w.bytes
  }

  /// The most bytes a line rendered on the stack may take (the most the standard library
  /// allocates on the stack without asking the thread for its stack's bounds).
  /// (A constant, so the allocation is a fixed stack slot.)
  @inline(__always)
  private static var stackLineCapacity: Int { 1024 }

  /// The line rendered straight into an array of `capacity` bytes; `nil` when it does not fit.
  private func heapLine(capacity: Int, newline: Bool, cache: JSONLineCache?) -> [UInt8]? {
    var fits = false
    let line = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
      guard let base = buffer.baseAddress else { return }
      var out = JSONBuffer(base: base, capacity: buffer.count)
      write(to: &out, cache: cache)
      if newline { out.byte(0x0A) }
      fits = !out.overflowed
      initialized = fits ? out.count : 0
    }
    return fits ? line : nil
  }

  /// Room for the verdict line and its newline when no text needs escaping: the texts' UTF-8
  /// lengths plus each object's keys, punctuation, enum values and integers at their longest.
  var jsonLineCapacity: Int {
    var n = 176 &+ id.utf8.count
    if let phase { n &+= phase.election.utf8.count }
    if let error { n &+= error.utf8.count }
    for finding in findings { n &+= finding.jsonCapacity }
    return n
  }

  /// Writes the verdict line to `w`.
  func write<Out: JSONOutput>(to w: inout Out, cache: JSONLineCache? = nil) {
    // Keys, punctuation and enum values run together as one literal where they can: a clean
    // line is a dozen pieces.
    w.literal("{\"id\":")
    w.string(id)
    w.literal(verdict.jsonKeyAndScoreKey)
    w.integer(score)
    if let phase {
      w.literal(",\"phase\":{\"election\":")
      w.string(phase.election)
      w.literal(phase.phase.jsonKeyAndWindowKey)
      w.literal(phase.inWindow ? "true}" : "false}")
    }
    if findings.isEmpty {
      w.literal(",\"findings\":[]")
    } else {
      w.literal(",\"findings\":[")
      var first = true
      for f in findings {
        if !first { w.byte(0x2C) }
        first = false
        f.write(to: &w, cache: cache)
      }
      w.byte(0x5D)
    }
    if let error {
      w.literal(",\"error\":")
      w.string(error)
    }
    w.byte(0x7D)
  }
}

extension Finding {
  /// Writes this finding as a JSON object.
  public func writeJSON(to w: inout JSONWriter) {
    w.reserve(jsonCapacity)
    write(to: &w)
  }

  /// Room for this finding's object and a comma when no text needs escaping (see
  /// ``Assessment/jsonLineCapacity``).
  var jsonCapacity: Int {
    var n = 200 &+ rule.utf8.count &+ message.utf8.count
    if let suggestion { n &+= suggestion.utf8.count }
    if let sanction {
      n &+= sanction.description.utf8.count
      if let basis = sanction.basis { n &+= basis.utf8.count }
    }
    for c in citations {
      n &+= 80 &+ c.id.utf8.count &+ c.instrument.utf8.count
      if let p = c.provision { n &+= p.utf8.count }
    }
    for e in evidence { n &+= 176 &+ e.text.utf8.count }
    return n
  }

  /// The object of a sanction.
  static func writeSanction<Out: JSONOutput>(_ sanction: Sanction, to w: inout Out) {
    w.literal("{\"level\":")
    w.plainString(sanction.level.rawValue)
    w.literal(",\"description\":")
    w.string(sanction.description)
    if let basis = sanction.basis {
      w.literal(",\"basis\":")
      w.string(basis)
    }
    w.byte(0x7D)
  }

  /// The objects of a citation list, comma-separated, without the brackets.
  static func writeCitations<Out: JSONOutput>(_ citations: [Citation], to w: inout Out) {
    var first = true
    for c in citations {
      w.literal(first ? "{\"id\":" : ",{\"id\":")
      first = false
      w.string(c.id)
      w.literal(",\"instrument\":")
      w.string(c.instrument)
      if let p = c.provision {
        w.literal(",\"provision\":")
        w.string(p)
      }
      w.literal(",\"confidence\":")
      w.plainString(c.confidence.rawValue)
      w.byte(0x7D)
    }
  }

  /// Writes this finding as a JSON object to `w`, its sanction and citations from `cache` when
  /// given.
  func write<Out: JSONOutput>(to w: inout Out, cache: JSONLineCache? = nil) {
    w.literal("{\"rule\":")
    w.string(rule)
    w.literal(",\"severity\":")
    w.plainString(severity.rawValue)
    w.literal(",\"message\":")
    w.string(message)
    if let sanction {
      w.literal(",\"sanction\":")
      if !(cache?.withSanctionJSON(sanction, { w.bytes($0) }) ?? false) {
        Self.writeSanction(sanction, to: &w)
      }
      w.literal(",\"citations\":[")
    } else {
      w.literal(",\"sanction\":null,\"citations\":[")
    }
    if !(cache?.withCitationsJSON(citations, { w.bytes($0) }) ?? false) {
      Self.writeCitations(citations, to: &w)
    }
    w.literal("],\"evidence\":[")
    var first = true
    for e in evidence {
      w.literal(first ? "{\"field\":" : ",{\"field\":")
      first = false
      e.field.writeJSON(to: &w)
      w.literal(",\"start\":")
      w.integer(e.start)
      w.literal(",\"end\":")
      w.integer(e.end)
      w.literal(",\"text\":")
      w.string(e.text)
      w.literal(",\"signal\":")
      w.plainString(e.signal.rawValue)
      w.byte(0x7D)
    }
    w.byte(0x5D)
    if let suggestion {
      w.literal(",\"suggestion\":")
      w.string(suggestion)
    }
    w.byte(0x7D)
  }
}

extension ActivityField {
  /// Writes the field's path (``description``) as a JSON string, without building it.
  func writeJSON<Out: JSONOutput>(to w: inout Out) {
    switch self {
    case .text: w.literal("\"text\"")
    case .targetAuthor: w.literal("\"target.author\"")
    case .targetText: w.literal("\"target.text\"")
    case .actorName: w.literal("\"actor.name\"")
    case .mediaDescription(let i):
      w.literal("\"media[")
      w.integer(i)
      w.literal("].description\"")
    case .mediaPerson(let i, let j):
      w.literal("\"media[")
      w.integer(i)
      w.literal("].people[")
      w.integer(j)
      w.literal("]\"")
    }
  }
}

extension Verdict {
  /// `,"verdict":"<raw value>","score":` as one literal.
  fileprivate var jsonKeyAndScoreKey: StaticString {
    switch self {
    case .clean: ",\"verdict\":\"clean\",\"score\":"
    case .review: ",\"verdict\":\"review\",\"score\":"
    case .violation: ",\"verdict\":\"violation\",\"score\":"
    case .error: ",\"verdict\":\"error\",\"score\":"
    }
  }
}

extension Phase {
  /// `,"phase":"<raw value>","in_window":` as one literal.
  fileprivate var jsonKeyAndWindowKey: StaticString {
    switch self {
    case .preRegistration: ",\"phase\":\"pre_registration\",\"in_window\":"
    case .registration: ",\"phase\":\"registration\",\"in_window\":"
    case .verification: ",\"phase\":\"verification\",\"in_window\":"
    case .candidacy: ",\"phase\":\"candidacy\",\"in_window\":"
    case .campaign: ",\"phase\":\"campaign\",\"in_window\":"
    case .quietPeriod: ",\"phase\":\"quiet_period\",\"in_window\":"
    case .voting: ",\"phase\":\"voting\",\"in_window\":"
    case .recapitulation: ",\"phase\":\"recapitulation\",\"in_window\":"
    case .after: ",\"phase\":\"after\",\"in_window\":"
    }
  }
}
