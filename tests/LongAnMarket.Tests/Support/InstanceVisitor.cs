using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace LongAnMarket.Tests.Support;

/// <summary>
/// A browser in front of several app processes (<see cref="AppProcess"/>), as behind a load balancer: one cookie jar
/// for all of them (cookies do not depend on the port), redirects not followed, forms posted back as the page shows them.
/// It may connect from a loopback address of its own (127.0.0.3…), to stand for one client among others, and trust
/// one self-signed certificate (the load balancer's).
/// </summary>
public sealed class InstanceVisitor : IDisposable
{
    private readonly HttpClient _client;

    /// <param name="forwardedFor">With <paramref name="from"/> the load balancer's address: the client it stands in for, as the
    /// balancer says (X-Forwarded-For, and X-Forwarded-Proto https), to reach one chosen instance.</param>
    public InstanceVisitor(IPAddress? from = null, X509Certificate2? trusted = null, IPAddress? forwardedFor = null)
    {
        var handler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new() };
        if (from is not null)
            handler.ConnectCallback = async (context, ct) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(from, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, ct);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            };
        if (trusted is not null)
            handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                certificate is not null && certificate.GetCertHashString() == trusted.GetCertHashString();
        if (forwardedFor is not null) handler.UseCookies = false; // its cookies are Secure (https as the balancer says): kept by hand
        _client = new HttpClient(forwardedFor is null ? handler : new ForwardedCookies { InnerHandler = handler }) { Timeout = TimeSpan.FromSeconds(15) };
        if (forwardedFor is not null)
        {
            _client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor.ToString());
            _client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        }
    }

    public Task<HttpResponseMessage> GetAsync(AppProcess instance, string path) => GetAsync(instance.Address, path);

    public Task<HttpResponseMessage> GetAsync(Uri origin, string path) => _client.GetAsync(new Uri(origin, path));

    /// <summary>A GET with extra headers (a forged X-Forwarded-For, another Host).</summary>
    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) => _client.SendAsync(request);

    public async Task<IHtmlDocument> PageAsync(AppProcess instance, string path) => await HtmlPage.ParseAsync(await GetAsync(instance, path));

    public async Task<IHtmlDocument> PageAsync(Uri origin, string path) => await HtmlPage.ParseAsync(await GetAsync(origin, path));

    /// <summary>
    /// Opens <paramref name="page"/> on <paramref name="instance"/> and posts its form for <paramref name="action"/> back to
    /// it with every field as shown (antiforgery token included), except those in <paramref name="changes"/>.
    /// </summary>
    public Task<HttpResponseMessage> SubmitAsync(AppProcess instance, string page, string action, IReadOnlyDictionary<string, string> changes) =>
        SubmitAsync(instance.Address, page, action, changes);

    /// <param name="file">A file for a multipart form: its field, name and bytes.</param>
    public async Task<HttpResponseMessage> SubmitAsync(Uri origin, string page, string action, IReadOnlyDictionary<string, string> changes,
        (string Field, string FileName, string ContentType, byte[] Bytes)? file = null)
    {
        var html = await PageAsync(origin, page);
        var form = html.QuerySelector($"form[action='{action}']")
            ?? throw new InvalidOperationException($"No form posting to {action} on {page} of {origin}: “{html.Title}”.");
        var fields = FieldsOf(form);
        foreach (var (name, value) in changes)
        {
            var at = fields.FindIndex(f => f.Key == name);
            if (at < 0) fields.Add(new(name, value));
            else fields[at] = new(name, value);
        }
        if (file is not { } upload) return await _client.PostAsync(new Uri(origin, action), new FormUrlEncodedContent(fields));
        var multipart = new MultipartFormDataContent();
        foreach (var (name, value) in fields) multipart.Add(new StringContent(value), name);
        var content = new ByteArrayContent(upload.Bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(upload.ContentType);
        multipart.Add(content, upload.Field, upload.FileName);
        return await _client.PostAsync(new Uri(origin, action), multipart);
    }

    public Task SignInAsync(AppProcess instance, string email, string password) => SignInAsync(instance.Address, email, password);

    public async Task SignInAsync(Uri origin, string email, string password)
    {
        var response = await SubmitAsync(origin, "/account/login", "/account/login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.Contains("/account/login") == true)
            throw new InvalidOperationException($"{email} could not sign in on {origin}: {(int)response.StatusCode} {response.Headers.Location}");
    }

    /// <summary>Signs in with the password and then the code the authenticator holding <paramref name="secret"/> shows now.</summary>
    public async Task SignInWithCodeAsync(Uri origin, string email, string password, string secret)
    {
        var response = await SubmitAsync(origin, "/account/login", "/account/login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
        var secondStep = response.Headers.Location?.OriginalString;
        if (secondStep?.StartsWith("/account/login-2fa") != true)
            throw new InvalidOperationException($"{email} was not asked for a code on {origin}: {(int)response.StatusCode} {secondStep}");
        var coded = await SubmitAsync(origin, secondStep, "/account/login-2fa", new Dictionary<string, string> { ["Code"] = Totp.Code(secret, DateTimeOffset.UtcNow) });
        if (coded.StatusCode != HttpStatusCode.Redirect || coded.Headers.Location?.OriginalString.Contains("/account/login") == true)
            throw new InvalidOperationException($"{email}'s code was refused on {origin}: {(int)coded.StatusCode} {coded.Headers.Location}");
    }

    /// <summary>The name/value pairs a browser would send for <paramref name="form"/>, in document order.</summary>
    private static List<KeyValuePair<string, string>> FieldsOf(IElement form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            if (element.HasAttribute("disabled")) continue;
            var name = element.GetAttribute("name")!;
            string? value = element switch
            {
                IHtmlInputElement { Type: "checkbox" or "radio" } box => box.IsChecked ? box.Value : null,
                IHtmlInputElement { Type: "submit" or "button" or "image" or "reset" or "file" } => null,
                IHtmlInputElement input => input.Value,
                IHtmlTextAreaElement area => area.Value,
                IHtmlSelectElement select => select.Value ?? "",
                _ => null,
            };
            if (value is not null) fields.Add(new(name, value));
        }
        return fields;
    }

    public void Dispose() => _client.Dispose();

    /// <summary>
    /// The cookies of a client standing in for the balancer: sent over the plain http between balancer and instance,
    /// where a cookie jar would hold back the Secure ones.
    /// </summary>
    private sealed class ForwardedCookies : DelegatingHandler
    {
        private readonly Dictionary<string, string> _cookies = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (_cookies)
                if (_cookies.Count > 0) request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var set))
                lock (_cookies)
                    foreach (var cookie in set)
                    {
                        var pair = cookie.Split(';')[0].Split('=', 2);
                        var expired = cookie.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase);
                        if (expired || pair.Length < 2 || pair[1].Length == 0) _cookies.Remove(pair[0].Trim());
                        else _cookies[pair[0].Trim()] = pair[1];
                    }
            return response;
        }
    }
}
