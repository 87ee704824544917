namespace StatusBot.CardGallery.Tests.Harness;

/// <summary>One browser for every gallery test; a page per theme, opened on first use.</summary>
public sealed class GalleryFixture : IAsyncLifetime
{
    private readonly Dictionary<string, GalleryPage> _pages = [];
    private GalleryBrowser? _browser;

    public async Task<GalleryPage> PageAsync(GalleryTheme theme)
    {
        if (_pages.TryGetValue(theme.Name, out var page)) return page;
        _browser ??= await GalleryBrowser.LaunchAsync();
        return _pages[theme.Name] = await _browser.OpenAsync(theme);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class GalleryCollection : ICollectionFixture<GalleryFixture>
{
    public const string Name = "card gallery";
}
