using System.Buffers.Binary;
using System.Text;

namespace Claims.Semantic;

/// <summary>
/// The protocol-buffers wire format, as far as rewriting an ONNX model needs it: reading the fields of a message one
/// by one (keeping each field's raw bytes, so fields nobody changes are copied as they are) and writing fields.
/// </summary>
internal static class ProtoWire
{
    public const int Varint = 0;
    public const int Fixed64 = 1;
    public const int LengthDelimited = 2;
    public const int Fixed32 = 5;

    /// <summary>The fields of one message, in order.</summary>
    /// <exception cref="InvalidDataException">The bytes are no well-formed message.</exception>
    public static List<ProtoField> Read(ReadOnlyMemory<byte> message)
    {
        var fields = new List<ProtoField>();
        var span = message.Span;
        int position = 0;
        while (position < span.Length)
        {
            int start = position;
            ulong key = ReadVarint(span, ref position);
            int number = (int)(key >> 3), wire = (int)(key & 7);
            ulong value = 0;
            ReadOnlyMemory<byte> payload = ReadOnlyMemory<byte>.Empty;
            switch (wire)
            {
                case Varint: value = ReadVarint(span, ref position); break;
                case Fixed64: Need(span, position, 8); position += 8; break;
                case Fixed32: Need(span, position, 4); position += 4; break;
                case LengthDelimited:
                    ulong length = ReadVarint(span, ref position);
                    if (length > (ulong)(span.Length - position)) throw new InvalidDataException($"a field of {length} bytes runs past the end of its message ({span.Length - position} left)");
                    payload = message.Slice(position, (int)length);
                    position += (int)length;
                    break;
                default: throw new InvalidDataException($"unknown wire type {wire} at byte {start}");
            }
            if (number <= 0) throw new InvalidDataException($"field number {number} at byte {start}");
            fields.Add(new ProtoField(number, wire, value, payload, message[start..position]));
        }
        return fields;
    }

    /// <summary>The UTF-8 string of a length-delimited field.</summary>
    public static string Text(this ProtoField field) => Encoding.UTF8.GetString(field.Payload.Span);

    /// <summary>The values of a repeated int64 field, packed or not (ONNX writes tensor dims either way).</summary>
    public static List<long> Int64s(IEnumerable<ProtoField> fields, int number)
    {
        var values = new List<long>();
        foreach (var f in fields)
        {
            if (f.Number != number) continue;
            if (f.Wire == Varint) { values.Add((long)f.Value); continue; }
            var span = f.Payload.Span;
            int p = 0;
            while (p < span.Length) values.Add((long)ReadVarint(span, ref p));
        }
        return values;
    }

    public static void WriteVarint(Stream output, ulong value)
    {
        while (value >= 0x80)
        {
            output.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }
        output.WriteByte((byte)value);
    }

    public static void WriteVarintField(Stream output, int number, long value)
    {
        WriteVarint(output, (ulong)number << 3 | Varint);
        WriteVarint(output, (ulong)value);
    }

    public static void WriteBytesField(Stream output, int number, ReadOnlySpan<byte> bytes)
    {
        WriteVarint(output, (ulong)number << 3 | LengthDelimited);
        WriteVarint(output, (ulong)bytes.Length);
        output.Write(bytes);
    }

    public static void WriteStringField(Stream output, int number, string text) => WriteBytesField(output, number, Encoding.UTF8.GetBytes(text));

    /// <summary>Little-endian floats (the raw data of a float tensor).</summary>
    public static float[] Floats(ReadOnlySpan<byte> raw)
    {
        var values = new float[raw.Length / 4];
        for (int i = 0; i < values.Length; i++) values[i] = BinaryPrimitives.ReadSingleLittleEndian(raw[(4 * i)..]);
        return values;
    }

    /// <summary>Floats as little-endian bytes.</summary>
    public static byte[] Bytes(ReadOnlySpan<float> values)
    {
        var raw = new byte[values.Length * 4];
        for (int i = 0; i < values.Length; i++) BinaryPrimitives.WriteSingleLittleEndian(raw.AsSpan(4 * i), values[i]);
        return raw;
    }

    private static ulong ReadVarint(ReadOnlySpan<byte> span, ref int position)
    {
        ulong result = 0;
        for (int shift = 0; shift < 64; shift += 7)
        {
            Need(span, position, 1);
            byte b = span[position++];
            result |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80) return result;
        }
        throw new InvalidDataException($"a varint longer than 10 bytes ends at byte {position}");
    }

    private static void Need(ReadOnlySpan<byte> span, int position, int count)
    {
        if (position + count > span.Length) throw new InvalidDataException($"the message ends at byte {span.Length}, inside a field");
    }
}

/// <summary>One field of a message: its number, wire type, value (varints) or payload (length-delimited), and the raw bytes of the whole field.</summary>
internal readonly record struct ProtoField(int Number, int Wire, ulong Value, ReadOnlyMemory<byte> Payload, ReadOnlyMemory<byte> Raw);
