using System.Collections.Generic;
using System.Globalization;
using System.Text;
using RoboMirror.Ros.Generator.Model;

namespace RoboMirror.Ros.Generator.Parsing;

/// <summary>
/// Parses the ROS 2 .msg format (design.ros2.org "Interface definitions"): one field per line
/// (<c>type name [default]</c>), constants (<c>type NAME=value</c>), <c>#</c> comments, arrays <c>T[]</c>,
/// <c>T[N]</c>, <c>T[&lt;=N]</c>, bounded strings <c>string&lt;=N</c>, and nested types written
/// <c>pkg/Name</c>, <c>Name</c> (same package) or <c>Header</c> (std_msgs/Header).
/// </summary>
internal static partial class MsgParser
{
    public static MsgSpec Parse(string package, string name, string path, string text)
    {
        if (!IsFieldName(package))
        {
            throw new MsgParseException($"package name '{package}' is not a valid ROS package name (lowercase letters, digits, underscores); the file must sit at <package>/msg/<Name>.msg", 0);
        }

        if (name.Length == 0 || !char.IsUpper(name[0]) || !IsIdentifier(name))
        {
            throw new MsgParseException($"message name '{name}' must start with an upper-case letter and hold only letters and digits", 0);
        }

        var fields = new List<MsgField>();
        var constants = new List<MsgConstant>();
        var summary = new StringBuilder();
        var summaryOpen = true;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var lineNumber = i + 1;
            var line = lines[i].TrimEnd('\r').Trim();
            if (line.Length == 0)
            {
                summaryOpen = summaryOpen && summary.Length == 0;
                continue;
            }

            if (line[0] == '#')
            {
                if (summaryOpen)
                {
                    summary.Append(line.Substring(1).Trim()).Append(' ');
                }

                continue;
            }

            summaryOpen = false;
            ParseLine(package, line, lineNumber, fields, constants);
        }

        if (fields.Count == 0)
        {
            throw new MsgParseException($"{package}/msg/{name} has no fields; an empty message would need rosidl's placeholder field, which this generator does not emit", 0);
        }

