namespace Claims.Stance;

internal static partial class UnitBuilder
{
    // The lists a unit is read into before its arrays are made: one set per thread, cleared for each unit (Build never
    // calls itself), so a unit allocates only what it keeps.
    [ThreadStatic] private static UnitScratch? t_scratch;

    /// <summary>A thread's working lists for <c>Build</c>.</summary>
    private sealed class UnitScratch
    {
        // Lists grown past this many words (a long text) are not kept: clearing them would cost each later unit.
        public const int Limit = 4096;
        public readonly List<string> Words = new(64);
        public readonly List<bool> Caps = new(64);
        public readonly Dictionary<int, int> Counts = [];
        public readonly List<int> EntityIds = [];
        public readonly List<int> VerbIds = [];

        /// <summary><paramref name="counts"/>, emptied.</summary>
        public static Dictionary<int, int> Cleared(Dictionary<int, int> counts)
        {
            counts.Clear();
            return counts;
        }

        /// <summary><paramref name="ids"/>, emptied.</summary>
        public static List<int> Cleared(List<int> ids)
        {
            ids.Clear();
            return ids;
        }
    }
}
