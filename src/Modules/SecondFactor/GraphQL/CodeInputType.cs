using GraphQL.Types;
using Verzuim.SecondFactor.Factors;

namespace Verzuim.SecondFactor.GraphQL;

internal sealed class CodeInputType : InputObjectGraphType<CodeInput>
{
    public CodeInputType()
    {
        Name = "SecondFactorCodeInput";
        Field(i => i.Code).Description("The code as the user typed it; spaces do not matter.");
    }
}
