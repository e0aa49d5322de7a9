namespace Verzuim.SecondFactor.Factors;

internal sealed class CodeInput
{
    public string Code { get; init; } = "";
}
