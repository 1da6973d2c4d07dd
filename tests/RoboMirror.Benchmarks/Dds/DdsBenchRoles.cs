using System.Runtime.CompilerServices;

namespace RoboMirror.Benchmarks.Dds;

/// <summary>
/// The DDS round-trip benchmark is not a BenchmarkDotNet benchmark: it needs a second process on the
/// other end of the wire, and it reports the median of individual round trips as Cyclone's own tools
/// do. Program.cs hands every run to BenchmarkDotNet, so the two roles are chosen by
/// <c>ROBOMIRROR_DDS_BENCH</c> before Main runs:
/// <list type="bullet">
/// <item><c>roundtrip</c>: measures C↔C (the idlc peer) and RoboMirror↔RoboMirror on loopback and prints both;</item>
/// <item><c>pong</c> (started by <c>roundtrip</c>): answers pings until told to stop or the timeout.</item>
/// </list>
/// <code>ROBOMIRROR_DDS_BENCH=roundtrip dotnet run -c Release --project tests/RoboMirror.Benchmarks</code>
/// </summary>
internal static class DdsBenchRoles
{
    public const string RoleVariable = "ROBOMIRROR_DDS_BENCH";

    [ModuleInitializer]
    internal static void RunRoleIfAsked()
    {
        var role = Environment.GetEnvironmentVariable(RoleVariable);
        if (string.IsNullOrEmpty(role))
        {
            return;
        }

        Environment.Exit(role switch
        {
            "roundtrip" => DdsRoundTrip.Run(Environment.GetCommandLineArgs()),
            "pong" => DdsPong.Run(),
            _ => Unknown(role),
        });
    }

    private static int Unknown(string role)
    {
        Console.Error.WriteLine($"{RoleVariable}={role} is not a role: use 'roundtrip' (or 'pong', which roundtrip starts itself).");
        return 64;
    }
}
