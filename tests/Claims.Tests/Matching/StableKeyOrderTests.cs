using Claims.Matching;

namespace Claims.Tests.Matching;

/// <summary>
/// <see cref="StableKeyOrder"/> gives the order of a comparison sort of (key, position): keys ascending, equal keys in
/// position order, whatever bytes the keys share or differ in.
/// </summary>
public sealed class StableKeyOrderTests
{
    [TestCase(0, 1, 1)]
    [TestCase(1, 1, 7)]
    [TestCase(5000, 3, 11)]
    [TestCase(20000, 40, 12)]
    [TestCase(20000, 0, 13)]
    [TestCase(70000, 1000, 14)]
    public void OrdersAsTheSortOfKeyAndPosition(int n, int distinct, int seed)
    {
        var random = new Random(seed);
        // distinct == 0: keys anywhere in the 64 bits; otherwise a few values (ties), as similarities of repeated claims.
        var values = Enumerable.Range(0, Math.Max(1, distinct)).Select(_ => (ulong)random.NextInt64() ^ ((ulong)random.Next() << 40)).ToArray();
        var keys = new ulong[n];
        for (int i = 0; i < n; i++) keys[i] = distinct == 0 ? (ulong)random.NextInt64() * 3 : values[random.Next(values.Length)];
        var expected = Enumerable.Range(0, n).OrderBy(i => keys[i]).ThenBy(i => i).ToArray();
        var order = new int[n];
        StableKeyOrder.Sort((ulong[])keys.Clone(), order, n);
        Assert.That(order, Is.EqualTo(expected));
    }

    [Test]
    public void TooShortArraysThrow() =>
        Assert.That(() => StableKeyOrder.Sort(new ulong[3], new int[2], 3), Throws.InstanceOf<ArgumentOutOfRangeException>());
}
