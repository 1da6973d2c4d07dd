namespace RoboMirror.Ros.Messages;

/// <summary>Default values of fixed-size array fields, used by generated constructors.</summary>
internal static class MessageDefaults
{
    /// <summary><paramref name="length"/> default-constructed messages (a fixed array <c>T[N]</c> of a nested type).</summary>
    public static T[] Messages<T>(int length)
        where T : new()
    {
        var values = new T[length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = new T();
        }

        return values;
    }

    /// <summary><paramref name="length"/> empty strings (a fixed array <c>string[N]</c>).</summary>
    public static string[] Strings(int length)
    {
        var values = new string[length];
        Array.Fill(values, string.Empty);
        return values;
    }
}
