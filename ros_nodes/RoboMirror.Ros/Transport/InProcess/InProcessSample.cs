namespace RoboMirror.Ros.Transport.InProcess;

/// <summary>One written sample, shared read-only by every reader it was delivered to.</summary>
/// <param name="Data">The serialized bytes (a private copy of what the writer passed).</param>
/// <param name="Timestamp">When it was written, by the transport's clock.</param>
/// <param name="ExpiresAt">When it stops being delivered (the writer's lifespan), or <see cref="DateTimeOffset.MaxValue"/>.</param>
/// <param name="WriterGid">The writing endpoint's id.</param>
internal sealed record InProcessSample(byte[] Data, DateTimeOffset Timestamp, DateTimeOffset ExpiresAt, byte[] WriterGid);
