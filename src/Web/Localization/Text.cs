namespace Verzuim.Web;

/// <summary>The portal's texts: Resources/Text.resx is Dutch (the default), Text.en.resx English.</summary>
public sealed class Text;
