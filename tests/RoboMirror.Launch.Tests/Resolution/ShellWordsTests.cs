using RoboMirror.Launch.Resolution;

namespace RoboMirror.Launch.Tests.Resolution;

public sealed class ShellWordsTests
{
    [Theory]
    [InlineData("a b  c", new[] { "a", "b", "c" })]
    [InlineData("'a b' \"c d\"", new[] { "a b", "c d" })]
    [InlineData("x'y z'w", new[] { "xy zw" })]
    [InlineData("a\\ b", new[] { "a b" })]
    [InlineData("\"say \\\"hi\\\"\"", new[] { "say \"hi\"" })]
    [InlineData("'no \\escape'", new[] { "no \\escape" })]
    [InlineData("   ", new string[0])]
    public void Split_FollowsPosixShlex(string text, string[] expected) =>
        Assert.Equal(expected, ShellWords.Split(text));

    [Fact]
    public void Split_UnclosedQuote_Throws() =>
        Assert.Throws<FormatException>(() => ShellWords.Split("echo 'oops"));

    [Theory]
    [InlineData("plain-word_1.yaml", "plain-word_1.yaml")]
    [InlineData("two words", "'two words'")]
    [InlineData("it's", "'it'\"'\"'s'")]
    [InlineData("", "''")]
    public void Quote_ReadsBackAsOneWord(string word, string expected)
    {
        Assert.Equal(expected, ShellWords.Quote(word));
        Assert.Equal([word], ShellWords.Split(ShellWords.Quote(word)));
    }
}
