using System.ComponentModel.DataAnnotations;

namespace Verzuim.Web.Api;

internal sealed class HostApiOptions
{
    public const string Section = "Api";

    /// <summary>Where the Host serves /graphql, such as http://localhost:5080/.</summary>
    [Required, Url]
    public string BaseUrl { get; set; } = "";
}
