public import NetralPacks

/// Packs compiled for checking: the costly, option-independent part of building a ``Checker``
/// (every term normalized and compiled into the lexicon and its tries; calendars, tickets and
/// regulations indexed).
///
/// Prepare a pack set once, then build checkers with different ``CheckOptions`` from it with
/// ``Checker/init(prepared:options:)``: each costs a few milliseconds less than
/// ``Checker/init(packs:options:)``, which prepares its packs itself. A program can also prepare
/// its packs on another thread while it does something else (the CLI does this while it parses
/// its arguments).
public struct PreparedPacks: Sendable {
  /// The packs, as given.
  public let packs: PackSet
  /// What a checker is built from.
  let compiled: CompiledPacks

  /// Compiles `packs`.
  public init(_ packs: PackSet) {
    self.packs = packs
    compiled = CompiledPacks(packs: packs)
  }
}
