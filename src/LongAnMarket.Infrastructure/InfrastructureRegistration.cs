using LongAnMarket.Core.Messaging;
using LongAnMarket.Infrastructure.Catalog;
using LongAnMarket.Infrastructure.Compliance;
using LongAnMarket.Core.Producers;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Email;
using LongAnMarket.Infrastructure.Files;
using LongAnMarket.Infrastructure.Identity;
using LongAnMarket.Infrastructure.Ordering;
using LongAnMarket.Infrastructure.Payments;
using LongAnMarket.Infrastructure.Producers;
using LongAnMarket.Infrastructure.Search;
using LongAnMarket.Infrastructure.Search.Elasticsearch;
using LongAnMarket.Infrastructure.Search.Lucene;
using LongAnMarket.Infrastructure.Seeding;
using LongAnMarket.Core.Search;
using Microsoft.Extensions.Logging;
using LongAnMarket.Infrastructure.Traceability;
using LongAnMarket.Core.Traceability;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Infrastructure;

public static class InfrastructureRegistration
{
    /// <summary>Database, file store, seeding: everything that talks to the outside world.</summary>
    public static IHostApplicationBuilder AddInfrastructure(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        var storage = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        var dataPath = Path.GetFullPath(Path.Combine(builder.Environment.ContentRootPath, storage.DataPath));
        Directory.CreateDirectory(dataPath);
        builder.Services.AddSingleton(new DataFolder(dataPath));

        builder.Services.AddSingleton<CatalogVersion>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(Instances.InstanceIdentity.From(builder.Configuration["Hosting:InstanceName"]));
        builder.Services.AddScoped<Instances.JobLeases>();
        builder.Services.AddScoped<Instances.SharedValues>();
        builder.Services.AddSingleton<Instances.ScanSalt>();
        builder.Services.AddSingleton<IInterceptor, CatalogChangeInterceptor>();
        builder.Services.AddSingleton<TraceVersion>();
        builder.Services.AddSingleton<IInterceptor, TraceChangeInterceptor>();
        builder.Services.AddSingleton<SearchIndexSignal>();
        builder.Services.AddSingleton<IInterceptor, SearchOutboxInterceptor>();

        var database = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        switch (database.Provider)
        {
            case DatabaseProvider.MySql:
                var mysql = database.ConnectionString
                    ?? throw new OptionsValidationException(DatabaseOptions.Section, typeof(DatabaseOptions), ["Database:ConnectionString is required for MySql."]);
                builder.Services.AddDbContextPool<MarketDbContext, MySqlMarketDbContext>((services, options) =>
                {
                    DatabaseSetup.UseMySql(options, mysql, database.ServerVersion);
                    options.AddInterceptors(services.GetServices<IInterceptor>());
                });
                break;
            default:
                var sqlite = string.IsNullOrWhiteSpace(database.ConnectionString)
                    ? DatabaseSetup.SqliteConnectionString(dataPath)
                    : database.ConnectionString;
                builder.Services.AddDbContextPool<MarketDbContext, SqliteMarketDbContext>((services, options) =>
                {
                    DatabaseSetup.UseSqlite(options, sqlite);
                    options.AddInterceptors(services.GetServices<IInterceptor>());
                });
                break;
        }

        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        builder.AddFileStores(dataPath);
        builder.Services.AddScoped<DemoCatalogSeeder>();
        builder.Services.AddScoped<ScaleCatalogSeeder>();
        builder.Services.AddScoped<DemoTraceSeeder>();
        builder.Services.AddScoped<DemoAfterSaleSeeder>();
        builder.Services.AddScoped<ScanSeeder>();
        builder.Services.AddScoped<ProducerNotifications>();
        builder.Services.AddScoped<ProducerStatusService>();
        builder.Services.AddScoped<ProducerApplicationService>();
        builder.Services.AddScoped<SellerProductService>();
        builder.Services.AddScoped<ProducerCertificates>();
        builder.Services.AddScoped<ListingHistory>();
        builder.Services.AddScoped<Compliance.AuthorityExport>();
        builder.Services.AddScoped<Compliance.AuthorityRequests>();
        builder.Services.AddScoped<Compliance.YearlyStatistics>();
        AddPrivacy(builder);
        builder.Services.AddScoped<OcopConfirmations>();
        builder.Services.AddScoped<ProductModerationService>();
        builder.Services.AddScoped<AccountAdministration>();
        AddSellerObligations(builder);
        AddEmail(builder);
        AddOrdering(builder);
        AddTraceability(builder);
        AddSearch(builder, dataPath);
        AddRedis(builder);
        return builder;
    }

