/// A raw buffer handed to the chunks of `ParallelChunks`, whose closures are `@Sendable` while a
/// buffer pointer is not. Sound only as used here: the chunks read it, or each writes its own
/// indices, and the buffer outlives the parallel call.
struct SharedBuffer<Buffer>: @unchecked Sendable {
    let buffer: Buffer

    init(_ buffer: Buffer) { self.buffer = buffer }
}
