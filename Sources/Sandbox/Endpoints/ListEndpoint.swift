import CustomerModel
import Foundation
import Hummingbird

/// `GET /api/v1/customers/list.json?offset=&modified_since=`: customers in id order, `pageSize` a
/// page, with `pagination.count` and `pagination.next_offset` (null after the last page).
struct ListEndpoint: Sendable {
    let service: SandboxService

    func reply(to request: Request) async -> SandboxReply {
        let parameters = request.uri.queryParameters
        var offset = 0
        if let text = parameters["offset"].map(String.init), !text.isEmpty {
            guard let value = Int(text), value >= 0 else {
                return .error(.badRequest, "offset must be a whole number of 0 or more")
            }
            offset = value
        }
        var modifiedSince: Date?
        if let text = parameters["modified_since"].map(String.init), !text.isEmpty {
            guard let date = APITimestamp.parse(text) else {
                return .error(.badRequest, "modified_since must be a date and time as YYYY-MM-DD HH:MM:SS")
            }
            modifiedSince = date
        }
        let pageSize = service.configuration.pageSize
        let page = await service.store.page(offset: offset, limit: pageSize, modifiedSince: modifiedSince)
        let nextOffset = page.hasMore ? String(offset + page.ids.count) : "null"
        var json = "{\"error\":false,\"error_message\":null,\"customers\":["
        json.reserveCapacity(page.json.reduce(128) { $0 + $1.utf8.count + 1 })
        for (index, customer) in page.json.enumerated() {
            if index > 0 { json += "," }
            json += customer
        }
        json += "],\"pagination\":{\"count\":\(page.ids.count),\"next_offset\":\(nextOffset)}}"
        // Drift happens between pages: after the last one the pull is over and would not notice.
        if page.hasMore { await service.driftAfterPage(endingAt: offset + page.ids.count) }
        return .ok(json)
    }
}
