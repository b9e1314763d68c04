import Hummingbird
import NIOCore

/// The request context of the sandbox: Hummingbird's core context plus the connection, which the
/// reset fault closes.
public struct SandboxRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The connection the request came in on.
    let channel: any Channel

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        channel = source.channel
    }
}
