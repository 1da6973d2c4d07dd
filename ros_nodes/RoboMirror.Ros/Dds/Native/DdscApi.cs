using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace RoboMirror.Ros.Dds.Native;

/// <summary>
/// Cyclone DDS's C API as function pointers resolved from one loaded copy of <c>libddsc</c>. The
/// declarations are split by area (entities, QoS, data, listeners, serdata). Each symbol is looked up
/// when the library loads, so a library that lacks one fails at once with its name rather than later.
/// Every pointer is checked against <c>nm -D libddsc.so.0debian</c> of Cyclone DDS 0.10.2.
/// </summary>
internal sealed unsafe partial class DdscApi
{
    private static readonly ConcurrentDictionary<string, Lazy<DdscApi>> Loaded = new(StringComparer.Ordinal);

    private DdscApi(IntPtr library, string loadedName)
    {
        Library = library;
        LoadedName = loadedName;
        BindEntities();
        BindQos();
        BindData();
        BindListeners();
        BindSerdata();
        Tables = new RawTypeTables(this);
    }

    /// <summary>The native library handle.</summary>
    public IntPtr Library { get; }

    /// <summary>The file name that loaded, e.g. <c>libddsc.so.0debian</c>.</summary>
    public string LoadedName { get; }

    /// <summary>The serdata and sertype operation tables built for this copy of the library.</summary>
    public RawTypeTables Tables { get; }

    /// <summary>Loads the library from the first of <paramref name="candidates"/> that exists (one instance per candidate list).</summary>
    /// <exception cref="CycloneDdsNotFoundException">None of the candidates loads; the message names the Debian package.</exception>
    public static DdscApi Load(IReadOnlyList<string> candidates)
    {
        var key = string.Join('\n', candidates);
        var lazy = Loaded.GetOrAdd(key, _ => new Lazy<DdscApi>(() => LoadNew(candidates), LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            return lazy.Value;
        }
        catch (CycloneDdsNotFoundException)
        {
            // Let a later call (after the package was installed) try again.
            Loaded.TryRemove(new KeyValuePair<string, Lazy<DdscApi>>(key, lazy));
            throw;
        }
    }

    private static DdscApi LoadNew(IReadOnlyList<string> candidates)
    {
        if (!CycloneDdsLibrary.TryLoad(candidates, out var handle, out var name))
        {
            throw new CycloneDdsNotFoundException(CycloneDdsLibrary.MissingMessageFor(candidates));
        }

        return new DdscApi(handle, name);
    }

    /// <summary>Throws <see cref="DdsException"/> when <paramref name="result"/> is negative; returns it otherwise.</summary>
    public int Check(int result, string operation)
    {
        if (result < 0)
        {
            ThrowDds(result, operation);
        }

        return result;
    }

    private void ThrowDds(int result, string operation)
    {
        var text = Marshal.PtrToStringUTF8(dds_strretcode(result)) ?? "no description";
        throw new DdsException(operation, result, text);
    }

    private IntPtr Symbol(string name)
    {
        if (NativeLibrary.TryGetExport(Library, name, out var address))
        {
            return address;
        }

        throw new CycloneDdsNotFoundException(
            $"{LoadedName} lacks the symbol {name}: RoboMirror needs Cyclone DDS 0.10.x "
            + $"(apt-get install {CycloneDdsLibrary.DebianPackage}, or point {CycloneDdsLibrary.OverrideVariable} at a 0.10 build).");
    }
}
