using GraphQL;
using GraphQL.Types;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.GraphQL;
using Verzuim.BuildingBlocks.Idempotency;
using Verzuim.BuildingBlocks.Identifiers;
using Verzuim.Dossiers.Documents;
using Verzuim.Dossiers.Domain;
using Verzuim.Dossiers.Files;

namespace Verzuim.Dossiers.GraphQL;

/// <summary>Schema area: documents in dossiers — publishing and retracting (employer users), responding and the zienswijze (employees).</summary>
internal sealed class DocumentFields : IGraphQLContribution
{
    public void AddQueryFields(ObjectGraphType query)
    {
    }

    public void AddMutationFields(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<DocumentPayloadType>>("publishDocument")
            .Description($"Puts an uploaded file (`POST {FileEndpoints.UploadPath}`) in a dossier as a document of one of the employer's types. The employee hears of it when the type is visible to them.")
            .Argument<NonNullGraphType<PublishDocumentInputType>>("input")
            .Allow(Access.EmployerUsers())
            .ResolveAsync(async context => await context.Service<PublishDocument>().HandleAsync(
                context.Caller<EmployerUserCaller>(), context.GetArgument<PublishDocumentInput>("input"), context.CancellationToken));

        mutation.Field<NonNullGraphType<DocumentPayloadType>>("retractDocument")
            .Description("Withdraws a published document, until the employee has responded to it (`ALREADY_ACKNOWLEDGED`).")
            .Argument<NonNullGraphType<DocumentIdInputType>>("input")
            .Allow(Access.EmployerUsers())
            .ResolveAsync(async context => await context.Service<RetractDocument>().HandleAsync(
                context.Caller<EmployerUserCaller>(), context.GetArgument<DocumentIdInput>("input"), context.CancellationToken));

        mutation.Field<NonNullGraphType<DocumentPayloadType>>("acknowledgeDocument")
            .Description("The employee's response to a document: gelezen or akkoord, whichever its type asks. Given once, timestamped, never undone.")
            .Argument<NonNullGraphType<AcknowledgeDocumentInputType>>("input")
            .Allow(Access.Employee)
            .ResolveAsync(async context => await context.Service<RespondToDocument>().HandleAsync(
                context.Caller<EmployeeCaller>(), context.GetArgument<RespondToDocumentInput>("input"), context.CancellationToken));

        mutation.Field<NonNullGraphType<DocumentPayloadType>>("addViewpoint")
            .Description("The employee's own view (zienswijze): written `text` or an uploaded file (`uploadId`), optionally about one document.")
            .Argument<NonNullGraphType<AddViewpointInputType>>("input")
            .Allow(Access.Employee)
            .ResolveAsync(async context => await context.Service<AddViewpoint>().HandleAsync(
                context.Caller<EmployeeCaller>(), context.GetArgument<AddViewpointInput>("input"), context.CancellationToken));
    }
}

internal sealed class DossierDocumentType : ObjectGraphType<DossierDocument>
{
    public DossierDocumentType()
    {
        Name = "DossierDocument";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => GlobalId.Encode(DossierDocument.TypeName, context.Source.Id));
        Field<NonNullGraphType<DocumentTypeType>>("type").Resolve(context => context.Source.DocumentType);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(context => context.Source.Title);
        Field<NonNullGraphType<DocumentAuthorType>>("author").Resolve(context => context.Source.Author);
        Field<NonNullGraphType<StringGraphType>>("authorName").Resolve(context => context.Source.AuthorName);
        Field<NonNullGraphType<DocumentStatusType>>("status").Description("Employees see published documents only.").Resolve(context => context.Source.Status);
        Field<NonNullGraphType<InstantGraphType>>("publishedAt").Resolve(context => context.Source.CreatedAt);
        Field<InstantGraphType>("retractedAt").Resolve(context => context.Source.RetractedAt);
        Field<StringGraphType>("text").Description("A zienswijze written on the page; null for a file.").Resolve(context => context.Source.Text);
        Field<DocumentFileType>("file").Description("Null for a written zienswijze.").Resolve(context => context.Source.File is null ? null : context.Source);
        Field<IdGraphType>("regardingDocumentId").Resolve(context => context.Source.RegardingDocumentId is { } id ? GlobalId.Encode(DossierDocument.TypeName, id) : null);
        Field<NonNullGraphType<ResponseKindType>>("askedResponse").Description("What the document asks of the employee.").Resolve(context => context.Source.AskedResponse);
        Field<DocumentResponseType>("response").Description("The employee's gelezen or akkoord, once given.").Resolve(context => context.Source.Response);
        Field<InstantGraphType>("firstOpenedAt").Description("When the employee first opened the file.").Resolve(context => context.Source.FirstOpenedAt);
    }
}

