using System.Globalization;
using LongAnMarket.Infrastructure;
using LongAnMarket.Infrastructure.Producers;
using LongAnMarket.Web.Accounts;
using LongAnMarket.Web.Admin;
using LongAnMarket.Web.Factories;
using LongAnMarket.Web.Hosting;
using LongAnMarket.Web.Localization;
using LongAnMarket.Web.Ordering;
using LongAnMarket.Web.Sellers;
using LongAnMarket.Web.Traceability;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.ResponseCompression;

namespace LongAnMarket.Web;

public static class WebRegistration
{
    public static readonly CultureInfo[] Cultures = [new("vi-VN"), new("en-US")];

    public static WebApplicationBuilder AddWeb(this WebApplicationBuilder builder)
    {
        DeploymentChecks.Enforce(builder.Configuration, builder.Environment);
        builder.Services.AddOptions<SiteOptions>().BindConfiguration(SiteOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<Compliance.OperatorOptions>().BindConfiguration(Compliance.OperatorOptions.Section);
        builder.Services.AddOptions<HostingOptions>().BindConfiguration(HostingOptions.Section);
        builder.Services.AddOptions<CachingOptions>().BindConfiguration(CachingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var plainHttp = builder.Configuration.GetValue<bool>($"{HostingOptions.Section}:{nameof(HostingOptions.AllowPlainHttp)}");
        var secureCookies = !builder.Environment.IsDevelopment() && !plainHttp;

        // Razor's encoder passes only Basic Latin by default and writes every Vietnamese letter as "&#x1EA1;"; it still
        // encodes <, >, &, quotes and the characters HTML forbids whatever ranges are allowed.
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
            options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));

        var text = new UiText();
        builder.Services.AddControllersWithViews(mvc =>
        {
            mvc.Filters.Add(new Microsoft.AspNetCore.Mvc.AutoValidateAntiforgeryTokenAttribute());
            mvc.Filters.Add(new HostileFileNames());
            mvc.ModelBinderProviders.Insert(0, new DecimalModelBinderProvider(text));
            mvc.ModelBindingMessageProvider.SpeakThrough(text);
            mvc.ModelMetadataDetailsProviders.Add(new DefaultValidationMessages());
        }).AddDataAnnotationsLocalization(annotations =>
        {
            var localizer = new UiTextLocalizer(text);
            annotations.DataAnnotationLocalizerProvider = (_, _) => localizer;
        });
        builder.Services.AddRouting(routing =>
        {
            routing.LowercaseUrls = true;
            routing.ConstraintMap[CompressedDigitalLinkConstraint.Name] = typeof(CompressedDigitalLinkConstraint);
        });
        builder.Services.AddSingleton<StorefrontPageCache>();
        builder.Services.AddOutputCache(cache =>
        {
            cache.SizeLimit = StorefrontPageCache.SizeLimitBytes;
            cache.AddPolicy(StorefrontPageCache.Policy, policy => policy.AddPolicy<StorefrontPageCache>(), excludeDefaultPolicy: true);
        });
        builder.Services.AddSharedPages(builder.Configuration);
        builder.Services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "longan.af";
            antiforgery.Cookie.SameSite = SameSiteMode.Lax;
            antiforgery.Cookie.SecurePolicy = secureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });
        builder.Services.Configure<CookiePolicyOptions>(cookies =>
        {
            cookies.HttpOnly = Microsoft.AspNetCore.CookiePolicy.HttpOnlyPolicy.Always;
            cookies.MinimumSameSitePolicy = SameSiteMode.Lax;
            cookies.Secure = secureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });
        builder.Services.Configure<RequestLocalizationOptions>(localization =>
        {
            localization.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            localization.SupportedCultures = Cultures;
            localization.SupportedUICultures = Cultures;
            localization.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        builder.Services.AddResponseCompression(compression =>
        {
            compression.EnableForHttps = true;
            compression.Providers.Add<BrotliCompressionProvider>();
            compression.Providers.Add<GzipCompressionProvider>();
            compression.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["image/svg+xml", "application/xml"]);
        });
        builder.Services.AddHsts(hsts => { hsts.MaxAge = TimeSpan.FromDays(365); hsts.IncludeSubDomains = true; });
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(text);
        builder.Services.AddModelFactories();
        builder.AddAccounts(secureCookies);
        builder.Services.AddFormRateLimits(builder.Configuration);
        builder.Services.AddProxyHeaders(builder.Configuration);
        builder.Services.AddScoped<AccountEmails>();
        builder.Services.AddScoped<Privacy.MarketingMail>();
        builder.Services.AddScoped<Infrastructure.Complaints.IComplaintNotifier, Complaints.ComplaintEmails>();
        builder.Services.AddScoped<Infrastructure.Reviews.IReviewNotifier, Reviews.ReviewEmails>();
        builder.Services.AddScoped<Reviews.ReviewReader>();
        builder.Services.AddScoped<Infrastructure.Conversations.IConversationNotifier, Conversations.ConversationEmails>();
        builder.Services.AddScoped<Conversations.ConversationPages>();
        builder.Services.AddScoped<PersonalData>();
        builder.Services.AddScoped<SellerModelFactory>();
        builder.Services.AddScoped<Compliance.RulesModelFactory>();
        builder.Services.AddScoped<Compliance.IdentityModelFactory>();
        builder.Services.AddScoped<SellerProductModelFactory>();
        builder.Services.AddScoped<AdminModelFactory>();
        builder.Services.AddScoped<AdminTraceModelFactory>();
        builder.Services.AddScoped<IProducerNotifier, ProducerStatusEmails>();
        builder.Services.AddScoped<ProvenanceModelFactory>();
        builder.Services.AddScoped<ResolverLinks>();
        builder.Services.AddSingleton<VerifiedLotCache>();
        builder.Services.AddScoped<SellerLotModelFactory>();
        builder.Services.AddSingleton<ClientAddresses>();
        builder.Services.AddSingleton<ScanRecording>();
        builder.Services.AddSingleton<StickerConfirmations>();
        builder.Services.AddOrderingPages();
        return builder;
    }

    public static WebApplication UseWeb(this WebApplication app)
    {
        var plainHttp = app.Configuration.GetValue<bool>($"{HostingOptions.Section}:{nameof(HostingOptions.AllowPlainHttp)}");
        app.UseForwardedHeaders();
        app.UseExceptionHandler("/error/500");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        if (!app.Environment.IsDevelopment() && !plainHttp)
        {
            app.UseHsts();
            app.UseHttpsOnly(app.Services.GetRequiredService<SiteUrls>());
        }
        app.UseSecurityHeaders();
        app.UseHeadAsGet();
        app.UseResponseCompression();
        app.UseRequestLocalization();
        app.UseCookiePolicy();

        app.UsePublicMedia();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseOutputCache();
        app.MapStaticAssets();
        app.MapHealth();
        app.MapControllers().WithStaticAssets();
        if (app.Configuration.GetValue<bool>($"{HostingOptions.Section}:{nameof(HostingOptions.BenchmarkEndpoints)}"))
            app.MapBenchmarkEndpoints();
        return app;
    }
}
