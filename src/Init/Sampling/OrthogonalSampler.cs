using System.Numerics;
using InitVerify.Init.Random;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace InitVerify.Init.Sampling;

/// <summary>
/// gain × a Haar-distributed matrix with orthonormal rows (rows ≤ cols) or columns (rows ≥ cols):
/// A ~ N(0, 1) of shape max × min, thin QR A = QR, Q ← Q·diag(sign(Rᵢᵢ)) (Mezzadri 2007, "How to generate
/// random matrices from the classical compact groups": without the sign fix Q is not Haar), transposed when
/// rows &lt; cols. Saxe, McClelland and Ganguli (2013), "Exact solutions to the nonlinear dynamics of learning
/// in deep linear neural networks". QR is MathNet's Householder factorization.
/// </summary>
internal static class OrthogonalSampler
{
    public static void Fill<T>(Span<T> destination, int rows, int cols, double gain, Philox4x32 generator)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int tall = Math.Max(rows, cols);
        int narrow = Math.Min(rows, cols);
        var gaussian = new double[tall * narrow];
        NormalSampler.Fill<double>(gaussian, 0, 0.0, 1.0, generator);
        // Column-major tall x narrow matrix: element (i, j) at gaussian[j * tall + i].
        Matrix<double> a = Matrix<double>.Build.Dense(tall, narrow, gaussian);
        QR<double> qr = a.QR(QRMethod.Thin);
        Matrix<double> q = qr.Q;
        Matrix<double> r = qr.R;
        for (int j = 0; j < narrow; j++)
        {
            double scale = r[j, j] < 0 ? -gain : gain;
            for (int i = 0; i < tall; i++)
            {
                q[i, j] *= scale;
            }
        }

        // Row-major rows x cols output: W = Q (rows >= cols) or Qᵀ (rows < cols).
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < cols; j++)
            {
                double value = rows >= cols ? q[i, j] : q[j, i];
                destination[i * cols + j] = T.CreateTruncating(value);
            }
        }
    }
}
