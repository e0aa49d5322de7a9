namespace Verzuim.Dossiers.Domain;

/// <summary>What a document of a type asks of the employee.</summary>
internal enum ResponseKind
{
    None,

    /// <summary>"Gelezen": the employee confirms they read it.</summary>
    Acknowledgement,

    /// <summary>"Akkoord": the employee signs that they agree.</summary>
    Signature,
}

/// <summary>
/// A kind of document in the employer's dossiers (DOMAIN §7). Whether the employee sees documents of the type is a
/// property of the type, read at every access: making a type internal hides its documents at once, by every path.
/// </summary>
internal sealed class DocumentType
{
    public const string TypeName = "DocumentType";
    public const int MaxNameLength = 100;

    private DocumentType() { }

    public Guid Id { get; private set; }
    public Guid EmployerId { get; private set; }

    /// <summary>The key of a default type (`plan-van-aanpak`); null for a type the employer added.</summary>
    public string? Code { get; private set; }
    public string Name { get; private set; } = "";
    public bool VisibleToEmployee { get; private set; }
    public ResponseKind Response { get; private set; }
    public int SortOrder { get; private set; }

    public static DocumentType Create(Guid employerId, string? code, string name, bool visibleToEmployee, ResponseKind response, int sortOrder) => new()
    {
        Id = Guid.CreateVersion7(),
        EmployerId = employerId,
        Code = code,
        Name = name,
        VisibleToEmployee = visibleToEmployee,
        // An internal document asks nothing of someone who never sees it.
        Response = visibleToEmployee ? response : ResponseKind.None,
        SortOrder = sortOrder,
    };

    public void Change(string name, bool visibleToEmployee, ResponseKind response)
    {
        Name = name;
        VisibleToEmployee = visibleToEmployee;
        Response = visibleToEmployee ? response : ResponseKind.None;
    }
}

/// <summary>The types every employer starts with (DOMAIN §7). Medical reports are not among them: they never enter the employer's dossier.</summary>
internal static class DefaultDocumentTypes
{
    public const string PlanOfAction = "plan-van-aanpak";
    public const string Viewpoint = "zienswijze-werknemer";
    public const string CaseManagerNote = "notitie-casemanager";

    public static IReadOnlyList<(string Code, string Name, bool Visible, ResponseKind Response)> All { get; } =
    [
        ("probleemanalyse", "Probleemanalyse", true, ResponseKind.Acknowledgement),
        (PlanOfAction, "Plan van aanpak", true, ResponseKind.Signature),
        ("bijstelling-plan-van-aanpak", "Bijstelling plan van aanpak", true, ResponseKind.Signature),
        ("evaluatieverslag", "Evaluatieverslag", true, ResponseKind.Acknowledgement),
        ("eerstejaarsevaluatie", "Eerstejaarsevaluatie", true, ResponseKind.Signature),
        ("terugkoppeling-bedrijfsarts", "Terugkoppeling bedrijfsarts (functionele mogelijkheden)", true, ResponseKind.Acknowledgement),
        ("gespreksverslag", "Gespreksverslag", true, ResponseKind.Acknowledgement),
        ("uwv-brief", "UWV-brief", true, ResponseKind.None),
        (Viewpoint, "Zienswijze werknemer", true, ResponseKind.None),
        (CaseManagerNote, "Notitie casemanager", false, ResponseKind.None),
    ];
}
