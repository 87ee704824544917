namespace StatusBot.Application.Conversation.Context;

/// <summary>
/// The context of recent chats, keyed by conversation: bounded (the least recently used chat is forgotten first)
/// and short-lived (a chat idle for <see cref="IdleLimit"/> starts afresh). In memory only; a restart forgets it,
/// which costs a user one repeated goal number. Thread-safe.
/// </summary>
public sealed class ConversationMemory(TimeProvider time, int capacity = ConversationMemory.DefaultCapacity)
{
    public const int DefaultCapacity = 10_000;

    public static readonly TimeSpan IdleLimit = TimeSpan.FromMinutes(30);

    private readonly Dictionary<string, LinkedListNode<Entry>> _byKey = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _recent = new();
    private readonly Lock _lock = new();

    private sealed record Entry(string Key, ChatContext Context, DateTimeOffset Touched);

    public int Count
    {
        get { lock (_lock) return _byKey.Count; }
    }

    public ChatContext? Recall(string key)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            if (!_byKey.TryGetValue(key, out var node)) return null;
            if (now - node.Value.Touched <= IdleLimit) return node.Value.Context;
            Remove(node);
            return null;
        }
    }

    public void Remember(string key, ChatContext context)
    {
        var entry = new Entry(key, context, time.GetUtcNow());
        lock (_lock)
        {
            if (_byKey.TryGetValue(key, out var old)) Remove(old);
            _byKey[key] = _recent.AddFirst(entry);
            while (_byKey.Count > capacity && _recent.Last is { } oldest) Remove(oldest);
        }
    }

    public void Forget(string key)
    {
        lock (_lock)
            if (_byKey.TryGetValue(key, out var node)) Remove(node);
    }

    private void Remove(LinkedListNode<Entry> node)
    {
        _recent.Remove(node);
        _byKey.Remove(node.Value.Key);
    }
}
