import Bookings
import Hummingbird

/// Cross-site request forgery protection for the request form, by double submission: the form page
/// sets a random token in a `SameSite=Strict`, HttpOnly cookie and repeats it in a hidden field; a POST
/// is accepted only when both are present and equal. Another site can make a browser send the cookie
/// (SameSite aside) but cannot read it to fill the field, and `Sec-Fetch-Site`, where the browser
/// sends it, must say the form came from this site.
struct CSRFProtection: Sendable {
    static let cookieName = "prostor_csrf"
    static let fieldName = "csrf"

    /// The token of the reader's cookie when it has a well-formed one, else a new one to set.
    func token(for request: Request) -> (token: String, isNew: Bool) {
        if let existing = request.cookies[Self.cookieName]?.value, Self.isWellFormed(existing) {
            return (existing, false)
        }
        return (Group.newToken(), true)
    }

    func cookie(_ token: String, secure: Bool) -> Cookie {
        // Path "/": the forms post to /request, /groups/TOKEN/request and /groups/link, and a browser sends
        // a cookie only to addresses under its path.
        Cookie(name: Self.cookieName, value: token, path: "/", secure: secure, httpOnly: true, sameSite: .strict)
    }

    /// Throws 403 unless the form's token equals the cookie's and the browser does not say the
    /// request came from another site.
    func verify(_ request: Request, form: FormFields) throws(HTTPError) {
        let site = request.headers.first { $0.name.canonicalName == "sec-fetch-site" }?.value
        if let site, site != "same-origin", site != "none" {
            throw HTTPError(.forbidden)
        }
        guard let cookie = request.cookies[Self.cookieName]?.value, Self.isWellFormed(cookie),
              Self.constantTimeEqual(cookie, form[Self.fieldName]) else {
            throw HTTPError(.forbidden)
        }
    }

    static func isWellFormed(_ token: String) -> Bool {
        token.count == 32 && token.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }

    /// Compares without stopping at the first difference, so timing tells nothing about the token.
    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
