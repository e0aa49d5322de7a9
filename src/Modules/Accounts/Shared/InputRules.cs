using Verzuim.BuildingBlocks.Errors;

namespace Verzuim.Accounts.Shared;

/// <summary>Checks shared by every input: required text, length limits, e-mail shape. Each failure names its field.</summary>
internal sealed class InputRules
{
    private readonly List<UserError> errors = [];

    public IReadOnlyList<UserError> Errors => errors;

    public bool IsValid => errors.Count == 0;

    public InputRules Text(string? value, int maxLength, params string[] field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(UserError.For(ErrorCodes.Required, "This field is required.", field));
        }
        else if (value.Length > maxLength)
        {
            errors.Add(UserError.For(ErrorCodes.TooLong, $"This field takes at most {maxLength} characters.", field));
        }
        return this;
    }

    public InputRules OptionalText(string? value, int maxLength, params string[] field)
    {
        if (value is { Length: > 0 } && value.Length > maxLength)
        {
            errors.Add(UserError.For(ErrorCodes.TooLong, $"This field takes at most {maxLength} characters.", field));
        }
        return this;
    }

    public InputRules Email(string? value, params string[] field)
    {
        Text(value, EmailAddress.MaxLength, field);
        if (!string.IsNullOrWhiteSpace(value) && value.Length <= EmailAddress.MaxLength && !EmailAddress.IsValid(value))
        {
            errors.Add(UserError.For(AccountsErrorCodes.InvalidEmail, "This is not a valid e-mail address.", field));
        }
        return this;
    }

    public InputRules Add(UserError error)
    {
        errors.Add(error);
        return this;
    }

    public InputRules Check(bool condition, string code, string message, params string[] field)
    {
        if (!condition)
        {
            errors.Add(UserError.For(code, message, field));
        }
        return this;
    }
}
