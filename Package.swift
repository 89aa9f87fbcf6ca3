// swift-tools-version: 6.1
// Prostor: room bookings for the community halls (krajevne skupnosti) of a municipality.
// Module layout and the rules for what each target may import: see docs/ARCHITECTURE.md.
import PackageDescription

let package = Package(
    name: "Prostor",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "prostor", targets: ["prostor"]),
        .executable(name: "prostor-bench", targets: ["prostor-bench"]),
        // The parsers as libraries, for the fuzzing package in Fuzz/ (see README, "Fuzzing").
        .library(name: "CivilTime", targets: ["CivilTime"]),
        .library(name: "Recurrence", targets: ["Recurrence"]),
        .library(name: "ICalendar", targets: ["ICalendar"]),
        .library(name: "Bookings", targets: ["Bookings"]),
        .library(name: "BookingImport", targets: ["BookingImport"]),
        .library(name: "BookingWeb", targets: ["BookingWeb"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/adam-fowler/compress-nio", from: "1.5.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
    ],
    targets: [
        .target(name: "CivilTime"),
        .target(name: "Recurrence", dependencies: ["CivilTime"]),
        .target(name: "ICalendar", dependencies: ["CivilTime"]),
        .target(name: "Timetabling"),
        .target(name: "CurriculumTimetabling", dependencies: ["Timetabling"]),
        .target(name: "Bookings", dependencies: ["CivilTime", "Recurrence", "Timetabling", "ICalendar"]),
        .target(name: "BookingStore", dependencies: [
            "Bookings", "CivilTime",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .target(name: "BookingStorePostgres", dependencies: [
            "Bookings", "CivilTime",
            .product(name: "PostgresNIO", package: "postgres-nio"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .target(name: "BookingImport", dependencies: [
            "Bookings", "CivilTime", "ICalendar", "Recurrence",
            .product(name: "Yams", package: "Yams"),
        ]),
        .target(name: "BookingWeb", dependencies: [
            "Bookings", "CivilTime",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdCore", package: "hummingbird"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "Mustache", package: "swift-mustache"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "CompressNIO", package: "compress-nio"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
        ], resources: [.copy("Resources")]),
        .executableTarget(name: "prostor", dependencies: [
            "Bookings", "BookingStore", "BookingStorePostgres", "BookingImport", "BookingWeb", "CivilTime", "Recurrence",
            "Timetabling", "ICalendar",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "prostor-bench", dependencies: [
            "CurriculumTimetabling", "Timetabling", "Bookings", "BookingStore", "BookingStorePostgres", "CivilTime", "ICalendar",
            "Recurrence",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "CivilTimeTests", dependencies: ["CivilTime"]),
        .testTarget(name: "RecurrenceTests", dependencies: ["Recurrence", "CivilTime"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ICalendarTests", dependencies: ["ICalendar", "CivilTime"], exclude: ["FuzzFindings"],
                    resources: [.copy("Golden")]),
        .testTarget(name: "TimetablingTests", dependencies: ["Timetabling"]),
        .testTarget(name: "CurriculumTimetablingTests", dependencies: ["CurriculumTimetabling", "Timetabling"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "BookingsTests", dependencies: [
            "Bookings", "CivilTime", "ICalendar", "Recurrence", "Timetabling", "BookingStore", "BookingImport",
        ], exclude: ["Golden", "FuzzFindings"]),
        .testTarget(name: "BookingStoreTests", dependencies: [
            "BookingStore", "BookingStorePostgres", "Bookings", "CivilTime",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "PostgresNIO", package: "postgres-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .testTarget(name: "BookingImportTests", dependencies: ["BookingImport", "BookingStore", "Bookings", "CivilTime"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "BookingWebTests", dependencies: [
            "BookingWeb", "Bookings", "BookingStore", "BookingImport", "CivilTime", "ICalendar",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdTesting", package: "hummingbird"),
            .product(name: "CompressNIO", package: "compress-nio"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
        ]),
        .testTarget(name: "prostorTests", dependencies: [
            "prostor", "BookingStore", "BookingStorePostgres", "Bookings", "ICalendar", "Recurrence", "CivilTime",
            "BookingWeb", "BookingImport", "Timetabling", .product(name: "Hummingbird", package: "hummingbird"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
