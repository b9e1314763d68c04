#ifndef CICU_H
#define CICU_H
/* Opaque C API over the system ICU; no ICU types appear here, so Swift never sees the ICU headers
   (they clash with the ICU that Foundation carries, and the library's symbols carry a version suffix). */
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Major version of the linked ICU (e.g. 72). */
int cicu_version_major(void);

/* Transliterates UTF-8 `input` (`length` bytes; invalid UTF-8 becomes U+FFFD) with the chain
   "Any-Latin; Latin-ASCII; NFD; [:Nonspacing Mark:] Remove; NFC; Lower" into UTF-8 `output`.
   Uses one transliterator per calling thread (ICU transliterators must not be shared), opened on
   first use by cloning a shared prototype. Returns the number of bytes written (no terminating NUL),
   the negated capacity needed when `capacity` is too small, or INT32_MIN on an ICU error. */
int32_t cicu_transliterate_utf8(const char *input, int32_t length, char *output, int32_t capacity);

/* 1 when the transliterator could be opened (ICU data present), else 0. */
int cicu_transliterator_available(void);

#ifdef __cplusplus
}
#endif
#endif
