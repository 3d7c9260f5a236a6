public import NetralCore

// How each model type is stored in a pack snapshot: its fields in declaration order.

extension Pack: SnapshotCodable {
  func write(to writer: inout SnapshotWriter) {
    writer.write(id)
    writer.write(title)
    writer.write(format)
    writer.write(source)
    writer.write(elections)
    writer.write(parties)
    writer.write(gestures)
    // Categories in a fixed order, so equal packs give equal bytes.
    let categories = vocabulary.keys.sorted { $0.rawValue < $1.rawValue }
    writer.write(count: categories.count)
    for category in categories {
      writer.write(category)
      writer.write(vocabulary[category] ?? [])
    }
    writer.write(regulations)
  }

  init(from reader: inout SnapshotReader) throws(SnapshotError) {
    let id = try reader.string()
    let title = try reader.string()
    let format = try reader.integer()
    let source = try reader.string()
    let elections = try reader.array(Election.self)
    let parties = try reader.array(Party.self)
    let gestures = try reader.array(Gesture.self)
    var vocabulary: [VocabularyCategory: [Term]] = [:]
    for _ in 0..<(try reader.count()) {
      let category = try reader.read(VocabularyCategory.self)
      vocabulary[category] = try reader.array(Term.self)
    }
    self.init(
      id: id, title: title, format: format, source: source, elections: elections,
      parties: parties, gestures: gestures, vocabulary: vocabulary,
      regulations: try reader.array(RegulationProvision.self))
  }
}

extension Election: SnapshotCodable {
  func write(to writer: inout SnapshotWriter) {
    writer.write(id)
    writer.write(title)
    writer.write(kind)
    writer.write(region)
    writer.write(timeZone)
    writer.write(calendar)
    writer.write(tickets)
    writer.write(slogans)
    writer.write(gestureMeanings)
  }

  init(from reader: inout SnapshotReader) throws(SnapshotError) {
    self.init(
      id: try reader.string(), title: try reader.string(), kind: try reader.read(),
      region: try reader.optional(), timeZone: try reader.string(), calendar: try reader.array(),
      tickets: try reader.array(), slogans: try reader.array(), gestureMeanings: try reader.array())
  }
}

extension Region: SnapshotCodable {
  func write(to writer: inout SnapshotWriter) {
    writer.write(province)
    writer.write(regency)
  }

  init(from reader: inout SnapshotReader) throws(SnapshotError) {
    self.init(province: try reader.string(), regency: try reader.optional())
  }
}

extension CalendarPhase: SnapshotCodable {
  func write(to writer: inout SnapshotWriter) {
    writer.write(phase)
    writer.write(start)
    writer.write(end)
    writer.write(confidence)
  }

  init(from reader: inout SnapshotReader) throws(SnapshotError) {
    self.init(
      phase: try reader.read(), start: try reader.string(), end: try reader.string(),
      confidence: try reader.read())
  }
}

extension Ticket: SnapshotCodable {
  func write(to writer: inout SnapshotWriter) {
    writer.write(id)
    writer.write(number)
    writer.write(names)
    writer.write(candidates)
    writer.write(parties)
    writer.write(slogans)
    writer.write(accounts)
  }

  init(from reader: inout SnapshotReader) throws(SnapshotError) {
    self.init(
      id: try reader.string(), number: try reader.integer(), names: try reader.array(),
      candidates: try reader.array(), parties: try reader.array(), slogans: try reader.array(),
      accounts: try reader.array())
  }
}

extension Candidate: SnapshotCodable {
  func write(to writer: inout SnapshotWriter) {
    writer.write(id)
    writer.write(fullName)
    writer.write(names)
    writer.write(handles)
    writer.write(role)
  }

  init(from reader: inout SnapshotReader) throws(SnapshotError) {
    self.init(
      id: try reader.string(), fullName: try reader.string(), names: try reader.array(),
      handles: try reader.array(), role: try reader.read())
  }
}

