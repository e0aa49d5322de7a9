using GraphQL;
using GraphQL.Types;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.GraphQL;
using Verzuim.BuildingBlocks.Idempotency;
using Verzuim.BuildingBlocks.Identifiers;
using Verzuim.Dossiers.DocumentTypes;
using Verzuim.Dossiers.Domain;

namespace Verzuim.Dossiers.GraphQL;

/// <summary>Schema area: the employer's document types and what each asks of the employee.</summary>
internal sealed class DocumentTypeFields : IGraphQLContribution
{
    public void AddQueryFields(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentTypeType>>>>("documentTypes")
            .Description("The employer's document types, the defaults (DOMAIN §7) first.")
            .Allow(Access.EmployerUsers())
            .ResolveAsync(async context => await context.Service<DocumentTypeCatalog>().ForAsync(context.Caller().EmployerId!.Value, context.CancellationToken));

    public void AddMutationFields(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<DocumentTypePayloadType>>("addDocumentType")
            .Argument<NonNullGraphType<DocumentTypeInputType>>("input")
            .Allow(Access.EmployerUsers(EmployerRole.Hr))
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<DocumentTypeInput>("input");
                return await context.Service<DocumentTypeCatalog>().AddAsync(context.Caller<SessionCaller>(), input.ToChange(), input.IdempotencyKey, context.CancellationToken);
            });

        mutation.Field<NonNullGraphType<DocumentTypePayloadType>>("updateDocumentType")
            .Description("Renames a type or changes who sees it and what it asks. Making a type internal hides its documents from employees at once.")
            .Argument<NonNullGraphType<UpdateDocumentTypeInputType>>("input")
            .Allow(Access.EmployerUsers(EmployerRole.Hr))
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<UpdateDocumentTypeInput>("input");
                return await context.Service<DocumentTypeCatalog>().ChangeAsync(context.Caller().EmployerId!.Value, input.DocumentTypeId, input.ToChange(), context.CancellationToken);
            });
    }
}

internal sealed class DocumentTypeType : ObjectGraphType<DocumentType>
{
    public DocumentTypeType()
    {
        Name = "DocumentType";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => GlobalId.Encode(DocumentType.TypeName, context.Source.Id));
        Field<StringGraphType>("code").Description("The key of a default type (`plan-van-aanpak`); null for a type the employer added.").Resolve(context => context.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(context => context.Source.Name);
        Field<NonNullGraphType<BooleanGraphType>>("visibleToEmployee").Description("False for internal types, which never reach the employee.").Resolve(context => context.Source.VisibleToEmployee);
        Field<NonNullGraphType<ResponseKindType>>("response").Description("What documents of this type ask of the employee.").Resolve(context => context.Source.Response);
    }
}

internal sealed class ResponseKindType : EnumerationGraphType
{
    public ResponseKindType()
    {
        Name = "DocumentResponseKind";
        Add("NONE", ResponseKind.None, "Nothing.");
        Add("ACKNOWLEDGEMENT", ResponseKind.Acknowledgement, "Gelezen: the employee confirms they read it.");
        Add("SIGNATURE", ResponseKind.Signature, "Akkoord: the employee signs that they agree.");
    }
}

internal sealed class DocumentTypeInputType : InputObjectGraphType<DocumentTypeInput>
{
    public DocumentTypeInputType()
    {
        Name = "AddDocumentTypeInput";
        Field<NonNullGraphType<StringGraphType>>("name").Description($"At most {DocumentType.MaxNameLength} characters, unique per employer.");
        Field<NonNullGraphType<BooleanGraphType>>("visibleToEmployee");
        Field<NonNullGraphType<ResponseKindType>>("response").Description("Ignored (NONE) for an internal type.");
        Field<StringGraphType>("idempotencyKey").Description(IdempotencyKey.Description);
    }
}

internal sealed class UpdateDocumentTypeInputType : InputObjectGraphType<UpdateDocumentTypeInput>
{
    public UpdateDocumentTypeInputType()
    {
        Name = "UpdateDocumentTypeInput";
        Field<NonNullGraphType<IdGraphType>>("documentTypeId");
        Field<NonNullGraphType<StringGraphType>>("name").Description($"At most {DocumentType.MaxNameLength} characters, unique per employer.");
        Field<NonNullGraphType<BooleanGraphType>>("visibleToEmployee");
        Field<NonNullGraphType<ResponseKindType>>("response").Description("Ignored (NONE) for an internal type.");
    }
}

internal sealed class DocumentTypePayloadType : PayloadType<DocumentTypePayload>
{
    public DocumentTypePayloadType() : base("DocumentTypePayload", "The document type after the change.") =>
        Field<DocumentTypeType>("documentType").Resolve(context => context.Source.DocumentType);
}
