namespace Claims.Attribution.Learned;

/// <summary>The tags of the attribution tagger: one layer, outermost attributions only.</summary>
internal static class AttributionTags
{
    public const int Outside = 0, ContentBegin = 1, ContentInside = 2, Cue = 3, Source = 4, Count = 5;
}
