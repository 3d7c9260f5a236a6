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
    w.raw("{\"id\":")
    w.string(id)
    w.raw(",\"verdict\":")
    w.string(verdict.rawValue)
    w.raw(",\"score\":")
    w.integer(score)
    if let phase {
      w.raw(",\"phase\":{\"election\":")
      w.string(phase.election)
      w.raw(",\"phase\":")
      w.string(phase.phase.rawValue)
      w.raw(",\"in_window\":")
      w.bool(phase.inWindow)
      w.raw("}")
    }
    w.raw(",\"findings\":[")
    for (i, f) in findings.enumerated() {
      if i > 0 { w.raw(",") }
      f.writeJSON(to: &w)
    }
    w.raw("]")
    if let error {
      w.raw(",\"error\":")
      w.string(error)
    }
    w.raw("}")
  }
}

extension Finding {
  /// Writes this finding as a JSON object.
  public func writeJSON(to w: inout JSONWriter) {
    w.raw("{\"rule\":")
    w.string(rule)
    w.raw(",\"severity\":")
    w.string(severity.rawValue)
    w.raw(",\"message\":")
    w.string(message)
    w.raw(",\"sanction\":")
    if let sanction {
      w.raw("{\"level\":")
      w.string(sanction.level.rawValue)
      w.raw(",\"description\":")
      w.string(sanction.description)
      if let basis = sanction.basis {
        w.raw(",\"basis\":")
        w.string(basis)
      }
      w.raw("}")
    } else {
      w.raw("null")
    }
    w.raw(",\"citations\":[")
    for (i, c) in citations.enumerated() {
      if i > 0 { w.raw(",") }
      w.raw("{\"id\":")
      w.string(c.id)
      w.raw(",\"instrument\":")
      w.string(c.instrument)
      if let p = c.provision {
        w.raw(",\"provision\":")
        w.string(p)
      }
      w.raw(",\"confidence\":")
      w.string(c.confidence.rawValue)
      w.raw("}")
    }
    w.raw("],\"evidence\":[")
    for (i, e) in evidence.enumerated() {
      if i > 0 { w.raw(",") }
      w.raw("{\"field\":")
      w.string(e.field.description)
      w.raw(",\"start\":")
      w.integer(e.start)
      w.raw(",\"end\":")
      w.integer(e.end)
      w.raw(",\"text\":")
      w.string(e.text)
      w.raw(",\"signal\":")
      w.string(e.signal.rawValue)
      w.raw("}")
    }
    w.raw("]")
    if let suggestion {
      w.raw(",\"suggestion\":")
      w.string(suggestion)
    }
    w.raw("}")
  }
}
