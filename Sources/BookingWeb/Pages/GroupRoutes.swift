import Bookings
import Foundation
import HTTPTypes
import Hummingbird

/// A group's own pages, addressed by the token of its private feed: `/groups/TOKEN` (its requests,
/// dates and feed) and `/groups/TOKEN/request` (the request form that files under the group), and
/// `POST /groups/link`, which sends a known group the address of its page by e-mail.
struct GroupRoutes: Sendable {
    let storage: any BookingStorage
    let pages: PageRenderer
    let form: RequestFormRoutes
    let base: @Sendable (Request) -> String

    func register<Context: RequestContext>(on router: Router<Context>) {
        router.get("/groups/{token}") { request, context in
            let token = try Self.token(context.parameters.require("token"))
            return try await BlockingWork.read { try self.page(request, token: token) }
        }
        router.get("/groups/{token}/request") { request, context in
            let token = try Self.token(context.parameters.require("token"))
            return try await BlockingWork.read {
                let group = try self.group(token)
                return try self.form.show(RequestForm(prefill: request.uri.query), request: request,
                                          status: .ok, path: "/groups/\(group.token)/request", group: group)
            }
        }
        router.post("/groups/{token}/request") { request, context in
            let token = try Self.token(context.parameters.require("token"))
            let fields = try await self.form.fields(of: request)
            return try await BlockingWork.write {
                let group = try self.group(token)
                return try self.form.submit(fields, request: request, group: group, path: "/groups/\(group.token)/request")
            }
        }
        router.post("/groups/link") { request, _ in
            let fields = try await self.form.fields(of: request)
            return try await BlockingWork.write { try self.sendLink(fields, request: request) }
        }
    }

    /// A token as a group's page and feed accept it; anything else cannot be one, and gets 404 like an
    /// unknown one.
    static func token(_ text: String) throws -> String {
        guard text.count >= 16, text.count <= 128, text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
            throw HTTPError(.notFound)
        }
        return text
    }

    func group(_ token: String) throws -> Group {
        let group = try storage.read { reader in
            try reader.groups().first { StoreFeedSource.sameToken($0.token, token) }
        }
        guard let group else { throw HTTPError(.notFound) }
        return group
    }

    func page(_ request: Request, token: String) throws -> Response {
        guard let (group, data) = try GroupPage.load(token: token, storage: storage) else { throw HTTPError(.notFound) }
        let language = Language.of(request)
        let sent = request.uri.queryParameters["ref"].flatMap { Int64(String($0)) }
        let page = try GroupPage(group: group, data: data, language: language, base: base(request), sentReference: sent)
        return pages.html(pages.render("group", page), headers: Self.privateHeaders)
    }

    /// The answer is the same whether or not the group exists or was sent a link, so the form tells no
    /// one which names and addresses are known.
    func sendLink(_ fields: FormFields, request: Request) throws -> Response {
        try form.csrf.verify(request, form: fields)
        let context = form.changeContext()
        try storage.write { writer in
            guard let known = try GroupIdentity.match(name: fields["groupName"], email: fields["email"], in: writer)
            else { return }
            _ = try GroupIdentity.sendLink(to: known.group, in: writer, context: context)
        }
        let language = Language.of(request)
        let texts = GroupTexts.of(language)
        let page = LinkSentPage(page: PageFrame(title: texts.linkTitle, language: language, path: "/request"), g: texts,
                                home: Link.to("/", language: language))
        return pages.html(pages.render("link-sent", page), headers: [.cacheControl: "no-store"])
    }

    /// A page with a token in its address: not cached, not indexed, and no Referer to other sites.
    static let privateHeaders: HTTPFields = [.cacheControl: "no-store", .referrerPolicy: "no-referrer", .robotsTag: "noindex"]
}

struct LinkSentPage {
    let page: PageFrame
    let g: GroupTexts
    let home: String
}

extension HTTPField.Name {
    static let referrerPolicy = Self("Referrer-Policy")!
    static let robotsTag = Self("X-Robots-Tag")!
}
