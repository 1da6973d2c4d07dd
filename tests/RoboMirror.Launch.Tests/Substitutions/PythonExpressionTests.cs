using RoboMirror.Launch.Substitutions;

namespace RoboMirror.Launch.Tests.Substitutions;

public sealed class PythonExpressionTests
{
    [Theory]
    [InlineData("1 + 2 * 3", "7")]
    [InlineData("(1 + 2) * 3", "9")]
    [InlineData("7 / 2", "3.5")]
    [InlineData("6 / 2", "3.0")]
    [InlineData("7 // 2", "3")]
    [InlineData("-7 // 2", "-4")]
    [InlineData("-7 % 3", "2")]
    [InlineData("2 ** 10", "1024")]
    [InlineData("-2 ** 2", "-4")]
    [InlineData("0.1 + 0.2", "0.30000000000000004")]
    [InlineData("1e16", "1e+16")]
    [InlineData("0.00001", "1e-05")]
    [InlineData("2 * pi", "6.283185307179586")]
    [InlineData("math.pi / 2", "1.5707963267948966")]
    [InlineData("1 / 500", "0.002")]
    public void Evaluate_Arithmetic_WritesAsPythonStr(string expression, string expected) =>
        Assert.Equal(expected, PythonExpression.Evaluate(expression));

    [Theory]
    [InlineData("'ur5e' == 'ur5e'", "True")]
    [InlineData("'ur5e' != 'fr3'", "True")]
    [InlineData("1 < 2 < 3", "True")]
    [InlineData("3 > 2 > 2", "False")]
    [InlineData("1 == 1.0", "True")]
    [InlineData("'1' == 1", "False")]
    [InlineData("not True", "False")]
    [InlineData("True and False", "False")]
    [InlineData("False or 'fallback'", "fallback")]
    [InlineData("'' or 'empty'", "empty")]
    [InlineData("'ur' in 'ur5e'", "True")]
    [InlineData("'fr' not in 'ur5e'", "True")]
    [InlineData("'sim' if True else 'real'", "sim")]
    [InlineData("'sim' if 0 else 'real'", "real")]
    [InlineData("None", "None")]
    [InlineData("'a' + 'b' * 2", "abb")]
    [InlineData("max(1, 5, 3)", "5")]
    [InlineData("int('42') + 1", "43")]
    [InlineData("str(1.5)", "1.5")]
    [InlineData("round(2.5)", "2")]
    public void Evaluate_LogicAndStrings_FollowsPython(string expression, string expected) =>
        Assert.Equal(expected, PythonExpression.Evaluate(expression));

    [Fact]
    public void Evaluate_AndShortCircuits_DoesNotEvaluateTheRightSide() =>
        Assert.Equal("False", PythonExpression.Evaluate("False and 1 / 0"));

    [Theory]
    [InlineData("__import__('os')")]
    [InlineData("robot == 'ur5e'")]
    [InlineData("1 / 0")]
    [InlineData("'a' < 1")]
    [InlineData("[1, 2]")]
    [InlineData("1 +")]
    public void Evaluate_OutsideTheSubset_ThrowsPythonExpressionException(string expression) =>
        Assert.Throws<PythonExpressionException>(() => PythonExpression.Evaluate(expression));

    [Fact]
    public void Evaluate_UnknownName_SuggestsVar()
    {
        var error = Assert.Throws<PythonExpressionException>(() => PythonExpression.Evaluate("robot == 'ur5e'"));

        Assert.Contains("$(var robot)", error.Message, StringComparison.Ordinal);
    }
}
