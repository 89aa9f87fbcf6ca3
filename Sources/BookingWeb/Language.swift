import Foundation
import Hummingbird

/// The language of a page: Slovenian first, English when asked for (`?lang=en`) or when the
/// browser's Accept-Language prefers it to Slovenian.
enum Language: String, Sendable, CaseIterable {
    case sl, en

    /// `?lang=` wins; otherwise the first of sl and en by the browser's q-values; otherwise Slovenian.
    static func negotiate(query: String?, acceptLanguage: String?) -> Language {
        if let query, let chosen = Language(rawValue: query.lowercased()) { return chosen }
        guard let acceptLanguage else { return .sl }
        var best: (language: Language, quality: Double)?
        for (position, item) in acceptLanguage.split(separator: ",").enumerated() {
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = parts.first?.lowercased(),
                  let language = Language(rawValue: String(tag.split(separator: "-").first ?? "")) else { continue }
            let quality = parts.dropFirst().compactMap { part -> Double? in
                part.hasPrefix("q=") ? Double(part.dropFirst(2)) : nil
            }.first ?? 1
            // Earlier entries win ties, as browsers list languages in order of preference.
            let adjusted = quality - Double(position) * 1e-6
            if quality > 0, adjusted > best?.quality ?? 0 { best = (language, adjusted) }
        }
        return best?.language ?? .sl
    }

    static func of(_ request: Request) -> Language {
        negotiate(query: request.uri.queryParameters["lang"].map(String.init),
                  acceptLanguage: request.headers[.acceptLanguage])
    }

    var texts: Texts { self == .sl ? .slovenian : .english }
}
