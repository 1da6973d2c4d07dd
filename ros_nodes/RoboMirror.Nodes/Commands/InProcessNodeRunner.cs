using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using RoboMirror.Launch.Resolution;
using RoboMirror.Launch.Running;
using RoboMirror.Ros;
using RoboMirror.Ros.Arguments;
using RoboMirror.Ros.Dds;
using RoboMirror.Ros.Transport;

namespace RoboMirror.Nodes.Commands;

/// <summary>
/// Runs RoboMirror's own nodes (package <c>robomirror</c>, an executable of <see cref="NodeCatalog"/>) inside the
/// launcher (<c>robomirror launch --in-process</c>). Each node gets its own context, so its own <c>--ros-args</c>
/// (<c>__node</c>, <c>__ns</c>, parameters, parameter files, remaps) apply to it alone, on one transport shared by the
/// nodes of a ROS domain: one in-process transport for all, or one Cyclone DDS participant per <c>ROS_DOMAIN_ID</c>.
/// Transports are made when the first node needs them and disposed with the runner. Each node runs on its own
/// thread, as <c>robomirror node</c> runs it, until the shutdown token; what cannot apply to a node inside this
/// process (environment changes, a launch-prefix, a working directory) is reported as a warning line.
/// </summary>
internal sealed class InProcessNodeRunner : IInProcessNodeRunner, IDisposable
{
    /// <summary>The package whose nodes run here.</summary>
    public const string Package = "robomirror";

    private const string DomainVariable = "ROS_DOMAIN_ID";
    private const int InProcessKey = -1;

    private readonly ILoggerFactory _transportLog;
    private readonly IReadOnlyList<string> _selfCommand;
    private readonly string? _ddsConfiguration;
    private readonly Lock _gate = new();
    private readonly Dictionary<int, SharedTransport> _transports = [];
    private bool _disposed;

    /// <param name="transport">The kind of the shared transports.</param>
    /// <param name="transportLog">Where the shared transports log (QoS mismatches, discovery). Default: nowhere.</param>
    /// <param name="selfCommand">
    /// The command that runs <c>robomirror</c> in the plans (default: this program); a plan whose command line is
    /// anything else before <c>node NAME</c> had a launch-prefix or a mapped package, which does not apply here.
    /// </param>
    /// <param name="ddsConfiguration">Cyclone DDS's configuration (XML or a file:// URI). Default: <c>CYCLONEDDS_URI</c>.</param>
    public InProcessNodeRunner(TransportKind transport, ILoggerFactory? transportLog = null, IReadOnlyList<string>? selfCommand = null, string? ddsConfiguration = null)
    {
        Transport = transport;
        _ddsConfiguration = ddsConfiguration;
        _transportLog = transportLog ?? NullLoggerFactory.Instance;
        _selfCommand = selfCommand ?? LaunchPackages.SelfCommand();
    }

    /// <summary>The kind of transport the nodes share.</summary>
    public TransportKind Transport { get; }

    public bool CanRun(NodeDescription node) => Accepts(node);

    /// <summary>Whether <paramref name="node"/> is one of RoboMirror's own nodes, which this runner runs.</summary>
    public static bool Accepts(NodeDescription node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.Package == Package && NodeCatalog.Factories.ContainsKey(node.Executable);
    }

    /// <summary>Starts the node on a thread of its own and completes with its exit code: 0 when it stopped cleanly, 1 on an error it reported.</summary>
    public Task<int> RunAsync(ProcessPlan plan, Action<string> writeLine, CancellationToken shutdown)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(writeLine);
        if (plan.Node is not { } node || !CanRun(node))
        {
            throw new ArgumentException($"'{plan.Label}' is not a {Package} node this runner can run.", nameof(plan));
        }

