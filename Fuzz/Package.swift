// swift-tools-version: 6.1
// Coverage-guided fuzzing of Prostor's parsers with libFuzzer: one executable per parser, built by
// `tools/fuzz.sh NAME SECONDS` with `-sanitize=fuzzer,address`. A package of its own, so that the root
// package's `swift build` and `swift test` never see the sanitizers. See README, "Fuzzing".
import Foundation
import PackageDescription

// A path dependency is named after its directory, which is whatever the checkout is called.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let prostor = root.lastPathComponent

func harness(_ name: String, _ products: [String]) -> Target {
    .executableTarget(name: name, dependencies: ["FuzzSupport"] + products.map { .product(name: $0, package: prostor) },
                      path: "Sources/\(name)")
}

let package = Package(
    name: "ProstorFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(path: root.path),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        .target(name: "FuzzDriver", path: "Sources/FuzzDriver"),
        .target(name: "FuzzSupport", dependencies: ["FuzzDriver", .product(name: "Bookings", package: prostor)],
                path: "Sources/FuzzSupport"),
        harness("fuzz-rrule", ["Recurrence", "CivilTime"]),
        harness("fuzz-icalendar", ["ICalendar", "BookingImport", "Bookings", "CivilTime"]),
        harness("fuzz-setup", ["BookingImport", "Bookings"]),
        harness("fuzz-csv", ["BookingImport", "Bookings"]),
        harness("fuzz-form", ["BookingWeb", "Bookings"]),
        .executableTarget(name: "fuzz-query", dependencies: [
            "FuzzSupport", .product(name: "BookingWeb", package: prostor), .product(name: "CivilTime", package: prostor),
            .product(name: "Hummingbird", package: "hummingbird"),
        ], path: "Sources/fuzz-query"),
        harness("fuzz-cli-texts", ["Bookings"]),
    ],
    swiftLanguageModes: [.v6]
)
