namespace Claims.Text;

/// <summary>
/// Reads a word of a text as the matching stages count it: a word is a name when capitalized, unless it opens the text
/// (then only when written all in capitals), and a hyphenated word counts by its parts ("five-hour" meets "five hours",
/// "Trump-Putin" meets "Putin"), a capitalized later part being a name too. One reader for the feature extractor and the
/// same-event gate, so the two read names alike. Stateless.
/// </summary>
internal static class NameParts
{
    /// <summary>Whether <paramref name="word"/> is written as a name; <paramref name="opensText"/>: it is the text's first word.</summary>
    public static bool IsName(ReadOnlySpan<char> word, bool opensText) =>
        word.Length > 0 && char.IsUpper(word[0]) && (!opensText || (word.Length > 1 && AllUpper(word)));

    /// <summary>Whether every letter of <paramref name="chars"/> is a capital.</summary>
    public static bool AllUpper(ReadOnlySpan<char> chars)
    {
        foreach (char c in chars)
            if (char.IsLetter(c) && !char.IsUpper(c)) return false;
        return true;
    }

    /// <summary>The non-empty parts of <paramref name="word"/> between hyphens, each with whether it is written as a name.</summary>
    /// <param name="word">The word.</param>
    /// <param name="opensText">Whether the word is the text's first.</param>
    public static Enumerator Of(ReadOnlySpan<char> word, bool opensText) => new(word, opensText);

    /// <summary>A part of a word and whether it is written as a name.</summary>
    public readonly ref struct Part
    {
        internal Part(ReadOnlySpan<char> text, bool name)
        {
            Text = text;
            Name = name;
        }

        /// <summary>The part's characters.</summary>
        public ReadOnlySpan<char> Text { get; }

        /// <summary>Whether the part is written as a name.</summary>
        public bool Name { get; }

        /// <summary>The part's characters and whether it is written as a name.</summary>
        public void Deconstruct(out ReadOnlySpan<char> text, out bool name)
        {
            text = Text;
            name = Name;
        }
    }

    /// <summary>The parts of one word (<see cref="Of"/>).</summary>
    public ref struct Enumerator
    {
        private readonly ReadOnlySpan<char> _word;
        private readonly bool _opensText, _wordIsName;
        private int _start, _index, _part;

        internal Enumerator(ReadOnlySpan<char> word, bool opensText)
        {
            _word = word;
            _opensText = opensText;
            _wordIsName = IsName(word, opensText);
            _start = 0;
            _index = 0;
            _part = 0;
            Current = default;
        }

        /// <summary>The current part and whether it is written as a name.</summary>
        public Part Current { get; private set; }

        /// <summary>This enumerator, for <c>foreach</c>.</summary>
        public readonly Enumerator GetEnumerator() => this;

        /// <summary>Moves to the next non-empty part.</summary>
        public bool MoveNext()
        {
            for (; _index <= _word.Length; _index++)
            {
                if (_index < _word.Length && _word[_index] is not ('-' or '‐')) continue;
                var piece = _word[_start.._index];
                _start = _index + 1;
                if (piece.IsEmpty) continue;
                // A capitalized later part is a name ("Trump-Putin"); so is the first part unless it opens the text.
                bool name = _wordIsName || (char.IsUpper(piece[0]) && !(_opensText && _part == 0));
                _part++;
                _index++;
                Current = new Part(piece, name);
                return true;
            }
            return false;
        }
    }
}
