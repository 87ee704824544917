using System.Security.Cryptography;
using System.Text;

namespace StatusBot.Storage.Migrations;

/// <summary>One numbered schema step. The checksum catches a migration edited after it was applied somewhere.</summary>
internal sealed record Migration(int Version, string Name, string Sql)
{
    public string Checksum { get; } =
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Sql.ReplaceLineEndings("\n"))));
}
