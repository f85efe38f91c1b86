using LongAnMarket.Core.Common;
using LongAnMarket.Core.Producers;

namespace LongAnMarket.Core.Ordering;

/// <summary>What a seller can issue for its part of an order, by its registration.</summary>
public enum InvoiceKind
{
    /// <summary>A VAT invoice (hoá đơn giá trị gia tăng): companies and cooperatives, taken here to declare VAT by the credit method.</summary>
    Vat = 1,
    /// <summary>A sales invoice (hoá đơn bán hàng): household businesses, which pay VAT as a share of revenue.</summary>
    Sales = 2,
}

/// <summary>A buyer's request for an invoice, in the name of a business: it travels with every part of the order.</summary>
public sealed class InvoiceRequest
{
    private InvoiceRequest() { }

    public string CompanyName { get; private set; } = "";
    public string TaxCode { get; private set; } = "";
    public string Address { get; private set; } = "";
    public string Email { get; private set; } = "";

    /// <summary>A checked request, or a DomainException naming the field that is wrong.</summary>
    public static InvoiceRequest Create(string? companyName, string? taxCode, string? address, string? email)
    {
        string Required(string? value, int max, string field, string missing, string tooLong)
        {
            var text = VietnameseText.Clean(value ?? "");
            if (text.Length == 0) throw new DomainException(missing) { Field = field };
            return text.Length > max ? throw new DomainException(tooLong) { Field = field } : text;
        }
        var request = new InvoiceRequest
        {
            CompanyName = Required(companyName, 200, "InvoiceCompany", "Hãy nhập tên đơn vị để xuất hoá đơn.", "Tên đơn vị tối đa 200 ký tự."),
            Address = Required(address, 300, "InvoiceAddress", "Hãy nhập địa chỉ đơn vị để xuất hoá đơn.", "Địa chỉ đơn vị tối đa 300 ký tự."),
            Email = Required(email, 200, "InvoiceEmail", "Hãy nhập email nhận hoá đơn.", "Email nhận hoá đơn tối đa 200 ký tự.").ToLowerInvariant(),
        };
        try { request.TaxCode = TaxNumber.Parse(taxCode); }
        catch (DomainException ex) { throw new DomainException(ex.Message) { Field = "InvoiceTaxCode" }; }
        if (!System.Net.Mail.MailAddress.TryCreate(request.Email, out var parsed) || parsed.Address != request.Email || !request.Email.Contains('.'))
            throw new DomainException("Email nhận hoá đơn không hợp lệ.") { Field = "InvoiceEmail" };
        return request;
    }

    public static InvoiceKind KindFor(LegalForm? form) => form == LegalForm.HouseholdBusiness ? InvoiceKind.Sales : InvoiceKind.Vat;
}

/// <summary>The invoice a seller issued for its part: what the buyer needs to look it up on the seller's e-invoice provider.</summary>
public sealed class IssuedInvoice
{
    private IssuedInvoice() { }

    public IssuedInvoice(string series, string number, string lookupCode, DateTimeOffset issuedAt)
    {
        Series = Text(series, 20, "InvoiceSeries", "Hãy nhập ký hiệu hoá đơn.", "Ký hiệu hoá đơn tối đa 20 ký tự.");
        Number = Text(number, 20, "InvoiceNumber", "Hãy nhập số hoá đơn.", "Số hoá đơn tối đa 20 ký tự.");
        if (!Number.All(char.IsAsciiDigit)) throw new DomainException("Số hoá đơn chỉ gồm chữ số.") { Field = "InvoiceNumber" };
        LookupCode = Text(lookupCode, 60, "InvoiceLookupCode", "Hãy nhập mã tra cứu hoá đơn.", "Mã tra cứu tối đa 60 ký tự.");
        IssuedAtUtc = issuedAt.UtcDateTime;
    }

    public string Series { get; private set; } = "";
    public string Number { get; private set; } = "";
    public string LookupCode { get; private set; } = "";
    public DateTime IssuedAtUtc { get; private set; }

    private static string Text(string? value, int max, string field, string missing, string tooLong)
    {
        var text = (value ?? "").Trim().ToUpperInvariant();
        if (text.Length == 0) throw new DomainException(missing) { Field = field };
        return text.Length > max ? throw new DomainException(tooLong) { Field = field } : text;
    }
}
