#include "cicu.h"
#include <unicode/uversion.h>

int cicu_version_major(void) {
    UVersionInfo version;
    u_getVersion(version);
    return version[0];
}
