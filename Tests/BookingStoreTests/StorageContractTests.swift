import BookingStore
import BookingStorePostgres
import Bookings
import Foundation
import Testing

/// The stores the contract runs against. A new implementation adds a case with its factory.
enum Backend: String, CaseIterable, CustomTestStringConvertible {
    case sqliteInMemory = "SQLite in memory"
    case sqliteFile = "SQLite file"
    case postgres = "PostgreSQL"

    var testDescription: String { rawValue }

    /// The backends this run can test: PostgreSQL only when PROSTOR_TEST_POSTGRES names a server.
    static var available: [Backend] {
        allCases.filter { $0 != .postgres || TestPostgres.isAvailable || TestPostgres.isRequired }
    }

    func contract() throws -> StorageContract {
        switch self {
        case .sqliteInMemory:
            // One in-memory database cannot be opened twice; two threads share the one handle.
            return StorageContract(makeStorage: { try AppDatabase() },
                                   openTwice: { let database = try AppDatabase(); return (database, database) })
        case .sqliteFile:
            // The directory goes away with the contract, at the end of the test.
            let directory = try TemporaryDirectory()
            return StorageContract(makeStorage: { try AppDatabase(path: directory.path("prostor-\(UUID().uuidString).sqlite")) },
                                   openTwice: {
                                       let path = directory.path("prostor-\(UUID().uuidString).sqlite")
                                       return (try AppDatabase(path: path), try AppDatabase(path: path, create: false))
                                   })
        case .postgres:
            return StorageContract(makeStorage: { try TestPostgres.freshStore() },
                                   openTwice: {
                                       let location = try TestPostgres.freshLocation()
                                       return (try PostgresAppDatabase(location: location), try PostgresAppDatabase(location: location, create: false))
                                   })
        }
    }
}

@Suite("BookingStorage contract")
struct StorageContractTests {
    @Test(arguments: Backend.available) func savedRecordsReadBackExactly(backend: Backend) throws {
        try backend.contract().savedRecordsReadBackExactly()
    }

    @Test(arguments: Backend.available) func missingKeysReadAsNil(backend: Backend) throws {
        try backend.contract().missingKeysReadAsNil()
    }

    @Test(arguments: Backend.available) func insertsGetDistinctIdsThatFindThem(backend: Backend) throws {
        try backend.contract().insertsGetDistinctIdsThatFindThem()
    }

    @Test(arguments: Backend.available) func savingAgainReplacesTheRecordWithTheSameKey(backend: Backend) throws {
        try backend.contract().savingAgainReplacesTheRecordWithTheSameKey()
    }

    @Test(arguments: Backend.available) func removalRefusesWhileOtherRecordsReferToIt(backend: Backend) throws {
        try backend.contract().removalRefusesWhileOtherRecordsReferToIt()
    }

    @Test(arguments: Backend.available) func removalSucceedsOnceNothingRefersToIt(backend: Backend) throws {
        try backend.contract().removalSucceedsOnceNothingRefersToIt()
    }

    @Test(arguments: Backend.available) func closuresKeepTheirVenueAndRoomFromBeingRemoved(backend: Backend) throws {
        try backend.contract().closuresKeepTheirVenueAndRoomFromBeingRemoved()
    }

    @Test(arguments: Backend.available) func removingOrReplacingWhatIsMissingIsNotFound(backend: Backend) throws {
        try backend.contract().removingOrReplacingWhatIsMissingIsNotFound()
    }

    @Test(arguments: Backend.available) func aWriteThatThrowsLeavesNothingBehind(backend: Backend) throws {
        try backend.contract().aWriteThatThrowsLeavesNothingBehind()
    }

    @Test(arguments: Backend.available) func aFailedSaveUndoesTheEarlierSavesOfItsWrite(backend: Backend) throws {
        try backend.contract().aFailedSaveUndoesTheEarlierSavesOfItsWrite()
    }

    @Test(arguments: Backend.available) func aWriteReturnsTheValueOfItsBody(backend: Backend) throws {
        try backend.contract().aWriteReturnsTheValueOfItsBody()
    }

