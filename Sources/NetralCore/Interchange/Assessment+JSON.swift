extension Assessment {
  /// The verdict line of the interchange format (`Docs/ActivityFormat.md`), without a newline.
  public var jsonLine: String {
    var w = JSONWriter()
    writeJSONLine(to: &w)
    return w.output
  }

  /// Writes the verdict line (``jsonLine``) to `w`.
  public func writeJSONLine(to w: inout JSONWriter) {
    w.reserve(512)
    w.literal("{\"id\":")
    w.string(id)
    w.literal(",\"verdict\":")
    w.string(verdict.rawValue)
    w.literal(",\"score\":")
    w.integer(score)
    if let phase {
      w.literal(",\"phase\":{\"election\":")
      w.string(phase.election)
      w.literal(",\"phase\":")
      w.string(phase.phase.rawValue)
      w.literal(",\"in_window\":")
      w.bool(phase.inWindow)
      w.literal("}")
    }
    w.literal(",\"findings\":[")
    for (i, f) in findings.enumerated() {
      if i > 0 { w.literal(",") }
      f.writeJSON(to: &w)
    }
    w.literal("]")
    if let error {
      w.literal(",\"error\":")
      w.string(error)
    }
    w.literal("}")
  }
}

extension Finding {
  /// Writes this finding as a JSON object.
  public func writeJSON(to w: inout JSONWriter) {
    w.literal("{\"rule\":")
    w.string(rule)
    w.literal(",\"severity\":")
    w.string(severity.rawValue)
    w.literal(",\"message\":")
    w.string(message)
    w.literal(",\"sanction\":")
    if let sanction {
      w.literal("{\"level\":")
      w.string(sanction.level.rawValue)
      w.literal(",\"description\":")
      w.string(sanction.description)
      if let basis = sanction.basis {
        w.literal(",\"basis\":")
        w.string(basis)
      }
      w.literal("}")
    } else {
      w.literal("null")
    }
    w.literal(",\"citations\":[")
    for (i, c) in citations.enumerated() {
      if i > 0 { w.literal(",") }
      w.literal("{\"id\":")
      w.string(c.id)
      w.literal(",\"instrument\":")
      w.string(c.instrument)
      if let p = c.provision {
        w.literal(",\"provision\":")
        w.string(p)
      }
      w.literal(",\"confidence\":")
      w.string(c.confidence.rawValue)
      w.literal("}")
    }
    w.literal("],\"evidence\":[")
    for (i, e) in evidence.enumerated() {
      if i > 0 { w.literal(",") }
      w.literal("{\"field\":")
      w.string(e.field.description)
      w.literal(",\"start\":")
      w.integer(e.start)
      w.literal(",\"end\":")
      w.integer(e.end)
      w.literal(",\"text\":")
      w.string(e.text)
      w.literal(",\"signal\":")
      w.string(e.signal.rawValue)
      w.literal("}")
    }
    w.literal("]")
    if let suggestion {
      w.literal(",\"suggestion\":")
      w.string(suggestion)
    }
    w.literal("}")
  }
}
