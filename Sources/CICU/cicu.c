#include "cicu.h"
#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uversion.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>

/* Any-Latin handles the scripts; Latin-ASCII folds ß→ss, Ø→O, Ĳ→IJ, Ł→L; the NFD + mark removal
   catches combining marks Latin-ASCII leaves behind (e.g. decomposed input or pinyin tones). */
static const char *const kRules = "Any-Latin; Latin-ASCII; NFD; [:Nonspacing Mark:] Remove; NFC; Lower";

static pthread_once_t prototype_once = PTHREAD_ONCE_INIT;
static UTransliterator *prototype = NULL;
static pthread_mutex_t prototype_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_key_t thread_key;

static void close_thread_transliterator(void *value) {
    if (value) utrans_close((UTransliterator *)value);
}

static void open_prototype(void) {
    pthread_key_create(&thread_key, close_thread_transliterator);
    UChar id[128];
    UErrorCode status = U_ZERO_ERROR;
    u_strFromUTF8(id, 128, NULL, kRules, -1, &status);
    if (U_FAILURE(status)) return;
    UParseError parse_error;
    UTransliterator *opened = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, &parse_error, &status);
    if (U_SUCCESS(status)) prototype = opened;
}

/* Opening from rules parses them (milliseconds); cloning the prototype is much cheaper. */
static UTransliterator *thread_transliterator(void) {
    pthread_once(&prototype_once, open_prototype);
    if (!prototype) return NULL;
    UTransliterator *mine = (UTransliterator *)pthread_getspecific(thread_key);
    if (mine) return mine;
    UErrorCode status = U_ZERO_ERROR;
    pthread_mutex_lock(&prototype_lock);
    mine = utrans_clone(prototype, &status);
    pthread_mutex_unlock(&prototype_lock);
    if (U_FAILURE(status)) return NULL;
    pthread_setspecific(thread_key, mine);
    return mine;
}

int cicu_version_major(void) {
    UVersionInfo version;
    u_getVersion(version);
    return version[0];
}

int cicu_transliterator_available(void) {
    return thread_transliterator() != NULL;
}

int32_t cicu_transliterate_utf8(const char *input, int32_t length, char *output, int32_t capacity) {
    UTransliterator *trans = thread_transliterator();
    if (!trans || length < 0 || capacity < 0) return INT32_MIN;
    UErrorCode status = U_ZERO_ERROR;
    int32_t units = 0;
    u_strFromUTF8WithSub(NULL, 0, &units, input, length, 0xFFFD, NULL, &status);
    if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) return INT32_MIN;
    /* Transliteration can grow the text (ß→ss, 王→wang); retry with more room when it does. */
    int32_t text_capacity = units * 4 + 16;
    for (int attempt = 0; attempt < 4; attempt++) {
        UChar *text = (UChar *)malloc(sizeof(UChar) * (size_t)text_capacity);
        if (!text) return INT32_MIN;
        status = U_ZERO_ERROR;
        u_strFromUTF8WithSub(text, text_capacity, &units, input, length, 0xFFFD, NULL, &status);
        if (U_FAILURE(status)) { free(text); return INT32_MIN; }
        int32_t text_length = units;
        int32_t limit = units;
        utrans_transUChars(trans, text, &text_length, text_capacity, 0, &limit, &status);
        if (status == U_BUFFER_OVERFLOW_ERROR) {
            free(text);
            text_capacity *= 4;
            continue;
        }
        if (U_FAILURE(status)) { free(text); return INT32_MIN; }
        int32_t written = 0;
        status = U_ZERO_ERROR;
        u_strToUTF8WithSub(output, capacity, &written, text, text_length, 0xFFFD, NULL, &status);
        free(text);
        if (status == U_BUFFER_OVERFLOW_ERROR) return -written;
        if (U_FAILURE(status)) return INT32_MIN;
        return written;
    }
    return INT32_MIN;
}
