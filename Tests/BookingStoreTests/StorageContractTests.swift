import BookingStore
import Bookings
import Foundation
import Testing

/// The stores the contract runs against. A new implementation adds a case with its factory.
enum Backend: String, CaseIterable, CustomTestStringConvertible {
    case sqliteInMemory = "SQLite in memory"
    case sqliteFile = "SQLite file"

    var testDescription: String { rawValue }

    func contract() throws -> StorageContract {
        switch self {
        case .sqliteInMemory:
            return StorageContract { try AppDatabase() }
        case .sqliteFile:
            // The directory goes away with the contract, at the end of the test.
            let directory = try TemporaryDirectory()
            return StorageContract { try AppDatabase(path: directory.path("prostor-\(UUID().uuidString).sqlite")) }
        }
    }
}

@Suite("BookingStorage contract")
struct StorageContractTests {
    @Test(arguments: Backend.allCases) func savedRecordsReadBackExactly(backend: Backend) throws {
        try backend.contract().savedRecordsReadBackExactly()
    }

    @Test(arguments: Backend.allCases) func missingKeysReadAsNil(backend: Backend) throws {
        try backend.contract().missingKeysReadAsNil()
    }

    @Test(arguments: Backend.allCases) func insertsGetDistinctIdsThatFindThem(backend: Backend) throws {
        try backend.contract().insertsGetDistinctIdsThatFindThem()
    }

    @Test(arguments: Backend.allCases) func savingAgainReplacesTheRecordWithTheSameKey(backend: Backend) throws {
        try backend.contract().savingAgainReplacesTheRecordWithTheSameKey()
    }

    @Test(arguments: Backend.allCases) func removalRefusesWhileOtherRecordsReferToIt(backend: Backend) throws {
        try backend.contract().removalRefusesWhileOtherRecordsReferToIt()
    }

    @Test(arguments: Backend.allCases) func removalSucceedsOnceNothingRefersToIt(backend: Backend) throws {
        try backend.contract().removalSucceedsOnceNothingRefersToIt()
    }

    @Test(arguments: Backend.allCases) func closuresKeepTheirVenueAndRoomFromBeingRemoved(backend: Backend) throws {
        try backend.contract().closuresKeepTheirVenueAndRoomFromBeingRemoved()
    }

    @Test(arguments: Backend.allCases) func removingOrReplacingWhatIsMissingIsNotFound(backend: Backend) throws {
        try backend.contract().removingOrReplacingWhatIsMissingIsNotFound()
    }

    @Test(arguments: Backend.allCases) func aWriteThatThrowsLeavesNothingBehind(backend: Backend) throws {
        try backend.contract().aWriteThatThrowsLeavesNothingBehind()
    }

    @Test(arguments: Backend.allCases) func aFailedSaveUndoesTheEarlierSavesOfItsWrite(backend: Backend) throws {
        try backend.contract().aFailedSaveUndoesTheEarlierSavesOfItsWrite()
    }

    @Test(arguments: Backend.allCases) func aWriteReturnsTheValueOfItsBody(backend: Backend) throws {
        try backend.contract().aWriteReturnsTheValueOfItsBody()
    }

    @Test(arguments: Backend.allCases) func savesRefuseReferencesToMissingRecords(backend: Backend) throws {
        try backend.contract().savesRefuseReferencesToMissingRecords()
    }

    @Test(arguments: Backend.allCases) func aRoomThatAMovedOccurrenceUsesCannotBeRemoved(backend: Backend) throws {
        try backend.contract().aRoomThatAMovedOccurrenceUsesCannotBeRemoved()
    }

    @Test(arguments: Backend.allCases) func aReadSeesOneStateWhileAWriteCommits(backend: Backend) throws {
        try backend.contract().aReadSeesOneStateWhileAWriteCommits()
    }
}

@Suite("BookingStorage contract: references held by requests")
struct RequestReferenceContractTests {
    @Test(arguments: Backend.allCases) func aRequestNamingAMissingVenueOrRoomIsNotSaved(backend: Backend) throws {
        try backend.contract().aRequestNamingAMissingVenueOrRoomIsNotSaved()
    }

    @Test(arguments: Backend.allCases) func aVenueOrRoomThatARequestNamesCannotBeRemoved(backend: Backend) throws {
        try backend.contract().aVenueOrRoomThatARequestNamesCannotBeRemoved()
    }

    @Test(arguments: Backend.allCases) func aSecondRequestWithTheSameGroupTermAndTitleIsAConflict(backend: Backend) throws {
        try backend.contract().aSecondRequestWithTheSameGroupTermAndTitleIsAConflict()
    }

    @Test(arguments: Backend.allCases) func twoGroupsCannotShareAToken(backend: Backend) throws {
        try backend.contract().twoGroupsCannotShareAToken()
    }
}
