using RoboMirror.Ros.Dds;

namespace RoboMirror.Ros.Tests.Dds;

/// <summary>A DDS test: skipped, naming the Debian package, where libddsc is not installed. Default timeout 60 s.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class RequiresCycloneDdsFactAttribute : FactAttribute
{
    public RequiresCycloneDdsFactAttribute()
    {
        Timeout = 60_000;
        if (!CycloneDdsLibrary.TryLoad(CycloneDdsLibrary.CandidateNames, out _, out _))
        {
            Skip = CycloneDdsLibrary.MissingMessage;
        }
    }
}

/// <summary>A DDS theory: skipped, naming the Debian package, where libddsc is not installed. Default timeout 60 s.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class RequiresCycloneDdsTheoryAttribute : TheoryAttribute
{
    public RequiresCycloneDdsTheoryAttribute()
    {
        Timeout = 60_000;
        if (!CycloneDdsLibrary.TryLoad(CycloneDdsLibrary.CandidateNames, out _, out _))
        {
            Skip = CycloneDdsLibrary.MissingMessage;
        }
    }
}
