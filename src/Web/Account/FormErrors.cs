using Microsoft.Extensions.Localization;
using Verzuim.Web.Api;

namespace Verzuim.Web.Account;

/// <summary>A problem to show on a form: next to its field (by the input's id), and in the summary at the top.</summary>
public sealed record FormError(string? Field, string Message);

/// <summary>Collects a form's problems; the Host's error codes become the portal's own words.</summary>
public sealed class FormErrors(IStringLocalizer<Text> text)
{
    private readonly List<FormError> errors = [];

    public IReadOnlyList<FormError> All => errors;

    public bool Any => errors.Count > 0;

    /// <summary>The Host refused a change because the login check is over ten minutes old: the page offers a new login.</summary>
    public bool NeedsLoginCheck { get; private set; }

    public string? For(string field) => errors.FirstOrDefault(e => e.Field == field)?.Message;

    public void Add(string? field, string textKey) => errors.Add(new FormError(field, text[textKey]));

    /// <summary>A message with values in it, such as the question it is about or the dates allowed.</summary>
    public void Add(string? field, string textKey, params object[] values) => errors.Add(new FormError(field, text[textKey, values]));

    /// <summary>
    /// Adds the Host's errors, placing each on the form field that the API's field path names. A <paramref name="variant"/>
    /// such as "SMS" picks a text for that situation (`Error.INVALID_CODE.SMS`) where there is one.
    /// </summary>
    public void AddFromApi(IEnumerable<UserError> apiErrors, IReadOnlyDictionary<string, string>? fieldIds = null, string? variant = null)
    {
        foreach (var error in apiErrors)
        {
            if (error.Code == "LOGIN_CHECK_REQUIRED")
            {
                NeedsLoginCheck = true;
                continue;
            }
            var field = error.FieldName is { } name && fieldIds?.TryGetValue(name, out var id) == true ? id : null;
            var message = variant is not null && text[$"Error.{error.Code}.{variant}"] is { ResourceNotFound: false } specific
                ? specific
                : text[$"Error.{error.Code}"];
            errors.Add(new FormError(field, message.ResourceNotFound ? text["Error.Unexpected"] : message));
        }
    }

    public void Clear() => errors.Clear();
}
