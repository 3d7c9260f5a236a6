import Foundation
import NetralCore
import NetralPacks
import NetralText

/// The packs in force, compiled once: the lexicon, the contestants, the calendars and the
/// regulations the rules cite.
struct CompiledPacks: Sendable {
  var lexicon: Lexicon
  var tickets: [CompiledTicket] = []
  var parties: [CompiledParty] = []
  var elections: [ElectionCalendar] = []
  var gestures: [Gesture] = []
  /// Gesture meanings per gesture index: (ticket index, stance).
  var gestureMeanings: [Int32: [(ticket: Int32, stance: GestureMeaning.Stance)]] = [:]
  var regulations: [String: RegulationProvision] = [:]

  init(packs: PackSet) {
    var dictionary = Set<String>()
    for pack in packs.packs {
      for g in pack.gestures { for t in g.phrases { dictionary.formUnion(Self.words(t.text)) } }
      for terms in pack.vocabulary.values { for t in terms { dictionary.formUnion(Self.words(t.text)) } }
      for party in pack.parties {
        for t in party.abbreviations { dictionary.formUnion(Self.words(t.text)) }
      }
      for election in pack.elections {
        for ticket in election.tickets {
          for t in ticket.names { dictionary.formUnion(Self.words(t.text)) }
          for c in ticket.candidates {
            dictionary.formUnion(Self.words(c.fullName))
            for t in c.names { dictionary.formUnion(Self.words(t.text)) }
          }
        }
      }
    }
    lexicon = Lexicon(normalizer: Normalizer(dictionary: dictionary))
    compileParties(packs)
    compileElections(packs)
    compileGestures(packs)
    compileVocabulary(packs)
    for provision in packs.regulations { regulations[provision.citation.id] = provision }
  }

