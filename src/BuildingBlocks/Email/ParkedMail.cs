namespace Verzuim.BuildingBlocks.Email;

/// <summary>Counts the mails of every module's outbox that failed their last attempt, for the readiness check.</summary>
public sealed class ParkedMail
{
    private readonly IEnumerable<IOutboxStore> stores;

    internal ParkedMail(IEnumerable<IOutboxStore> stores) => this.stores = stores;

    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        var parked = 0;
        foreach (var store in stores)
        {
            parked += await store.CountParkedAsync(cancellationToken);
        }
        return parked;
    }
}
