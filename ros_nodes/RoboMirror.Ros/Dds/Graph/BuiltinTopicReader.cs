using RoboMirror.Ros.Dds.Native;

namespace RoboMirror.Ros.Dds.Graph;

/// <summary>
/// A reader of one of Cyclone's built-in discovery topics (DCPSParticipant, DCPSPublication,
/// DCPSSubscription), taken with loans. Each sample is handed to a callback with its sample info, then
/// the loan is returned.
/// </summary>
internal sealed unsafe class BuiltinTopicReader : IDisposable
{
    private const int Batch = 64;
    private readonly DdscApi _api;
    private readonly DdsEntityHandle _reader;
    private readonly string _name;

    public BuiltinTopicReader(DdscApi api, int participant, int builtinTopic, string name)
    {
        _api = api;
        _name = name;
        _reader = DdsEntityHandle.Create(api, api.dds_create_reader(participant, builtinTopic, IntPtr.Zero, IntPtr.Zero), $"dds_create_reader({name})");
    }

    /// <summary>Takes every waiting sample; <paramref name="visit"/> gets the loaned sample (valid until it returns) and its info.</summary>
    public void TakeAll(SampleVisitor visit)
    {
        var samples = stackalloc IntPtr[Batch];
        var infos = stackalloc DdsSampleInfo[Batch];
        while (true)
        {
            samples[0] = IntPtr.Zero; // null first pointer: Cyclone lends its own buffer
            var taken = _api.Check(_api.dds_take(_reader.Entity, samples, infos, Batch, Batch), $"dds_take({_name})");
            if (taken <= 0)
            {
                return;
            }

            try
            {
                for (var i = 0; i < taken; i++)
                {
                    visit(samples[i], infos[i]);
                }
            }
            finally
            {
                _api.dds_return_loan(_reader.Entity, samples, taken);
            }

            if (taken < Batch)
            {
                return;
            }
        }
    }

    public void Dispose() => _reader.Dispose();

    /// <summary>Receives one loaned built-in sample.</summary>
    public delegate void SampleVisitor(IntPtr sample, in DdsSampleInfo info);
}
