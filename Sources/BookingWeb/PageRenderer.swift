import Foundation
import Hummingbird
import Mustache

/// The Mustache templates and the stylesheet, loaded once from the module's resources.
struct PageRenderer: Sendable {
    let library: MustacheLibrary
    let stylesheet: String
    let printStylesheet: String

    /// Loads every `Resources/templates/*.mustache` (partials included) and the CSS files.
    init() throws {
        guard let resources = Bundle.module.url(forResource: "Resources", withExtension: nil) else {
            throw ResourceMissing(name: "Resources")
        }
        let templates = resources.appendingPathComponent("templates")
        var library = MustacheLibrary()
        let names = try FileManager.default.contentsOfDirectory(atPath: templates.path).filter { $0.hasSuffix(".mustache") }
        for name in names.sorted() {
            let text = try String(contentsOf: templates.appendingPathComponent(name), encoding: .utf8)
            try library.register(text, named: String(name.dropLast(".mustache".count)))
        }
        self.library = library
        stylesheet = try String(contentsOf: resources.appendingPathComponent("static/prostor.css"), encoding: .utf8)
        printStylesheet = try String(contentsOf: resources.appendingPathComponent("static/print.css"), encoding: .utf8)
    }

    /// The page as HTML. Template names are fixed in the code, so a missing one is found by the tests of
    /// every route; the fallback only keeps a reader from an empty answer.
    func render(_ template: String, _ object: Any) -> String {
        library.render(object, withTemplate: template) ?? "<!doctype html><title>Prostor</title><p>500</p>"
    }

    func html(_ text: String, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        var fields = headers
        fields[.contentType] = "text/html; charset=utf-8"
        // Pages depend on the language negotiated from Accept-Language, so caches must keep them apart.
        fields[.vary] = "Accept-Language"
        // Defence in depth behind the escaping: the pages have no scripts and load nothing from elsewhere.
        fields[.contentSecurityPolicy] = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'"
        fields[.xContentTypeOptions] = "nosniff"
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}

/// A resource file the package should have copied into the module's bundle.
struct ResourceMissing: Error, CustomStringConvertible {
    let name: String
    var description: String { "BookingWeb resource \(name) is missing from the bundle" }
}

/// What every page's frame (head, header, footer) needs.
struct PageFrame: Sendable {
    let title: String
    let lang: String
    let t: Texts
    /// The same page in the other language.
    let otherLanguageLink: String
    let homeLink: String
    let requestLink: String

    init(title: String, language: Language, path: String, parameters: [(String, String)] = []) {
        self.title = title
        lang = language.rawValue
        t = language.texts
        let other: Language = language == .sl ? .en : .sl
        otherLanguageLink = Link.to(path, parameters + [("lang", other.rawValue)])
        homeLink = Link.to("/", language: language)
        requestLink = Link.to("/request", language: language)
    }
}

/// Builds the links of pages: paths with their query, values percent-encoded.
enum Link {
    static func to(_ path: String, _ parameters: [(String, String)]) -> String {
        guard !parameters.isEmpty else { return path }
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
        let query = parameters.map { name, value in
            "\(name)=\(value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")"
        }
        return path + "?" + query.joined(separator: "&")
    }

    /// Adds `lang=en` for English, so that a reader who chose it stays in it.
    static func to(_ path: String, _ parameters: [(String, String)] = [], language: Language) -> String {
        to(path, parameters + (language == .en ? [("lang", "en")] : []))
    }
}
