import Foundation
import NetralCore
import Testing

/// Decodes `json` as line 7 of `posts.jsonl`.
private func decode(_ json: String) throws -> Activity {
  try ActivityDecoder().decode(line: Array(json.utf8), source: "posts.jsonl", line: 7)
}

/// The error decoding `json` gives, or `nil` when it decodes.
private func failure(_ json: String) -> InterchangeError? {
  do {
    _ = try decode(json)
    return nil
  } catch {
    return error as? InterchangeError
  }
}

@Suite("ActivityDecoder: fields")
struct ActivityDecoderFieldTests {
  @Test("reads every field of the interchange object")
  func everyField() throws {
    let json = """
      {"id":"fb-1042","kind":"post","platform":"facebook","at":"2024-10-12T19:03:00+07:00",\
      "actor":{"id":"u-88","type":"pns","name":"A. Rahman"},"text":"Foto bareng Bu Airin tadi sore 😊",\
      "reaction":"love","url":"https://facebook.com/p/1042",\
      "target":{"author":"Tim Pemenangan Airin","text":"Salam satu jari!","kind":"page","url":"https://fb.com/x"},\
      "media":[{"type":"photo","description":"berfoto bersama sambil mengacungkan satu jari",\
      "people":["Airin Rachmi Diany","@tim.airin"]},{"type":"video"}]}
      """
    let a = try decode(json)
    #expect(a.id == "fb-1042")
    #expect(a.kind == .post)
    #expect(a.platform == "facebook")
    #expect(a.at == RFC3339.parse("2024-10-12T12:03:00Z"))
    #expect(a.actor == Actor(id: "u-88", name: "A. Rahman", type: .pns))
    #expect(a.text == "Foto bareng Bu Airin tadi sore 😊")
    #expect(a.reaction == "love")
    #expect(a.url == "https://facebook.com/p/1042")
    #expect(
      a.target
        == Target(
          author: "Tim Pemenangan Airin", text: "Salam satu jari!", kind: .page,
          url: "https://fb.com/x"))
    #expect(a.media.count == 2)
    #expect(a.media[0].type == .photo)
    #expect(a.media[0].description == "berfoto bersama sambil mengacungkan satu jari")
    #expect(a.media[0].people == ["Airin Rachmi Diany", "@tim.airin"])
    #expect(a.media[1] == Media(type: .video))
  }

  @Test("only id and kind are required; null means absent")
  func minimalAndNulls() throws {
    let a = try decode(#"{"id":"x-1","kind":"like","text":null,"actor":null,"target":null,"media":null}"#)
    #expect(a == Activity(id: "x-1", kind: .like))
    let b = try decode(#"{"kind":"profile","id":"p-9","actor":{"type":null,"name":"Dinas Kominfo"}}"#)
    #expect(b.actor == Actor(name: "Dinas Kominfo", type: .unknown))
  }

  @Test("numeric ids keep their JSON text")
  func numericIDs() throws {
    let a = try decode(#"{"id":1234567890123,"kind":"post","actor":{"id":-42}}"#)
    #expect(a.id == "1234567890123")
    #expect(a.actor?.id == "-42")
  }

  @Test("unknown fields of every shape are skipped, at any level")
  func unknownFieldsSkipped() throws {
    let json = """
      {"id":"t-5","extra":{"a":[1,2.5e-3,true,false,null,{"b":"c\\"d"}],"e":"\\u00e9"},"kind":"comment",\
      "actor":{"type":"pppk","dinas":"Dinas Pendidikan","level":3},\
      "target":{"author":"@kpu_ri","likes":1200,"kind":"post","tags":["pemilu","2024"]},\
      "media":[{"type":"photo","exif":{"iso":200},"people":[]}],"n":-0.5E+2,"z":[]}
      """
    let a = try decode(json)
    #expect(a.id == "t-5" && a.kind == .comment)
    #expect(a.actor?.type == .pppk)
    #expect(a.target?.author == "@kpu_ri" && a.target?.kind == .post)
    #expect(a.media == [Media(type: .photo)])
  }

  @Test("a later duplicate key wins, as in JSONSerialization")
  func duplicateKeys() throws {
    #expect(try decode(#"{"id":"a","kind":"post","text":"satu","text":"dua"}"#).text == "dua")
  }

  @Test("a UTF-8 byte order mark and surrounding whitespace are accepted")
  func byteOrderMark() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(" {\"id\":\"b-1\",\"kind\":\"post\"}\r\n".utf8)
    let a = try ActivityDecoder().decode(line: bytes, source: "posts.jsonl", line: 1)
    #expect(a.id == "b-1")
  }

  @Test("accepts any contiguous or non-contiguous byte collection")
  func collections() throws {
    let line = #"{"id":"c-1","kind":"share","text":"Mantap, pak camat 👍"}"#
    let decoder = ActivityDecoder()
    let fromData = try decoder.decode(line: Data(line.utf8), source: "-", line: 1)
    let fromSlice = try decoder.decode(line: Array(line.utf8)[...], source: "-", line: 1)
    let fromLazy = try decoder.decode(line: line.utf8.lazy.map { $0 }, source: "-", line: 1)
    #expect(fromData == fromSlice && fromSlice == fromLazy)
    #expect(fromData.text == "Mantap, pak camat 👍")
  }
}

@Suite("ActivityDecoder: strings and escapes")
struct ActivityDecoderEscapeTests {
  @Test("simple escapes")
  func simpleEscapes() throws {
    let a = try decode(#"{"id":"e","kind":"post","text":"Kata beliau: \"coblos no 2\"\n\tC:\\data\/x \b\f\r"}"#)
    #expect(a.text == "Kata beliau: \"coblos no 2\"\n\tC:\\data/x \u{8}\u{C}\r")
  }

  @Test("\\u escapes, surrogate pairs and lone surrogates")
  func unicodeEscapes() throws {
    #expect(try decode(#"{"id":"u","kind":"post","text":"Caf\u00e9 \u0041\u00C9"}"#).text == "Café AÉ")
    #expect(try decode(#"{"id":"u","kind":"post","text":"salam \u261d\ufe0f \ud83d\ude4f"}"#).text == "salam ☝️ 🙏")
    #expect(try decode(#"{"id":"u","kind":"post","text":"a\ud83db"}"#).text == "a\u{FFFD}b")
    #expect(try decode(#"{"id":"u","kind":"post","text":"a\ude4fb"}"#).text == "a\u{FFFD}b")
    #expect(try decode(#"{"id":"u","kind":"post","text":"\ud83d\u0041"}"#).text == "\u{FFFD}A")
    #expect(try decode(#"{"id":"u","kind":"post","text":"\ud83d\ud83d\ude4f"}"#).text == "\u{FFFD}🙏")
    #expect(try decode(#"{"id":"u","kind":"post","text":"nul\u0000x"}"#).text == "nul\u{0}x")
  }

  @Test("escaped keys still match fields")
  func escapedKeys() throws {
    #expect(try decode(#"{"\u0069d":"k","kin\u0064":"join"}"#).kind == .join)
  }

  @Test("invalid UTF-8 in a field names the field")
  func invalidUTF8() {
    let bytes = Array(#"{"id":"v","kind":"post","text":"caf"#.utf8) + [0xC3, 0x28]
      + Array(#""}"#.utf8)
    #expect(throws: InterchangeError(source: "s", line: 2, field: "text", reason: "not valid UTF-8")) {
      try ActivityDecoder().decode(line: bytes, source: "s", line: 2)
    }
  }

  @Test(
    "ill-formed UTF-8 is refused: overlong, encoded surrogate, above U+10FFFF, truncated, stray",
    arguments: [[0xC0, 0x80], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
      [0xE2, 0x82], [0x80], [0xF8, 0x88, 0x80, 0x80, 0x80]] as [[UInt8]])
  func illFormedUTF8(sequence: [UInt8]) {
    let bytes = Array(#"{"id":"v","kind":"like","target":{"author":"Pak "#.utf8) + sequence
      + Array(#""}}"#.utf8)
    #expect(throws: InterchangeError(source: "s", line: 3, field: "target.author", reason: "not valid UTF-8")) {
      try ActivityDecoder().decode(line: bytes, source: "s", line: 3)
    }
  }

  @Test("well-formed multi-byte UTF-8 of every length passes through")
  func wellFormedUTF8() throws {
    let text = "é ☝ 🇮🇩 ا 中 \u{10FFFF} \u{FFFD}"
    #expect(try decode(#"{"id":"m","kind":"post","text":"\#(text)"}"#).text == text)
  }

  @Test("a huge line decodes whole")
  func hugeLine() throws {
    let sentence = "Rekan-rekan ASN, jaga netralitas di media sosial \\\"ya\\\" 🇮🇩 "
    let body = String(repeating: sentence, count: 40_000)  // about 2.6 MB
    let a = try decode(#"{"id":"h","kind":"post","text":"\#(body)"}"#)
    let plain = "Rekan-rekan ASN, jaga netralitas di media sosial \"ya\" 🇮🇩 "
    #expect(a.text == String(repeating: plain, count: 40_000))
  }
}

@Suite("ActivityDecoder: errors")
struct ActivityDecoderErrorTests {
  @Test(
    "each bad field is named with the same reason as before",
    arguments: [
      (#"{"kind":"post"}"#, "id", "missing required field"),
      (#"{"id":null,"kind":"post"}"#, "id", "missing required field"),
      (#"{"id":true,"kind":"post"}"#, "id", "expected a string"),
      (#"{"id":"a"}"#, "kind", "missing required field"),
      (#"{"id":"a","kind":"tweet"}"#, "kind", "unknown kind 'tweet'"),
      (#"{"id":"a","kind":7}"#, "kind", "expected a string"),
      (#"{"id":"a","kind":"post","text":["coblos"]}"#, "text", "expected a string"),
      (#"{"id":"a","kind":"post","at":"kemarin sore"}"#, "at", "not an RFC 3339 date 'kemarin sore'"),
      (#"{"id":"a","kind":"post","platform":1}"#, "platform", "expected a string"),
      (#"{"id":"a","kind":"like","reaction":{}}"#, "reaction", "expected a string"),
      (#"{"id":"a","kind":"post","url":false}"#, "url", "expected a string"),
      (#"{"id":"a","kind":"post","actor":"pns"}"#, "actor", "expected an object"),
      (#"{"id":"a","kind":"post","actor":{"id":[]}}"#, "actor.id", "expected a string"),
      (#"{"id":"a","kind":"post","actor":{"name":5}}"#, "actor.name", "expected a string"),
      (#"{"id":"a","kind":"post","actor":{"type":"camat"}}"#, "actor.type", "unknown actor type 'camat'"),
      (#"{"id":"a","kind":"like","target":[]}"#, "target", "expected an object"),
      (#"{"id":"a","kind":"like","target":{"author":1}}"#, "target.author", "expected a string"),
      (#"{"id":"a","kind":"like","target":{"text":{}}}"#, "target.text", "expected a string"),
      (#"{"id":"a","kind":"like","target":{"url":0}}"#, "target.url", "expected a string"),
      (#"{"id":"a","kind":"like","target":{"kind":"story"}}"#, "target.kind", "unknown target kind 'story'"),
      (#"{"id":"a","kind":"post","media":{}}"#, "media", "expected an array"),
      (#"{"id":"a","kind":"post","media":[{},"foto"]}"#, "media[1]", "expected an object"),
      (#"{"id":"a","kind":"post","media":[{"type":"gif"}]}"#, "media[0].type", "unknown media type 'gif'"),
      (#"{"id":"a","kind":"post","media":[{"description":1}]}"#, "media[0].description", "expected a string"),
      (#"{"id":"a","kind":"post","media":[{"people":"Bu Airin"}]}"#, "media[0].people", "expected an array"),
      (#"{"id":"a","kind":"post","media":[{},{"people":["Pak Budi",null]}]}"#, "media[1].people[1]", "expected a string"),
    ])
  func fieldErrors(json: String, field: String, reason: String) {
    let error = failure(json)
    #expect(error == InterchangeError(source: "posts.jsonl", line: 7, field: field, reason: reason))
  }

  @Test("field errors follow the field order, not the key order")
  func errorOrder() {
    let error = failure(#"{"media":7,"kind":"rapat","id":"a"}"#)
    #expect(error?.field == "kind")
    #expect(error?.description == "posts.jsonl:7: 'kind': unknown kind 'rapat'")
  }

  @Test(
    "malformed JSON is one clear error",
    arguments: [
      "", "   ", "{", #"{"id":"a","kind":"post""#, #"{"id":"a","kind":"post",}"#,
      #"{"id":"a","kind":"post"} x"#, #"{"id":"a" "kind":"post"}"#, #"{'id':'a'}"#,
      #"{"id":"a","kind":"post","n":01}"#, #"{"id":"a","kind":"post","n":1.}"#,
      #"{"id":"a","kind":"post","n":-}"#, #"{"id":"a","kind":"post","n":1e}"#,
      #"{"id":"a","kind":"post","b":tru}"#, #"{"id":"a","kind":"post","text":"\x"}"#,
      #"{"id":"a","kind":"post","text":"\u12G4"}"#, "{\"id\":\"a\",\"kind\":\"post\",\"text\":\"baris\nbaru\"}",
      #"{"id":"a","kind":"post","x":[1,2}"#, #"{"id":"a","kind":"post"}}"#, #"{"id":"a",,"kind":"post"}"#,
    ])
  func malformed(json: String) {
    #expect(failure(json) == InterchangeError(source: "posts.jsonl", line: 7, reason: "not valid JSON"))
  }

  @Test("valid JSON that is not an object", arguments: ["[]", "\"post\"", "42", "null", "[{\"id\":\"a\"}]"])
  func notAnObject(json: String) {
    #expect(failure(json) == InterchangeError(source: "posts.jsonl", line: 7, reason: "expected a JSON object"))
  }

  @Test("nesting 10,000 levels deep ends in a clear error, not a crash")
  func deepNesting() {
    let deepArray = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
    let deepObject = String(repeating: #"{"a":"#, count: 10_000) + "1" + String(repeating: "}", count: 10_000)
    let expected = InterchangeError(
      source: "posts.jsonl", line: 7, reason: "not valid JSON: nested deeper than 512 levels")
    #expect(failure(#"{"id":"a","kind":"post","x":\#(deepArray)}"#) == expected)
    #expect(failure(#"{"id":"a","kind":"post","actor":{"x":\#(deepObject)}}"#) == expected)
    #expect(failure(#"{"id":"a","kind":"post","media":[{"people":[\#(deepArray)]}]}"#) == expected)
    #expect(failure(deepArray) == expected)
    // 500 levels is deep but allowed.
    let ok = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
    #expect(failure(#"{"id":"a","kind":"post","x":\#(ok)}"#) == nil)
  }
}

@Suite("ActivityDecoder: agrees with the Foundation path")
struct ActivityDecoderParityTests {
  static let lines = [
    #"{"id":"b1","kind":"like","platform":"x","at":"2024-02-03T08:00:00+07:00","actor":{"type":"pns","id":"u1"},"target":{"author":"Prabowo Subianto","text":"Prabowo-Gibran lanjutkan pembangunan, gas terus 02 ✌️","kind":"post"}}"#,
    #"{"id":"b2","kind":"post","text":"Apel pagi di halaman kantor bupati berjalan tertib 🇮🇩","actor":{"type":"non_asn","name":"Siti R."}}"#,
    #"{"id":"b3","kind":"comment","text":"Setuju \"pak\" \u2764","target":{"author":"Dinas Kesehatan","kind":"page"},"media":[{"type":"photo","description":"spanduk paslon nomor urut 3","people":["Budi Santoso"]}]}"#,
    #"{"id":"b4","kind":"follow","target":{"author":"@relawan.ganjar","kind":"account","url":"https://x.com/relawan"}}"#,
  ]

  @Test("decode(line:) equals JSONSerialization + decode(object:)", arguments: lines)
  func parity(line: String) throws {
    let fast = try decode(line)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    let slow = try ActivityDecoder().decode(object: object, source: "posts.jsonl", line: 7)
    #expect(fast == slow)
  }
}

@Suite("ActivityDecoder: fields read from their bytes")
struct ActivityDecoderByteTests {
  @Test("enum-like fields, platform and date written with escapes still decode")
  func escapedValues() throws {
    let a = try decode(
      #"{"id":"e1","kind":"p\u006fst","platform":"fac\u0065book","at":"2024-10-01T02:30:00\u005a","actor":{"type":"pn\u0073"},"target":{"kind":"p\u0061ge"},"media":[{"type":"vid\u0065o"}]}"#)
    #expect(a.kind == .post && a.platform == "facebook")
    #expect(a.at == RFC3339.parse("2024-10-01T02:30:00Z"))
    #expect(a.actor?.type == .pns && a.target?.kind == .page && a.media.first?.type == .video)
  }

  @Test("every listed platform, and any other platform, is kept as written")
  func platforms() throws {
    for name in ["x", "facebook", "instagram", "tiktok", "youtube", "whatsapp", "other", "mastodon", "X", ""] {
      #expect(try decode(#"{"id":"p","kind":"post","platform":"\#(name)"}"#).platform == name)
    }
  }

  @Test("every case of every enum-like field is read from its bytes")
  func everyCase() throws {
    for kind in Activity.Kind.allCases {
      #expect(try decode(#"{"id":"k","kind":"\#(kind.rawValue)"}"#).kind == kind)
    }
    for type in Actor.Category.allCases {
      #expect(try decode(#"{"id":"k","kind":"post","actor":{"type":"\#(type.rawValue)"}}"#).actor?.type == type)
    }
    for kind in Target.Kind.allCases {
      #expect(try decode(#"{"id":"k","kind":"like","target":{"kind":"\#(kind.rawValue)"}}"#).target?.kind == kind)
    }
    for type in Media.Kind.allCases {
      #expect(try decode(#"{"id":"k","kind":"post","media":[{"type":"\#(type.rawValue)"}]}"#).media == [Media(type: type)])
    }
  }

  @Test("keys one letter away from a field, and long keys, are skipped")
  func nearMissKeys() throws {
    let a = try decode(
      #"{"id":"n","kind":"post","Kind":"join","kinds":"join","ids":"x","texts":"y","actors":{"type":"x"},"platforms":"x","platfor":"x","reactions":"x","descriptio":"x","description_long":"x","a":1,"":2,"text":"ok"}"#)
    #expect(a == Activity(id: "n", kind: .post, text: "ok"))
    let b = try decode(
      #"{"id":"n","kind":"post","media":[{"descriptions":"x","description":"foto"}],"platform":"x"}"#)
    #expect(b.media == [Media(description: "foto")] && b.platform == "x")
  }

  @Test("ill-formed UTF-8 in an enum-like field or a date names that field")
  func invalidUTF8InMatchedFields() {
    let kind = Array(#"{"id":"v","kind":"p"#.utf8) + [0xC3] + Array(#"st"}"#.utf8)
    #expect(throws: InterchangeError(source: "s", line: 4, field: "kind", reason: "not valid UTF-8")) {
      try ActivityDecoder().decode(line: kind, source: "s", line: 4)
    }
    let at = Array(#"{"id":"v","kind":"post","at":"2024-10-01T02:30:00"#.utf8) + [0xFF] + Array(#""}"#.utf8)
    #expect(throws: InterchangeError(source: "s", line: 4, field: "at", reason: "not valid UTF-8")) {
      try ActivityDecoder().decode(line: at, source: "s", line: 4)
    }
  }

  @Test(
    "a string cut off, or broken by a control character, near the end of the line",
    arguments: [
      #"{"id":"a","kind":"post","text":"abc"#, #"{"id":"a","kind":"post","text":"abcdefghijk"#,
      #"{"id":"a","kind":"post","text":"ab\"#, #"{"id":"a","kind":"post","text":"ab\u00"#,
      "{\"id\":\"a\",\"kind\":\"post\",\"text\":\"ab\u{1}c\"}", #"{"id":"a","kind":"post","t"#,
      #"{"id":"a","kind":"post","platform"#, #"{"id":"a","kind":"post","description"#,
    ])
  func truncated(json: String) {
    #expect(failure(json) == InterchangeError(source: "posts.jsonl", line: 7, reason: "not valid JSON"))
  }

  @Test("a line known to be UTF-8 decodes to the same activity, and gives the same errors")
  func validatedLines() throws {
    let decoder = ActivityDecoder()
    let lines = ActivityDecoderParityTests.lines + [
      #"{"id":"v1","kind":"post","text":"Salam dua jari ✌🏽 dari Cirebon \u2764","actor":{"name":"Bu Ratna Sari"}}"#,
      #"{"id":"v2","kind":"rapat","text":"ayo 🇮🇩"}"#, #"{"id":"v3","kind":"post","at":"besok pagi ☀️"}"#,
    ]
    func outcome(_ decode: () throws -> Activity) -> Result<Activity, InterchangeError> {
      do { return .success(try decode()) } catch { return .failure(error as! InterchangeError) }
    }
    for line in lines {
      let bytes = Array(line.utf8)
      let checked = outcome { try decoder.decode(line: bytes, source: "s", line: 1) }
      let trusted = outcome { try decoder.decode(validUTF8Line: bytes, source: "s", line: 1) }
      #expect(checked == trusted, "\(line)")
    }
    #expect(throws: InterchangeError(source: "s", line: 1, field: "kind", reason: "unknown kind 'rapat'")) {
      try decoder.decode(validUTF8Line: Array(lines[lines.count - 2].utf8), source: "s", line: 1)
    }
  }

  @Test("strings of every length around the eight-byte steps keep their text")
  func stringLengths() throws {
    for length in 0...40 {
      let text = String(String(repeating: "Salam é 🇮🇩 ", count: 6).prefix(length))
      #expect(try decode(#"{"id":"l","kind":"post","text":"\#(text)"}"#).text == text)
      #expect(try decode(#"{"kind":"post","text":"\#(text)","id":"l"}"#).text == text)
    }
  }
}
