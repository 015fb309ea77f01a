using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace InitVerify.Propagation.Network;

/// <summary>
/// The float matrix products of the dense stack: Y = X·Wᵀ (+ b) with X [batch, in] and W [out, in] both
/// row-major, so every output is a dot product of two contiguous rows. The inner loop is a
/// <see cref="Vector{T}"/> dot product over four weight rows at once (one load of x serves four FMAs),
/// with a scalar tail; output rows are split into blocks of <see cref="RowBlock"/> weight rows that stay in
/// cache while the whole batch passes, and the blocks run in parallel. Sums accumulate in float
/// (relative rounding error ≲ in·2⁻²⁴ in the worst case, ~√in·2⁻²⁴ typically: below 1e−5 for in ≤ 4096,
/// far below the 1/√n finite-width fluctuations the statistics measure).
/// </summary>
internal static class DenseKernels
{
    /// <summary>Weight rows per cache block (64 rows × 1024 floats = 256 KiB).</summary>
    private const int RowBlock = 64;

    /// <summary>Y[b, i] = Σ_j X[b, j]·W[i, j] + bias[i] (bias may be null).</summary>
    public static void MultiplyTransposed(float[] x, int batch, int inDim, float[] w, int outDim, float[]? bias, float[] y)
    {
        int blocks = (outDim + RowBlock - 1) / RowBlock;
        long work = (long)batch * inDim * outDim;
        if (blocks == 1 || work < 1 << 18)
        {
            for (int block = 0; block < blocks; block++)
            {
                Block(x, batch, inDim, w, outDim, bias, y, block);
            }
        }
        else
        {
            Parallel.For(0, blocks, block => Block(x, batch, inDim, w, outDim, bias, y, block));
        }
    }

    /// <summary>destination[j, i] = source[i, j] for a rows × cols source.</summary>
    public static void Transpose(float[] source, int rows, int cols, float[] destination)
    {
        const int tile = 32;
        for (int i0 = 0; i0 < rows; i0 += tile)
        {
            int i1 = Math.Min(rows, i0 + tile);
            for (int j0 = 0; j0 < cols; j0 += tile)
            {
                int j1 = Math.Min(cols, j0 + tile);
                for (int i = i0; i < i1; i++)
                {
                    for (int j = j0; j < j1; j++)
                    {
                        destination[j * rows + i] = source[i * cols + j];
                    }
                }
            }
        }
    }

    private static void Block(float[] x, int batch, int inDim, float[] w, int outDim, float[]? bias, float[] y, int block)
    {
        int first = block * RowBlock;
        int last = Math.Min(outDim, first + RowBlock);
        for (int b = 0; b < batch; b++)
        {
            ReadOnlySpan<float> xRow = x.AsSpan(b * inDim, inDim);
            Span<float> yRow = y.AsSpan(b * outDim, outDim);
            int i = first;
            for (; i + 4 <= last; i += 4)
            {
                Dot4(xRow, w.AsSpan(i * inDim, 4 * inDim), inDim, yRow.Slice(i, 4));
            }

            for (; i < last; i++)
            {
                yRow[i] = Dot(xRow, w.AsSpan(i * inDim, inDim));
            }

            if (bias is not null)
            {
                for (int k = first; k < last; k++)
                {
                    yRow[k] += bias[k];
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        int width = Vector<float>.Count;
        ReadOnlySpan<Vector<float>> va = MemoryMarshal.Cast<float, Vector<float>>(a);
        ReadOnlySpan<Vector<float>> vb = MemoryMarshal.Cast<float, Vector<float>>(b);
        Vector<float> acc = Vector<float>.Zero;
        for (int k = 0; k < va.Length; k++)
        {
            acc = Vector.FusedMultiplyAdd(va[k], vb[k], acc);
        }

        float sum = Vector.Sum(acc);
        for (int k = va.Length * width; k < a.Length; k++)
        {
            sum += a[k] * b[k];
        }

        return sum;
    }

    private static void Dot4(ReadOnlySpan<float> xRow, ReadOnlySpan<float> rows, int n, Span<float> result)
    {
        int width = Vector<float>.Count;
        int vectors = n / width;
        ReadOnlySpan<Vector<float>> vx = MemoryMarshal.Cast<float, Vector<float>>(xRow[..(vectors * width)]);
        ReadOnlySpan<Vector<float>> v0 = MemoryMarshal.Cast<float, Vector<float>>(rows.Slice(0, vectors * width));
        ReadOnlySpan<Vector<float>> v1 = MemoryMarshal.Cast<float, Vector<float>>(rows.Slice(n, vectors * width));
        ReadOnlySpan<Vector<float>> v2 = MemoryMarshal.Cast<float, Vector<float>>(rows.Slice(2 * n, vectors * width));
        ReadOnlySpan<Vector<float>> v3 = MemoryMarshal.Cast<float, Vector<float>>(rows.Slice(3 * n, vectors * width));
        Vector<float> a0 = Vector<float>.Zero, a1 = Vector<float>.Zero, a2 = Vector<float>.Zero, a3 = Vector<float>.Zero;
        for (int k = 0; k < vx.Length; k++)
        {
            Vector<float> xv = vx[k];
            a0 = Vector.FusedMultiplyAdd(xv, v0[k], a0);
            a1 = Vector.FusedMultiplyAdd(xv, v1[k], a1);
            a2 = Vector.FusedMultiplyAdd(xv, v2[k], a2);
            a3 = Vector.FusedMultiplyAdd(xv, v3[k], a3);
        }

        float s0 = Vector.Sum(a0), s1 = Vector.Sum(a1), s2 = Vector.Sum(a2), s3 = Vector.Sum(a3);
        for (int k = vectors * width; k < n; k++)
        {
            float xk = xRow[k];
            s0 += xk * rows[k];
            s1 += xk * rows[n + k];
            s2 += xk * rows[2 * n + k];
            s3 += xk * rows[3 * n + k];
        }

        result[0] = s0;
        result[1] = s1;
        result[2] = s2;
        result[3] = s3;
    }
}
