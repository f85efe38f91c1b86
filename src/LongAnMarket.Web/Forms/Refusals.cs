using LongAnMarket.Core.Common;
using LongAnMarket.Web.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LongAnMarket.Web.Forms;

public static class Refusals
{
    /// <summary>A refused change, beside the field it is about when it names one, else as the form's own line.</summary>
    public static void AddRefusal(this ModelStateDictionary state, UiText text, DomainException refusal) =>
        state.AddModelError(refusal.Field ?? "", text.Of(refusal));
}
