// The only file in netral that includes ICU headers (see Docs/Normalization.md).
#include "CICUShim.h"
#include <unicode/utypes.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/unorm2.h>
#include <unicode/uspoof.h>
#include <unicode/utrans.h>
#include <unicode/ubrk.h>
#include <unicode/utf16.h>
#include <stdlib.h>
#include <string.h>

// Per-thread caches of ICU service objects that are expensive to open. They are created on first
// use in a thread and never shared between threads.
static _Thread_local USpoofChecker *spoof_checker;
static _Thread_local UTransliterator *any_to_ascii;
static _Thread_local UTransliterator *latin_to_ascii;

static const UNormalizer2 *nfkc_casefold(void) {
  UErrorCode status = U_ZERO_ERROR;
  const UNormalizer2 *n = unorm2_getNFKCCasefoldInstance(&status);
  return U_FAILURE(status) ? NULL : n;
}

// Direct-mapped per-thread cache of recent property lookups (posts reuse few non-ASCII scalars).
enum { PROPERTY_CACHE_SIZE = 1024 };
static _Thread_local uint32_t property_cache_key[PROPERTY_CACHE_SIZE];
static _Thread_local uint32_t property_cache_value[PROPERTY_CACHE_SIZE];

static uint32_t compute_properties(uint32_t cp);

uint32_t cicu_properties(uint32_t cp) {
  uint32_t slot = (cp ^ (cp >> 10)) & (PROPERTY_CACHE_SIZE - 1);
  if (property_cache_key[slot] == cp + 1) return property_cache_value[slot];
  uint32_t value = compute_properties(cp);
  property_cache_key[slot] = cp + 1;
  property_cache_value[slot] = value;
  return value;
}

static uint32_t compute_properties(uint32_t cp) {
  UChar32 c = (UChar32)cp;
  uint32_t flags = 0;
  int8_t type = u_charType(c);
  if (u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT) || type == U_FORMAT_CHAR ||
      u_hasBinaryProperty(c, UCHAR_VARIATION_SELECTOR))
    flags |= CICU_IGNORABLE;
  if (u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC)) flags |= CICU_EXTENDED_PICTOGRAPHIC;
  if (u_hasBinaryProperty(c, UCHAR_EMOJI_MODIFIER)) flags |= CICU_EMOJI_MODIFIER;
  if (u_hasBinaryProperty(c, UCHAR_EMOJI_PRESENTATION)) flags |= CICU_EMOJI_PRESENTATION;
  if (u_hasBinaryProperty(c, UCHAR_ALPHABETIC)) flags |= CICU_ALPHABETIC;
  if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_COMBINING_SPACING_MARK)
    flags |= CICU_MARK;
  if (type == U_DECIMAL_DIGIT_NUMBER) flags |= CICU_DECIMAL_DIGIT;
  if (type == U_DECIMAL_DIGIT_NUMBER || type == U_LETTER_NUMBER || type == U_OTHER_NUMBER)
    flags |= CICU_NUMERIC;
  if (type == U_UPPERCASE_LETTER || type == U_TITLECASE_LETTER ||
      u_hasBinaryProperty(c, UCHAR_UPPERCASE))
    flags |= CICU_UPPERCASE;
  if (u_isUWhiteSpace(c)) flags |= CICU_WHITESPACE;
  const UNormalizer2 *n = nfkc_casefold();
  if (n != NULL) {
    if (unorm2_isInert(n, c)) flags |= CICU_NFKC_CASEFOLD_INERT;
    if (unorm2_hasBoundaryBefore(n, c)) flags |= CICU_BOUNDARY_BEFORE;
  }
  UErrorCode status = U_ZERO_ERROR;
  UScriptCode script = uscript_getScript(c, &status);
  if (U_SUCCESS(status)) {
    if (script == USCRIPT_LATIN) flags |= CICU_SCRIPT_LATIN;
    if (script == USCRIPT_COMMON || script == USCRIPT_INHERITED) flags |= CICU_SCRIPT_COMMON;
  }
  return flags;
}