internal sealed class DocumentFileType : ObjectGraphType<DossierDocument>
{
    public DocumentFileType()
    {
        Name = "DocumentFile";
        Field<NonNullGraphType<StringGraphType>>("name").Description("A safe file name: no path, no control characters.").Resolve(context => context.Source.File!.FileName);
        Field<NonNullGraphType<StringGraphType>>("contentType").Description("`application/pdf`, `image/png` or `image/jpeg`, as its content shows.").Resolve(context => context.Source.File!.ContentType);
        Field<NonNullGraphType<LongGraphType>>("size").Description("In bytes.").Resolve(context => context.Source.File!.Size);
        Field<NonNullGraphType<StringGraphType>>("sha256").Description("Hex SHA-256 of the content.").Resolve(context => context.Source.File!.Sha256);
        Field<NonNullGraphType<StringGraphType>>("contentPath")
            .Description("Where the bytes are streamed from, with the same bearer token; add `?disposition=inline` to show rather than save. Each download is written to the access log.")
            .Resolve(context => FileEndpoints.ContentPathOf(context.Source.Id));
    }
}

internal sealed class DocumentResponseType : ObjectGraphType<DocumentResponse>
{
    public DocumentResponseType()
    {
        Name = "DocumentResponse";
        Field<NonNullGraphType<ResponseKindType>>("kind").Resolve(context => context.Source.Kind);
        Field<NonNullGraphType<InstantGraphType>>("at").Resolve(context => context.Source.At);
        Field<StringGraphType>("comment").Resolve(context => context.Source.Comment);
    }
}

internal sealed class DocumentAuthorType : EnumerationGraphType<DocumentAuthor>
{
    public DocumentAuthorType() => Name = "DocumentAuthor";
}

internal sealed class DocumentStatusType : EnumerationGraphType<DocumentStatus>
{
    public DocumentStatusType() => Name = "DocumentStatus";
}

internal sealed class DocumentPayloadType : PayloadType<DocumentPayload>
{
    public DocumentPayloadType() : base("DocumentPayload", "The document after the change; null when the change was refused (its content is read through `dossier(id:)`, which is logged).") =>
        Field<DossierDocumentType>("document").Resolve(context => context.Source.Document);
}

internal sealed class PublishDocumentInputType : InputObjectGraphType<PublishDocumentInput>
{
    public PublishDocumentInputType()
    {
        Name = "PublishDocumentInput";
        Field<NonNullGraphType<IdGraphType>>("dossierId");
        Field<NonNullGraphType<IdGraphType>>("documentTypeId");
        Field<NonNullGraphType<StringGraphType>>("title").Description($"At most {DossierDocument.MaxTitleLength} characters, one line.");
        Field<NonNullGraphType<IdGraphType>>("uploadId").Description($"The `id` that `POST {FileEndpoints.UploadPath}` answered; used once.");
        Field<StringGraphType>("idempotencyKey").Description(IdempotencyKey.Description);
    }
}

internal sealed class DocumentIdInputType : InputObjectGraphType<DocumentIdInput>
{
    public DocumentIdInputType()
    {
        Name = "RetractDocumentInput";
        Field<NonNullGraphType<IdGraphType>>("documentId");
    }
}

internal sealed class AcknowledgeDocumentInputType : InputObjectGraphType<RespondToDocumentInput>
{
    public AcknowledgeDocumentInputType()
    {
        Name = "AcknowledgeDocumentInput";
        Field<NonNullGraphType<IdGraphType>>("documentId");
        Field<StringGraphType>("comment").Description($"Optional, at most {DocumentResponse.MaxCommentLength} characters.");
    }
}

internal sealed class AddViewpointInputType : InputObjectGraphType<AddViewpointInput>
{
    public AddViewpointInputType()
    {
        Name = "AddViewpointInput";
        Field<NonNullGraphType<IdGraphType>>("dossierId");
        Field<StringGraphType>("text").Description($"The zienswijze as text, at most {DossierDocument.MaxTextLength} characters; or give `uploadId`.");
        Field<IdGraphType>("uploadId").Description("An uploaded PDF, PNG or JPG; or give `text`.");
        Field<IdGraphType>("regardingDocumentId").Description("The document the zienswijze is about, if any.");
        Field<StringGraphType>("idempotencyKey").Description(IdempotencyKey.Description + " With a file, a resent form counts as the same zienswijze, whatever its upload id.");
    }
}
