using System.Runtime.CompilerServices;

// The DDS tests drive internals (raw writers on ros_discovery_info, layout constants, the graph's counters).
[assembly: InternalsVisibleTo("RoboMirror.Ros.Tests")]