  /// The lowercased letter runs of two or more letters in `text` (names for the normalizer's
  /// dictionary). ASCII text is split by bytes, where letters are A–Z and a–z and a character is
  /// one byte; other text by characters.
  static func words(_ text: String) -> [String] {
    let ascii: [String]? = text.withUTF8Bytes { b in
      var out: [String] = []
      var run: [UInt8] = []
      for x in b {
        guard x < 0x80 else { return nil }
        let lower = x | 0x20
        if lower >= 97 && lower <= 122 {
          run.append(lower)
        } else {
          if run.count >= 2 { out.append(String(decoding: run, as: UTF8.self)) }
          run.removeAll(keepingCapacity: true)
        }
      }
      if run.count >= 2 { out.append(String(decoding: run, as: UTF8.self)) }
      return out
    }
    return ascii ?? text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init).filter { $0.count >= 2 }
  }

  private mutating func compileParties(_ packs: PackSet) {
    for pack in packs.packs {
      for party in pack.parties {
        let p = Int32(parties.count)
        parties.append(CompiledParty(id: party.id, name: party.name, number: party.number))
        let key = "\(pack.id)/party/\(party.id)"
        func entry(_ kind: EntryKind, _ t: Term) -> LexiconEntry {
          LexiconEntry(
            kind: kind, ambiguous: t.ambiguous, confidence: t.confidence, key: key,
            display: party.name, tagged: t.text.hasPrefix("#") || t.text.hasPrefix("@"))
        }
        lexicon.add(party.name, entry: entry(.party(p), Term(party.name)), isName: true)
        for t in party.abbreviations { lexicon.add(t.text, entry: entry(.party(p), t), isName: true) }
        for t in party.symbols {
          lexicon.add(t.text, entry: entry(.partySymbol(p), Term(t.text, ambiguous: true, confidence: t.confidence)), isName: false)
        }
        for t in party.emoji { lexicon.add(t.text, entry: entry(.partyEmoji(p), Term(t.text, ambiguous: true, confidence: t.confidence)), isName: false) }
        for s in party.slogans { lexicon.add(s.term.text, entry: entry(.slogan(ticket: -1, party: p), s.term), isName: false) }
        for t in party.accounts { lexicon.add(t.text, entry: entry(.partyAccount(p), t), isName: true) }
      }
    }
  }

  private func partyIndex(_ id: String) -> Int32? {
    parties.firstIndex(where: { $0.id == id }).map { Int32($0) }
  }

  private mutating func compileElections(_ packs: PackSet) {
    for pack in packs.packs {
      for election in pack.elections {
        let e = Int32(elections.count)
        elections.append(ElectionCalendar(election))
        for ticket in election.tickets {
          let t = Int32(tickets.count)
          let display =
            ticket.names.first?.text
            ?? ticket.candidates.map { $0.names.first?.text ?? $0.fullName }.joined(separator: "-")
          tickets.append(
            CompiledTicket(
              id: ticket.id, election: e, number: ticket.number, display: display,
              parties: ticket.parties.compactMap { partyIndex($0) }))
          let key = "\(pack.id)/ticket/\(ticket.id)"
          for name in ticket.names {
            lexicon.add(
              name.text,
              entry: LexiconEntry(
                kind: .ticketName(ticket: t), ambiguous: name.ambiguous,
                confidence: name.confidence, key: key, display: name.text,
                tagged: name.text.hasPrefix("#")), isName: true)
          }
          for candidate in ticket.candidates {
            let ckey = "\(pack.id)/candidate/\(candidate.id)"
            lexicon.add(
              candidate.fullName,
              entry: LexiconEntry(
                kind: .candidate(ticket: t), ambiguous: false, confidence: .high, key: ckey,
                display: candidate.fullName, tagged: false), isName: true)
            for name in candidate.names {
              lexicon.add(
                name.text,
                entry: LexiconEntry(
                  kind: .candidate(ticket: t), ambiguous: name.ambiguous,
                  confidence: name.confidence, key: ckey, display: candidate.fullName,
                  tagged: false), isName: true)
            }
            for handle in candidate.handles {
              lexicon.add(
                handle.text,
                entry: LexiconEntry(
                  kind: .ticketAccount(ticket: t), ambiguous: handle.ambiguous,
                  confidence: handle.confidence, key: ckey, display: handle.text, tagged: true),
                isName: true)
            }
          }
          for account in ticket.accounts {
            lexicon.add(
              account.text,
              entry: LexiconEntry(
                kind: .ticketAccount(ticket: t), ambiguous: account.ambiguous,
                confidence: account.confidence, key: key, display: account.text, tagged: true),
              isName: true)
          }
          for slogan in ticket.slogans {
            lexicon.add(
              slogan.term.text,
              entry: LexiconEntry(
                kind: .slogan(ticket: t, party: -1), ambiguous: slogan.term.ambiguous,
                confidence: slogan.term.confidence, key: "\(key)/slogan",
                display: slogan.term.text, tagged: slogan.term.text.hasPrefix("#")),
              isName: false)
          }
        }
        for slogan in election.slogans {
          lexicon.add(
            slogan.term.text,
            entry: LexiconEntry(
              kind: .slogan(ticket: -1, party: -1), ambiguous: slogan.term.ambiguous,
              confidence: slogan.term.confidence, key: "\(pack.id)/\(election.id)/slogan",
              display: slogan.term.text, tagged: slogan.term.text.hasPrefix("#")),
            isName: false, segments: false)
          // An election-wide hashtag ("#BukanPrabowoGibran") is matched whole; its segments
          // stay free to name the ticket it is about.
        }
      }
    }
  }

  private mutating func compileGestures(_ packs: PackSet) {
    for pack in packs.packs {
      for gesture in pack.gestures {
        let g = Int32(gestures.count)
        gestures.append(gesture)
        let key = "\(pack.id)/gesture/\(gesture.id)"
        for t in gesture.phrases + gesture.emoji {
          // "①", "2️⃣" fold to plain digits: as gestures they would match every number.
          let tokens = lexicon.normalizer.normalize(t.text).tokens
          if tokens.allSatisfy({ $0.kind == .number }) { continue }
          lexicon.add(
            t.text,
            entry: LexiconEntry(
              kind: .gesture(g), ambiguous: t.ambiguous, confidence: t.confidence, key: key,
              display: gesture.phrases.first?.text ?? gesture.id, tagged: false), isName: false)
        }
      }
    }
    for pack in packs.packs {
      for election in pack.elections {
        for meaning in election.gestureMeanings {
          guard let g = gestures.firstIndex(where: { $0.id == meaning.gesture }),
            let t = tickets.firstIndex(where: { $0.id == meaning.ticket })
          else { continue }
          gestureMeanings[Int32(g), default: []].append((Int32(t), meaning.stance))
        }
      }
    }
  }

  private mutating func compileVocabulary(_ packs: PackSet) {
    for pack in packs.packs {
      for category in VocabularyCategory.allCases {
        guard let terms = pack.vocabulary[category] else { continue }
        // The key's prefix built once per category, each key with its room reserved.
        let prefix = "\(pack.id)/vocabulary/\(category.rawValue)/"
        for term in terms {
          var key = prefix
          key.reserveCapacity(prefix.utf8.count + term.text.utf8.count)
          key += term.text
          lexicon.add(
            term.text,
            entry: LexiconEntry(
              kind: .vocabulary(category), ambiguous: term.ambiguous,
              confidence: term.confidence, key: key,
              display: term.text, tagged: term.text.hasPrefix("#")), isName: false)
        }
      }
    }
    lexicon.flush()
    lexicon.finish()
  }
}
