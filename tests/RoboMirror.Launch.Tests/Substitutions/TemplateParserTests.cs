using RoboMirror.Launch.Substitutions;

namespace RoboMirror.Launch.Tests.Substitutions;

public sealed class TemplateParserTests
{
    private static readonly SourceLocation Here = new("test.launch.xml", 3, 7);

    [Fact]
    public void Parse_PlainText_IsOneLiteralPart()
    {
        var template = TemplateParser.Parse("hello world", Here);

        Assert.True(template.IsLiteral);
        Assert.Equal("hello world", Assert.IsType<TextPart>(Assert.Single(template.Parts)).Text);
    }

    [Fact]
    public void Parse_SubstitutionBetweenText_SplitsIntoThreeParts()
    {
        var template = TemplateParser.Parse("a/$(var robot)/b", Here);

        Assert.Equal(3, template.Parts.Count);
        var substitution = Assert.IsType<SubstitutionPart>(template.Parts[1]);
        Assert.Equal("var", substitution.Name);
        Assert.Equal("robot", Assert.Single(substitution.Arguments).ToString());
    }

    [Fact]
    public void Parse_QuotedArgumentWithSpacesAndNestedSubstitution_KeepsItOneArgument()
    {
        var template = TemplateParser.Parse("$(eval \"'$(var a)' == 'x y'\")", Here);

        var eval = Assert.IsType<SubstitutionPart>(Assert.Single(template.Parts));
        var argument = Assert.Single(eval.Arguments);
        Assert.Equal(3, argument.Parts.Count);
        Assert.Equal("var", Assert.IsType<SubstitutionPart>(argument.Parts[1]).Name);
        Assert.Equal("' == 'x y'", Assert.IsType<TextPart>(argument.Parts[2]).Text);
    }

    [Fact]
    public void Parse_TwoArguments_AreSeparatedBySpace()
    {
        var template = TemplateParser.Parse("$(env ROBOT_IP 192.168.1.10)", Here);

        var env = Assert.IsType<SubstitutionPart>(Assert.Single(template.Parts));
        Assert.Equal(["ROBOT_IP", "192.168.1.10"], env.Arguments.Select(a => a.ToString()));
    }

    [Fact]
    public void Parse_EscapedDollar_IsLiteralText()
    {
        var template = TemplateParser.Parse("cost: \\$(5)", Here);

        Assert.True(template.IsLiteral);
        Assert.Equal("cost: $(5)", template.ToString());
    }

    [Fact]
    public void Parse_UnknownSubstitution_ThrowsWithLocationAndKnownNames()
    {
        var error = Assert.Throws<LaunchFileException>(() => TemplateParser.Parse("$(find robomirror)", Here));

        Assert.Equal(Here, error.Location);
        Assert.Contains("unknown substitution $(find)", error.Message, StringComparison.Ordinal);
        Assert.Contains("find-pkg-share", error.Expected, StringComparison.Ordinal);
        Assert.StartsWith("test.launch.xml:3:7: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WrongArgumentCount_ThrowsNamingTheArity()
    {
        var error = Assert.Throws<LaunchFileException>(() => TemplateParser.Parse("$(dirname extra)", Here));

        Assert.Contains("given 1 argument", error.Problem, StringComparison.Ordinal);
        Assert.Equal("0 arguments", error.Expected);
    }

    [Fact]
    public void Parse_UnclosedSubstitution_Throws()
    {
        var error = Assert.Throws<LaunchFileException>(() => TemplateParser.Parse("$(var robot", Here));

        Assert.Contains("not closed", error.Problem, StringComparison.Ordinal);
    }
}
