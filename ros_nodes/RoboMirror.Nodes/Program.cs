using RoboMirror.Nodes;

// The map of verbs lives in CommandLine.Build; this file only runs it.
return await CommandLine.Build().RunAsync(args).ConfigureAwait(false);
