using Verzuim.SecondFactor.AuthenticatorApp;
using Verzuim.SecondFactor.Verification;

namespace Verzuim.SecondFactor.Factors;

internal sealed class CodeInput
{
    public string Code { get; init; } = "";
}
