using RoboMirror.Models.Contract;
using RoboMirror.Models.Features;
using RoboMirror.Models.Training.Data;
using RoboMirror.Models.Training.Network;
using static TorchSharp.torch;

namespace RoboMirror.Models.Training.Training;

/// <summary>
/// Trains the observation side of the mirror network on a window set: gesture cross-entropy plus
/// activity-projection binary cross-entropy (soft targets), AdamW, seeded batch order and augmentation,
/// a dispose scope per batch. Reports each epoch, with validation figures when a validation set is given.
/// </summary>
internal static class MirrorTrainer
{
    public static MirrorNetwork Train(
        WindowSet train,
        WindowSet? validation,
        MirrorNetworkSettings networkSettings,
        TrainingSettings settings,
        Action<EpochReport>? onEpoch = null,
        string? checkpointFolder = null,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(train);
        settings.Validate();
        networkSettings.Validate();
        if (train.Count < 2)
        {
            throw new ArgumentException($"Training needs at least 2 windows, the set has {train.Count}.", nameof(train));
        }

        var network = MirrorNetwork.Create(networkSettings, settings.Seed);
        using var optimizer = optim.AdamW(network.parameters(), settings.LearningRate, weight_decay: settings.WeightDecay);
        using var augmenter = new Augmenter(settings.Seed + 1, settings.PositionNoise, settings.ScaleJitter, settings.MirrorProbability, settings.ArmDropProbability);
        using var inputs = tensor(train.Inputs).reshape(train.Count, train.WindowFrames, SkeletonFeatures.Count);
        using var gestures = tensor(train.Gestures);
        using var activity = tensor(train.Activity).reshape(train.Count, ActivityBins.Count);
        var contrastive = train.Joints is not null && settings.ContrastiveWeight > 0;
        if (contrastive && train.JointCount != networkSettings.JointCount)
        {
            throw new ArgumentException($"The windows carry {train.JointCount} joints per frame, the network takes {networkSettings.JointCount}.", nameof(train));
        }

        using var joints = contrastive ? tensor(train.Joints!).reshape(train.Count, train.WindowFrames, train.JointCount) : null;
        var order = Enumerable.Range(0, train.Count).ToArray();
        var random = new Random(unchecked((int)settings.Seed));
        for (var epoch = 1; epoch <= settings.Epochs; epoch++)
        {
            cancellation.ThrowIfCancellationRequested();
            network.train();
            random.Shuffle(order);
            var lossSum = 0d;
            var batches = 0;
            for (var start = 0; start + 1 < order.Length; start += settings.BatchSize)
            {
                using var scope = NewDisposeScope();
                var count = Math.Min(settings.BatchSize, order.Length - start);
                var index = tensor(order.AsSpan(start, count).ToArray().Select(i => (long)i).ToArray());
                var x = augmenter.Apply(inputs.index_select(0, index));
                using var output = network.Observe(x);
                var batchGestures = gestures.index_select(0, index);
                var loss = Loss(output, batchGestures, activity.index_select(0, index), settings);
                if (joints is not null)
                {
                    var executed = network.Execute(joints.index_select(0, index));
                    loss = loss + (ContrastiveLoss.SymmetricInfoNce(output.Latent, executed, batchGestures, settings.Temperature) * settings.ContrastiveWeight);
                }

                optimizer.zero_grad();
                loss.backward();
                optimizer.step();
                lossSum += loss.item<float>();
                batches++;
            }

            var (validationLoss, validationAccuracy) = validation is null ? ((double?)null, (double?)null) : Validate(network, validation, settings);
            if (checkpointFolder is not null)
            {
                Directory.CreateDirectory(checkpointFolder);
                network.save(Path.Combine(checkpointFolder, $"epoch-{epoch:D3}.dat"));
            }

            onEpoch?.Invoke(new EpochReport(epoch, settings.Epochs, lossSum / batches, validationLoss, validationAccuracy));
        }

        network.eval();
        return network;
    }

    private static Tensor Loss(ObservationOutput output, Tensor gestures, Tensor activity, TrainingSettings settings)
    {
        var gestureLoss = nn.functional.cross_entropy(output.GestureLogits, gestures);
        var activityLoss = nn.functional.binary_cross_entropy_with_logits(output.ActivityLogits, activity);
        return (gestureLoss * settings.GestureWeight) + (activityLoss * settings.ActivityWeight);
    }

    private static (double Loss, double Accuracy) Validate(MirrorNetwork network, WindowSet validation, TrainingSettings settings)
    {
        network.eval();
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        var x = tensor(validation.Inputs).reshape(validation.Count, validation.WindowFrames, SkeletonFeatures.Count);
        var y = tensor(validation.Gestures);
        var a = tensor(validation.Activity).reshape(validation.Count, ActivityBins.Count);
        using var output = network.Observe(x);
        var loss = Loss(output, y, a, settings).item<float>();
        var accuracy = output.GestureLogits.argmax(1).eq(y).to_type(ScalarType.Float32).mean().item<float>();
        return (loss, accuracy);
    }
}
