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
    let calendarHost: String
    /// Whether the site is served over HTTPS (then the CSRF cookie is `Secure`).
    let secureCookies: Bool

    /// Who changes what, for the history and the messages: a reader of the public site.
    func changeContext() -> ChangeContext {
        ChangeContext(actor: "web", now: Date(), calendarHost: calendarHost)
    }

    func register<Context: RequestContext>(on router: Router<Context>) {
        router.get("/request") { request, _ in
            try await BlockingWork.read { try self.show(RequestForm(prefill: request.uri.query), request: request, status: .ok) }
        }
        router.post("/request") { request, _ in
            let fields = try await self.fields(of: request)
            // The write may wait out another writer's lock: on threads of its own, not the request threads.
            return try await BlockingWork.write { try self.submit(fields, request: request) }
        }
        router.get("/request/sent") { request, _ in
            let language = Language.of(request)
            let frame = PageFrame(title: language.texts.form.sentTitle, language: language, path: "/request/sent")
            let reference = request.uri.queryParameters["ref"].flatMap { Int64(String($0)) }
            return self.pages.html(self.pages.render("request-sent", SentPage(page: frame, home: Link.to("/", language: language),
                                                                           reference: reference, g: GroupTexts.of(language))))
        }
    }

    /// The posted form's fields, read up to the size limit.
    func fields(of request: Request) async throws -> FormFields {
        var request = request
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: maxBodyBytes)
        } catch let error as any HTTPResponseError {
            throw error
        } catch {
            // The client stopped sending before the body it announced ended: its request, not our fault.
            throw HTTPError(.badRequest)
        }
        return FormFields(urlEncoded: String(buffer: body))
    }

    /// Files the request: on the public form as a new group, or with `group` from that group's own page
    /// (`path` is the form's address). Answers with the form again, its errors beside the fields, or
    /// sends the reader to the page that shows the request's reference number.
    func submit(_ fields: FormFields, request: Request, group known: Group? = nil, path: String = "/request") throws -> Response {
        try csrf.verify(request, form: fields)
        let language = Language.of(request)
        let messages = FormMessages(language: language)
        var form = RequestForm(fields)
        let show = { (form: RequestForm, status: HTTPResponse.Status, offerLink: Bool) throws -> Response in
            try self.show(form, request: request, status: status, path: path, group: known, offerLink: offerLink)
        }
        guard let (submission, group) = form.prepare(messages: messages, group: known) else {
            return try show(form, .unprocessableContent, false)
        }
        let saved: Bookings.Request
        do {
            saved = try storage.write { writer in try submission.submit(to: writer, creating: group, context: self.changeContext()) }
        } catch let error as GroupAlreadyKnown {
            // Anyone can type a group's name: a request for a known group is sent from that group's page.
            let texts = GroupTexts.of(language)
            if error.field == "name" { form.errors["groupName"] = texts.knownName } else { form.errors["email"] = texts.knownEmail }
            return try show(form, .unprocessableContent, true)
        } catch let error as InvalidValue {
            form.errors[RequestFormFields.field(for: error.field)] = messages.message(for: error)
            return try show(form, .unprocessableContent, false)
        } catch is StoreConflict {
            // The one conflict a new request can meet: the group already asked under this title this term.
            form.errors["title"] = messages.duplicateTitle()
            return try show(form, .unprocessableContent, false)
        } catch let error as NotFound {
            let field = switch error.kind {
            case "term": "term"
            case "group": "groupName"
            case "feature": "features"
            default: "venue"
            }
            form.errors[field] = messages.notFound(error)
            return try show(form, .unprocessableContent, false)
        } catch is StoreBusy {
            // Nothing was saved (the write is one transaction); what the reader typed goes back in the form,
            // so one more press of the button sends it, instead of a 500 page that loses it.
            form.notice = messages.busy()
            var response = try show(form, .serviceUnavailable, false)
            response.headers[.retryAfter] = "10"
            return response
        }
        let reference = [("ref", String(saved.id ?? 0))]
        let next = known.map { Link.to("/groups/\($0.token)", reference, language: language) }
            ?? Link.to("/request/sent", reference, language: language)
        return Response(status: .seeOther, headers: [.location: next])
    }

    func show(_ form: RequestForm, request: Request, status: HTTPResponse.Status, path: String = "/request",
              group: Group? = nil, offerLink: Bool = false) throws -> Response {
        let language = Language.of(request)
        let (token, isNew) = csrf.token(for: request)
        let choices = try storage.read { reader in
            (try reader.terms(), try reader.venues(), Set(try reader.rooms(in: nil).flatMap(\.features)).sorted())
        }
        let page = RequestFormPage(form: form, language: language, csrfToken: token,
                                   terms: choices.0, venues: choices.1, features: choices.2,
                                   path: path, fixedGroup: group?.name, offerLink: offerLink)
        var headers: HTTPFields = [.cacheControl: "no-store"]
        // A group's form has its token in the address: no other site may learn it from a Referer.
        if group != nil { headers[.referrerPolicy] = "no-referrer" }
        if isNew { headers[.setCookie] = csrf.cookie(token, secure: secureCookies).description }
        return pages.html(pages.render("request-form", page), status: status, headers: headers)
    }
}

struct SentPage {
    let page: PageFrame
    let home: String
    let reference: Int64?
    let g: GroupTexts
}
