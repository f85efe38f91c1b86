using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace LongAnMarket.Web.Localization;

/// <summary>
/// Gives every validation attribute that names no message of its own (a bare <c>[StringLength(20)]</c>, or the
/// <c>[Required]</c> MVC adds to a non-nullable string) a Vietnamese message, which <see cref="UiTextLocalizer"/>
/// translates like any other. Without it those fields would answer in MVC's English in both languages. The messages
/// name no field: they are shown next to it.
/// </summary>
public sealed class DefaultValidationMessages : IValidationMetadataProvider
{
    /// <summary>{1} and {2} are the attribute's own numbers (a length, a range's ends), as DataAnnotations formats them.</summary>
    public static readonly IReadOnlyDictionary<Type, string> ByAttribute = new Dictionary<Type, string>
    {
        [typeof(RequiredAttribute)] = "Vui lòng điền ô này.",
        [typeof(StringLengthAttribute)] = "Dài tối đa {1} ký tự.",
        [typeof(MaxLengthAttribute)] = "Dài tối đa {1} ký tự.",
        [typeof(MinLengthAttribute)] = "Dài ít nhất {1} ký tự.",
        [typeof(RangeAttribute)] = "Giá trị phải từ {1} đến {2}.",
        [typeof(EmailAddressAttribute)] = "Địa chỉ email không hợp lệ.",
        [typeof(PhoneAttribute)] = "Số điện thoại không hợp lệ.",
        [typeof(UrlAttribute)] = "Địa chỉ web không hợp lệ.",
        [typeof(RegularExpressionAttribute)] = "Giá trị không đúng định dạng.",
        [typeof(CompareAttribute)] = "Hai ô không khớp nhau.",
    };

    /// <summary>A length with a lower bound too: {2} is the minimum.</summary>
    public const string LengthBetween = "Dài từ {2} đến {1} ký tự.";

    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        foreach (var attribute in context.ValidationMetadata.ValidatorMetadata.OfType<ValidationAttribute>())
        {
            if (attribute.ErrorMessage is not null || attribute.ErrorMessageResourceName is not null) continue;
            if (attribute is StringLengthAttribute { MinimumLength: > 0 }) attribute.ErrorMessage = LengthBetween;
            else if (ByAttribute.TryGetValue(attribute.GetType(), out var message)) attribute.ErrorMessage = message;
        }
    }
}
