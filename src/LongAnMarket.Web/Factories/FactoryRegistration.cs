using LongAnMarket.Web.Hosting;

namespace LongAnMarket.Web.Factories;

public static class FactoryRegistration
{
    public static IServiceCollection AddModelFactories(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton<SiteUrls>();
        services.AddScoped<ReferenceData>();
        services.AddSingleton<PageDataCache>();
        services.AddScoped<HomeModelFactory>();
        services.AddScoped<CatalogModelFactory>();
        services.AddScoped<Search.SearchModelFactory>();
        services.AddScoped<ProductPageReader>();
        services.AddScoped<ProductModelFactory>();
        services.AddScoped<ProducerModelFactory>();
        services.AddScoped<SitePageModelFactory>();
        services.AddScoped<SitemapWriter>();
        return services;
    }
}
