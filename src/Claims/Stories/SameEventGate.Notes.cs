using System.Text.RegularExpressions;

namespace Claims.Stories;

// The gate's check of notes on how a story was reported: they agree with nothing.
public sealed partial class SameEventGate
{
    /// <summary>
    /// A note on how the story was reported, not a claim about the world: a request for comment unanswered ("Trump did
    /// not respond to a request for comment", "declined to comment", "could not be reached"), a poll's method ("The
    /// margin of sampling error is plus or minus three percentage points", "The poll was conducted by telephone"). Every
    /// article of a year of coverage has a few; two of them say the same words of different people and polls (PolNeAR
    /// train, agree14: 34 of 2198 semantic agreements, none right). A finding told beside the margin ("five points,
    /// outside the margin of error") is not one.
    /// </summary>
    private static readonly Regex ReportingNote = new(
        @"\b(?:(?:not|n['’]t|never)\s+(?:yet\s+)?(?:immediately\s+)?(?:respond|responded|reply|replied|return|returned)\s+(?:to\s+)?(?:\w+\s+){0,3}?(?:requests?|inquiries|inquiry|e-?mails?)\b"
        + @"|(?:requests?|inquiries|inquiry|e-?mails?|calls?|messages?)\s+(?:for|seeking|requesting)\s+comment"
        + @"|(?:declined|refused)\s+to\s+comment"
        + @"|(?:could\s+not|couldn['’]t|can\s*not|can['’]t)\s+be\s+reached"
        + @"|not\s+(?:immediately\s+)?available\s+(?:for|to)\s+comment"
        + @"|margin\s+of\s+(?:sampling\s+)?error(?:\s+for\s+[^.,;]{1,40}?)?\s+(?:is|was|of|at|\+/-|±|plus)"
        + @"|(?:poll|survey)\s+(?:was|were)\s+conducted)",
        // Linear by construction (no backtracking engine): no match timeout, so a loaded machine cannot turn a
        // microsecond match into a RegexMatchTimeoutException that stops the run.
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking);

    /// <summary>True when <paramref name="text"/> is a note on how its story was reported (<see cref="ReportingNote"/>).</summary>
    internal static bool IsReportingNote(string text) => ReportingNote.IsMatch(text);

    // Whether each claim is a note on the reporting, worked out once per claim object: the check reads both claims of
    // every agreement the gate reviews, and a claim takes part in many.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<Claim, System.Runtime.CompilerServices.StrongBox<bool>> _notes = new();

    private bool IsReportingNote(Claim claim) =>
        _notes.GetValue(claim, static c => new System.Runtime.CompilerServices.StrongBox<bool>(IsReportingNote(c.Text))).Value;
}
