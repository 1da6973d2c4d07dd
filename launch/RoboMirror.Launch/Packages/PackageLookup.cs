namespace RoboMirror.Launch.Packages;

/// <summary>How a package's executable is run here: a command line, or why it cannot be.</summary>
public sealed record ExecutableLookup(IReadOnlyList<string>? Command, string? Problem)
{
    public static ExecutableLookup Found(IReadOnlyList<string> command) => new(command, null);

    public static ExecutableLookup NotFound(string problem) => new(null, problem);
}

/// <summary>Finds packages' share folders and executables, for <c>$(find-pkg-share)</c> and <c>&lt;node pkg exec&gt;</c>.</summary>
public interface IPackageLookup
{
    /// <summary>The share folder of <paramref name="package"/>, or null when it is not known here.</summary>
    string? FindShare(string package);

    /// <summary>The install prefix of <paramref name="package"/> (share's grandparent on ROS), or null.</summary>
    string? FindPrefix(string package);

    /// <summary>The command line that runs <paramref name="executable"/> of <paramref name="package"/>.</summary>
    ExecutableLookup FindExecutable(string package, string executable);

    /// <summary>What to tell a user when <paramref name="package"/> is not known, in one sentence.</summary>
    string HowToMap(string package);
}
