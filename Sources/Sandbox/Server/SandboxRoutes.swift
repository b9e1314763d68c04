import Hummingbird

/// The five endpoints of `api/customers.md` on a router; every other path is a 404 in the API's
/// error shape. All of them go through `SandboxService.respond`.
enum SandboxRoutes {
    static let prefix = "/api/v1/customers"

    static func router(for service: SandboxService) -> Router<SandboxRequestContext> {
        let router = Router(context: SandboxRequestContext.self)
        router.add(middleware: UnknownPathMiddleware(service: service))
        let list = ListEndpoint(service: service)
        let find = FindEndpoint(service: service)
        let customers = CustomerEndpoint(service: service)

        router.post("\(prefix).json") { request, context in
            try await service.respond(to: request, context: context) { try await customers.create($0) }
        }
        // `list.json`, `find.json` and `:id.json` share one path shape; the file name decides.
        router.get("\(prefix)/:file") { request, context in
            let file = context.parameters.get("file") ?? ""
            return try await service.respond(to: request, context: context) { request in
                switch file {
                case "list.json": return await list.reply(to: request)
                case "find.json": return await find.reply(to: request)
                default:
                    guard let id = customerID(file) else { return .error(.notFound, "Unknown endpoint") }
                    return await customers.get(id: id)
                }
            }
        }
        router.put("\(prefix)/:file") { request, context in
            let file = context.parameters.get("file") ?? ""
            return try await service.respond(to: request, context: context) { request in
                guard let id = customerID(file) else { return .error(.notFound, "Unknown endpoint") }
                return try await customers.update(id: id, request)
            }
        }
        return router
    }

    /// `1006.json` → 1006.
    static func customerID(_ file: String) -> Int? {
        guard file.hasSuffix(".json") else { return nil }
        let digits = file.dropLast(5)
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else { return nil }
        return Int(digits)
    }
}

/// Answers requests no route takes (unknown paths, other methods) like the API would: after auth
/// and the rate limit, with a JSON error body.
struct UnknownPathMiddleware: RouterMiddleware {
    let service: SandboxService

    func handle(_ request: Request, context: SandboxRequestContext,
                next: (Request, SandboxRequestContext) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError {
            let message = error.status == .notFound ? "Unknown endpoint" : (error.body ?? error.status.reasonPhrase)
            return try await service.respond(to: request, context: context) { _ in .error(error.status, message) }
        }
    }
}
