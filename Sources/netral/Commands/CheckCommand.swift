import ArgumentParser
import Foundation
import NetralCore
import NetralEngine
import NetralReport

/// `netral check [TEXT]`: one draft, from the argument or standard input.
struct CheckCommand: RunningCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check one draft post (TEXT, or standard input) before publishing it.")

  @Argument(help: "The draft's text; read from standard input when absent.")
  var text: String?

  @Option(help: "What the draft is.")
  var kind: Activity.Kind = .post

  @Option(
    name: .customLong("target-author"),
    help: ArgumentHelp(
      "Author of the content it comments on, shares, likes or follows.", valueName: "name"))
  var targetAuthor: String?

  @Option(
    name: .customLong("target-text"),
    help: ArgumentHelp("Text of the content it comments on, shares or likes.", valueName: "text"))
  var targetText: String?

  @Option(
    name: .customLong("photo-description"),
    help: ArgumentHelp("What an attached photo shows.", valueName: "text"))
  var photoDescription: String?

  @Option(
    name: .customLong("tag"),
    help: ArgumentHelp("A person tagged in the photo; repeatable.", valueName: "person"))
  var tags: [String] = []

  @Option(
    help: ArgumentHelp(
      "When it would be published: YYYY-MM-DD or RFC 3339 (default: --as-of, else unknown).",
      valueName: "date"))
  var at: String?

  @OptionGroup var run: RunOptions
  @OptionGroup var output: OutputOptions

  func validate() throws {
    if let at, DateArgument.parse(at) == nil {
      throw ValidationError("--at: '\(at)' is not a date (YYYY-MM-DD or RFC 3339)")
    }
  }

  func execute() throws -> ExitCode {
    let activity = try draft()
    let (checker, packs) = try run.checker()
    let assessment = checker.check(activity)
    let record = SourceRecord(
      source: "draft", position: 1, id: activity.id, content: .activity(activity))
    var summary = AuditSummary()
    summary.record(record, assessment: assessment)
    let options = ReportConfiguration.options(
      output: output, run: run, rules: checker.rules, packs: packs, reportsClean: true)
    let writer = try ReportWriter(format: output.format, options: options, path: output.output)
    try writer.write(ReportEntry(record: nil, activity: activity, assessment: assessment))
    try writer.finish(summary)
    return ExitStatus.of(summary, failOn: output.failOn)
  }

  /// The draft as an activity.
  func draft() throws -> Activity {
    var body = text
    if body == nil {
      let data = FileHandle.standardInput.readDataToEndOfFile()
      guard let s = String(data: data, encoding: .utf8) else {
        throw RunError("stdin: not valid utf-8")
      }
      body = s.last == "\n" || s.last == "\r\n" ? String(s.dropLast()) : s
    }
    var target: Target?
    if targetAuthor != nil || targetText != nil {
      target = Target(author: targetAuthor, text: targetText)
    }
    var media: [Media] = []
    if photoDescription != nil || !tags.isEmpty {
      media = [Media(type: .photo, description: photoDescription, people: tags)]
    }
    let actor = Actor(name: run.actorName, type: run.actor ?? .unknown)
    return Activity(
      id: "draft", kind: kind, text: body?.isEmpty == true ? nil : body,
      at: at.flatMap(DateArgument.parse), actor: actor, target: target, media: media)
  }
}
