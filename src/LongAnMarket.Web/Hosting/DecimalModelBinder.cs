using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LongAnMarket.Web.Hosting;

/// <summary>
/// Quantities and coordinates arrive as "250.5" from number inputs and as "250,5" when typed the Vietnamese way;
/// both mean 250.5. Culture-bound binding would read "250.5" as 2505 under vi-VN, so decimals bind here instead:
/// one separator, no grouping, anything else is a model error.
/// </summary>
public sealed class DecimalModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext context)
    {
        var value = context.ValueProvider.GetValue(context.ModelName);
        if (value == ValueProviderResult.None) return Task.CompletedTask;
        context.ModelState.SetModelValue(context.ModelName, value);
        var text = value.FirstValue?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (context.ModelType == typeof(decimal?)) context.Result = ModelBindingResult.Success(null);
            return Task.CompletedTask;
        }
        if (decimal.TryParse(text.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed))
            context.Result = ModelBindingResult.Success(parsed);
        else
            context.ModelState.TryAddModelError(context.ModelName, $"“{text}” không phải là số.");
        return Task.CompletedTask;
    }
}

public sealed class DecimalModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.ModelType == typeof(decimal) || context.Metadata.ModelType == typeof(decimal?) ? new DecimalModelBinder() : null;
}