    /// <summary>
    /// With Redis:Configuration, the instances share their catalogue, trace and commune versions through it (and the web
    /// layer its limits and pages); without it nothing is registered and each instance keeps them to itself.
    /// </summary>
    private static void AddRedis(IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<Instances.RedisOptions>().BindConfiguration(Instances.RedisOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        if (builder.Configuration.GetSection(Instances.RedisOptions.Section).Get<Instances.RedisOptions>() is not { IsConfigured: true }) return;
        builder.Services.AddSingleton<Instances.RedisConnection>();
        builder.Services.AddHostedService<Instances.SharedVersions>();
    }

    /// <summary>Personal data under Law 91/2025/QH15: consents, data subjects' requests, the breach register.</summary>
    private static void AddPrivacy(IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<Privacy.PrivacyOptions>().BindConfiguration(Privacy.PrivacyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<Privacy.Consents>();
        builder.Services.AddScoped<Privacy.DataRequests>();
        builder.Services.AddScoped<Privacy.DataBreaches>();
    }

    /// <summary>What the law asks of sellers: accepted operating rules, a legal identity confirmed each year.</summary>
    private static void AddSellerObligations(IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RulesOptions>().BindConfiguration(RulesOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<CertificateOptions>().BindConfiguration(CertificateOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<ProducerOptions>().BindConfiguration(ProducerOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<OperatingRules>();
        builder.Services.AddScoped<ProducerIdentityService>();
        builder.Services.AddSingleton<IIdentityCheck, TradeOfficeCheck>();
        builder.Services.AddSingleton<IdentityReconfirmation>();
        builder.Services.AddHostedService(services => services.GetRequiredService<IdentityReconfirmation>());
    }

    private static void AddOrdering(IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<PaymentOptions>().BindConfiguration(PaymentOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<HoldOptions>().BindConfiguration(HoldOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<ReturnOptions>().BindConfiguration(ReturnOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<ReturnPolicies>();
        builder.Services.AddOptions<StripeOptions>().BindConfiguration(StripeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<CartStore>();
        builder.Services.AddMemoryCache();
        builder.Services.AddScoped<CommuneDirectory>();
        builder.Services.AddSingleton<CommuneVersion>();
        builder.Services.AddSingleton<IInterceptor, CommuneChangeInterceptor>();
        builder.Services.AddScoped<CartPricing>();
        builder.Services.AddScoped<StockReservations>();
        builder.Services.AddOptions<WithholdingOptions>().BindConfiguration(WithholdingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<Ledger>();
        builder.Services.AddScoped<WithholdingReport>();
        builder.Services.AddScoped<OrderPlacement>();
        builder.Services.AddScoped<OrderPayments>();
        builder.Services.AddScoped<OrderExpirer>();
        builder.Services.AddScoped<OrderFulfilment>();
        builder.Services.AddScoped<OrderAdministration>();
        builder.Services.AddScoped<BankTransferInbox>();
        builder.Services.AddSingleton<BankWebhookSignature>();
        builder.Services.AddScoped<RecallNotices>();
        builder.Services.AddSingleton(new StripeHttpClient(new HttpClient { Timeout = TimeSpan.FromSeconds(30) }));
        builder.Services.AddScoped<StripeGateway>();
        builder.Services.AddScoped<StripeWebhook>();
        builder.Services.AddHostedService<OrderExpiry>();
        AddBankAggregators(builder);
        builder.Services.AddOptions<Complaints.ComplaintOptions>().BindConfiguration(Complaints.ComplaintOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<Complaints.ComplaintCases>();
        builder.Services.AddScoped<Reviews.ReviewBook>();
        builder.Services.AddScoped<Conversations.ConversationBook>();
        builder.Services.AddHostedService<Complaints.ComplaintDeadlineJob>();
    }

    /// <summary>payOS and SePay, each on when its keys are configured; the VietQR provider chosen must be one that is.</summary>
    private static void AddBankAggregators(IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<Payments.PayOS.PayOsOptions>().BindConfiguration(Payments.PayOS.PayOsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<Payments.SePay.SePayOptions>().BindConfiguration(Payments.SePay.SePayOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<PaymentOptions>()
            .Validate<IOptions<Payments.PayOS.PayOsOptions>>(
                (o, payOs) => o.VietQr.Provider != VietQrProvider.PayOS || payOs.Value.IsConfigured,
                "Payments:VietQr:Provider is PayOS: set Payments:PayOS:ClientId, :ApiKey and :ChecksumKey.")
            .Validate<IOptions<Payments.SePay.SePayOptions>>(
                (o, sePay) => o.VietQr.Provider != VietQrProvider.SePay || sePay.Value.IsConfigured,
                "Payments:VietQr:Provider is SePay: set Payments:SePay:ApiKey and :AccountNumber.")
            .Validate(o => o.VietQr.Provider != VietQrProvider.BankWebhook || !string.IsNullOrEmpty(o.VietQr.WebhookSecret),
                "Payments:VietQr:Provider is BankWebhook: set Payments:VietQr:WebhookSecret.");
        builder.Services.AddScoped<Payments.MerchantAccounts>();
        builder.Services.AddHttpClient<Payments.PayOS.PayOsClient>(http => http.Timeout = TimeSpan.FromSeconds(20));
        builder.Services.AddHttpClient<Payments.SePay.SePayClient>(http => http.Timeout = TimeSpan.FromSeconds(20));
        builder.Services.AddScoped<Payments.PayOS.PayOsCheckout>();
        builder.Services.AddScoped<Payments.PayOS.PayOsWebhook>();
        builder.Services.AddScoped<Payments.SePay.SePayWebhook>();
        builder.Services.AddScoped<Payments.BankReconciler>();
        builder.Services.AddHostedService<Payments.BankReconciliation>();
    }

    private static void AddTraceability(IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TraceabilityOptions>().BindConfiguration(TraceabilityOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<TraceKeyRing>();
        builder.Services.AddSingleton<ITraceSigner>(services => services.GetRequiredService<TraceKeyRing>());
        builder.Services.AddHostedService<TraceKeyStartup>();
        builder.Services.AddScoped<TraceLog>();
        builder.Services.AddScoped<LotRecordAudit>();
        builder.Services.AddSingleton<TimestampTokens>();
        builder.Services.AddSingleton<TraceWitness>();
        builder.Services.AddHttpClient<TimestampAuthority>(http => http.Timeout = TimeSpan.FromSeconds(30));
        builder.Services.AddSingleton<TraceAnchoring>();
        builder.Services.AddHostedService(services => services.GetRequiredService<TraceAnchoring>());
        builder.Services.AddScoped<TraceAttachments>();
        builder.Services.AddScoped<LotService>();
        builder.Services.AddScoped<SerialService>();
        builder.Services.AddScoped<CounterfeitReportService>();
        builder.Services.AddScoped<ProducerPhotoService>();
        builder.Services.AddSingleton<ScanQueue>();
        builder.Services.AddSingleton<ScanWriter>();
        builder.Services.AddHostedService(services => services.GetRequiredService<ScanWriter>());
        builder.Services.AddSingleton<SerialIssuer>();
        builder.Services.AddHostedService(services => services.GetRequiredService<SerialIssuer>());
    }

    private static void AddSearch(IHostApplicationBuilder builder, string dataPath)
    {
        builder.Services.AddOptions<SearchOptions>().BindConfiguration(SearchOptions.Section).ValidateDataAnnotations()
            .Validate(o => SynonymsAreValid(o.Synonyms), "Search:Synonyms: each group is “a, b, …” with at least two phrases of the same number of words.")
            .Validate(o => o.Provider != SearchProvider.Elasticsearch || Uri.TryCreate(o.Elasticsearch.Url, UriKind.Absolute, out _),
                "Search:Elasticsearch:Url must be an absolute URL when Search:Provider is Elasticsearch.")
            .ValidateOnStart();
        builder.Services.AddSingleton(services => new SynonymTable(services.GetRequiredService<IOptions<SearchOptions>>().Value.Synonyms));
        builder.Services.AddSingleton<QueryRewriter>();
        builder.Services.AddSingleton<ProductSearch>();
        var provider = builder.Configuration.GetSection(SearchOptions.Section).Get<SearchOptions>()?.Provider ?? SearchProvider.Lucene;
        switch (provider)
        {
            case SearchProvider.Elasticsearch:
                builder.Services.AddSingleton(services => ElasticsearchConnection.Create(services.GetRequiredService<IOptions<SearchOptions>>().Value.Elasticsearch));
                builder.Services.AddSingleton<ISearchEngine>(services => new ElasticsearchSearchEngine(
                    services.GetRequiredService<Elastic.Clients.Elasticsearch.ElasticsearchClient>(),
                    services.GetRequiredService<IOptions<SearchOptions>>().Value.Elasticsearch,
                    services.GetRequiredService<ILogger<ElasticsearchSearchEngine>>()));
                break;
            default:
                builder.Services.AddSingleton(services => new LuceneIndex(
                    Path.Combine(dataPath, services.GetRequiredService<IOptions<SearchOptions>>().Value.LuceneFolder),
                    services.GetRequiredService<ILogger<LuceneIndex>>()));
                builder.Services.AddSingleton<ISearchEngine, LuceneSearchEngine>();
                builder.Services.AddHostedService<LuceneFolderClaim>();
                break;
        }
        builder.Services.AddScoped<SearchDocuments>();
        builder.Services.AddScoped<DatabaseSearch>();
        builder.Services.AddScoped<SearchReindexer>();
        builder.Services.AddScoped<SearchOutboxReaders>();
        builder.Services.AddSingleton<SearchIndexer>();
        builder.Services.AddHostedService(services => services.GetRequiredService<SearchIndexer>());
        builder.Services.AddSingleton<CertificateReminders>();
        builder.Services.AddSingleton<CertificateTakedowns>();
        builder.Services.AddScoped<ListingCertificates>();
        builder.Services.AddSingleton<CertificationCalendar>();
        builder.Services.AddHostedService(services => services.GetRequiredService<CertificationCalendar>());
        builder.Services.AddHealthChecks().AddCheck<SearchHealthCheck>("search");
    }

    private static bool SynonymsAreValid(IEnumerable<string> groups)
    {
        try { _ = new SynonymTable(groups); return true; }
        catch (ArgumentException) { return false; }
    }

    private static void AddEmail(IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var smtpHost = builder.Configuration[$"{EmailOptions.Section}:Smtp:Host"];
        if (string.IsNullOrWhiteSpace(smtpHost)) builder.Services.AddSingleton<IEmailSender, PickupFolderEmailSender>();
        else builder.Services.AddSingleton<IEmailSender, SmtpEmailSender>();
    }
}

/// <summary>The absolute path of the data folder (SQLite file, media, mail pickup).</summary>
public sealed record DataFolder(string Path);
