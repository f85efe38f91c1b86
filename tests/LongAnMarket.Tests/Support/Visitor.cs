using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using LongAnMarket.Infrastructure.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LongAnMarket.Tests.Support;

/// <summary>A browser-like client: keeps cookies, does not follow redirects, and fills forms from the page that shows them.</summary>
public sealed class Visitor(MarketAppFactory app)
{
    public const string Passphrase = "lúa chín vàng đồng Cần Đước";

    public HttpClient Client { get; } = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });

    public static string NewEmail() => $"mua-{Guid.NewGuid():N}@example.vn";

    public Task<HttpResponseMessage> GetAsync(string path) => Client.GetAsync(path);

    public async Task<IHtmlDocument> PageAsync(string path) => await HtmlPage.ParseAsync(await Client.GetAsync(path));

    /// <summary>Opens <paramref name="page"/>, then posts its form for <paramref name="action"/> with the page's hidden fields (antiforgery token included).</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string page, string action, Dictionary<string, string> fields,
        IReadOnlyList<(string Field, string FileName, byte[] Bytes)>? files = null)
    {
        var html = await PageAsync(page);
        var form = html.QuerySelector($"form[action='{action}']") ?? throw new InvalidOperationException($"No form posting to {action} on {page}.");
        foreach (var hidden in form.QuerySelectorAll("input[type=hidden]"))
            fields.TryAdd(hidden.GetAttribute("name")!, hidden.GetAttribute("value") ?? "");
        if (files is null) return await Client.PostAsync(action, new FormUrlEncodedContent(fields));

        var multipart = new MultipartFormDataContent();
        foreach (var (name, value) in fields) multipart.Add(new StringContent(value), name);
        foreach (var (field, fileName, bytes) in files)
        {
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            multipart.Add(content, field, fileName);
        }
        return await Client.PostAsync(action, multipart);
    }

    public Task<HttpResponseMessage> RegisterAsync(string email, string password = Passphrase, string? confirm = null) =>
        SubmitAsync("/account/register", "/account/register", new()
        {
            ["DisplayName"] = "Nguyễn Thị Lúa", ["Email"] = email, ["Password"] = password, ["ConfirmPassword"] = confirm ?? password,
        });

    public Task<HttpResponseMessage> SignInAsync(string email, string password = Passphrase) =>
        SubmitAsync("/account/login", "/account/login", new() { ["Email"] = email, ["Password"] = password });

    /// <summary>Sets up an authenticator on the signed-in account as a person would; returns the key the app would hold.</summary>
    public async Task<string> EnableTwoFactorAsync()
    {
        var key = (await PageAsync("/account/two-factor")).QuerySelector(".shared-key")?.TextContent
            ?? throw new InvalidOperationException("No authenticator key on /account/two-factor.");
        await SubmitAsync("/account/two-factor", "/account/two-factor/enable", new() { ["Code"] = Totp.Code(key) });
        return key;
    }

    /// <summary>Creates an admin through the create-admin path, signs it in and sets up its authenticator.</summary>
    public static async Task<(Visitor Admin, string Email, string Key)> AdminAsync(MarketAppFactory app)
    {
        var email = NewEmail();
        await app.WithServicesAsync(services => services.GetRequiredService<AccountAdministration>()
            .EnsureAccountAsync(email, Passphrase, "Sở Công Thương", MarketRoles.Admin));
        var admin = new Visitor(app);
        await admin.SignInAsync(email);
        var key = await admin.EnableTwoFactorAsync();
        return (admin, email, key);
    }

    /// <summary>Signs up with a new address, confirms it through the emailed link and signs in.</summary>
    public async Task<string> SignUpAndInAsync()
    {
        var email = NewEmail();
        await RegisterAsync(email);
        await GetAsync(MailPickup.LastLink(app, email, "/account/confirm-email"));
        await SignInAsync(email);
        return email;
    }
}
