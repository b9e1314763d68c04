#ifndef CICU_H
#define CICU_H
/* Opaque C API over the system ICU; no ICU types appear here (see Sources/CICU). */
int cicu_version_major(void);
#endif
