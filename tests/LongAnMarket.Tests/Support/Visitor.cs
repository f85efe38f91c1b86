using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using LongAnMarket.Infrastructure.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LongAnMarket.Tests.Support;

/// <summary>A browser-like client: keeps cookies, does not follow redirects, and fills forms from the page that shows them.</summary>
public sealed class Visitor
{
    public const string Passphrase = "lúa chín vàng đồng Cần Đước";
    private readonly MarketAppFactory _app;
    private readonly CookieContainer _cookies = new();

    public Visitor(MarketAppFactory app)
    {
        _app = app;
        Client = app.CreateDefaultClient(new CookieHandler(_cookies));
    }

    public HttpClient Client { get; }

    /// <summary>The Cookie header this visitor's browser would send to <paramref name="path"/>.</summary>
    public string CookieHeader(string path) => _cookies.GetCookieHeader(new Uri(Client.BaseAddress!, path));

    /// <summary>Keeps cookies like a browser and, unlike the default test client, lets them be read back.</summary>
    private sealed class CookieHandler(CookieContainer cookies) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            var header = cookies.GetCookieHeader(request.RequestUri!);
            if (header.Length > 0 && !request.Headers.Contains("Cookie")) request.Headers.Add("Cookie", header);
            var response = await base.SendAsync(request, ct);
            if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
                foreach (var cookie in setCookies) cookies.SetCookies(request.RequestUri!, cookie);
            return response;
        }
    }

    public static string NewEmail() => $"mua-{Guid.NewGuid():N}@example.vn";

    public Task<HttpResponseMessage> GetAsync(string path) => Client.GetAsync(path);

    public async Task<IHtmlDocument> PageAsync(string path) => await HtmlPage.ParseAsync(await Client.GetAsync(path));

    /// <summary>Opens <paramref name="page"/>, then posts its form for <paramref name="action"/> with the page's hidden fields (antiforgery token included).</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string page, string action, Dictionary<string, string> fields,
        IReadOnlyList<(string Field, string FileName, byte[] Bytes)>? files = null)
    {
        var response = await Client.GetAsync(page);
        var html = await HtmlPage.ParseAsync(response);
        var main = html.QuerySelector("main")?.TextContent.Trim() ?? "";
        var form = html.QuerySelector($"form[action='{action}']") ?? throw new InvalidOperationException(
            $"No form posting to {action} on {page}: it answered {(int)response.StatusCode} {response.Headers.Location} “{html.Title}” {main[..Math.Min(300, main.Length)]}");
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
        await SubmitAsync("/account/two-factor", "/account/two-factor/enable", new() { ["Code"] = AuthenticatorCode(_app, key) });
        return key;
    }

    /// <summary>Creates an admin as `create-admin` does (with a fresh authenticator secret) and signs it in with password and code.</summary>
    public static async Task<(Visitor Admin, string Email, string Key)> AdminAsync(MarketAppFactory app)
    {
        var email = NewEmail();
        var key = await app.WithServicesAsync(async services =>
        {
            var accounts = services.GetRequiredService<AccountAdministration>();
            await accounts.EnsureAccountAsync(email, Passphrase, "Sở Công Thương", MarketRoles.Admin);
            return (await accounts.EnableAuthenticatorAsync(email))!;
        });
        var admin = new Visitor(app);
        var password = await admin.SignInAsync(email);
        var secondStep = password.Headers.Location?.OriginalString ?? throw new InvalidOperationException("Sign-in did not ask for the code.");
        await admin.SubmitAsync(secondStep, "/account/login-2fa", new() { ["Code"] = AuthenticatorCode(app, key) });
        return (admin, email, key);
    }

    /// <summary>The code an authenticator app shows now by the app's clock (which a test may have moved forward).</summary>
    public static string AuthenticatorCode(MarketAppFactory app, string key) =>
        Totp.Code(key, app.Services.GetRequiredService<TimeProvider>().GetUtcNow());

    /// <summary>Signs up with a new address, confirms it through the emailed link and signs in.</summary>
    public async Task<string> SignUpAndInAsync()
    {
        var email = NewEmail();
        await RegisterAsync(email);
        await GetAsync(MailPickup.LastLink(_app, email, "/account/confirm-email"));
        await SignInAsync(email);
        return email;
    }
}