int32_t cicu_nfkc_casefold(const uint16_t *src, int32_t length, uint16_t *dst, int32_t capacity) {
  UErrorCode status = U_ZERO_ERROR;
  const UNormalizer2 *n = unorm2_getNFKCCasefoldInstance(&status);
  if (U_FAILURE(status)) return -(int32_t)status;
  int32_t needed = unorm2_normalize(n, (const UChar *)src, length, (UChar *)dst, capacity, &status);
  if (status == U_BUFFER_OVERFLOW_ERROR) return needed;
  if (U_FAILURE(status)) return -(int32_t)status;
  return needed;
}

int32_t cicu_is_nfkc_casefold(const uint16_t *src, int32_t length) {
  UErrorCode status = U_ZERO_ERROR;
  const UNormalizer2 *n = unorm2_getNFKCCasefoldInstance(&status);
  if (U_FAILURE(status)) return -(int32_t)status;
  UBool yes = unorm2_isNormalized(n, (const UChar *)src, length, &status);
  if (U_FAILURE(status)) return -(int32_t)status;
  return yes ? 1 : 0;
}

// UTF-32 <-> UTF-16 helpers over small stack buffers, falling back to the heap for long input.
enum { STACK_UNITS = 256 };

static int32_t to_utf16(const uint32_t *src, int32_t length, UChar *dst, int32_t capacity) {
  int32_t j = 0;
  for (int32_t i = 0; i < length; i++) {
    UChar32 c = (UChar32)src[i];
    if (c < 0 || c > 0x10FFFF || U_IS_SURROGATE(c)) c = 0xFFFD;
    if (j + 2 > capacity) return -1;
    U16_APPEND_UNSAFE(dst, j, c);
  }
  return j;
}

static int32_t from_utf16(const UChar *src, int32_t length, uint32_t *dst, int32_t capacity) {
  int32_t i = 0, count = 0;
  while (i < length) {
    UChar32 c;
    U16_NEXT(src, i, length, c);
    if (count < capacity) dst[count] = (uint32_t)c;
    count++;
  }
  return count;
}

typedef int32_t (*utf16_transform)(const UChar *src, int32_t length, UChar *dst, int32_t capacity,
                                   UErrorCode *status);

// Runs `transform` over UTF-32 input, converting on both sides.
static int32_t transform32(utf16_transform transform, const uint32_t *src, int32_t length,
                           uint32_t *dst, int32_t capacity) {
  if (length < 0) return -(int32_t)U_ILLEGAL_ARGUMENT_ERROR;
  UChar in_stack[STACK_UNITS], out_stack[STACK_UNITS];
  int32_t in_cap = length * 2 + 1;
  UChar *in = in_cap <= STACK_UNITS ? in_stack : malloc(sizeof(UChar) * (size_t)in_cap);
  if (in == NULL) return -(int32_t)U_MEMORY_ALLOCATION_ERROR;
  int32_t in_len = to_utf16(src, length, in, in_cap);
  UErrorCode status = U_ZERO_ERROR;
  UChar *out = out_stack;
  int32_t out_cap = STACK_UNITS;
  int32_t out_len = transform(in, in_len, out, out_cap, &status);
  for (int attempt = 0; attempt < 4 && status == U_BUFFER_OVERFLOW_ERROR; attempt++) {
    if (out != out_stack) free(out);
    out_cap = (out_len > out_cap ? out_len : out_cap * 2) + 1;
    out = malloc(sizeof(UChar) * (size_t)out_cap);
    if (out == NULL) {
      if (in != in_stack) free(in);
      return -(int32_t)U_MEMORY_ALLOCATION_ERROR;
    }
    status = U_ZERO_ERROR;
    out_len = transform(in, in_len, out, out_cap, &status);
  }
  int32_t result = U_FAILURE(status) ? -(int32_t)status : from_utf16(out, out_len, dst, capacity);
  if (in != in_stack) free(in);
  if (out != out_stack) free(out);
  return result;
}

static int32_t nfkc_casefold16(const UChar *src, int32_t length, UChar *dst, int32_t capacity,
                               UErrorCode *status) {
  const UNormalizer2 *n = unorm2_getNFKCCasefoldInstance(status);
  if (U_FAILURE(*status)) return 0;
  return unorm2_normalize(n, src, length, dst, capacity, status);
}

int32_t cicu_nfkc_casefold32(const uint32_t *src, int32_t length, uint32_t *dst, int32_t capacity) {
  return transform32(nfkc_casefold16, src, length, dst, capacity);
}

