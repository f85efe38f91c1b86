using System.Globalization;
using LongAnMarket.Web.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LongAnMarket.Web.Hosting;

/// <summary>
/// Quantities and coordinates arrive as "250.5" from number inputs and as "250,5" when typed the Vietnamese way;
/// both mean 250.5. Culture-bound binding would read "250.5" as 2505 under vi-VN, so decimals bind here instead:
/// one separator, no grouping, anything else is a model error.
/// </summary>
public sealed class DecimalModelBinder(UiText text) : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext context)
    {
        var value = context.ValueProvider.GetValue(context.ModelName);
        if (value == ValueProviderResult.None) return Task.CompletedTask;
        context.ModelState.SetModelValue(context.ModelName, value);
        var typed = value.FirstValue?.Trim();
        if (string.IsNullOrEmpty(typed))
        {
            if (context.ModelType == typeof(decimal?)) context.Result = ModelBindingResult.Success(null);
            return Task.CompletedTask;
        }
        if (decimal.TryParse(typed.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed))
            context.Result = ModelBindingResult.Success(parsed);
        else
            context.ModelState.TryAddModelError(context.ModelName, text.Format("“{0}” không phải là số.", typed));
        return Task.CompletedTask;
    }
}

public sealed class DecimalModelBinderProvider(UiText text) : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.ModelType == typeof(decimal) || context.Metadata.ModelType == typeof(decimal?) ? new DecimalModelBinder(text) : null;
}
