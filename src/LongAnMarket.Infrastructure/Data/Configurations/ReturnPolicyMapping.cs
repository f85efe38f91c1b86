using System.Linq.Expressions;
using LongAnMarket.Core.Ordering;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LongAnMarket.Infrastructure.Data.Configurations;

internal static class ReturnPolicyMapping
{
    /// <summary>Maps a <see cref="ReturnPolicy"/> to columns named Returns{Field}; the migration fills older rows with the marketplace minimum.</summary>
    public static void ReturnPolicy<T>(this EntityTypeBuilder<T> builder, Expression<Func<T, ReturnPolicy?>> property)
        where T : class =>
        builder.ComplexProperty(property, policy =>
        {
            policy.Property(p => p.ProblemReportDays).HasColumnName("ReturnsProblemReportDays");
            policy.Property(p => p.PerishableReportHours).HasColumnName("ReturnsPerishableReportHours");
            policy.Property(p => p.AcceptsChangeOfMind).HasColumnName("ReturnsAcceptsChangeOfMind");
            policy.Property(p => p.ChangeOfMindDays).HasColumnName("ReturnsChangeOfMindDays");
            policy.Property(p => p.ReturnShipping).HasColumnName("ReturnsShipping");
            policy.Property(p => p.RefundVia).HasColumnName("ReturnsRefundVia");
        });
}
