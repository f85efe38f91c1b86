using LongAnMarket.Infrastructure.Ordering;

namespace LongAnMarket.Web.Compliance;

/// <summary>The tax CSVs: the monthly withholding declaration data, a seller's yearly withholding statement, the month's commission.</summary>
public static class WithholdingCsv
{
    public static byte[] Month(int year, int month, IReadOnlyList<WithholdingRow> rows) => Csv.Write(
        ["ky_ke_khai", "ma_so_thue", "ten_nguoi_ban", "doanh_thu_ban_hang", "doanh_thu_tra_lai", "doanh_thu_tinh_thue", "thue_gtgt_khau_tru", "thue_tncn_khau_tru"],
        rows.Select(r => new object?[] { $"{year:D4}-{month:D2}", r.TaxCode, r.ProducerName, r.SoldDong, r.ReturnedDong, r.TaxedDong, r.VatDong, r.PitDong })
            .Append(["tong", null, null, rows.Sum(r => r.SoldDong), rows.Sum(r => r.ReturnedDong), rows.Sum(r => r.TaxedDong), rows.Sum(r => r.VatDong), rows.Sum(r => r.PitDong)]));

    /// <summary>What the operator's e-invoice provider needs to invoice each producer for the month's commission.</summary>
    public static byte[] Commission(int year, int month, IReadOnlyList<CommissionRow> rows) => Csv.Write(
        ["ky", "ma_so_thue", "ten_nha_san_xuat", "dia_chi", "email", "phi_san_thu", "phi_san_hoan", "phi_san_thuc_thu"],
        rows.Select(r => new object?[] { $"{year:D4}-{month:D2}", r.TaxCode, r.ProducerName, r.Address, r.Email, r.ChargedDong, r.ReturnedDong, r.NetDong })
            .Append(["tong", null, null, null, null, rows.Sum(r => r.ChargedDong), rows.Sum(r => r.ReturnedDong), rows.Sum(r => r.NetDong)]));

    public static byte[] Year(int year, string taxCode, string producerName, IReadOnlyList<WithholdingMonth> months) => Csv.Write(
        ["nam", "thang", "ma_so_thue", "ten_nguoi_ban", "doanh_thu_ban_hang", "doanh_thu_tra_lai", "thue_gtgt_khau_tru", "thue_tncn_khau_tru"],
        months.Select(m => new object?[] { year, m.Month, taxCode, producerName, m.SoldDong, m.ReturnedDong, m.VatDong, m.PitDong })
            .Append([year, "ca_nam", taxCode, producerName, months.Sum(m => m.SoldDong), months.Sum(m => m.ReturnedDong), months.Sum(m => m.VatDong), months.Sum(m => m.PitDong)]));
}
