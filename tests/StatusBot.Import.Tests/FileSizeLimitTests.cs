using System.Diagnostics;
using StatusBot.Import.Tests.Seeds;
using StatusBot.Testing;

namespace StatusBot.Import.Tests;

/// <summary>Imports read at most <see cref="ImportOptions.MaxFileBytes"/>: a wrong path must be refused, not fill the memory.</summary>
public class FileSizeLimitTests
{
    /// <summary>Zeros without end, like /dev/zero; counts what was read.</summary>
    private sealed class EndlessStream : Stream
    {
        public long BytesRead { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Clear(buffer, offset, count);
            BytesRead += count;
            return count;
        }
    }

    [Fact]
    public void An_endless_stream_is_refused_just_past_the_limit()
    {
        var stream = new EndlessStream();
        var watch = Stopwatch.StartNew();

        var e = Assert.Throws<ImportException>(() => BoundedFileReader.ReadAllBytes(stream, "oändlig", 4 * 1024 * 1024));

        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));
        Assert.InRange(stream.BytesRead, 4 * 1024 * 1024 + 1, 4 * 1024 * 1024 + 81920);
        Assert.Contains("större än de 4 MB", e.Reason, StringComparison.Ordinal);
        Assert.Equal("oändlig", e.SourceName);
    }

    [Fact]
    public void Dev_zero_is_refused_quickly()
    {
        if (!File.Exists("/dev/zero")) return;
        var watch = Stopwatch.StartNew();
        var e = Assert.Throws<ImportException>(() => DocumentImporter.ImportFile("/dev/zero", new ImportOptions { MaxFileBytes = 1024 * 1024 }));
        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));
        Assert.Contains("större än", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_over_the_limit_is_refused_and_one_at_the_limit_is_read()
    {
        var seed = RepoPaths.Seed(RepoPaths.Stod);
        var size = new FileInfo(seed).Length;

        Assert.Throws<ImportException>(() => DocumentImporter.ImportFile(seed, new ImportOptions { MaxFileBytes = size - 1 }));
        var plan = DocumentImporter.ImportFile(seed, new ImportOptions { MaxFileBytes = size });

        Assert.Equal(SeedPlans.Stod.Goals.Count, plan.Goals.Count);
    }

    [Fact]
    public void The_default_limit_is_generous_for_real_documents()
    {
        Assert.Equal(50L * 1024 * 1024, ImportOptions.None.MaxFileBytes);
        Assert.NotNull(DocumentImporter.ImportFile(RepoPaths.Seed(RepoPaths.Enskede)));
    }
}
