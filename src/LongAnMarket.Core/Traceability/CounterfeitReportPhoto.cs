namespace LongAnMarket.Core.Traceability;

/// <summary>A photo a consumer sent with a report: private (only the trade office sees it), stripped of EXIF and GPS.</summary>
public sealed class CounterfeitReportPhoto
{
    private CounterfeitReportPhoto() { }

    internal CounterfeitReportPhoto(string storageKey, int width, int height)
    {
        StorageKey = storageKey;
        Width = width;
        Height = height;
    }

    public int Id { get; private set; }
    public int ReportId { get; private set; }
    public string StorageKey { get; private set; } = "";
    public int Width { get; private set; }
    public int Height { get; private set; }
}
