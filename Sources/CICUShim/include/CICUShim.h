#ifndef CICUSHIM_H
#define CICUSHIM_H
#include <stdint.h>

/// ICU-free C API over ICU 72+. Text crosses this boundary as UTF-32 code points (uint32_t) or
/// UTF-16 units (uint16_t). Functions that write into a buffer return the number of elements
/// the full result needs; when that exceeds `capacity`, nothing usable was written and the
/// caller retries with a larger buffer. A negative return value is a negated ICU error code.

/// Property bits returned by `cicu_properties`.
enum {
  CICU_IGNORABLE = 1 << 0,          ///< Default_Ignorable_Code_Point, format (Cf) or variation selector
  CICU_EXTENDED_PICTOGRAPHIC = 1 << 1,
  CICU_EMOJI_MODIFIER = 1 << 2,     ///< Fitzpatrick skin tones
  CICU_ALPHABETIC = 1 << 3,
  CICU_MARK = 1 << 4,               ///< general category M*
  CICU_DECIMAL_DIGIT = 1 << 5,      ///< general category Nd
  CICU_UPPERCASE = 1 << 6,          ///< Uppercase or titlecase letter
  CICU_NFKC_CASEFOLD_INERT = 1 << 7,///< NFKC_Casefold never changes it, alone or next to others
  CICU_BOUNDARY_BEFORE = 1 << 8,    ///< NFKC_Casefold has a boundary before it
  CICU_SCRIPT_LATIN = 1 << 9,
  CICU_SCRIPT_COMMON = 1 << 10,     ///< script Common or Inherited
  CICU_EMOJI_PRESENTATION = 1 << 11,
  CICU_WHITESPACE = 1 << 12,
  CICU_NUMERIC = 1 << 13,           ///< any numeric type (Nd, Nl, No)
};

/// Property bits of code point `cp` (see the CICU_* constants).
uint32_t cicu_properties(uint32_t cp);

/// NFKC_Casefold normalization of UTF-16 `src` into `dst`.
int32_t cicu_nfkc_casefold(const uint16_t *src, int32_t length, uint16_t *dst, int32_t capacity);

/// NFKC_Casefold normalization of code points `src` into code points `dst`.
int32_t cicu_nfkc_casefold32(const uint32_t *src, int32_t length, uint32_t *dst, int32_t capacity);

/// 1 when UTF-16 `src` is already NFKC_Casefold-normalized (quick check, exact), 0 otherwise,
/// negative on error.
int32_t cicu_is_nfkc_casefold(const uint16_t *src, int32_t length);

/// UTS #39 confusable skeleton (uspoof_getSkeleton) of code points `src`.
int32_t cicu_skeleton32(const uint32_t *src, int32_t length, uint32_t *dst, int32_t capacity);

/// Transliteration `Any-Latin; Latin-ASCII` of code points `src`.
int32_t cicu_any_to_ascii32(const uint32_t *src, int32_t length, uint32_t *dst, int32_t capacity);

/// Transliteration `Latin-ASCII` of code points `src` (diacritics and Latin letters only).
int32_t cicu_latin_to_ascii32(const uint32_t *src, int32_t length, uint32_t *dst, int32_t capacity);

/// The Unicode character name of `cp` (e.g. "VICTORY HAND") as ASCII into `dst`, without a
/// terminating zero; returns its length (0 when the code point has no name).
int32_t cicu_char_name(uint32_t cp, char *dst, int32_t capacity);

/// UAX #29 word-break iteration (locale "id") over UTF-16 `src`: writes the start and end
/// offsets (UTF-16 units) of each segment whose rule status is a word (letter, number, kana,
/// ideo) as pairs into `bounds`; returns the number of int32 values the full result needs.
int32_t cicu_word_bounds(const uint16_t *src, int32_t length, int32_t *bounds, int32_t capacity);

#endif
