using MimeKit;

namespace Verzuim.Web.Development;

/// <summary>A mail the Host wrote to the development outbox, as the outbox page lists it.</summary>
internal sealed record OutboxMail(string Id, DateTimeOffset Date, string To, string Subject, string Text, IReadOnlyList<Uri> Links);

/// <summary>
/// Reads the Host's development outbox folder (.eml files). Registered only in the Development environment:
/// elsewhere the page that uses it answers 404.
/// </summary>
internal sealed class DevelopmentOutbox(string folder)
{
    public IReadOnlyList<OutboxMail> Latest(int count)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }
        return [.. new DirectoryInfo(folder).GetFiles("*.eml").OrderByDescending(file => file.Name).Take(count).Select(Read)];
    }

    private static OutboxMail Read(FileInfo file)
    {
        var message = MimeMessage.Load(file.FullName);
        var text = message.TextBody ?? "";
        var links = text.Split(['\n', ' '], StringSplitOptions.RemoveEmptyEntries)
            .Where(word => word.StartsWith("http://", StringComparison.Ordinal) || word.StartsWith("https://", StringComparison.Ordinal))
            .Select(word => new Uri(word.Trim())).Distinct().ToList();
        return new OutboxMail(Path.GetFileNameWithoutExtension(file.Name), message.Date, message.To.ToString(), message.Subject ?? "", text, links);
    }
}

internal static class DevelopmentOutboxRegistration
{
    public static IServiceCollection AddDevelopmentOutbox(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        if (environment.IsDevelopment())
        {
            var folder = Path.GetFullPath(configuration.GetValue("DevelopmentOutbox:Path", "../../.data/outbox")!, environment.ContentRootPath);
            services.AddSingleton(new DevelopmentOutbox(folder));
        }
        return services;
    }
}
