using System.Buffers;

namespace InitVerify.Stats;

/// <summary>
/// An array rented from <see cref="ArrayPool{T}.Shared"/> for one scope and returned when the scope ends
/// (<c>using var rental = new PooledArray&lt;double&gt;(n);</c>): the rent-and-return of every scratch buffer in
/// src/Stats, written once. The array may be longer than asked for and holds stale values.
/// </summary>
internal readonly ref struct PooledArray<T>
{
    /// <summary>Rents an array of at least <paramref name="minimumLength"/> elements (≥ 0).</summary>
    public PooledArray(int minimumLength) => Array = ArrayPool<T>.Shared.Rent(minimumLength);

    /// <summary>The rented array.</summary>
    public T[] Array { get; }

    /// <summary>Returns the array to the pool; it must not be used after.</summary>
    public void Dispose() => ArrayPool<T>.Shared.Return(Array);
}
