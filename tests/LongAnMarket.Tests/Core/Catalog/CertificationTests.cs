using LongAnMarket.Core.Catalog;
using LongAnMarket.Core.Common;

namespace LongAnMarket.Tests.Core.Catalog;

public sealed class CertificationTests
{
    private static readonly Product Product = new(1, 1, 1, "Khóm", "khom", "", DateTimeOffset.UtcNow);

    [Fact]
    public void Should_be_valid_only_between_its_dates()
    {
        var certificate = Product.AddCertification(CertificationKind.VietGap, "VG-1", "Chi cục", new DateOnly(2024, 1, 1), new DateOnly(2025, 12, 31));
        Assert.False(certificate.IsValidOn(new DateOnly(2023, 12, 31)));
        Assert.True(certificate.IsValidOn(new DateOnly(2025, 12, 31)));
        Assert.False(certificate.IsValidOn(new DateOnly(2026, 1, 1)));
    }

    [Fact]
    public void Should_refuse_an_expiry_before_the_issue_date() =>
        Assert.Throws<DomainException>(() =>
            Product.AddCertification(CertificationKind.VietGap, "VG-1", "Chi cục", new DateOnly(2025, 1, 1), new DateOnly(2024, 1, 1)));
}
