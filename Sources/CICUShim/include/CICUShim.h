#ifndef CICUSHIM_H
#define CICUSHIM_H
#include <stdint.h>

/// ICU-free C API over ICU. All text is UTF-16 (uint16_t). Functions that write into a buffer
/// return the required length; when it exceeds `capacity`, the caller retries with a larger buffer.
/// A negative return value is an ICU error code (negated).

/// NFKC_Casefold normalization of `src` into `dst`.
int32_t cicu_nfkc_casefold(const uint16_t *src, int32_t length, uint16_t *dst, int32_t capacity);

#endif
