using Microsoft.ML.Data;

namespace Claims.Attribution.Learned;

/// <summary>A row of an attribution ranker's data: a candidate's features and, in training, whether it is annotated.</summary>
internal sealed class RankerRow
{
    /// <summary>The candidate's features.</summary>
    public float[] Features { get; set; } = [];

    /// <summary>True when the candidate matches an annotated attribution.</summary>
    public bool Label { get; set; }

    /// <summary>The rows' schema: <paramref name="featureCount"/> features, with or without the label.</summary>
    public static SchemaDefinition Schema(bool withLabel, int featureCount)
    {
        var schema = SchemaDefinition.Create(typeof(RankerRow));
        schema[nameof(Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, featureCount);
        if (!withLabel) schema.Remove(schema[nameof(Label)]);
        return schema;
    }
}
