using Verzuim.BuildingBlocks.Errors;
using Verzuim.Dossiers.Domain;

namespace Verzuim.Dossiers.Documents;

/// <summary>The result of every document change: the document as it now stands, and why the change was not made.</summary>
internal sealed record DocumentPayload(DossierDocument? Document, IReadOnlyList<UserError> Errors) : IPayload
{
    public static DocumentPayload Done(DossierDocument document) => new(document, []);

    public static DocumentPayload Refused(params UserError[] errors) => new(null, errors);

    public static DocumentPayload NotFound(string message, params string[] field) => Refused(UserError.For(ErrorCodes.NotFound, message, field));
}
