using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Identity;
using Microsoft.AspNetCore.DataProtection;
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
            .AddErrorDescriber<VietnameseIdentityErrors>()
            .AddDefaultTokenProviders();
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
        builder.Services.AddDataProtection().SetApplicationName("LongAnMarket").PersistKeysToDbContext<MarketDbContext>();
        return builder;
    }
}
