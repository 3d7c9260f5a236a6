import Foundation
import NetralTestSupport
import Testing

private let formats = ["text", "json", "jsonl", "csv", "sarif", "html", "markdown"]
private let strace = "/usr/bin/strace"
private let nm = "/usr/bin/nm"

/// Whether strace is installed and allowed to trace here (containers may forbid ptrace).
private let straceWorks: Bool = {
  guard FileManager.default.isExecutableFile(atPath: strace) else { return false }
  let probe = try? GuardedRun.run(strace, ["-f", "-qq", "-o", "/dev/null", "/bin/true"], timeout: 30)
  return probe?.status == 0
}()

/// Actor names and ids of a JSON Lines file.
private func actorIdentities(_ path: String) throws -> Set<String> {
  let text = try String(contentsOfFile: path, encoding: .utf8)
  var found = Set<String>()
  for line in text.split(separator: "\n") {
    let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
    let actor = object?["actor"] as? [String: Any]
    for key in ["id", "name"] { if let value = actor?[key] as? String { found.insert(value) } }
  }
  return found
}

/// Runs `netral arguments` under `strace -f` tracing `calls` and returns the trace lines.
private func traced(_ arguments: [String], calls: String) throws -> (GuardedRun.Result, [String]) {
  let scratch = try Scratch()
  let log = scratch.path("trace")
  let result = try GuardedRun.run(
    strace, ["-f", "-qq", "-e", "trace=\(calls)", "-o", log, GuardedRun.binary.path] + arguments,
    timeout: 120)
  let lines = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n").map(String.init)
  return (result, lines)
}

@Suite("Privacy: redaction, no network, no temporary copies", .serialized)
struct PrivacyTests {
  @Test("--redact hides every actor name and id of the example audit, in every format")
  func redactExamples() throws {
    let input = HostileFixtures.root.appendingPathComponent("Examples/activities.jsonl").path
    let identities = try actorIdentities(input)
    #expect(identities.count >= 4)
    for format in formats {
      let plain = try GuardedRun.netral(["audit", "--format", format, input])
      let redacted = try GuardedRun.netral(["audit", "--redact", "--format", format, input])
      #expect(redacted.endedCleanly && redacted.status == plain.status)
      for identity in identities {
        #expect(!redacted.stdout.contains(identity), "\(format) leaks \(identity)")
        #expect(!redacted.stderr.contains(identity), "\(format) leaks \(identity) on stderr")
      }
      // Formats that name accounts (all but jsonl and sarif, which carry no actor) name them
      // without --redact, so the check above can fail; with it they show pseudonyms.
      if format != "jsonl" && format != "sarif" {
        #expect(identities.contains { plain.stdout.contains($0) }, "\(format)")
        #expect(redacted.stdout.contains("akun-"), "\(format)")
      }
    }
  }

  @Test("--redact hides the X archive owner's handle, id and display name, in every format")
  func redactArchiveOwner() throws {
    let input = HostileFixtures.root.appendingPathComponent("Exports/x").path
    let owner = ["rahmat_hdyt", "1700000000000000001", "Rahmat Hidayat"]
    for format in formats {
      let result = try GuardedRun.netral(["audit", "--redact", "--format", format, input])
      #expect(result.endedCleanly)
      #expect(!result.stdout.isEmpty)
      for identity in owner {
        #expect(!result.stdout.contains(identity), "\(format) leaks \(identity)")
      }
      #expect(!result.stdout.contains("rahmat.hidayat@example.id"), "\(format) leaks the e-mail")
    }
  }

