using MudBlazor;

namespace JobQuality.Web.Components.Layout;

/// <summary>Colours chosen for WCAG 2.1 AA contrast (4.5:1 or better for text) in both themes.</summary>
public static class JobQualityTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1d4f91",
            Secondary = "#7a3e00",
            Tertiary = "#00695c",
            AppbarBackground = "#1d4f91",
            AppbarText = "#ffffff",
            Background = "#f7f8fa",
            DrawerBackground = "#ffffff",
            TextSecondary = "#4a4f57",
            Success = "#1b5e20",
            Warning = "#8a4b00",
            Error = "#b3261e",
            Info = "#0b5394",
        },
        PaletteDark = new PaletteDark
        {
            // Light colours on a dark background carry dark text, not white.
            Primary = "#9cc3ff",
            PrimaryContrastText = "#0b1f3a",
            Secondary = "#ffb870",
            SecondaryContrastText = "#2b1600",
            Tertiary = "#7fd8c8",
            TertiaryContrastText = "#002620",
            AppbarBackground = "#14223a",
            AppbarText = "#ffffff",
            // MudBlazor's default (white at 50%) gives 4.25:1 on the dark surface: labels and helper texts need 4.5:1.
            TextSecondary = "#c4c4c8",
            Success = "#8fd694",
            Warning = "#ffcc80",
            Error = "#ffb4ab",
            Info = "#9cc3ff",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"] },
            // Sentence case reads more easily than capitals, for buttons as for everything else.
            Button = new ButtonTypography { TextTransform = "none", FontWeight = "600" },
        },
    };
}
