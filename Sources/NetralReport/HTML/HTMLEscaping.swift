extension String {
  /// The string with `&`, `<`, `>`, `"` and `'` written as character references.
  var htmlEscaped: String {
    var out = ""
    out.reserveCapacity(utf8.count)
    for c in unicodeScalars {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.unicodeScalars.append(c)
      }
    }
    return out
  }
}
