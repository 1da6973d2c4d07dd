using RoboMirror.Perception.Datasets.Buetepage;
using RoboMirror.Perception.Datasets.Sbu;
using RoboMirror.Perception.Datasets.UtKinect;

namespace RoboMirror.Perception.Datasets.Splits;

/// <summary>
/// Splits by person or pair, never by frame: each fold holds out one person (or pair) entirely. An item
/// that involves several people (an SBU clip of s01 and s02) is in the test set of each of their folds
/// and in no training set of those folds.
/// </summary>
public static class PersonFolds
{
    /// <summary>
    /// One fold per distinct key (ordinal order): test = the items involving that key, train = the items
    /// not involving it.
    /// </summary>
    public static IReadOnlyList<Fold<T>> LeaveOneOut<T>(IEnumerable<T> items, Func<T, IEnumerable<string>> people)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(people);
        var list = items.Select(item => (Item: item, People: people(item).ToHashSet(StringComparer.Ordinal))).ToList();
        return list.SelectMany(entry => entry.People)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(key => new Fold<T>(
                key,
                list.Where(entry => !entry.People.Contains(key)).Select(entry => entry.Item).ToList(),
                list.Where(entry => entry.People.Contains(key)).Select(entry => entry.Item).ToList()))
            .ToList();
    }

    /// <summary>Bütepage: leave one pair out (4 folds for pairs 1-4).</summary>
    public static IReadOnlyList<Fold<BuetepageInteraction>> LeaveOnePairOut(IEnumerable<BuetepageInteraction> interactions) =>
        LeaveOneOut(interactions, i => [i.PairKey]);

    /// <summary>SBU: leave one subject out (7 folds; a clip is held out with either of its two subjects).</summary>
    public static IReadOnlyList<Fold<SbuClip>> LeaveOneSubjectOut(IEnumerable<SbuClip> clips) =>
        LeaveOneOut(clips, c => c.Subjects);

    /// <summary>UTKinect: leave one subject out (10 folds, both takes of the subject held out together).</summary>
    public static IReadOnlyList<Fold<UtKinectSequence>> LeaveOneSubjectOut(IEnumerable<UtKinectSequence> sequences) =>
        LeaveOneOut(sequences, s => [s.SubjectKey]);
}