        CheckUnique(fields, constants);
        return new MsgSpec(package, name, text, path, fields, constants, summary.ToString().Trim());
    }

    private static void ParseLine(string package, string line, int lineNumber, List<MsgField> fields, List<MsgConstant> constants)
    {
        var typeEnd = IndexOfWhitespace(line, 0);
        if (typeEnd < 0)
        {
            throw new MsgParseException($"'{line}' has a type but no name (expected 'type name' or 'type NAME=value')", lineNumber);
        }

        var typeToken = line.Substring(0, typeEnd);
        var rest = line.Substring(typeEnd).TrimStart();
        var nameLength = 0;
        while (nameLength < rest.Length && (char.IsLetterOrDigit(rest[nameLength]) || rest[nameLength] == '_'))
        {
            nameLength++;
        }

        var memberName = rest.Substring(0, nameLength);
        var after = rest.Substring(nameLength).TrimStart();
        if (after.Length > 0 && after[0] == '=')
        {
            constants.Add(ParseConstant(typeToken, memberName, after.Substring(1), lineNumber));
            return;
        }

        if (!IsFieldName(memberName))
        {
            throw new MsgParseException($"field name '{memberName}' must start with a lower-case letter and hold only lower-case letters, digits and single underscores", lineNumber);
        }

        var comment = string.Empty;
        var hash = after.IndexOf('#');
        if (hash >= 0)
        {
            comment = after.Substring(hash + 1).Trim();
            after = after.Substring(0, hash).Trim();
        }

        var type = ParseType(package, typeToken, lineNumber);
        string? defaultValue = after.Length == 0 ? null : after;
        if (defaultValue is not null)
        {
            if (type.IsNested || type.IsArray)
            {
                throw new MsgParseException($"field '{memberName}': default values are supported on scalar built-in fields only, not on '{typeToken}'", lineNumber);
            }

            ConstantLiteral.Check(type.Primitive!, Unquote(defaultValue), memberName, lineNumber);
            if (type.Primitive!.IsString)
            {
                defaultValue = Unquote(defaultValue);
            }
        }

        fields.Add(new MsgField(memberName, type, defaultValue, comment));
    }

    private static MsgConstant ParseConstant(string typeToken, string name, string valueText, int lineNumber)
    {
        if (!Primitive.TryGet(typeToken, out var primitive))
        {
            throw new MsgParseException($"constant '{name}' has type '{typeToken}'; constants must be of a built-in scalar type", lineNumber);
        }

        if (!IsConstantName(name))
        {
            throw new MsgParseException($"constant name '{name}' must be upper case (letters, digits, underscores)", lineNumber);
        }

        string value;
        var comment = string.Empty;
        if (primitive.IsString)
        {
            // For string constants everything after '=' is the value, '#' included (ROS 2 rule).
            value = Unquote(valueText.Trim());
        }
        else
        {
            var hash = valueText.IndexOf('#');
            if (hash >= 0)
            {
                comment = valueText.Substring(hash + 1).Trim();
                valueText = valueText.Substring(0, hash);
            }

            value = valueText.Trim();
        }

        ConstantLiteral.Check(primitive, value, name, lineNumber);
        return new MsgConstant(name, primitive, value, comment);
    }

    private static MsgFieldType ParseType(string package, string token, int lineNumber)
    {
        var arrayKind = ArrayKind.None;
        var arraySize = 0;
        var bracket = token.IndexOf('[');
        var baseToken = token;
        if (bracket >= 0)
        {
            if (token[token.Length - 1] != ']')
            {
                throw new MsgParseException($"array type '{token}' must end with ']'", lineNumber);
            }

            var inside = token.Substring(bracket + 1, token.Length - bracket - 2);
            baseToken = token.Substring(0, bracket);
            if (inside.Length == 0)
            {
                arrayKind = ArrayKind.UnboundedSequence;
            }
            else if (inside.StartsWith("<=", System.StringComparison.Ordinal))
            {
                arrayKind = ArrayKind.BoundedSequence;
                arraySize = ParseBound(inside.Substring(2), token, lineNumber);
            }
            else
            {
                arrayKind = ArrayKind.Fixed;
                arraySize = ParseBound(inside, token, lineNumber);
            }
        }

        var stringBound = 0;
        var boundAt = baseToken.IndexOf("<=", System.StringComparison.Ordinal);
        if (boundAt >= 0)
        {
            if (baseToken.Substring(0, boundAt) != "string")
            {
                throw new MsgParseException($"only strings take an upper bound ('string<=N'), not '{baseToken}'", lineNumber);
            }

            stringBound = ParseBound(baseToken.Substring(boundAt + 2), token, lineNumber);
            baseToken = "string";
        }

        if (Primitive.TryGet(baseToken, out var primitive))
        {
            return new MsgFieldType(primitive, null, stringBound, arrayKind, arraySize);
        }

        if (baseToken is "wstring" or "time" or "duration")
        {
            throw new MsgParseException($"type '{baseToken}' is not supported (wstring has no portable CDR form; time and duration are ROS 1 types: use builtin_interfaces/Time and builtin_interfaces/Duration)", lineNumber);
        }

        return new MsgFieldType(null, ResolveNested(package, baseToken, lineNumber), 0, arrayKind, arraySize);
    }

    private static string ResolveNested(string package, string token, int lineNumber)
    {
        var parts = token.Split('/');
        string typePackage;
        string typeName;
        if (parts.Length == 1)
        {
            typePackage = token == "Header" ? "std_msgs" : package;
            typeName = token;
        }
        else if (parts.Length == 2 || (parts.Length == 3 && parts[1] == "msg"))
        {
            typePackage = parts[0];
            typeName = parts[parts.Length - 1];
        }
        else
        {
            throw new MsgParseException($"type '{token}' is neither built in nor of the form 'package/Name'", lineNumber);
        }

        if (!IsFieldName(typePackage) || typeName.Length == 0 || !char.IsUpper(typeName[0]) || !IsIdentifier(typeName))
        {
            throw new MsgParseException($"type '{token}' is neither built in nor a valid 'package/Name'", lineNumber);
        }

        return typePackage + "/msg/" + typeName;
    }

    private static int ParseBound(string text, string token, int lineNumber)
    {
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var bound) || bound <= 0)
        {
            throw new MsgParseException($"'{token}': '{text}' is not a positive whole number", lineNumber);
        }

        return bound;
    }

    private static void CheckUnique(List<MsgField> fields, List<MsgConstant> constants)
    {
        var seen = new HashSet<string>();
        foreach (var field in fields)
        {
            if (!seen.Add(field.Name))
            {
                throw new MsgParseException($"field '{field.Name}' is declared twice", 0);
            }
        }

        foreach (var constant in constants)
        {
            if (!seen.Add(constant.Name))
            {
                throw new MsgParseException($"constant '{constant.Name}' is declared twice", 0);
            }
        }
    }
}
