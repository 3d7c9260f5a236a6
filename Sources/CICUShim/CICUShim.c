#include "CICUShim.h"
#include <unicode/unorm2.h>

int32_t cicu_nfkc_casefold(const uint16_t *src, int32_t length, uint16_t *dst, int32_t capacity) {
  UErrorCode status = U_ZERO_ERROR;
  const UNormalizer2 *n = unorm2_getNFKCCasefoldInstance(&status);
  if (U_FAILURE(status)) return -(int32_t)status;
  int32_t needed = unorm2_normalize(n, (const UChar *)src, length, (UChar *)dst, capacity, &status);
  if (status == U_BUFFER_OVERFLOW_ERROR) return needed;
  if (U_FAILURE(status)) return -(int32_t)status;
  return needed;
}