static int32_t skeleton16(const UChar *src, int32_t length, UChar *dst, int32_t capacity,
                          UErrorCode *status) {
  if (spoof_checker == NULL) {
    spoof_checker = uspoof_open(status);
    if (U_FAILURE(*status)) {
      spoof_checker = NULL;
      return 0;
    }
  }
  return uspoof_getSkeleton(spoof_checker, 0, src, length, dst, capacity, status);
}

int32_t cicu_skeleton32(const uint32_t *src, int32_t length, uint32_t *dst, int32_t capacity) {
  return transform32(skeleton16, src, length, dst, capacity);
}

static int32_t transliterate16(UTransliterator **cache, const char *id, const UChar *src,
                               int32_t length, UChar *dst, int32_t capacity, UErrorCode *status) {
  if (*cache == NULL) {
    UChar uid[64];
    int32_t k = 0;
    for (; id[k] != 0 && k < 63; k++) uid[k] = (UChar)id[k];
    uid[k] = 0;
    *cache = utrans_openU(uid, -1, UTRANS_FORWARD, NULL, 0, NULL, status);
    if (U_FAILURE(*status)) {
      *cache = NULL;
      return 0;
    }
  }
  // utrans_transUChars works in place: copy the input into dst (when it fits) and transform.
  if (length > capacity) {
    // Report a generous estimate; the caller retries with that capacity.
    *status = U_BUFFER_OVERFLOW_ERROR;
    return length * 4 + 16;
  }
  memcpy(dst, src, sizeof(UChar) * (size_t)length);
  int32_t text_length = length;
  int32_t limit = length;
  utrans_transUChars(*cache, dst, &text_length, capacity, 0, &limit, status);
  if (*status == U_BUFFER_OVERFLOW_ERROR || *status == U_STRING_NOT_TERMINATED_WARNING) {
    if (*status == U_BUFFER_OVERFLOW_ERROR) return text_length > capacity ? text_length : capacity * 2;
    *status = U_ZERO_ERROR;
  }
  return text_length;
}

static int32_t any_to_ascii16(const UChar *src, int32_t length, UChar *dst, int32_t capacity,
                              UErrorCode *status) {
  return transliterate16(&any_to_ascii, "Any-Latin; Latin-ASCII", src, length, dst, capacity, status);
}

static int32_t latin_to_ascii16(const UChar *src, int32_t length, UChar *dst, int32_t capacity,
                                UErrorCode *status) {
  return transliterate16(&latin_to_ascii, "Latin-ASCII", src, length, dst, capacity, status);
}

int32_t cicu_any_to_ascii32(const uint32_t *src, int32_t length, uint32_t *dst, int32_t capacity) {
  return transform32(any_to_ascii16, src, length, dst, capacity);
}

int32_t cicu_latin_to_ascii32(const uint32_t *src, int32_t length, uint32_t *dst, int32_t capacity) {
  return transform32(latin_to_ascii16, src, length, dst, capacity);
}

int32_t cicu_char_name(uint32_t cp, char *dst, int32_t capacity) {
  char buffer[256];
  UErrorCode status = U_ZERO_ERROR;
  int32_t length = u_charName((UChar32)cp, U_UNICODE_CHAR_NAME, buffer, (int32_t)sizeof buffer, &status);
  if (U_FAILURE(status)) return -(int32_t)status;
  if (length > (int32_t)sizeof buffer) length = (int32_t)sizeof buffer;
  if (length <= capacity) memcpy(dst, buffer, (size_t)length);
  return length;
}

int32_t cicu_word_bounds(const uint16_t *src, int32_t length, int32_t *bounds, int32_t capacity) {
  UErrorCode status = U_ZERO_ERROR;
  UBreakIterator *it = ubrk_open(UBRK_WORD, "id", (const UChar *)src, length, &status);
  if (U_FAILURE(status)) return -(int32_t)status;
  int32_t count = 0;
  int32_t start = ubrk_first(it);
  for (int32_t end = ubrk_next(it); end != UBRK_DONE; start = end, end = ubrk_next(it)) {
    int32_t rule = ubrk_getRuleStatus(it);
    if (rule >= UBRK_WORD_NONE_LIMIT) {
      if (count + 2 <= capacity) {
        bounds[count] = start;
        bounds[count + 1] = end;
      }
      count += 2;
    }
  }
  ubrk_close(it);
  return count;
}
