namespace Claims.Evaluation;

/// <summary>
/// One evaluation sub-command (<c>polnear</c>, <c>fnc1</c>, <c>sick</c>, ...). Program discovers every public
/// implementation by reflection, so adding an evaluation is adding a class.
/// </summary>
public interface IEvaluationCommand
{
    /// <summary>The sub-command name.</summary>
    string Name { get; }

    /// <summary>One line of help: the arguments it takes.</summary>
    string Usage { get; }

    /// <summary>Runs with the arguments after the name; returns the process exit code (2 for bad arguments).</summary>
    int Run(string[] args);
}
