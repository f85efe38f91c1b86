using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Identity;
using LongAnMarket.Infrastructure.Security;
using LongAnMarket.Web.Hosting;
using Microsoft.AspNetCore.Identity;

namespace LongAnMarket.Web.Accounts;

public static class AccountSetup
{
    public const int MinimumPasswordLength = 10;
    public const int MaximumPasswordLength = 256;
    public const int MaxFailedSignIns = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    /// <summary>
    /// ASP.NET Core Identity on the marketplace's database. Passwords: at least 10 characters of any kind, so long
    /// passphrases ("lúa chín vàng đồng Cần Đước") pass and no composition rule pushes people to "Password1!".
    /// </summary>
    public static WebApplicationBuilder AddAccounts(this WebApplicationBuilder builder, bool secureCookies)
    {
        builder.Services.AddIdentity<MarketUser, IdentityRole>(identity =>
            {
                identity.Password.RequiredLength = MinimumPasswordLength;
                identity.Password.RequiredUniqueChars = 5;
                identity.Password.RequireDigit = false;
                identity.Password.RequireLowercase = false;
                identity.Password.RequireUppercase = false;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
                identity.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
                identity.Lockout.AllowedForNewUsers = true;
                identity.User.RequireUniqueEmail = true;
                identity.SignIn.RequireConfirmedEmail = true;
            })
            .AddEntityFrameworkStores<MarketDbContext>()
            .AddUserStore<ProtectedUserStore>()
            .AddErrorDescriber<VietnameseIdentityErrors>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<ReplayProofAuthenticatorTokenProvider>(ReplayProofAuthenticatorTokenProvider.Name);
        builder.Services.Configure<IdentityOptions>(identity => identity.Tokens.AuthenticatorTokenProvider = ReplayProofAuthenticatorTokenProvider.Name);
        // Every request checks the account's security stamp, which sign-out, a password change or reset renews:
        // a cookie saved before any of them opens nothing afterwards, on any device.
        builder.Services.Configure<SecurityStampValidatorOptions>(stamp =>
        {
            stamp.ValidationInterval = TimeSpan.Zero;
            stamp.OnRefreshingPrincipal = context =>
            {
                // The principal is rebuilt from the database: keep the proof that this session passed two-factor sign-in.
                if (context.CurrentPrincipal?.FindFirst("amr") is { } amr && context.NewPrincipal?.Identity is System.Security.Claims.ClaimsIdentity identity
                    && !identity.HasClaim("amr", amr.Value))
                    identity.AddClaim(new System.Security.Claims.Claim("amr", amr.Value));
                return Task.CompletedTask;
            };
        });
        builder.Services.AddScoped<ISecurityStampValidator, FreshStampValidator>();
        builder.Services.AddSingleton<StoredSecrets>();
        builder.Services.AddScoped<AdminEnrolments>();
        builder.Services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "longan.auth";
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = secureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = "/account/login";
            cookie.LogoutPath = "/account/logout";
            cookie.AccessDeniedPath = "/account/denied";
            cookie.ExpireTimeSpan = TimeSpan.FromDays(14);
            cookie.SlidingExpiration = true;
            cookie.Events.OnSignedIn = context => Ordering.CartCookie.MergeAtSignInAsync(context.HttpContext, context.Principal!);
        });
        builder.Services.Configure<DataProtectionTokenProviderOptions>(tokens => tokens.TokenLifespan = TimeSpan.FromHours(24));
        builder.AddKeyRing();
        return builder;
    }
}
