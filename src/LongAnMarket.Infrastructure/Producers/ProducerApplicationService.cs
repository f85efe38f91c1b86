using LongAnMarket.Core.Common;
using LongAnMarket.Core.Files;
using LongAnMarket.Core.Producers;
using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Infrastructure.Producers;

public sealed record ProducerApplication(
    string BusinessName, string TaxNumber, int OriginAreaId, string Address, string Phone, string ContactEmail, string Description,
    IdentityDraft Identity, int? AcceptedRulesVersion);

/// <summary>A file as the form received it; read once, after every check on the application has passed.</summary>
public sealed record UploadedFile(string FileName, long Length, Func<Stream> OpenReadStream);

/// <summary>
/// A signed-in account applies for a business: the application and its documents are checked in full before anything
/// is stored, so a refused application leaves neither a row nor a file behind.
/// </summary>
public sealed class ProducerApplicationService(
    MarketDbContext db, IPrivateFileStore documents, ProducerIdentityService identities, Compliance.OperatingRules rules, TimeProvider clock)
{
    public const int MaxDocuments = 5;

    public async Task<Producer> ApplyAsync(string userId, ProducerApplication application, IReadOnlyList<UploadedFile> files, CancellationToken ct = default)
    {
        if (await db.Producers.AnyAsync(p => p.OwnerUserId == userId, ct))
            throw new DomainException("Tài khoản này đã nộp hồ sơ doanh nghiệp; mỗi tài khoản quản lý một doanh nghiệp.");
        var taxNumber = TaxNumber.Parse(application.TaxNumber);
        if (await db.Producers.AnyAsync(p => p.TaxCode == taxNumber, ct))
            throw new DomainException($"Mã số thuế {taxNumber} đã được đăng ký trên sàn. Nếu đây là doanh nghiệp của bạn, hãy liên hệ Ban quản lý sàn.") { Field = "TaxNumber" };
        if (!await db.OriginAreas.AnyAsync(a => a.Id == application.OriginAreaId, ct))
            throw new DomainException("Vui lòng chọn vùng nguyên liệu trong danh sách.") { Field = "OriginAreaId" };
        var (legalForm, registration, representative) = identities.Read(application.Identity);
        var inForce = await rules.InForceAsync(ct);
        if (inForce is not null && application.AcceptedRulesVersion != inForce.Number)
            throw new DomainException("Vui lòng đọc và đồng ý Quy chế hoạt động của sàn.") { Field = Compliance.RulesNotAcceptedException.FieldName };
        var checkedFiles = await CheckFilesAsync(files, ct);
        var claim = new IdentityClaim(application.BusinessName, legalForm, taxNumber, registration, representative.Name,
            CitizenId.Parse(application.Identity.RepresentativeCitizenId));
        var check = await identities.CheckAsync(claim, ct);

        var now = clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7));
        var stem = Slug.From(application.BusinessName);
        var taken = await db.Producers.Where(p => p.Slug.StartsWith(stem)).Select(p => p.Slug).ToListAsync(ct);
        var producer = new Producer(application.BusinessName, Slug.Unique(application.BusinessName, taken.Contains), taxNumber,
            application.OriginAreaId, application.Address, application.Phone, application.ContactEmail, application.Description, now, userId);
        producer.ConfirmIdentity(legalForm, registration, representative, now);

        var stored = new List<string>();
        try
        {
            var folder = $"producers/{Guid.NewGuid():N}";
            foreach (var (file, bytes, format) in checkedFiles)
            {
                var key = $"{folder}/{stored.Count + 1}.{format.Extension}";
                await documents.SaveAsync(key, new MemoryStream(bytes), ct);
                stored.Add(key);
                producer.AddDocument(file.FileName, key, format.ContentType, bytes.Length, now);
            }
            if (check.Result.Status == IdentityCheckStatus.Confirmed)
                producer.RecordVerification(check.Method, check.Method, now, check.Result.Detail, null);
            db.Producers.Add(producer);
            await db.SaveChangesAsync(ct);
            if (inForce is not null)
                await rules.AcceptAsync(producer.Id, inForce.Number, await db.Users.Where(u => u.Id == userId).Select(u => u.Email).FirstOrDefaultAsync(ct) ?? userId, ct);
            return producer;
        }
        catch (Exception ex)
        {
            db.ChangeTracker.Clear();
            foreach (var key in stored) await documents.DeleteAsync(key, CancellationToken.None);
            if (ex is DbUpdateException) // another application with this tax number or account won the race
                throw new DomainException($"Mã số thuế {taxNumber} hoặc tài khoản này vừa được đăng ký. Vui lòng tải lại trang để xem trạng thái.");
            throw;
        }
    }

    private static async Task<List<(UploadedFile File, byte[] Bytes, (string ContentType, string Extension) Format)>> CheckFilesAsync(
        IReadOnlyList<UploadedFile> files, CancellationToken ct)
    {
        if (files.Count == 0) throw new DomainException("Vui lòng đính kèm ít nhất một giấy tờ (giấy đăng ký kinh doanh, chứng nhận…).") { Field = "Documents" };
        if (files.Count > MaxDocuments) throw new DomainException($"Đính kèm tối đa {MaxDocuments} tệp.") { Field = "Documents" };
        var result = new List<(UploadedFile, byte[], (string, string))>();
        foreach (var file in files)
        {
            if (file.Length == 0) throw new DomainException($"Tệp “{file.FileName}” rỗng.") { Field = "Documents" };
            if (file.Length > DocumentFormat.MaxBytes)
                throw new DomainException($"Tệp “{file.FileName}” lớn hơn {DocumentFormat.MaxBytes / 1024 / 1024} MB.") { Field = "Documents" };
            using var buffer = new MemoryStream();
            await using (var stream = file.OpenReadStream()) await stream.CopyToAsync(buffer, ct);
            var bytes = buffer.ToArray();
            var format = DocumentFormat.Detect(bytes) ?? throw new DomainException($"Tệp “{file.FileName}” không phải PDF, JPEG hay PNG.") { Field = "Documents" };
            result.Add((file, bytes, format));
        }
        return result;
    }
}
