using System.Globalization;
using System.Text;

namespace LongAnMarket.Core.Payments;

/// <summary>EMVCo QR data objects: a 2-digit ID, a 2-digit length, the value; templates nest objects in their value.</summary>
public static class EmvTlv
{
    public static string Field(string id, string value)
    {
        if (id.Length != 2 || !id.All(char.IsAsciiDigit)) throw new ArgumentException($"EMV ID “{id}” must be two digits.", nameof(id));
        if (value.Length is 0 or > 99) throw new ArgumentException($"EMV field {id} must hold 1–99 characters, not {value.Length}.", nameof(value));
        return id + value.Length.ToString("D2", CultureInfo.InvariantCulture) + value;
    }

    /// <summary>The data objects of a payload or template, in order; throws <see cref="FormatException"/> on a malformed one.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Parse(string data)
    {
        var fields = new List<KeyValuePair<string, string>>();
        var at = 0;
        while (at < data.Length)
        {
            if (at + 4 > data.Length || !int.TryParse(data.AsSpan(at + 2, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var length))
                throw new FormatException($"Malformed EMV data object at position {at}.");
            if (at + 4 + length > data.Length) throw new FormatException($"EMV data object {data.Substring(at, 2)} runs past the end.");
            fields.Add(new(data.Substring(at, 2), data.Substring(at + 4, length)));
            at += 4 + length;
        }
        return fields;
    }

    public static string Crc(string payloadUpToCrcId) =>
        Crc16.CcittFalse(Encoding.UTF8.GetBytes(payloadUpToCrcId)).ToString("X4", CultureInfo.InvariantCulture);
}
