import Foundation
import NetralCore
import NetralTestSupport
import Testing

@testable import NetralImport

@Suite("Inputs: sniffing, refusals, CSV headers, zip streams")
struct InputTests {
  @Test("a missing path and an unrecognisable folder are refused with clear errors")
  func refusals() throws {
    let files = try TestFiles()
    #expect(throws: ImportError(source: files.path("nope.zip"), reason: "no such file or folder")) {
      try Importer.open(files.path("nope.zip"), options: ImportOptions())
    }
    try files.write("notes/catatan.txt", "Rapat dinas hari Senin")
    #expect(
      throws: ImportError(
        source: files.path("notes"), reason: "cannot tell the format; name it with --format")
    ) {
      try Importer.sniff(files.path("notes"))
    }
  }

  @Test("single files sniff by name and content")
  func sniffSingleFiles() throws {
    let files = try TestFiles()
    let tweets = try files.write("arsip.js", "window.YTD.tweets.part0 = [ ]")
    #expect(try Importer.sniff(tweets) == .x)
    let liked = try files.write("liked_posts.json", #"{"likes_media_likes": []}"#)
    #expect(try Importer.sniff(liked) == .instagram)
    let groups = try files.write(
      "your_group_membership_activity.json", #"{"groups_joined_v2": []}"#)
    #expect(try Importer.sniff(groups) == .facebook)
    let lines = try files.write(
      "ekspor.json", #"{"id":"1","kind":"post","text":"Selamat pagi"}"# + "\n")
    #expect(try Importer.sniff(lines) == .jsonl)
    #expect(try Importer.sniff("-") == .jsonl)
  }

  @Test("a CSV without id and kind columns is one unreadable record")
  func csvHeader() throws {
    let files = try TestFiles()
    let path = try files.write("data.csv", "nama,teks\nAndi,Ayo coblos nomor 2\n")
    let records = Array(try Importer.open(path, options: ImportOptions()))
    #expect(records.count == 1)
    #expect(records[0].unreadableReason == "\(path):1: header must name 'id' and 'kind' columns")
  }

  @Test("a CSV row with more fields than the header, and an unclosed quote, are unreadable")
  func csvRows() throws {
    let files = try TestFiles()
    let path = try files.write(
      "data.csv",
      "id,kind,text\nc1,post,\"Selamat pagi, Bapak/Ibu\"\nc2,post,satu,dua\nc3,post,\"Ayo coblos nomor 2"
    )
    let records = Array(try Importer.open(path, options: ImportOptions()))
    #expect(records.count == 3)
    #expect(records[0].activity?.text == "Selamat pagi, Bapak/Ibu")
    #expect(records[1].unreadableReason == "\(path):3: 4 fields, header has 3")
    #expect(records[2].unreadableReason == "\(path):4: truncated: quoted field never closed")
  }

  @Test("dropping a stream in the middle of a large zip entry stops its reader cleanly")
  func dropMidEntry() throws {
    let files = try TestFiles()
    var zip = ZipBuilder()
    let lines = (0..<20_000).map { i in
      #"{"id":"z\#(i)","kind":"post","text":"Laporan kegiatan posyandu nomor \#(i * 7919 % 100_003)"}"#
    }
    zip.add("besar.jsonl", lines.joined(separator: "\n") + "\n")
    let path = files.path("besar.zip")
    try zip.write(to: URL(fileURLWithPath: path))
    do {
      var stream = try Importer.open(path, options: ImportOptions())
      #expect(stream.next()?.activity?.id == "z0")
    }
    // The dropped reader's producer thread was blocked on a full queue; it must stop rather
    // than leak or crash, and the archive stays readable in full. (The same archive handing
    // its lock from one entry's reader to the next is exercised by the zipped X golden test,
    // which reads `account.js` first and drops it.)
    let all = Array(try Importer.open(path, options: ImportOptions()))
    #expect(all.count == 20_000)
    #expect(all.last?.activity?.id == "z19999")
  }
}

@Suite("Single X files")
struct SingleXFileTests {
  @Test("a renamed tweets file given with --format x is read as tweets")
  func renamedTweets() throws {
    let files = try TestFiles()
    let path = try files.write(
      "kiriman-pegawai.txt",
      """
      window.YTD.tweets.part0 = [ { "tweet" : { "id_str" : "9", "created_at" : "Mon Nov 25 02:00:00 +0000 2024", "full_text" : "Besok jangan lupa ke TPS, pilih nomor 2 ya" } } ]
      """)
    let records = Array(try Importer.open(path, options: ImportOptions(format: .x)))
    #expect(records.count == 1)
    #expect(records.first?.activity?.text == "Besok jangan lupa ke TPS, pilih nomor 2 ya")
    #expect(records.first?.activity?.at == RFC3339.parse("2024-11-25T02:00:00Z"))
  }
}

@Suite("Exports without data files")
struct NoDataTests {
  @Test("an HTML-format Facebook export is refused, not read as empty")
  func htmlExport() throws {
    let files = try TestFiles()
    try files.write(
      "fb/your_facebook_activity/posts/your_posts_1.html", "<html><body>Kiriman Anda</body></html>")
    try files.write("fb/__MACOSX/your_facebook_activity/._x.json", [0, 5, 22, 7])
    let folder = files.path("fb")
    #expect(try Importer.sniff(folder) == .facebook)
    #expect(
      throws: ImportError(
        source: folder,
        reason:
          "no facebook data files inside; Facebook and Instagram exports must be requested in JSON, not HTML"
      )
    ) {
      try Importer.open(folder, options: ImportOptions())
    }
  }
}
