#ifndef FUZZ_DRIVER_H
#define FUZZ_DRIVER_H
#include <stddef.h>
#include <stdint.h>

/// libFuzzer's entry for programs with their own main (compiler-rt, FuzzerInterface.h). SwiftPM names an
/// executable's entry point after its module and points `main` at it, so a harness cannot leave `main`
/// to libFuzzer: its `@main` calls this instead.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
