using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace LongAnMarket.Tests.Support;

/// <summary>
/// A browser in front of several app processes (<see cref="AppProcess"/>), as behind a load balancer: one cookie jar
/// for all of them (cookies do not depend on the port), redirects not followed, forms posted back as the page shows them.
/// </summary>
public sealed class InstanceVisitor : IDisposable
{
    private readonly HttpClient _client = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new() })
    {
        Timeout = TimeSpan.FromSeconds(15),
    };

    public Task<HttpResponseMessage> GetAsync(AppProcess instance, string path) => _client.GetAsync(new Uri(instance.Address, path));

    public async Task<IHtmlDocument> PageAsync(AppProcess instance, string path) => await HtmlPage.ParseAsync(await GetAsync(instance, path));

    /// <summary>
    /// Opens <paramref name="page"/> on <paramref name="instance"/> and posts its form for <paramref name="action"/> back to
    /// it with every field as shown (antiforgery token included), except those in <paramref name="changes"/>.
    /// </summary>
    public async Task<HttpResponseMessage> SubmitAsync(AppProcess instance, string page, string action, IReadOnlyDictionary<string, string> changes)
    {
        var html = await PageAsync(instance, page);
        var form = html.QuerySelector($"form[action='{action}']")
            ?? throw new InvalidOperationException($"No form posting to {action} on {page} of instance {instance.InstanceName}: “{html.Title}”.");
        var fields = FieldsOf(form);
        foreach (var (name, value) in changes)
        {
            var at = fields.FindIndex(f => f.Key == name);
            if (at < 0) fields.Add(new(name, value));
            else fields[at] = new(name, value);
        }
        return await _client.PostAsync(new Uri(instance.Address, action), new FormUrlEncodedContent(fields));
    }

    public async Task SignInAsync(AppProcess instance, string email, string password)
    {
        var response = await SubmitAsync(instance, "/account/login", "/account/login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.Contains("/account/login") == true)
            throw new InvalidOperationException($"{email} could not sign in on instance {instance.InstanceName}: {(int)response.StatusCode} {response.Headers.Location}");
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
}
