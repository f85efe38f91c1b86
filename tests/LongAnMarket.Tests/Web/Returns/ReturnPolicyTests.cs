using System.Net;
using LongAnMarket.Core.Common;
using LongAnMarket.Core.Ordering;
using LongAnMarket.Infrastructure.Identity;
using LongAnMarket.Tests.Support;
using LongAnMarket.Tests.Web.Ordering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LongAnMarket.Tests.Web.Returns;

/// <summary>
/// A producer's returns policy (#25): never below the trade office's minimum, shown on the product page and at checkout,
/// and copied into each order part so a later edit never changes a past order's terms.
/// </summary>
public abstract class ReturnPolicyTests(OrderingAppFixture fixture)
{
    private readonly MarketAppFactory _app = fixture.App;

    [Fact]
    public void A_policy_below_the_minimum_is_refused_field_by_field_and_a_raised_minimum_lifts_an_old_one()
    {
        var minimum = new ReturnMinimum(7, 24);
        var low = new ReturnPolicy(3, 12, true, 0, ReturnShippingPayer.Seller, (RefundChannel)9);
        Assert.Equal(["ProblemReportDays", "PerishableReportHours", "ChangeOfMindDays", "RefundVia"], low.ProblemsAgainst(minimum).Select(p => p.Field));
        var generous = new ReturnPolicy(10, 48, true, 5, ReturnShippingPayer.Seller, RefundChannel.BankTransfer);
        Assert.Empty(generous.ProblemsAgainst(minimum));
        Assert.Equal(new ReturnPolicy(14, 48, true, 5, ReturnShippingPayer.Seller, RefundChannel.BankTransfer), generous.AtLeast(new ReturnMinimum(14, 24)));
    }

    [Fact]
    public async Task The_policy_is_shown_before_purchase_and_each_order_keeps_the_terms_it_was_placed_under()
    {
        var (catalog, product) = await OrderingTestData.ProductAsync(_app, name: "Thanh long ruột đỏ");
        await _app.WithDbAsync(async db =>
        {
            (await db.Categories.SingleAsync(c => c.Id == catalog.Category.Id)).MarkPerishable(true);
            await db.SaveChangesAsync();
        });
        var seller = await TestSellers.SignedInAsync(_app, catalog);

        var refused = await seller.SubmitAsync("/seller/policies", "/seller/policies", new()
        {
            ["ProblemReportDays"] = "3", ["PerishableReportHours"] = "6", ["ReturnShipping"] = "Seller", ["RefundVia"] = "OriginalPayment",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var errors = (await HtmlPage.ParseAsync(refused)).QuerySelector("#form-errors")!.TextContent;
        Assert.Contains("Thời hạn báo lỗi phải từ 7 đến 90 ngày", errors);
        Assert.Contains("Thời hạn báo lỗi hàng tươi phải từ 24 đến 168 giờ", errors);
        Assert.Equal(ReturnPolicy.MinimumOf(ReturnMinimum.Default), await PolicyAsync(catalog));

        var saved = await seller.SubmitAsync("/seller/policies", "/seller/policies", new()
        {
            ["ProblemReportDays"] = "10", ["PerishableReportHours"] = "48", ["AcceptsChangeOfMind"] = "true", ["ChangeOfMindDays"] = "3",
            ["ReturnShipping"] = "Seller", ["RefundVia"] = "BankTransfer",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var terms = new ReturnPolicy(10, 48, true, 3, ReturnShippingPayer.Seller, RefundChannel.BankTransfer);
        Assert.Equal(terms, await PolicyAsync(catalog));

        var productPage = (await new Visitor(_app).PageAsync($"/p/{product.Slug}")).QuerySelector(".product__returns")!.TextContent;
        Assert.Contains("báo lỗi trong 48 giờ sau khi nhận", productPage);
        Assert.Contains("Nhận trả hàng không lỗi trong 3 ngày.", productPage);
        var guest = new Visitor(_app);
        await guest.AddAsync(product, 1);
        var checkout = (await guest.PageAsync("/checkout")).QuerySelector(".checkout__returns")!.TextContent;
        Assert.Contains("Hàng tươi: báo lỗi trong 48 giờ sau khi nhận, kèm ảnh.", checkout);
        Assert.Contains("Hoàn tiền: chuyển khoản vào tài khoản người mua cung cấp.", checkout);
        var placed = await guest.CheckoutAsync(Visitor.NewEmail());
        var code = Shopping.CodeOf(placed);

        await seller.SubmitAsync("/seller/policies", "/seller/policies", new()
        {
            ["ProblemReportDays"] = "7", ["PerishableReportHours"] = "24", ["ReturnShipping"] = "SellerWhenAtFault", ["RefundVia"] = "OriginalPayment",
        });
        var order = await Shopping.OrderAsync(_app, code);
        Assert.Equal(terms, order.SubOrders.Single().ReturnTerms);
        Assert.True(order.SubOrders.Single().Lines.Single().Perishable);
        var orderPage = (await guest.PageAsync(placed.Headers.Location!.OriginalString)).QuerySelector(".order-part__returns")!.TextContent;
        Assert.Contains("Hàng tươi: báo lỗi trong 48 giờ sau khi nhận, kèm ảnh.", orderPage);
        Assert.Contains("Nhận trả hàng không lỗi trong 3 ngày.", orderPage);
    }

    private Task<ReturnPolicy> PolicyAsync(TestCatalog catalog) =>
        _app.WithDbAsync(db => db.Producers.Where(p => p.Id == catalog.Producer.Id).Select(p => p.ReturnPolicy).SingleAsync());
}

public sealed class ReturnPolicyTestsOnSqlite(SqliteOrderingFixture fixture) : ReturnPolicyTests(fixture), IClassFixture<SqliteOrderingFixture>;

public sealed class ReturnPolicyTestsOnMariaDb(MariaDbOrderingFixture fixture) : ReturnPolicyTests(fixture), IClassFixture<MariaDbOrderingFixture>;