  @Test("--redact hides a name given with --actor-name")
  func redactActorNameOption() throws {
    let scratch = try Scratch()
    let input = try scratch.write(
      "posts.jsonl", #"{"id":"p1","kind":"post","text":"Coblos nomor 2! Prabowo-Gibran satu putaran"}"# + "\n")
    for format in formats {
      let result = try GuardedRun.netral(
        ["audit", "--redact", "--actor-name", "Sri Wahyuningsih", "--actor", "pns", "--format", format, input])
      #expect(result.endedCleanly)
      #expect(!result.stdout.contains("Sri Wahyuningsih"), "\(format)")
    }
  }

  @Test(
    "no network system call while auditing a zip, checking a draft or listing packs (strace)",
    .enabled(if: straceWorks))
  func noNetworkCalls() throws {
    let scratch = try Scratch()
    var zip = ZipBuilder()
    zip.add("data/activities.jsonl", try String(contentsOf: HostileFixtures.root.appendingPathComponent("Examples/activities.jsonl"), encoding: .utf8))
    let archive = scratch.path("export.zip")
    try zip.write(to: URL(fileURLWithPath: archive))
    let runs: [[String]] = [
      ["audit", "--format", "html", archive],
      ["audit", "--format", "sarif", HostileFixtures.root.appendingPathComponent("Exports/x").path],
      ["check", "Ayo coblos 02, https://contoh.id/kampanye #PrabowoGibran2024"],
      ["packs"],
    ]
    for arguments in runs {
      let (result, trace) = try traced(arguments, calls: "%network")
      #expect(result.endedCleanly)
      #expect(result.status != nil)
      // glibc's user lookup (Foundation asks for the home folder) tries the local name-service
      // cache daemon over a Unix socket; that is the only socket allowed. Nothing else: no
      // AF_INET/AF_INET6 socket, no connect or sendto anywhere else.
      let calls = trace.filter {
        !$0.contains("+++ exited") && !$0.contains("--- SIG")
          && !($0.contains("socket(AF_UNIX") || $0.contains("sun_path=\"/var/run/nscd/socket\""))
      }
      #expect(calls.isEmpty, "\(arguments): \(calls.prefix(5))")
      #expect(!trace.contains { $0.contains("AF_INET") || $0.contains("AF_NETLINK") })
    }
  }

  @Test(
    "the netral binary itself references no socket, connect or resolver symbol (nm)",
    .enabled(if: FileManager.default.isExecutableFile(atPath: nm)))
  func noNetworkSymbols() throws {
    let result = try GuardedRun.run(nm, ["--undefined-only", GuardedRun.binary.path])
    #expect(result.status == 0)
    let symbols = Set(result.stdout.split(separator: "\n").compactMap { $0.split(separator: " ").last.map(String.init) })
    #expect(symbols.count > 50)
    let network = ["socket", "connect", "getaddrinfo", "gethostbyname", "sendto", "bind"]
    for name in network {
      #expect(!symbols.contains(name) && !symbols.contains { $0.hasPrefix(name + "@") }, "\(name)")
    }
    #expect(!symbols.contains { $0.contains("FoundationNetworking") || $0.contains("URLSession") })
  }

  @Test(
    "auditing a nested zip creates no file at all (export contents never reach a temporary file)",
    .enabled(if: straceWorks))
  func noTemporaryFiles() throws {
    let scratch = try Scratch()
    var inner = ZipBuilder()
    inner.add("activities.jsonl", try String(contentsOf: HostileFixtures.root.appendingPathComponent("Examples/activities.jsonl"), encoding: .utf8))
    let innerBytes = try inner.bytes(in: scratch.root, name: "inner.zip")
    var outer = ZipBuilder()
    outer.add("export/inner.zip", bytes: innerBytes)
    let archive = scratch.path("outer.zip")
    try outer.write(to: URL(fileURLWithPath: archive))
    let (result, trace) = try traced(
      ["audit", "--format", "jsonl", archive], calls: "open,openat,openat2,creat,mkdir,mkdirat,rename,renameat,renameat2,link,linkat,memfd_create")
    #expect(result.endedCleanly)
    #expect(result.verdicts.count == 32)
    let writes = trace.filter {
      $0.contains("O_CREAT") || $0.contains("O_WRONLY") || $0.contains("O_RDWR") || $0.contains("O_TMPFILE")
        || $0.contains("mkdir") || $0.contains("rename") || $0.contains("link(") || $0.contains("memfd_create")
    }
    #expect(writes.isEmpty, "\(writes.prefix(5))")
  }
}
