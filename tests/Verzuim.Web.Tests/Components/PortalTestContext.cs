using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Verzuim.Web.Tests.Components;

/// <summary>A bUnit context with the portal's real Dutch texts (Resources/Text.resx).</summary>
public abstract class PortalTestContext : BunitContext
{
    protected PortalTestContext()
    {
        Services.AddSingleton<IStringLocalizerFactory>(new ResourceManagerStringLocalizerFactory(
            Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance));
        Services.AddSingleton(typeof(IStringLocalizer<>), typeof(StringLocalizer<>));
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("nl-NL");
    }

    protected IStringLocalizer<Text> Texts => Services.GetRequiredService<IStringLocalizer<Text>>();
}
