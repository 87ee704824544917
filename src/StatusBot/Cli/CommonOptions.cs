using System.CommandLine;

namespace StatusBot.Cli;

/// <summary>Options shared by several commands.</summary>
internal static class CommonOptions
{
    public static Option<string?> Store() => new("--store")
    {
        Description = "Målförrådet: sökväg till en SQLite-fil eller en PostgreSQL-anslutningssträng " +
                      "(standard: konfigurationen 'Store', annars statusbot.db i arbetskatalogen).",
    };
}