extension Party: SnapshotCodable {
  func write(to writer: inout SnapshotWriter) {
    writer.write(id)
    writer.write(name)
    writer.write(abbreviations)
    writer.write(number)
    writer.write(symbols)
    writer.write(emoji)
    writer.write(colors)
    writer.write(slogans)
    writer.write(accounts)
  }

  init(from reader: inout SnapshotReader) throws(SnapshotError) {
    self.init(
      id: try reader.string(), name: try reader.string(), abbreviations: try reader.array(),
      number: try reader.optional(), symbols: try reader.array(), emoji: try reader.array(),
      colors: try reader.array(), slogans: try reader.array(), accounts: try reader.array())
  }
}

extension Slogan: SnapshotCodable {
  func write(to writer: inout SnapshotWriter) { writer.write(term) }

  init(from reader: inout SnapshotReader) throws(SnapshotError) { self.init(try reader.read()) }
}

extension Term: SnapshotCodable {
  func write(to writer: inout SnapshotWriter) {
    writer.write(text)
    writer.write(ambiguous)
    writer.write(confidence)
  }

  init(from reader: inout SnapshotReader) throws(SnapshotError) {
    self.init(try reader.string(), ambiguous: try reader.bool(), confidence: try reader.read())
  }
}

extension Gesture: SnapshotCodable {
  func write(to writer: inout SnapshotWriter) {
    writer.write(id)
    writer.write(phrases)
    writer.write(emoji)
    writer.write(fingers)
  }

  init(from reader: inout SnapshotReader) throws(SnapshotError) {
    self.init(
      id: try reader.string(), phrases: try reader.array(), emoji: try reader.array(),
      fingers: try reader.optional())
  }
}

extension GestureMeaning: SnapshotCodable {
  func write(to writer: inout SnapshotWriter) {
    writer.write(gesture)
    writer.write(ticket)
    writer.write(stance)
    writer.write(note)
  }

  init(from reader: inout SnapshotReader) throws(SnapshotError) {
    self.init(
      gesture: try reader.string(), ticket: try reader.string(), stance: try reader.read(),
      note: try reader.optional())
  }
}

extension RegulationProvision: SnapshotCodable {
  func write(to writer: inout SnapshotWriter) {
    writer.write(citation)
    writer.write(sanctions)
    writer.write(appliesTo)
    writer.write(sources)
    writer.write(region)
  }

  init(from reader: inout SnapshotReader) throws(SnapshotError) {
    self.init(
      citation: try reader.read(), sanctions: try reader.array(), appliesTo: try reader.array(),
      sources: try reader.array(), region: try reader.optional())
  }
}

extension Citation: SnapshotCodable {
  func write(to writer: inout SnapshotWriter) {
    writer.write(id)
    writer.write(instrument)
    writer.write(provision)
    writer.write(summary)
    writer.write(confidence)
  }

  init(from reader: inout SnapshotReader) throws(SnapshotError) {
    self.init(
      id: try reader.string(), instrument: try reader.string(), provision: try reader.optional(),
      summary: try reader.optional(), confidence: try reader.read())
  }
}

extension StageSanction: SnapshotCodable {
  func write(to writer: inout SnapshotWriter) {
    writer.write(stage)
    writer.write(sanction.level)
    writer.write(sanction.description)
    writer.write(sanction.basis)
  }

  init(from reader: inout SnapshotReader) throws(SnapshotError) {
    let stage = try reader.read(Stage.self)
    let sanction = Sanction(
      level: try reader.read(), description: try reader.string(), basis: try reader.optional())
    self.init(stage: stage, sanction: sanction)
  }
}

extension VocabularyCategory: SnapshotCodable {}
extension Election.Kind: SnapshotCodable {}
extension Candidate.Role: SnapshotCodable {}
extension GestureMeaning.Stance: SnapshotCodable {}
extension Phase: SnapshotCodable {}
extension Confidence: SnapshotCodable {}
extension SanctionLevel: SnapshotCodable {}
extension StageSanction.Stage: SnapshotCodable {}
extension Actor.Category: SnapshotCodable {}
