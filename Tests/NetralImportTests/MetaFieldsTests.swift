import Foundation
import NetralCore
import Testing

@testable import NetralImport

@Suite("Facebook and Instagram fields")
struct MetaFieldsTests {
  @Test(
    "the target's author from an activity title, English and Indonesian",
    arguments: [
      ("Sri Wahyuni likes Tim Pemenangan Budi–Sari's post.", "Tim Pemenangan Budi–Sari"),
      ("Sri Wahyuni commented on Posko Relawan 02's photo.", "Posko Relawan 02"),
      ("Sri Wahyuni replied to Rudi Hartono’s comment.", "Rudi Hartono"),
      (
        "Sri Wahyuni menyukai kiriman Relawan Budi–Sari Kecamatan Kota Baru.",
        "Relawan Budi–Sari Kecamatan Kota Baru"
      ),
      ("Sri Wahyuni mengomentari foto Dewi Lestari.", "Dewi Lestari"),
      ("Sri Wahyuni commented on her own post.", nil),
      ("Sri Wahyuni mengomentari kiriman Anda.", nil),
      ("Sri Wahyuni updated her status.", nil),
    ] as [(String, String?)])
  func titleTarget(_ title: String, _ expected: String?) {
    #expect(MetaFields.titleTarget(title) == expected)
  }

  @Test("mojibake repair: Facebook-style text is fixed, genuine Latin-1 is not")
  func mojibake() {
    let written = "Aamiin 🙏 Semoga lancar, Bu Sé"
    let mangled = String(String.UnicodeScalarView(written.utf8.map { Unicode.Scalar($0) }))
    #expect(mangled != written)
    #expect(MojibakeRepair.repair(mangled) == written)
    #expect(MojibakeRepair.repair(written) == written)
    #expect(MojibakeRepair.repair("Kopi café di Jambi") == "Kopi café di Jambi")
    #expect(MojibakeRepair.repair("JosÃ© Rizal") == "José Rizal")
  }
}

@Suite("Facebook 2024+ label_values records")
struct LabelValuesTests {
  @Test("a reaction in the label_values layout keeps its reaction, URL and the author's name")
  func reaction() throws {
    let json = """
      {"timestamp": 1729430000, "fbid": "1", "label_values": [
        {"label": "Reaction", "value": "Love"},
        {"label": "URL", "value": "https://www.facebook.com/posko.budisari/posts/1", "href": "https://www.facebook.com/posko.budisari/posts/1"},
        {"title": "Author", "dict": [{"dict": [{"label": "Name", "value": "Posko Relawan Budi\\u00e2\\u0080\\u0093Sari"}]}]}
      ]}
      """
    let file = FileName("your_facebook_activity/comments_and_reactions/likes_and_reactions.json")
    #expect(file.stem == "likes_and_reactions")
    guard case .elements(let mapper) = FacebookExport.plan(path: "likes_and_reactions.json") else {
      Issue.record("likes_and_reactions.json is not read record by record")
      return
    }
    let record = try JSONSerialization.jsonObject(with: Data(json.utf8))
    guard case .activity(let activity) = mapper(record, nil) else {
      Issue.record("not an activity")
      return
    }
    #expect(activity.kind == .like && activity.reaction == "love")
    #expect(activity.target?.author == "Posko Relawan Budi–Sari")
    #expect(activity.target?.url == "https://www.facebook.com/posko.budisari/posts/1")
    #expect(activity.at == Date(timeIntervalSince1970: 1_729_430_000))
  }
}
