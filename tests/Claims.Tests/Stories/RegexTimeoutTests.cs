using System.Reflection;
using System.Text.RegularExpressions;

namespace Claims.Tests.Stories;

/// <summary>
/// No library pattern carries a wall-clock match timeout: on a loaded machine a timeout fails matches that take
/// microseconds, and the run stops with a <see cref="RegexMatchTimeoutException"/> that depends on the load, not the
/// input (round 19). Patterns must be linear by construction instead.
/// </summary>
public class RegexTimeoutTests
{
    public static IEnumerable<TestCaseData> Patterns() =>
        typeof(ClaimAnalyzer).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly)
                .Where(f => f.FieldType == typeof(Regex))
                .Select(f => new TestCaseData(f).SetName($"NoMatchTimeout_{t.Name}_{f.Name}")))
            .Concat(typeof(ClaimAnalyzer).Assembly.GetTypes()
                .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly)
                    .Where(m => m.ReturnType == typeof(Regex) && m.GetParameters().Length == 0 && !m.IsGenericMethodDefinition)
                    .Select(m => new TestCaseData(m).SetName($"NoMatchTimeout_{t.Name}_{m.Name}"))));

    [TestCaseSource(nameof(Patterns))]
    public void PatternHasNoMatchTimeout(MemberInfo member)
    {
        var regex = member switch
        {
            FieldInfo f => (Regex?)f.GetValue(null),
            MethodInfo m => (Regex?)m.Invoke(null, null),
            _ => null,
        };
        Assert.That(regex, Is.Not.Null, member.Name);
        Assert.That(regex!.MatchTimeout, Is.EqualTo(Regex.InfiniteMatchTimeout), $"{member.DeclaringType?.Name}.{member.Name}: {regex}");
    }

    [Test]
    public void TheLibraryHasPatterns() => Assert.That(Patterns().Count(), Is.GreaterThan(5));
}