        // Spin and the clock's and recorder's loops block: a dedicated thread, never one of the pool's.
        var exit = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                exit.SetResult(Run(plan, node, writeLine, shutdown));
            }
            catch (Exception e)
            {
                exit.SetException(e);
            }
        })
        {
            IsBackground = true,
            Name = $"node {plan.Label}",
        };
        thread.Start();
        return exit.Task;
    }

    /// <summary>
    /// The graph of the transport the nodes of <paramref name="domainId"/> share (any value for the in-process
    /// transport), or null while no node has made it: what a <c>ros2 node list</c> beside them would see.
    /// </summary>
    internal ITransportGraph? GraphOf(int domainId)
    {
        lock (_gate)
        {
            return _transports.TryGetValue(Transport == TransportKind.InProcess ? InProcessKey : domainId, out var shared) ? shared.Transport.Graph : null;
        }
    }

    /// <summary>Disposes the shared transports; one still used by a node that did not stop is left to the process's end.</summary>
    public void Dispose()
    {
        SharedTransport[] transports;
        lock (_gate)
        {
            _disposed = true;
            transports = [.. _transports.Values];
            _transports.Clear();
        }

        foreach (var shared in transports)
        {
            shared.Retire();
        }
    }

    private int Run(ProcessPlan plan, NodeDescription node, Action<string> writeLine, CancellationToken shutdown)
    {
        SharedTransport? shared = null;
        try
        {
            var arguments = RosArguments.Parse(node.Arguments);
            var domain = DomainOf(plan, arguments.NonRosArguments, writeLine);
            foreach (var warning in Warnings(plan, node))
            {
                writeLine($"[warning] {warning}");
            }

            shared = Acquire(domain);
            using var logs = new NodeLineLog(writeLine);
            using var ros = Ros2.Init(new RosContextOptions { Arguments = node.Arguments, CustomTransport = shared.Transport, LoggerFactory = logs });
            NodeHost.Run(ros, node.Executable, n => writeLine($"{n.FullyQualifiedName} running in this process on {ros.TransportName}"), shutdown);
            return 0;
        }
        catch (Exception e) when (NodeHost.IsNodeError(e))
        {
            writeLine($"error: {e.Message}");
            return 1;
        }
        finally
        {
            shared?.Release();
        }
    }

    /// <summary>
    /// The node's domain, as <c>robomirror node</c> would take it in its own process: <c>--domain-id N</c> before
    /// <c>--ros-args</c>, else the plan's <c>ROS_DOMAIN_ID</c>, else 0. In-process there is one transport for all.
    /// </summary>
    private int DomainOf(ProcessPlan plan, IReadOnlyList<string> nonRosArguments, Action<string> writeLine)
    {
        int? domain = null;
        for (var i = 0; i < nonRosArguments.Count; i++)
        {
            switch (nonRosArguments[i])
            {
                case "--domain-id" when i + 1 < nonRosArguments.Count:
                    domain = ParseDomain(nonRosArguments[++i], "--domain-id");
                    break;
                case "--transport" when i + 1 < nonRosArguments.Count:
                    writeLine($"[warning] '--transport {nonRosArguments[++i]}' does not apply in this process: the nodes share the {Name(Transport)} transport (robomirror launch --transport)");
                    break;
                default:
                    throw new ArgumentException(
                        $"'{nonRosArguments[i]}': a node inside the launcher takes only --domain-id ID and --transport KIND before --ros-args "
                        + $"(args: {string.Join(' ', nonRosArguments)}); run the launch without --in-process to start it as its own process");
            }
        }

        if (Transport == TransportKind.InProcess)
        {
            if (domain is { } ignored)
            {
                writeLine($"[warning] '--domain-id {ignored}' does not separate nodes on the in-process transport: every node in this process shares it (use --transport dds)");
            }

            return InProcessKey;
        }

        return domain ?? (plan.Environment.TryGetValue(DomainVariable, out var text) && !string.IsNullOrWhiteSpace(text) ? ParseDomain(text, DomainVariable) : 0);
    }

    private static int ParseDomain(string text, string what) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new ArgumentException($"{what} '{text}' is not a number between 0 and {CycloneDdsTransportOptions.MaxDomainId}; unset it or set it to one.");

    /// <summary>What the plan asks for that a node inside this process cannot have.</summary>
    private IEnumerable<string> Warnings(ProcessPlan plan, NodeDescription node)
    {
        var ignored = plan.EnvironmentChanges.Keys.Where(name => name != DomainVariable).Order(StringComparer.Ordinal).ToList();
        if (ignored.Count > 0)
        {
            yield return $"environment changes do not apply to a node inside this process: {string.Join(", ", ignored)} "
                + "(set_env, unset_env or <env>; they apply to child processes only; run the launch without --in-process if the node needs them)";
        }

        if (Transport == TransportKind.InProcess && plan.EnvironmentChanges.TryGetValue(DomainVariable, out var domain) && domain is not null)
        {
            yield return $"{DomainVariable}={domain} does not separate nodes on the in-process transport: every node in this process shares it (use --transport dds)";
        }

        if (plan.WorkingDirectory is { } cwd && !string.Equals(Path.GetFullPath(cwd).TrimEnd('/'), Environment.CurrentDirectory.TrimEnd('/'), StringComparison.Ordinal))
        {
            yield return $"cwd '{cwd}' does not apply in this process: relative paths are relative to the launcher's working directory '{Environment.CurrentDirectory}'";
        }

        IReadOnlyList<string> own = [.. _selfCommand, "node", node.Executable, .. node.Arguments];
        if (plan.Shell || !plan.Command.SequenceEqual(own, StringComparer.Ordinal))
        {
            var extra = plan.Command.Count > own.Count ? plan.Command.Take(plan.Command.Count - own.Count) : plan.Command;
            yield return $"its command line does not apply in this process (a launch-prefix, shell=\"true\" or a package map): "
                + $"'{string.Join(' ', extra)}' is not used; the node runs as robomirror node {node.Executable} here";
        }
    }

    private SharedTransport Acquire(int key)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (!_transports.TryGetValue(key, out var shared))
            {
                // Made under the lock so that two nodes of one domain never make two participants; a failure is not
                // kept, so the next node tries again.
                shared = new SharedTransport(TransportFactory.Create(Transport, new TransportOptions
                {
                    DomainId = key == InProcessKey ? null : key,
                    Dds = key == InProcessKey || _ddsConfiguration is null ? null : new CycloneDdsTransportOptions { DomainId = key, Configuration = _ddsConfiguration },
                    LoggerFactory = _transportLog,
                }));
                _transports.Add(key, shared);
            }

            shared.AddUser();
            return shared;
        }
    }

    private static string Name(TransportKind kind) => kind == TransportKind.Dds ? "dds" : "inprocess";

    /// <summary>A transport and how many running nodes use it; retired when the runner is disposed.</summary>
    private sealed class SharedTransport(IRosTransport transport)
    {
        private readonly Lock _gate = new();
        private int _users;
        private bool _retired;

        public IRosTransport Transport { get; } = transport;

        public void AddUser()
        {
            lock (_gate)
            {
                _users++;
            }
        }

        public void Release()
        {
            lock (_gate)
            {
                _users--;
                if (!_retired || _users > 0)
                {
                    return;
                }
            }

            Transport.Dispose();
        }

        public void Retire()
        {
            lock (_gate)
            {
                _retired = true;
                if (_users > 0)
                {
                    return;
                }
            }

            Transport.Dispose();
        }
    }
}
