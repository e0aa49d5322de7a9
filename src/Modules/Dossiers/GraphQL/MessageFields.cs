using GraphQL;
using GraphQL.Types;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.GraphQL;
using Verzuim.BuildingBlocks.Idempotency;
using Verzuim.BuildingBlocks.Identifiers;
using Verzuim.Dossiers.Domain;
using Verzuim.Dossiers.Messages;

namespace Verzuim.Dossiers.GraphQL;

/// <summary>Schema area: messages between the employee and the case managers. They are read through `dossier(id:) { messages }`.</summary>
internal sealed class MessageFields : IGraphQLContribution
{
    public void AddQueryFields(ObjectGraphType query)
    {
    }

    public void AddMutationFields(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<MessagePayloadType>>("sendDossierMessage")
            .Description("A message in a dossier: from the employee to the case managers, or back. The other side gets a notice without the text.")
            .Argument<NonNullGraphType<SendDossierMessageInputType>>("input")
            .Allow(Access.EmployerUsers().OrEmployees())
            .ResolveAsync(async context => await context.Service<SendMessage>().HandleAsync(
                (SessionCaller)context.Caller(), context.GetArgument<SendMessageInput>("input"), context.CancellationToken));
}

internal sealed class DossierMessageType : ObjectGraphType<DossierMessage>
{
    public DossierMessageType()
    {
        Name = "DossierMessage";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => GlobalId.Encode(DossierMessage.TypeName, context.Source.Id));
        Field<NonNullGraphType<MessageSenderType>>("from").Resolve(context => context.Source.From);
        Field<NonNullGraphType<StringGraphType>>("authorName").Resolve(context => context.Source.AuthorName);
        Field<NonNullGraphType<StringGraphType>>("body").Resolve(context => context.Source.Body);
        Field<NonNullGraphType<InstantGraphType>>("sentAt").Resolve(context => context.Source.CreatedAt);
        Field<InstantGraphType>("readAt").Description("When the other side first read it.").Resolve(context => context.Source.ReadAt);
    }
}

internal sealed class MessageSenderType : EnumerationGraphType<MessageSender>
{
    public MessageSenderType() => Name = "DossierMessageSender";
}

internal sealed class SendDossierMessageInputType : InputObjectGraphType<SendMessageInput>
{
    public SendDossierMessageInputType()
    {
        Name = "SendDossierMessageInput";
        Field<NonNullGraphType<IdGraphType>>("dossierId");
        Field<NonNullGraphType<StringGraphType>>("body").Description($"At most {DossierMessage.MaxBodyLength} characters.");
        Field<StringGraphType>("idempotencyKey").Description(IdempotencyKey.Description);
    }
}

internal sealed class MessagePayloadType : PayloadType<MessagePayload>
{
    public MessagePayloadType() : base("DossierMessagePayload", "The message as sent.") =>
        Field<DossierMessageType>("message").Resolve(context => context.Source.Message);
}
