/// Values a command keeps until the process exits.
///
/// A checker holds tens of thousands of small allocations (compiled packs, lexicons, tries).
/// Freeing them one by one just before `exit` costs a one-shot `netral check` a few
/// milliseconds for nothing, since the operating system reclaims the whole address space anyway.
enum ProcessLifetime {
  /// Keeps `value` alive until the process exits: its storage is never torn down.
  static func keep<Value>(_ value: Value) {
    _ = Unmanaged.passRetained(Kept(value))
  }

  /// A box the process never releases.
  private final class Kept<Value> {
    let value: Value
    init(_ value: Value) { self.value = value }
  }
}
