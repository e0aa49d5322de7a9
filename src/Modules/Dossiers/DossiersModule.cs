using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Verzuim.Absence.Contracts;
using Verzuim.BuildingBlocks.Background;
using Verzuim.BuildingBlocks.Email;
using Verzuim.BuildingBlocks.Http;
using Verzuim.BuildingBlocks.Idempotency;
using Verzuim.BuildingBlocks.Persistence;
using Verzuim.Dossiers.AccessLog;
using Verzuim.Dossiers.Cases;
using Verzuim.Dossiers.Data;
using Verzuim.Dossiers.DocumentTypes;
using Verzuim.Dossiers.Documents;
using Verzuim.Dossiers.Files;
using Verzuim.Dossiers.GraphQL;
using Verzuim.Dossiers.Messages;
using Verzuim.Dossiers.Notifications;
using Verzuim.Dossiers.Reading;

namespace Verzuim.Dossiers;

/// <summary>
/// The Dossiers module: a reintegration dossier per absence case, with documents, responses, the zienswijze,
/// messages and the access log. It learns of absences only from the Absence module's integration events. Everything
/// in it is internal; this registration is its surface.
/// </summary>
public static class DossiersModule
{
    public static IServiceCollection AddDossiersModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<DossiersDbContext>(DossiersDbContext.Schema);
        services.AddEmailOutbox<DossiersDbContext>();
        services.AddIdempotentRequests<DossiersDbContext>();
        services.AddSingleton(NoticeLinks.From(configuration));
        services.AddCatchUpWorker<ProjectionWorker>();
        services.AddSingleton<IAbsenceChangeFollower, ProjectionWakeUp>();
        services.AddHostedService<UploadSweeper>();
        services.AddScoped<IFileStore, PostgresFileStore>();
        Type[] useCases =
        [
            typeof(DossierProjection), typeof(DocumentTypeCatalog), typeof(Accessors), typeof(AccessLogWriter), typeof(DossierNotices),
            typeof(DossierCounter), typeof(DossierTimeline), typeof(DossierQueries), typeof(ReceiveUpload),
            typeof(AccessLogReader), typeof(PublishDocument), typeof(RetractDocument), typeof(RespondToDocument), typeof(AddViewpoint), typeof(SendMessage),
        ];
        foreach (var useCase in useCases)
        {
            services.AddScoped(useCase);
        }
        services.AddSingleton<IHttpEndpointContribution, FileEndpoints>();
        services.AddDossiersSchema();
        return services;
    }
}
