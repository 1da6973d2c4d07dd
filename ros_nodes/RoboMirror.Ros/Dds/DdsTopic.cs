using System.Text;
using RoboMirror.Ros.Dds.Native;

namespace RoboMirror.Ros.Dds;

/// <summary>
/// A topic entity of the raw-bytes type (<see cref="RawSertype"/>) and the sertype Cyclone settled on for
/// it (it may replace ours with an equal one it already knows). One per reader or writer.
/// </summary>
internal sealed unsafe class DdsTopic : IDisposable
{
    private DdsTopic(DdsEntityHandle handle, IntPtr sertype, string ddsName)
    {
        Handle = handle;
        Sertype = sertype;
        DdsName = ddsName;
    }

    public DdsEntityHandle Handle { get; }

    /// <summary>The ddsi_sertype in use: valid while <see cref="Handle"/> is.</summary>
    public IntPtr Sertype { get; }

    public string DdsName { get; }

    public static DdsTopic Create(DdscApi api, int participant, string ddsTopic, string ddsType)
    {
        var sertype = RawSertype.Create(api, ddsType);
        var name = Encoding.UTF8.GetBytes(ddsTopic + "\0");
        int result;
        fixed (byte* p = name)
        {
            // On failure the unregistered sertype stays ours; Cyclone 0.10 gives no way to tell whether it
            // was already released, so it is left (about 100 bytes) rather than risk a double free.
            result = api.dds_create_topic_sertype(participant, p, &sertype, IntPtr.Zero, IntPtr.Zero, IntPtr.Zero);
        }

        var handle = DdsEntityHandle.Create(api, result, $"dds_create_topic_sertype({ddsTopic}, {ddsType})");
        return new DdsTopic(handle, sertype, ddsTopic);
    }

    public void Dispose() => Handle.Dispose();
}
