import NetralCore
import Testing

@Suite("Evidence spans")
struct EvidenceTests {
  /// The span's text the slow way: Unicode scalars counted from the start.
  private func expected(_ original: String, _ range: Range<Int>) -> String {
    var out = String.UnicodeScalarView()
    out.append(contentsOf: Array(original.unicodeScalars)[range])
    return String(out)
  }

  @Test(
    "the text of every scalar range is the original's scalars in that range",
    arguments: [
      "Ayo coblos nomor 2 tanggal 14 Februari",
      "Salam dua jari ✌🏽 dari 𝐏𝐫𝐚𝐛𝐨𝐰𝐨 👨‍👩‍👧 #AMINajaDulu",
      "é\u{301} Pr4b0w0 Gibran 2️⃣ ②",
      "",
      // Long ASCII runs between multi-byte scalars: spans are found eight bytes at a time.
      "Bismillah, tanggal 14 nanti pilihanku sudah bulat: 02 Prabowo-Gibran 🇮🇩 Rekan-rekan ASN ✌️✌️ ayo ke TPS 🙏🙏 dukung 𝐀𝐌𝐈𝐍 sampai menang, Pak Kadis pun ikut hadir ke lapangan",
      "🙏🙏🙏🙏🙏🙏🙏🙏🙏🙏 ééééééééé abcdefghijklmnopq",
    ])
  func textOfEveryRange(_ original: String) {
    let count = original.unicodeScalars.count
    for lower in 0...count {
      for upper in lower...count {
        let e = Evidence(field: .text, range: lower..<upper, in: original, signal: .candidate)
        #expect(e.text == expected(original, lower..<upper))
        #expect(e.start == lower && e.end == upper)
      }
    }
  }
}
