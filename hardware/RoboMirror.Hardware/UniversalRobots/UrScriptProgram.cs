using System.Globalization;
using System.Text;

namespace RoboMirror.Hardware.UniversalRobots;

/// <summary>
/// The URScript program sent on the secondary interface (TCP 30002) that servoes the arm to the targets the
/// driver streams over RTDE. A program starts with <c>def</c> and ends with <c>end</c>. It halts the arm on
/// its own when the sequence register stops changing (the host went silent), so a dropped host never leaves
/// the arm moving.
/// </summary>
public static class UrScriptProgram
{
    /// <summary>The program's name (its <c>def</c>).</summary>
    public const string Name = "robomirror_servo";

    /// <summary>Builds the program text from the driver's options.</summary>
    public static string Build(UrArmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var c = CultureInfo.InvariantCulture;
        var period = 1.0 / options.Frequency;
        var t = UrRegisters.FirstTargetRegister;
        var text = new StringBuilder();
        text.Append(c, $"def {Name}():\n");
        text.Append(c, $"  textmsg(\"{Name}: started\")\n");
        text.Append(c, $"  last_seq = read_input_integer_register({UrRegisters.SequenceRegister})\n");
        text.Append("  stale = 0\n");
        text.Append("  while True:\n");
        text.Append(c, $"    mode = read_input_integer_register({UrRegisters.ModeRegister})\n");
        text.Append(c, $"    seq = read_input_integer_register({UrRegisters.SequenceRegister})\n");
        text.Append("    if seq == last_seq:\n");
        text.Append("      stale = stale + 1\n");
        text.Append("    else:\n");
        text.Append("      stale = 0\n");
        text.Append("      last_seq = seq\n");
        text.Append("    end\n");
        text.Append(c, $"    if stale > {options.ScriptStaleCycles}:\n");
        text.Append(c, $"      textmsg(\"{Name}: host silent, halting\")\n");
        text.Append(c, $"      stopj({options.StopDeceleration})\n");
        text.Append("      break\n");
        text.Append("    end\n");
        text.Append(c, $"    if mode == {(int)ServoMode.Servo}:\n");
        text.Append(c, $"      q = [read_input_float_register({t}), read_input_float_register({t + 1}), read_input_float_register({t + 2}), read_input_float_register({t + 3}), read_input_float_register({t + 4}), read_input_float_register({t + 5})]\n");
        text.Append(c, $"      servoj(q, 0, 0, {period}, {options.LookaheadTime}, {options.ServoGain})\n");
        text.Append(c, $"    elif mode == {(int)ServoMode.Hold}:\n");
        text.Append(c, $"      stopj({options.StopDeceleration})\n");
        text.Append("      sync()\n");
        text.Append(c, $"    elif mode == {(int)ServoMode.ImmediateExit}:\n");
        text.Append(c, $"      stopj({options.ImmediateStopDeceleration})\n");
        text.Append("      break\n");
        text.Append("    else:\n");
        text.Append(c, $"      stopj({options.StopDeceleration})\n");
        text.Append("      break\n");
        text.Append("    end\n");
        text.Append("  end\n");
        text.Append(c, $"  textmsg(\"{Name}: stopped\")\n");
        text.Append("end\n");
        return text.ToString();
    }
}
