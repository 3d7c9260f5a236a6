import ArgumentParser
import NetralEngine

/// `netral`: checks what civil servants do on social media against the election-neutrality
/// bans.
@main
struct NetralCommand: ParsableCommand {
  static let version = "0.1.0"

  static let configuration = CommandConfiguration(
    commandName: "netral",
    abstract:
      "Check social-media activity of Indonesian civil servants (ASN) for election-neutrality violations.",
    discussion: """
      Exit status: 0 nothing at or above --fail-on; 1 findings at or above it; 2 an error \
      (unreadable input, bad pack); 64 a usage error.
      """,
    version: version,
    subcommands: [
      CheckCommand.self, AuditCommand.self, RulesCommand.self, ExplainCommand.self,
      PacksCommand.self, EvaluateCommand.self,
    ]
  )

  /// Runs the command; for the commands that build a checker, first starts the checker's
  /// one-time set-up (``CheckerWarmUp``) and, unless `--pack` asks for other packs, the bundled
  /// packs' compilation (``BundledChecker``) on other threads, so they overlap argument parsing.
  static func main() {
    let arguments = CommandLine.arguments.dropFirst()
    let command = arguments.first
    if command == "audit" || command == "check" || command == "evaluate" {
      CheckerWarmUp.start()
      if !arguments.contains(where: { $0 == "--pack" || $0.hasPrefix("--pack=") }) {
        BundledChecker.prepareInBackground()
      }
    }
    main(nil)
  }
}
