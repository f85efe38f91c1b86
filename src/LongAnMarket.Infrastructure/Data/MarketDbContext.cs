using LongAnMarket.Core.Catalog;
using LongAnMarket.Core.Content;
using LongAnMarket.Core.Ordering;
using LongAnMarket.Core.Payments;
using LongAnMarket.Core.Producers;
using LongAnMarket.Core.Traceability;
using LongAnMarket.Infrastructure.Identity;
using LongAnMarket.Infrastructure.Payments;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Infrastructure.Data;

/// <summary>
/// The marketplace's one model. Each database engine has a subclass that owns its migrations
/// (<see cref="SqliteMarketDbContext"/>, <see cref="MySqlMarketDbContext"/>).
/// </summary>
public abstract class MarketDbContext(DbContextOptions options) : IdentityDbContext<MarketUser>(options), IDataProtectionKeyContext
{
    public DbSet<Producer> Producers => Set<Producer>();
    public DbSet<ProducerStatusChange> ProducerStatusChanges => Set<ProducerStatusChange>();
    public DbSet<ProducerDocument> ProducerDocuments => Set<ProducerDocument>();
    public DbSet<OriginArea> OriginAreas => Set<OriginArea>();
    public DbSet<Category> Categories => Set<Category>();
    public DbSet<Product> Products => Set<Product>();
    public DbSet<ProductVariant> ProductVariants => Set<ProductVariant>();
    public DbSet<ProductImage> ProductImages => Set<ProductImage>();
    public DbSet<Certification> Certifications => Set<Certification>();
    public DbSet<ListingVersion> ListingVersions => Set<ListingVersion>();
    public DbSet<Core.Compliance.AuthorityRequest> AuthorityRequests => Set<Core.Compliance.AuthorityRequest>();
    public DbSet<Core.Privacy.Consent> Consents => Set<Core.Privacy.Consent>();
    public DbSet<Core.Privacy.DataRequest> DataRequests => Set<Core.Privacy.DataRequest>();
    public DbSet<Core.Privacy.DataBreach> DataBreaches => Set<Core.Privacy.DataBreach>();
    public DbSet<Core.Complaints.Complaint> Complaints => Set<Core.Complaints.Complaint>();
    public DbSet<ProductModeration> ProductModerations => Set<ProductModeration>();
    public DbSet<SitePage> SitePages => Set<SitePage>();
    public DbSet<Core.Compliance.RulesVersion> RulesVersions => Set<Core.Compliance.RulesVersion>();
    public DbSet<Core.Compliance.RulesAcceptance> RulesAcceptances => Set<Core.Compliance.RulesAcceptance>();
    public DbSet<IdentityVerification> IdentityVerifications => Set<IdentityVerification>();
    public DbSet<Lot> Lots => Set<Lot>();
    public DbSet<TraceEvent> TraceEvents => Set<TraceEvent>();
    public DbSet<TraceLocation> TraceLocations => Set<TraceLocation>();
    public DbSet<LotSerial> LotSerials => Set<LotSerial>();
    public DbSet<SerialConfirmation> SerialConfirmations => Set<SerialConfirmation>();
    public DbSet<SerialBatch> SerialBatches => Set<SerialBatch>();
    public DbSet<Scan> Scans => Set<Scan>();
    public DbSet<CounterfeitReport> CounterfeitReports => Set<CounterfeitReport>();
    public DbSet<Core.Reviews.Review> Reviews => Set<Core.Reviews.Review>();
    public DbSet<Core.Conversations.Conversation> Conversations => Set<Core.Conversations.Conversation>();
    public DbSet<TraceLogEntry> TraceLog => Set<TraceLogEntry>();
    public DbSet<TraceAnchor> TraceAnchors => Set<TraceAnchor>();
    public DbSet<Traceability.TraceSigningKey> TraceSigningKeys => Set<Traceability.TraceSigningKey>();
    public DbSet<Cart> Carts => Set<Cart>();
    public DbSet<CartLine> CartLines => Set<CartLine>();
    public DbSet<Commune> Communes => Set<Commune>();
    public DbSet<Order> Orders => Set<Order>();
    public DbSet<SubOrder> SubOrders => Set<SubOrder>();
    public DbSet<OrderLine> OrderLines => Set<OrderLine>();
    public DbSet<OrderLineLot> OrderLineLots => Set<OrderLineLot>();
    public DbSet<BankTransfer> BankTransfers => Set<BankTransfer>();
    public DbSet<PayOsLink> PayOsLinks => Set<PayOsLink>();
    public DbSet<MerchantAccount> MerchantAccounts => Set<MerchantAccount>();
    public DbSet<LedgerEntry> LedgerEntries => Set<LedgerEntry>();
    public DbSet<StripeEventReceipt> StripeEventReceipts => Set<StripeEventReceipt>();

    /// <summary>The Data Protection key ring: sign-ins and antiforgery tokens survive restarts and work across instances.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MarketDbContext).Assembly);
    }
}
