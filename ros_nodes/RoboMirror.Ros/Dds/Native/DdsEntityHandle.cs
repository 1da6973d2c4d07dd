using System.Runtime.InteropServices;

namespace RoboMirror.Ros.Dds.Native;

/// <summary>
/// Owns one Cyclone DDS entity (domain, participant, topic, reader or writer): <c>dds_delete</c> on
/// release. Deleting an entity deletes its children, so owners release children first.
/// </summary>
internal sealed unsafe class DdsEntityHandle : SafeHandle
{
    private readonly DdscApi _api;

    private DdsEntityHandle(DdscApi api, int entity)
        : base(IntPtr.Zero, ownsHandle: true)
    {
        _api = api;
        SetHandle(entity);
    }

    public override bool IsInvalid => handle.ToInt64() <= 0;

    /// <summary>The dds_entity_t.</summary>
    public int Entity => (int)handle.ToInt64();

    /// <summary>Wraps the result of a dds_create_* call; throws <see cref="DdsException"/> when it is an error code.</summary>
    public static DdsEntityHandle Create(DdscApi api, int result, string operation) =>
        new(api, api.Check(result, operation));

    protected override bool ReleaseHandle()
    {
        var result = _api.dds_delete(Entity);

        // ALREADY_DELETED: a parent went first (for example the participant when a process shuts down).
        return result >= 0 || result == -9;
    }
}
