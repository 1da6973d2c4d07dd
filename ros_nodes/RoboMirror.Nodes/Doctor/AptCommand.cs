namespace RoboMirror.Nodes.Doctor;

/// <summary>Spells the install command for Debian packages, with sudo unless running as root.</summary>
internal static class AptCommand
{
    public static string Install(params string[] packages)
    {
        var sudo = Environment.UserName == "root" ? string.Empty : "sudo ";
        return $"{sudo}apt-get update && {sudo}apt-get install -y {string.Join(' ', packages)}";
    }
}
