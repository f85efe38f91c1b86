using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace LongAnMarket.Web.Localization;

/// <summary>
/// MVC's own messages for a value it cannot bind (a number field given "abc", an empty field for a whole number),
/// in Vietnamese and translated when they are shown. They name no field: they appear next to it.
/// </summary>
public static class BindingMessages
{
    public static void SpeakThrough(this DefaultModelBindingMessageProvider messages, UiText text)
    {
        messages.SetAttemptedValueIsInvalidAccessor((value, _) => text.Format("Giá trị “{0}” không hợp lệ.", value));
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => text.Format("Giá trị “{0}” không hợp lệ.", value));
        messages.SetValueIsInvalidAccessor(value => text.Format("Giá trị “{0}” không hợp lệ.", value));
        messages.SetUnknownValueIsInvalidAccessor(_ => text["Giá trị không hợp lệ."]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => text["Giá trị không hợp lệ."]);
        messages.SetValueMustNotBeNullAccessor(_ => text["Vui lòng nhập giá trị."]);
        messages.SetMissingKeyOrValueAccessor(() => text["Vui lòng nhập giá trị."]);
        messages.SetMissingBindRequiredValueAccessor(_ => text["Vui lòng nhập giá trị."]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => text["Yêu cầu không có nội dung."]);
        messages.SetValueMustBeANumberAccessor(_ => text["Vui lòng nhập một số."]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => text["Vui lòng nhập một số."]);
    }
}
