import Foundation
import Testing

@testable import NetralImport

/// How an export's file name is read: extension, folders and the stem without a part suffix.
@Suite("Export file names")
struct FileNameTests {
  @Test(
    "the stem drops a final -partN or _N and nothing else",
    arguments: [
      ("data/tweets-part1.js", "tweets"),
      ("data/tweets.js", "tweets"),
      ("data/Tweets-Part12.js", "tweets"),
      ("your_activity/posts/your_posts_1.json", "your_posts"),
      ("your_activity/posts/your_posts_1_2.json", "your_posts_1"),
      ("x/deleted-tweets-part0.js", "deleted-tweets"),
      ("x/tweets-part.js", "tweets-part"),
      ("x/tweets_.json", "tweets_"),
      ("x/2024.json", "2024"),
      ("x/posts_١٢.json", "posts"),  // Arabic-Indic digits are decimal digits too
      ("x/postingan-part٣.json", "postingan"),
      ("x/komentar-part1b.json", "komentar-part1b"),
      ("likes", "likes"),
    ])
  func stem(path: String, stem: String) {
    #expect(FileName(path).stem == stem)
  }

  @Test("the stem matches the regular expression it replaces on generated names")
  func matchesThePattern() {
    let pieces = ["", "_", "-", "part", "-part", "1", "12", "٣", "a", "tweets", "_0", "-part7", "x_"]
    var checked = 0
    for a in pieces {
      for b in pieces {
        for c in pieces {
          let stem = a + b + c
          var expected = stem
          if let range = expected.range(of: #"(-part\d+|_\d+)$"#, options: .regularExpression) {
            expected.removeSubrange(range)
          }
          #expect(FileName.withoutPartSuffix(Substring(stem)) == expected, "\(stem)")
          checked += 1
        }
      }
    }
    #expect(checked == pieces.count * pieces.count * pieces.count)
  }

  @Test("extension and folders are lowercased")
  func extensionAndFolders() {
    let name = FileName("Data/Tweets-Part2.JS")
    #expect(name.ext == "js")
    #expect(name.folders == ["data"])
    #expect(name.name == "tweets-part2.js")
  }
}