    @Test(arguments: Backend.available) func savesRefuseReferencesToMissingRecords(backend: Backend) throws {
        try backend.contract().savesRefuseReferencesToMissingRecords()
    }

    @Test(arguments: Backend.available) func aRoomThatAMovedOccurrenceUsesCannotBeRemoved(backend: Backend) throws {
        try backend.contract().aRoomThatAMovedOccurrenceUsesCannotBeRemoved()
    }

    @Test(arguments: Backend.available) func bookingsInRoomsOrOfAGroupAreThoseThatCanMeetThem(backend: Backend) throws {
        try backend.contract().bookingsInRoomsOrOfAGroupAreThoseThatCanMeetThem()
    }

    @Test(arguments: Backend.available) func aReadSeesOneStateWhileAWriteCommits(backend: Backend) throws {
        try backend.contract().aReadSeesOneStateWhileAWriteCommits()
    }
}

@Suite("BookingStorage contract: references held by requests")
struct RequestReferenceContractTests {
    @Test(arguments: Backend.available) func aRequestNamingAMissingVenueOrRoomIsNotSaved(backend: Backend) throws {
        try backend.contract().aRequestNamingAMissingVenueOrRoomIsNotSaved()
    }

    @Test(arguments: Backend.available) func aVenueOrRoomThatARequestNamesCannotBeRemoved(backend: Backend) throws {
        try backend.contract().aVenueOrRoomThatARequestNamesCannotBeRemoved()
    }

    @Test(arguments: Backend.available) func aSecondRequestWithTheSameGroupTermAndTitleIsAConflict(backend: Backend) throws {
        try backend.contract().aSecondRequestWithTheSameGroupTermAndTitleIsAConflict()
    }

    @Test(arguments: Backend.available) func twoGroupsCannotShareAToken(backend: Backend) throws {
        try backend.contract().twoGroupsCannotShareAToken()
    }

    @Test(arguments: Backend.available) func historyComesBackInOrderAndByBooking(backend: Backend) throws {
        try backend.contract().historyComesBackInOrderAndByBooking()
    }

    @Test(arguments: Backend.available) func outboxMessagesReadBackExactlyAndFilterByStatusAndGroup(backend: Backend) throws {
        try backend.contract().outboxMessagesReadBackExactlyAndFilterByStatusAndGroup()
    }

    @Test(arguments: Backend.available) func venuesKeepTheirAdministratorsAndGroupsTheirLanguage(backend: Backend) throws {
        try backend.contract().venuesKeepTheirAdministratorsAndGroupsTheirLanguage()
    }

    @Test(arguments: Backend.available) func historyAppendedByAWriteThatThrowsIsNotKept(backend: Backend) throws {
        try backend.contract().historyAppendedByAWriteThatThrowsIsNotKept()
    }

    @Test(arguments: Backend.available) func aPolicyIsStoredPerVenueAndNoneMeansNoLimits(backend: Backend) throws {
        try backend.contract().aPolicyIsStoredPerVenueAndNoneMeansNoLimits()
    }

    @Test(arguments: Backend.available) func aPolicyOfAMissingVenueIsNotFoundAndGoesWithItsVenue(backend: Backend) throws {
        try backend.contract().aPolicyOfAMissingVenueIsNotFoundAndGoesWithItsVenue()
    }

    @Test(arguments: Backend.available) func bookingTimesKeepCreatedAndMoveModified(backend: Backend) throws {
        try backend.contract().bookingTimesKeepCreatedAndMoveModified()
    }

    @Test(arguments: Backend.available) func textZonesAndLocalTimesComeBackAsWritten(backend: Backend) throws {
        try backend.contract().textZonesAndLocalTimesComeBackAsWritten()
    }

    @Test(arguments: Backend.available) func listsAreSortedByBytesAsSQLiteSortsThem(backend: Backend) throws {
        try backend.contract().listsAreSortedByBytesAsSQLiteSortsThem()
    }

    @Test(arguments: Backend.available) func twoHandlesApprovingCollidingBookingsNeverBothSucceed(backend: Backend) throws {
        try backend.contract().twoHandlesApprovingCollidingBookingsNeverBothSucceed()
    }
}
