using RoboMirror.Hardware.Description;

namespace RoboMirror.Hardware.Kinematics;

/// <summary>
/// Damped least-squares (Levenberg–Marquardt style) inverse kinematics: repeats
/// <c>Δq = Jᵀ (J Jᵀ + λ² I)⁻¹ e</c> from a seed, clamping every iterate to the joint limits. Solves either the
/// flange position alone or position and orientation. Real-time safe: no allocation (stack buffers only).
/// </summary>
public sealed class DampedLeastSquaresSolver
{
    private readonly ArmDescription _arm;
    private readonly InverseKinematicsOptions _options;

    /// <summary>Creates a solver for <paramref name="arm"/>.</summary>
    public DampedLeastSquaresSolver(ArmDescription arm, InverseKinematicsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(arm);
        _arm = arm;
        _options = (options ?? new InverseKinematicsOptions()).Validate();
    }

    /// <summary>
    /// Moves <paramref name="q"/> (the seed on entry, the solution on return) so that the flange reaches
    /// <paramref name="target"/>: its position, and its orientation too when <paramref name="withOrientation"/>.
    /// </summary>
    public InverseKinematicsResult Solve(in Pose target, Span<double> q, bool withOrientation)
    {
        var chain = _arm.Kinematics;
        var n = chain.JointCount;
        if (q.Length != n)
        {
            throw new ArgumentException($"The seed has {q.Length} joint positions; {_arm.Model} has {n}.", nameof(q));
        }

        var rows = withOrientation ? 6 : 3;
        Span<Pose> frames = stackalloc Pose[KinematicChain.MaxJoints + 2];
        Span<double> jacobian = stackalloc double[6 * KinematicChain.MaxJoints];
        Span<double> error = stackalloc double[6];
        Span<double> system = stackalloc double[36];
        Span<double> solved = stackalloc double[6];
        Span<double> step = stackalloc double[KinematicChain.MaxJoints];
        var lambda2 = _options.Damping * _options.Damping;
        double positionError = 0, orientationError = 0;
        for (var iteration = 0; ; iteration++)
        {
            chain.ForwardKinematics(q, frames);
            var flange = frames[n + 1];
            error[0] = target.X - flange.X;
            error[1] = target.Y - flange.Y;
            error[2] = target.Z - flange.Z;
            positionError = Math.Sqrt(error[0] * error[0] + error[1] * error[1] + error[2] * error[2]);
            if (withOrientation)
            {
                (error[3], error[4], error[5]) = flange.RotationErrorTo(target);
                orientationError = Math.Sqrt(error[3] * error[3] + error[4] * error[4] + error[5] * error[5]);
            }

            var converged = positionError <= _options.PositionTolerance && orientationError <= _options.OrientationTolerance;
            if (converged || iteration == _options.MaxIterations)
            {
                return new InverseKinematicsResult(converged, iteration, positionError, orientationError);
            }

            FillJacobian(chain, frames, jacobian, rows);

            // A = J Jᵀ + λ² I (rows × rows, symmetric positive definite), then A y = e, Δq = Jᵀ y.
            for (var r = 0; r < rows; r++)
            {
                for (var c = 0; c <= r; c++)
                {
                    double sum = 0;
                    for (var j = 0; j < n; j++)
                    {
                        sum += jacobian[r * n + j] * jacobian[c * n + j];
                    }

                    system[r * rows + c] = sum + (r == c ? lambda2 : 0);
                    system[c * rows + r] = system[r * rows + c];
                }
            }

            CholeskySolve(system[..(rows * rows)], error[..rows], solved[..rows], rows);
            var largest = 0.0;
            for (var j = 0; j < n; j++)
            {
                double sum = 0;
                for (var r = 0; r < rows; r++)
                {
                    sum += jacobian[r * n + j] * solved[r];
                }

                step[j] = sum;
                largest = Math.Max(largest, Math.Abs(sum));
            }

            var scale = largest > _options.MaxStep ? _options.MaxStep / largest : 1.0;
            for (var j = 0; j < n; j++)
            {
                q[j] = _arm.Limits(j).Clamp(q[j] + scale * step[j]);
            }
        }
    }

    /// <summary>Geometric Jacobian of the flange: column j = (zⱼ × (p − pⱼ); zⱼ), row-major rows × n.</summary>
    internal static void FillJacobian(KinematicChain chain, ReadOnlySpan<Pose> frames, Span<double> jacobian, int rows)
    {
        var n = chain.JointCount;
        var flange = frames[n + 1];
        for (var j = 0; j < n; j++)
        {
            var axisFrame = frames[chain.AxisFrame(j)];
            var (zx, zy, zz) = axisFrame.AxisZ;
            double dx = flange.X - axisFrame.X, dy = flange.Y - axisFrame.Y, dz = flange.Z - axisFrame.Z;
            jacobian[0 * n + j] = zy * dz - zz * dy;
            jacobian[1 * n + j] = zz * dx - zx * dz;
            jacobian[2 * n + j] = zx * dy - zy * dx;
            if (rows == 6)
            {
                jacobian[3 * n + j] = zx;
                jacobian[4 * n + j] = zy;
                jacobian[5 * n + j] = zz;
            }
        }
    }

    private static void CholeskySolve(Span<double> a, ReadOnlySpan<double> b, Span<double> x, int size)
    {
        // In-place Cholesky A = L Lᵀ (lower triangle of a), then forward and back substitution.
        for (var i = 0; i < size; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var sum = a[i * size + j];
                for (var k = 0; k < j; k++)
                {
                    sum -= a[i * size + k] * a[j * size + k];
                }

                a[i * size + j] = i == j ? Math.Sqrt(Math.Max(sum, 1e-300)) : sum / a[j * size + j];
            }
        }

        for (var i = 0; i < size; i++)
        {
            var sum = b[i];
            for (var k = 0; k < i; k++)
            {
                sum -= a[i * size + k] * x[k];
            }

            x[i] = sum / a[i * size + i];
        }

        for (var i = size - 1; i >= 0; i--)
        {
            var sum = x[i];
            for (var k = i + 1; k < size; k++)
            {
                sum -= a[k * size + i] * x[k];
            }

            x[i] = sum / a[i * size + i];
        }
    }
}
