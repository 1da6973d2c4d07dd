using System.Buffers;
using System.Globalization;
using RoboMirror.Ros.Messages;
using RoboMirror.Ros.Qos;
using RoboMirror.Ros.Recording;
using RoboMirror.Ros.Serialization;

// Usage: RoboMirror.Recording.CrashWriter FILE.mcap lz4|zstd|none
// Records std_msgs/String "message <n>" on /chatter (n = 0, 1, 2, ...) into small chunks, about 20,000
// messages a second, until killed. Prints "chunk <chunks written> <messages in written chunks>" each
// time a chunk has been written through to the operating system, so the test knows what a kill must keep.
if (args.Length != 2 || !Enum.TryParse<McapCompression>(args[1], ignoreCase: true, out var compression))
{
    Console.Error.WriteLine("usage: RoboMirror.Recording.CrashWriter FILE.mcap lz4|zstd|none");
    return 2;
}

var stringType = new MessageTypeInfo(
    "std_msgs/msg/String",
    "std_msgs::msg::dds_::String_",
    "RIHS01_df668c740482bbd48fb39d76a70dfd4bd59db1288021743503259e948f6b1a18",
    "string data\n");
using var writer = McapWriter.Create(args[0], new McapWriterOptions { Compression = compression, ChunkSize = 8 * 1024, ChunkDuration = null });
var channel = writer.AddChannel("/chatter", stringType, QosProfile.Default);
var payload = new ArrayBufferWriter<byte>();
var chunks = 0;
Console.Out.Flush();
for (var n = 0L; ; n++)
{
    payload.ResetWrittenCount();
    var cdr = new CdrWriter(payload);
    cdr.WriteEncapsulationHeader();
    cdr.WriteString(string.Create(CultureInfo.InvariantCulture, $"message {n}"));
    var time = 1_764_000_000_000_000_000UL + ((ulong)n * 50_000);
    writer.WriteMessage(channel, time, time, payload.WrittenSpan);
    if (writer.ChunkCount != chunks)
    {
        chunks = writer.ChunkCount;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"chunk {chunks} {writer.WrittenMessageCount}"));
        Console.Out.Flush();
    }

    if (n % 20 == 0)
    {
        await Task.Delay(1);
    }
}
