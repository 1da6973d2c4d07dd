using System.Runtime.InteropServices;
using Xunit;

namespace RoboMirror.Testing;

/// <summary>
/// A fact that needs a native library (for example Cyclone DDS's libddsc). Where none of the names
/// loads, the test is reported as skipped, naming the Debian package that provides it.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresNativeLibraryFactAttribute : FactAttribute
{
    public RequiresNativeLibraryFactAttribute(string debianPackage, params string[] libraryNames)
    {
        foreach (var name in libraryNames)
        {
            if (NativeLibrary.TryLoad(name, out var handle))
            {
                NativeLibrary.Free(handle);
                return;
            }
        }

        Skip = $"Native library {string.Join(" / ", libraryNames)} not found: apt-get install {debianPackage}.";
    }
}
