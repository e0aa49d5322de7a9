namespace Verzuim.BuildingBlocks.Errors;

/// <summary>
/// What a use case that can fail answers: its result plus the expected failures, never an exception. The schema
/// returns it as the mutation's payload.
/// </summary>
public interface IPayload
{
    IReadOnlyList<UserError> Errors { get; }
}
