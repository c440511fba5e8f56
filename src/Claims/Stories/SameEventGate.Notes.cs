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
    /// outside the margin of error") is not one. Credits and the page's furniture are notes too ("The Associated Press
    /// contributed to this report", "Copyright 2014 The Associated Press", "Read the rest of the story here", "Related
    /// roundup: Apple Watch, Tag: wsj.com"): two of them agree on nothing said of the world (FNC-1 raw folders and
    /// PolNeAR train, agree20: 22 agreements, none right). A caption's claim ("PHOTO: Kayla Mueller was kidnapped in
    /// Syria in August 2013") is no credit.
    /// </summary>
    private static readonly Regex ReportingNote = new(
        @"\b(?:(?:not|n['’]t|never)\s+(?:yet\s+)?(?:immediately\s+)?(?:respond|responded|reply|replied|return|returned)\s+(?:to\s+)?(?:\w+\s+){0,3}?(?:requests?|inquiries|inquiry|e-?mails?)\b"
        + @"|(?:requests?|inquiries|inquiry|e-?mails?|calls?|messages?)\s+(?:for|seeking|requesting)\s+comment"
        + @"|(?:declined|refused)\s+to\s+comment"
        + @"|(?:could\s+not|couldn['’]t|can\s*not|can['’]t)\s+be\s+reached"
        + @"|not\s+(?:immediately\s+)?available\s+(?:for|to)\s+comment"
        + @"|margin\s+of\s+(?:sampling\s+)?error(?:\s+for\s+[^.,;]{1,40}?)?\s+(?:is|was|of|at|\+/-|±|plus)"
        + @"|(?:poll|survey)\s+(?:was|were)\s+conducted)"
        // Credits and the page's furniture (agree20): "The Associated Press contributed to this report", "Additional
        // reporting by Reuters", "(Reporting by ...; Editing by ...)", "Contributing: The Associated Press", "Copyright
        // 2014 The Associated Press", "Source: New York Times", "Read the rest of the story at Mediaite", "Related
        // roundup: Apple Watch, Tag: wsj.com", "click here, enter your email address". Outside the word boundary the
        // alternatives above share: a credit may open with a parenthesis or a symbol.
        + @"|\bcontributed\s+(?:to\s+)?(?:this|the)\s+(?:report|story|article)|\b(?:additional|contributing)\s+reporting\s+(?:by|from)"
        + @"|\(\s*reporting\s+by\b|^\W*(?:contributing|sources?|credits?)\s*:\s*[^.!?:]{0,60}[.!?]?\s*$"
        + @"|\bcopyright\s+(?:©\s*)?(?:\d{4}|the\s)|©\s*\d{4}"
        + @"|\bread\s+the\s+(?:rest|full)\s+(?:of\s+the\s+)?(?:story|article|report)|\bclick\s+here\b|\brelated\s+roundup\b"
        + @"|\benter(?:ing)?\s+your\s+e-?mail",
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
