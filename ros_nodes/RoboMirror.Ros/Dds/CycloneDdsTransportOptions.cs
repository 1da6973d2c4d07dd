using System.Globalization;

namespace RoboMirror.Ros.Dds;

/// <summary>Settings of the Cyclone DDS transport; defaults follow ROS 2 (domain 0, enclave <c>/</c>, Jazzy).</summary>
public sealed record CycloneDdsTransportOptions
{
    /// <summary>Highest domain id whose ports fit in the default port mapping.</summary>
    public const int MaxDomainId = 232;

    /// <summary>The DDS domain (ROS_DOMAIN_ID). Default 0.</summary>
    public int DomainId { get; init; }

    /// <summary>Which ROS 2 distribution's wire details to follow. Default <see cref="RosDistro.Jazzy"/>.</summary>
    public RosDistro Distro { get; init; } = RosDistro.Jazzy;

    /// <summary>
    /// Cyclone DDS configuration for the domain: XML text or a <c>file://</c> URI. Null (the default) leaves
    /// it to the <c>CYCLONEDDS_URI</c> environment variable, as every Cyclone DDS program does.
    /// </summary>
    public string? Configuration { get; init; }

    /// <summary>The security enclave announced in participant USER_DATA (<c>enclave=/;</c>). Default <c>/</c>.</summary>
    public string Enclave { get; init; } = "/";

    /// <summary>Library files to try, in order; null (the default) uses <see cref="CycloneDdsLibrary.DefaultCandidates"/>.</summary>
    public IReadOnlyList<string>? LibraryCandidates { get; init; }

    /// <summary>Options from the environment as ROS 2 reads it: <c>ROS_DOMAIN_ID</c> (default 0).</summary>
    public static CycloneDdsTransportOptions FromEnvironment()
    {
        var text = Environment.GetEnvironmentVariable("ROS_DOMAIN_ID");
        if (string.IsNullOrWhiteSpace(text))
        {
            return new CycloneDdsTransportOptions();
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? new CycloneDdsTransportOptions { DomainId = id }
            : throw new ArgumentException($"ROS_DOMAIN_ID '{text}' is not a number between 0 and {MaxDomainId}; unset it or set it to one.");
    }

    /// <summary>Throws one <see cref="ArgumentException"/> naming every invalid option, its value and the reason.</summary>
    public void Validate()
    {
        var errors = new List<string>();
        if (DomainId is < 0 or > MaxDomainId)
        {
            errors.Add($"DomainId {DomainId}: must be between 0 and {MaxDomainId}");
        }

        if (!Enum.IsDefined(Distro))
        {
            errors.Add($"Distro {(int)Distro}: must be Humble or Jazzy");
        }

        if (string.IsNullOrEmpty(Enclave) || Enclave[0] != '/' || Enclave.Contains(';', StringComparison.Ordinal))
        {
            errors.Add($"Enclave '{Enclave}': must start with '/' and contain no ';'");
        }

        if (Configuration is { Length: 0 })
        {
            errors.Add("Configuration '': must be null (use CYCLONEDDS_URI) or XML text or a file:// URI");
        }

        if (LibraryCandidates is { Count: 0 })
        {
            errors.Add("LibraryCandidates []: must be null (the default names) or name at least one library");
        }

        if (errors.Count > 0)
        {
            throw new ArgumentException($"The '{nameof(CycloneDdsTransportOptions)}' are invalid. Validation errors: {string.Join("; ", errors)}.");
        }
    }
}
