using System.Runtime.InteropServices;
using RoboMirror.Ros.Dds.Native;

namespace RoboMirror.Ros.Dds;

/// <summary>The listeners: they run on a Cyclone thread and must never let an exception escape.</summary>
internal sealed partial class CycloneDdsReader
{
    /// <summary>
    /// A writer matched: note its GUID now, while Cyclone still knows it, so that samples it sent can be
    /// attributed even after it has gone (a peer that writes and exits at once).
    /// </summary>
    [UnmanagedCallersOnly]
    private static void OnSubscriptionMatched(int reader, DdsMatchedStatus status, IntPtr argument)
    {
        try
        {
            if (status.CurrentCountChange > 0 && GCHandle.FromIntPtr(argument).Target is CycloneDdsReader self)
            {
                self.PublisherGid(status.LastHandle, reader);
            }
        }
#pragma warning disable CA1031 // An exception escaping into native code would end the process.
        catch (Exception e)
#pragma warning restore CA1031
        {
            if (GCHandle.FromIntPtr(argument).Target is CycloneDdsReader self)
            {
                self.LastHandlerFault = e;
            }
        }
    }

    [UnmanagedCallersOnly]
    private static void OnDataAvailable(int reader, IntPtr argument)
    {
        try
        {
            if (GCHandle.FromIntPtr(argument).Target is CycloneDdsReader self)
            {
                self._handler?.Invoke();
            }
        }
#pragma warning disable CA1031 // An exception escaping into native code would end the process.
        catch (Exception e)
#pragma warning restore CA1031
        {
            if (GCHandle.FromIntPtr(argument).Target is CycloneDdsReader self)
            {
                self.LastHandlerFault = e;
            }
        }
    }
}
