using LongAnMarket.Infrastructure.Ordering;

namespace LongAnMarket.Web.Ordering;

public static class OrderingRegistration
{
    public static IServiceCollection AddOrderingPages(this IServiceCollection services)
    {
        services.AddScoped<IOrderNotifier, OrderEmails>();
        services.AddSingleton<VietQrPanels>();
        services.AddScoped<OrderModelFactory>();
        services.AddScoped<SellerOrderModelFactory>();
        services.AddScoped<AdminOrderModelFactory>();
        return services;
    }
}
