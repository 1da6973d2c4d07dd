using System.ComponentModel;
using System.Diagnostics;

namespace RoboMirror.Launch.Resolution;

/// <summary>The outcome of running the command of a <c>$(command …)</c>.</summary>
internal sealed record CommandResult(int ExitCode, string Stdout, string Stderr, string? StartError);

/// <summary>Runs <c>$(command …)</c> commands; replaceable in tests.</summary>
internal interface ICommandSubstitutionRunner
{
    CommandResult Run(IReadOnlyList<string> command, IReadOnlyDictionary<string, string> environment);
}

/// <summary>Runs the command as a child process, waits for it (at most <paramref name="timeout"/>), captures its output.</summary>
internal sealed class ProcessCommandSubstitutionRunner(TimeSpan timeout) : ICommandSubstitutionRunner
{
    public CommandResult Run(IReadOnlyList<string> command, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(command[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Clear();
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("no process was started");
        }
        catch (Win32Exception e)
        {
            return new CommandResult(-1, string.Empty, string.Empty, $"{command[0]}: {e.Message}");
        }

        using (process)
        {
            process.StandardInput.Close();
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                return new CommandResult(-1, stdout.Result, stderr.Result, $"{command[0]} did not finish within {timeout.TotalSeconds:0} s");
            }

            return new CommandResult(process.ExitCode, stdout.Result, stderr.Result, null);
        }
    }
}
