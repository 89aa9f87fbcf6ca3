/// The version `prostor --version` prints. Raised by hand with each release of the pilot.
enum ProstorVersion {
    static let text = "0.1.0"
}
