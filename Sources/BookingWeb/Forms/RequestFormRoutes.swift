import Bookings
import Foundation
import Hummingbird

/// `GET /request` shows the form; `POST /request` checks it and saves a pending request, then
/// redirects to `/request/sent`; the administrator sees it with `prostor request list`.
struct RequestFormRoutes: Sendable {
    let storage: any BookingStorage
    let pages: PageRenderer
    let csrf = CSRFProtection()
    /// Bodies over this many bytes are refused with 413 before they are read whole.
    let maxBodyBytes: Int
    /// Whether the site is served over HTTPS (then the CSRF cookie is `Secure`).
    let secureCookies: Bool

    func register<Context: RequestContext>(on router: Router<Context>) {
        router.get("/request") { request, _ in
            try await BlockingWork.read { try self.show(RequestForm(), request: request, status: .ok) }
        }
        router.post("/request") { request, _ in
            var request = request
            let body: ByteBuffer
            do {
                body = try await request.collectBody(upTo: self.maxBodyBytes)
            } catch let error as any HTTPResponseError {
                throw error
            } catch {
                // The client stopped sending before the body it announced ended: its request, not our fault.
                throw HTTPError(.badRequest)
            }
            let (text, received) = (String(buffer: body), request)
            // The write may wait out another writer's lock: on threads of its own, not the request threads.
            return try await BlockingWork.write { try self.submit(FormFields(urlEncoded: text), request: received) }
        }
        router.get("/request/sent") { request, _ in
            let language = Language.of(request)
            let frame = PageFrame(title: language.texts.form.sentTitle, language: language, path: "/request/sent")
            return self.pages.html(self.pages.render("request-sent", SentPage(page: frame, home: Link.to("/", language: language))))
        }
    }

    func submit(_ fields: FormFields, request: Request) throws -> Response {
        try csrf.verify(request, form: fields)
        let language = Language.of(request)
        let messages = FormMessages(language: language)
        var form = RequestForm(fields)
        guard let (submission, group) = form.prepare(messages: messages) else {
            return try show(form, request: request, status: .unprocessableContent)
        }
        do {
            _ = try storage.write { writer in try submission.submit(to: writer, creating: group) }
        } catch let error as InvalidValue {
            form.errors[RequestFormFields.field(for: error.field)] = messages.message(for: error)
            return try show(form, request: request, status: .unprocessableContent)
        } catch is StoreConflict {
            // The one conflict a new request can meet: the group already asked under this title this term.
            form.errors["title"] = messages.duplicateTitle()
            return try show(form, request: request, status: .unprocessableContent)
        } catch let error as NotFound {
            let field = switch error.kind {
            case "term": "term"
            case "group": "groupName"
            case "feature": "features"
            default: "venue"
            }
            form.errors[field] = messages.notFound(error)
            return try show(form, request: request, status: .unprocessableContent)
        } catch is StoreBusy {
            // Nothing was saved (the write is one transaction); what the reader typed goes back in the form,
            // so one more press of the button sends it, instead of a 500 page that loses it.
            form.notice = messages.busy()
            var response = try show(form, request: request, status: .serviceUnavailable)
            response.headers[.retryAfter] = "10"
            return response
        }
        return Response(status: .seeOther, headers: [.location: Link.to("/request/sent", language: language)])
    }

    func show(_ form: RequestForm, request: Request, status: HTTPResponse.Status) throws -> Response {
        let language = Language.of(request)
        let (token, isNew) = csrf.token(for: request)
        let choices = try storage.read { reader in
            (try reader.terms(), try reader.venues(), Set(try reader.rooms(in: nil).flatMap(\.features)).sorted())
        }
        let page = RequestFormPage(form: form, language: language, csrfToken: token,
                                   terms: choices.0, venues: choices.1, features: choices.2)
        var headers: HTTPFields = [.cacheControl: "no-store"]
        if isNew { headers[.setCookie] = csrf.cookie(token, secure: secureCookies).description }
        return pages.html(pages.render("request-form", page), status: status, headers: headers)
    }
}

struct SentPage {
    let page: PageFrame
    let home: String
}
