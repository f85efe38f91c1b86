using System.Reflection;
using LongAnMarket.Core.Catalog;
using LongAnMarket.Core.Common;
using LongAnMarket.Core.Producers;
using LongAnMarket.Core.Traceability;
using LongAnMarket.Tests.Support;

namespace LongAnMarket.Tests.Core.Traceability;

/// <summary>A lot's rules and its hash chain, in memory.</summary>
public sealed class LotTests : IDisposable
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, Vietnam);
    private static readonly TracePlace Field = new("https://example.vn/places/1", "Ruộng ấp 3", "Mỹ Lệ, Cần Đước", 10.59m, 106.58m);
    private readonly TestSigner _signer = new();

    public void Dispose() => _signer.Dispose();

    private static (Producer Producer, Product Product) Catalog(int producerId = 7)
    {
        var producer = new Producer("HTX Chợ Đào", "htx-cho-dao", "1152601818", 1, "Ấp 3", "0909123456", "htx@example.vn", "", Now);
        typeof(Producer).GetProperty(nameof(Producer.Id))!.SetValue(producer, producerId);
        var product = new Product(producerId, 1, 1, "Gạo Nàng Thơm", "gao-nang-thom", "", Now);
        product.AddVariant("Túi 2 kg", 90_000, 10, "08930000000019");
        product.AddCertification(CertificationKind.Ocop, "OCOP-1", "UBND tỉnh", new DateOnly(2025, 1, 1), new DateOnly(2028, 1, 1),
            new OcopRating(4, OcopLevel.Province));
        return (producer, product);
    }

    private static Lot NewLot(string code = "ND261115", int producerId = 7)
    {
        var (producer, product) = Catalog(producerId);
        return new Lot(producer, product, product.Variants[0], code, new DateOnly(2026, 11, 15), 3200, LotUnit.Kilogram, "Thửa 215", null, Now);
    }

    private Lot SealedLot()
    {
        var lot = NewLot();
        LotSeal.Seal(lot, lot.Commission(new DateTimeOffset(2026, 11, 15, 6, 0, 0, Vietnam), Field, "Gặt lúa.", "test", Now), _signer);
        LotSeal.Seal(lot, lot.Append(TraceStep.Packing, new DateTimeOffset(2026, 11, 16, 9, 0, 0, Vietnam), Field, null, null, "test", Now), _signer);
        LotSeal.Seal(lot, lot.Append(TraceStep.Inspecting, new DateTimeOffset(2026, 11, 17, 9, 0, 0, Vietnam), Field, "Độ ẩm 13%.", true, "test", Now), _signer);
        return lot;
    }

    [Theory]
    [InlineData("ĐỢT-1")]
    [InlineData("LO 1")]
    [InlineData("")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTU")]
    public void A_lot_code_outside_the_gs1_ai_10_rules_is_refused(string code) =>
        Assert.Throws<DomainException>(() => NewLot(code));

    [Fact]
    public void A_sealed_chain_verifies_and_every_record_carries_a_cbv_2_0_hash_id()
    {
        var lot = SealedLot();
        var result = LotSeal.Verify(lot, _signer);
        Assert.True(result.IsIntact, result.Problem);
        Assert.Equal(3, result.RecordCount);
        Assert.All(lot.Events, e => Assert.Matches(@"^ni:///sha-256;[0-9a-f]{64}\?ver=CBV2\.0$", e.HashId!));
        Assert.Equal(lot.Events[^1].LinkHash, lot.HeadLink);
    }

    [Fact]
    public void Changing_any_displayed_field_breaks_the_chain_at_that_record()
    {
        var lot = SealedLot();
        typeof(TraceEvent).GetProperty(nameof(TraceEvent.Note))!.SetValue(lot.Events[2], "Độ ẩm 18%.");
        var result = LotSeal.Verify(lot, _signer);
        Assert.False(result.IsIntact);
        Assert.Equal(3, result.FirstAlteredRecord);

        var renamed = SealedLot();
        typeof(Lot).GetProperty(nameof(Lot.ProductName))!.SetValue(renamed, "Gạo thường");
        Assert.Equal(1, LotSeal.Verify(renamed, _signer).FirstAlteredRecord); // the name is sealed in the first event's ILMD

        var moved = SealedLot();
        typeof(TraceEvent).GetProperty(nameof(TraceEvent.Place))!.SetValue(moved.Events[1], Field with { Area = "Nơi khác" });
        Assert.Equal(2, LotSeal.Verify(moved, _signer).FirstAlteredRecord);
    }

    [Fact]
    public void A_signature_from_another_key_does_not_verify()
    {
        var lot = SealedLot();
        using var other = new TestSigner();
        Assert.False(LotSeal.Verify(lot, other).IsIntact);
    }

    [Fact]
    public void Events_in_the_future_or_before_production_are_refused_and_leave_the_lot_unchanged()
    {
        var lot = SealedLot();
        Assert.Throws<DomainException>(() => lot.Append(TraceStep.Shipping, Now.AddHours(1), Field, null, null, "test", Now));
        Assert.Throws<DomainException>(() => lot.Append(TraceStep.Shipping, new DateTimeOffset(2026, 11, 14, 9, 0, 0, Vietnam), Field, null, null, "test", Now));
        Assert.Throws<DomainException>(() => lot.Append(TraceStep.Inspecting, Now, Field, null, null, "test", Now)); // no result
        Assert.Throws<DomainException>(() => lot.Append(TraceStep.Commissioning, Now, Field, null, null, "test", Now));
        Assert.Equal(3, lot.Events.Count);
    }

    [Fact]
    public void A_transformation_only_takes_the_same_producers_unrecalled_lots()
    {
        var paddy = NewLot("LUA1");
        var foreign = NewLot("LUA2", producerId: 8);
        var rice = NewLot("ND1");
        var at = new DateTimeOffset(2026, 11, 15, 8, 0, 0, Vietnam);
        Assert.Throws<DomainException>(() => rice.Transform("Xay xát", [(foreign, 100m)], at, Field, null, "test", Now));
        Assert.Throws<DomainException>(() => rice.Transform("Xay xát", [], at, Field, null, "test", Now));
        Assert.Throws<DomainException>(() => rice.Transform("Xay xát", [(paddy, 0m)], at, Field, null, "test", Now));
        Assert.Empty(rice.Events);
        var milling = rice.Transform("Xay xát", [(paddy, 5000m)], at, Field, null, "test", Now);
        Assert.Single(milling.Inputs);
    }

    [Fact]
    public void A_correction_appends_the_corrected_event_and_a_declaration_and_the_chain_still_verifies()
    {
        var lot = SealedLot();
        var (corrective, declaration) = lot.Correct(lot.Events[1], new DateTimeOffset(2026, 11, 16, 14, 0, 0, Vietnam), Field, "Ca chiều.", null,
            "Ghi nhầm giờ", "test", Now);
        LotSeal.Seal(lot, corrective, _signer);
        LotSeal.Seal(lot, declaration, _signer);
        Assert.Equal(lot.Events[1].HashId, declaration.HashId); // EPCIS: the declaration restates the erroneous event's ID
        Assert.True(LotSeal.Verify(lot, _signer).IsIntact);
        Assert.Throws<DomainException>(() => lot.Correct(lot.Events[1], Now, Field, null, null, "lần nữa", "test", Now));
        Assert.Same(declaration, lot.Correction(lot.Events[1]));
    }

    [Fact]
    public void A_recall_is_a_sealed_record_and_cannot_happen_twice()
    {
        var lot = SealedLot();
        LotSeal.Seal(lot, lot.Recall("Dư lượng vượt ngưỡng", Field, "admin", Now), _signer);
        Assert.True(lot.IsRecalled);
        Assert.Equal("recalled", lot.Events[^1].Disposition);
        Assert.True(LotSeal.Verify(lot, _signer).IsIntact);
        Assert.Throws<DomainException>(() => lot.Recall("Lần nữa", Field, "admin", Now));
    }
}
