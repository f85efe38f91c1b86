using System.Linq.Expressions;
using LongAnMarket.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LongAnMarket.Infrastructure.Data.Configurations;

internal static class RecordedTimeMapping
{
    /// <summary>Maps a <see cref="RecordedTime"/> to two columns: {name}Utc and {name}OffsetMinutes.</summary>
    public static void RecordedTime<T>(this EntityTypeBuilder<T> builder, Expression<Func<T, RecordedTime>> property, string name)
        where T : class =>
        builder.ComplexProperty(property, time =>
        {
            time.Property(t => t.Utc).HasColumnName(name + "Utc");
            time.Property(t => t.OffsetMinutes).HasColumnName(name + "OffsetMinutes");
        });
}
