import Foundation

/// The process's peak resident memory so far, from getrusage (kilobytes on Linux, bytes on macOS).
enum PeakMemory {
    static var megabytes: Double {
        var usage = rusage()
        #if os(Linux)
            // Glibc imports RUSAGE_SELF as an enum case while getrusage takes its raw value.
            getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
            return Double(usage.ru_maxrss) / 1024
        #else
            getrusage(RUSAGE_SELF, &usage)
            return Double(usage.ru_maxrss) / 1_048_576
        #endif
    }
}
