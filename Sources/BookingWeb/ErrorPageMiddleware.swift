import Hummingbird

/// Turns every error — of the domain (through `HTTPError(answering:)`), Hummingbird's (404 for an
/// unknown path, 413 for a body over the limit) and any other — into a localized HTML page, so that no
/// stack trace or internal message reaches a reader. Errors with no HTTP meaning are logged and shown as 500.
struct ErrorPageMiddleware<Context: RequestContext>: RouterMiddleware {
    let pages: PageRenderer

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            if let answer = HTTPError(answering: error) {
                var response = pages.errorPage(status: answer.status, request: request)
                if let retryAfter = answer.headers[.retryAfter] { response.headers[.retryAfter] = retryAfter }
                return response
            }
            if let answer = error as? any HTTPResponseError {
                return pages.errorPage(status: answer.status, request: request)
            }
            context.logger.error("\(request.method) \(request.uri.path): \(String(reflecting: error))")
            return pages.errorPage(status: .internalServerError, request: request)
        }
    }
}

extension PageRenderer {
    struct ErrorPage {
        let page: PageFrame
        let status: Int
        let message: String
    }

    func errorPage(status: HTTPResponse.Status, request: Request) -> Response {
        let language = Language.of(request)
        let texts = language.texts
        let message = switch status {
        case .notFound: texts.notFound
        case .contentTooLarge: texts.tooLarge
        case .forbidden: texts.forbidden
        case .badRequest: texts.badRequest
        case .conflict: texts.conflict
        case .serviceUnavailable: texts.busy
        default: status.code >= 500 ? texts.serverError : texts.badRequest
        }
        let frame = PageFrame(title: "\(status.code) – \(message)", language: language, path: request.uri.path)
        return html(render("error", ErrorPage(page: frame, status: status.code, message: message)), status: status)
    }
}
