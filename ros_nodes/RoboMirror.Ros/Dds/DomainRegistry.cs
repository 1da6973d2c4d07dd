using System.Text;
using RoboMirror.Ros.Dds.Native;

namespace RoboMirror.Ros.Dds;

/// <summary>
/// Domains created with an explicit configuration (<c>dds_create_domain</c>), shared by every transport of
/// the process on that domain id and deleted when the last one lets go. Cyclone allows one instance of a
/// domain id per process, so two transports asking for different configurations of one id is an error.
/// </summary>
internal static unsafe class DomainRegistry
{
    private static readonly Lock Gate = new();
    private static readonly Dictionary<(DdscApi Api, int DomainId), Entry> Domains = [];

    /// <summary>Creates (or shares) the domain; dispose the result to let go of it.</summary>
    public static IDisposable Acquire(DdscApi api, int domainId, string configuration)
    {
        lock (Gate)
        {
            if (Domains.TryGetValue((api, domainId), out var entry))
            {
                if (!string.Equals(entry.Configuration, configuration, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException(
                        $"DDS domain {domainId} is already open in this process with another configuration; "
                        + "use one configuration per domain id, or another domain id.");
                }

                entry.References++;
                return new Lease(api, domainId);
            }

            var bytes = Encoding.UTF8.GetBytes(configuration + "\0");
            int result;
            fixed (byte* p = bytes)
            {
                result = api.dds_create_domain((uint)domainId, p);
            }

            if (result == DdsConstants.RetcodePreconditionNotMet)
            {
                throw new DdsException(
                    $"dds_create_domain({domainId})",
                    result,
                    "the domain was already created in this process without RoboMirror's configuration (by CYCLONEDDS_URI); "
                    + "pass the same Configuration to every transport on this domain id, or none.");
            }

            var handle = DdsEntityHandle.Create(api, result, $"dds_create_domain({domainId})");
            Domains[(api, domainId)] = new Entry(handle, configuration) { References = 1 };
            return new Lease(api, domainId);
        }
    }

    private static void Release(DdscApi api, int domainId)
    {
        lock (Gate)
        {
            if (Domains.TryGetValue((api, domainId), out var entry) && --entry.References == 0)
            {
                Domains.Remove((api, domainId));
                entry.Handle.Dispose();
            }
        }
    }

    private sealed class Entry(DdsEntityHandle handle, string configuration)
    {
        public DdsEntityHandle Handle { get; } = handle;

        public string Configuration { get; } = configuration;

        public int References { get; set; }
    }

    private sealed class Lease(DdscApi api, int domainId) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                Release(api, domainId);
            }
        }
    }
}
