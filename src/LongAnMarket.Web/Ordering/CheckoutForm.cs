using System.ComponentModel.DataAnnotations;
using LongAnMarket.Core.Ordering;

namespace LongAnMarket.Web.Ordering;

/// <summary>What the checkout form sends. Amounts are never among its fields: the server prices the cart itself.</summary>
public sealed class CheckoutForm
{
    [Required(ErrorMessage = "Hãy nhập tên người nhận."), StringLength(100)] public string? Name { get; set; }
    [Required(ErrorMessage = "Hãy nhập số di động."), StringLength(20)] public string? Phone { get; set; }
    [Required(ErrorMessage = "Hãy nhập email để nhận xác nhận đơn hàng."), StringLength(200)] public string? Email { get; set; }
    [Required(ErrorMessage = "Hãy chọn tỉnh/thành phố."), StringLength(60)] public string? Province { get; set; }
    [Required(ErrorMessage = "Hãy chọn xã/phường."), StringLength(80)] public string? Commune { get; set; }
    [Required(ErrorMessage = "Hãy nhập số nhà, đường."), StringLength(200)] public string? Street { get; set; }
    [StringLength(500)] public string? Note { get; set; }
    /// <summary>One per checkout page: a second submit of the same page finds the order the first one placed.</summary>
    public Guid Token { get; set; }
    /// <summary>"I am 18 or older", asked when the cart holds an alcoholic drink.</summary>
    public bool BuyerConfirmedAdult { get; set; }

    /// <summary>The buyer wants invoices in a business's name; the four fields below say which business.</summary>
    public bool WantsInvoice { get; set; }
    public string? InvoiceCompany { get; set; }
    public string? InvoiceTaxCode { get; set; }
    public string? InvoiceAddress { get; set; }
    public string? InvoiceEmail { get; set; }

    /// <summary>The checked request, or null when none was asked for; a DomainException names the field that is wrong.</summary>
    public InvoiceRequest? ToInvoiceRequest() => WantsInvoice ? InvoiceRequest.Create(InvoiceCompany, InvoiceTaxCode, InvoiceAddress, InvoiceEmail) : null;

    public Buyer ToBuyer() => Buyer.Create(Name, Phone, Email, Province, Commune, Street, Note);
}

public sealed class CartLineForm
{
    public int VariantId { get; set; }
    [Range(0, CartLine.MaxQuantity, ErrorMessage = "Số lượng phải từ 0 đến 999.")] public int Quantity { get; set; } = 1;
}
