namespace RoboMirror.Launch.Substitutions;

/// <summary>An <c>$(eval …)</c> expression outside the supported subset of Python, or one that fails to evaluate.</summary>
internal sealed class PythonExpressionException : Exception
{
    public PythonExpressionException(string message)
        : base(message)
    {
    }

    public PythonExpressionException()
    {
    }

    public PythonExpressionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
