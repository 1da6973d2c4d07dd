namespace RoboMirror.Models.Contract;

/// <summary>
/// The names and metadata keys that the ONNX writer (RoboMirror.Models.Training) puts into the two model
/// files and that the runtime checks when it loads them. One definition, so writer and reader cannot drift.
/// </summary>
public static class MirrorModelContract
{
    /// <summary>Input of the observation model: float [batch, window frames, frame features].</summary>
    public const string ObservationInput = "window";

    /// <summary>Input of the execution model: float [batch, window frames, joint count] (joint commands, rad).</summary>
    public const string ExecutionInput = "joints";

    /// <summary>Output of both models: float [batch, latent size], L2-normalised.</summary>
    public const string LatentOutput = "latent";

    /// <summary>Output of the observation model: float [batch, gesture classes], probabilities summing to 1.</summary>
    public const string GestureOutput = "gesture";

    /// <summary>Output of the observation model: float [batch, activity bins], P(partner active) per bin.</summary>
    public const string ActivityOutput = "activity";

    /// <summary>Output of the observation model: float [batch, 1], expected activity left within the horizon, seconds.</summary>
    public const string TimeToEndOutput = "time_to_end";

    /// <summary>Name of the symbolic batch dimension.</summary>
    public const string BatchDimension = "batch";

    /// <summary>ONNX IR version written (IR 8, accepted by ONNX Runtime 1.10 and later).</summary>
    public const long IrVersion = 8;

    /// <summary>ONNX default-domain opset written.</summary>
    public const long Opset = 17;

    /// <summary>Metadata key: which of the two models a file holds ("observation" or "execution").</summary>
    public const string RoleKey = "robomirror.role";

    /// <summary>Metadata key: frames per window.</summary>
    public const string WindowFramesKey = "robomirror.window_frames";

    /// <summary>Metadata key: the rate of the window's frame grid, Hz.</summary>
    public const string FrameRateKey = "robomirror.frame_rate_hz";

    /// <summary>Metadata key: features per frame (and the layout name, see <see cref="Features.SkeletonFeatures"/>).</summary>
    public const string FrameFeaturesKey = "robomirror.frame_features";

    /// <summary>Metadata key: the feature layout name.</summary>
    public const string FeatureLayoutKey = "robomirror.feature_layout";

    /// <summary>Metadata key: gesture labels in output order, comma-separated.</summary>
    public const string GestureLabelsKey = "robomirror.gesture_labels";

    /// <summary>Metadata key: activity bin edges in seconds, comma-separated (n bins → n + 1 edges).</summary>
    public const string ActivityBinEdgesKey = "robomirror.activity_bin_edges_s";

    /// <summary>Metadata key: size of the latent space.</summary>
    public const string LatentSizeKey = "robomirror.latent_size";

    /// <summary>Metadata key: joints per frame of the execution model.</summary>
    public const string JointCountKey = "robomirror.joint_count";

    /// <summary>Role value of the observation model.</summary>
    public const string ObservationRole = "observation";

    /// <summary>Role value of the execution model.</summary>
    public const string ExecutionRole = "execution";
}
