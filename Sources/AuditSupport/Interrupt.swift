import Foundation

/// Ctrl-C handled by the program instead of ending it at once.
public enum Interrupt {
    /// Calls `handler` on SIGINT; cancel the returned source to stop listening.
    public static func onControlC(_ handler: @escaping @Sendable () -> Void) -> DispatchSourceSignal {
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler(handler: handler)
        source.resume()
        return source
    }
}
