/// A loss as the catalogue shows it: its paper, its formula, its place among the families, and
/// its settings read from the values `init()` and `.paper` make, so that the card cannot say
/// something the code does not do.
public struct LossCard: Sendable {
    /// The name the loss gives itself (`Loss.name` of its default value).
    public var name: String
    /// The Swift type that computes it.
    public var type: String
    /// The family it belongs to.
    public var family: LossFamily
    /// The paper that introduced it.
    public var paper: Paper
    /// The formula, as plain Unicode text.
    public var equation: String
    /// pytorch-metric-learning's classes for the same loss (empty when PML has none).
    public var pytorchMetricLearning: [String]
    /// The stored settings of `init()`, in declaration order.
    public var defaults: [LossSetting]
    /// What the `.paper` preset sets differently from `init()`: changed settings, then any miner
    /// or regularizer it adds; empty when the paper's setting is the default.
    public var preset: [LossSetting]
}

/// What a loss says about itself by hand: the facts the code cannot know (its paper, formula and
/// family); everything about its settings is read from its values instead.
public struct CatalogueEntry: Sendable {
    /// The family the loss belongs to.
    public var family: LossFamily
    /// The paper that introduced it.
    public var paper: Paper
    /// The formula, as plain Unicode text.
    public var equation: String
    /// pytorch-metric-learning's classes for the same loss.
    public var pytorchMetricLearning: [String]

    /// An entry; `pytorchMetricLearning` lists PML's class names, none for a loss PML lacks.
    public init(_ family: LossFamily, paper: Paper, equation: String, pytorchMetricLearning: [String] = []) {
        self.family = family
        self.paper = paper
        self.equation = equation
        self.pytorchMetricLearning = pytorchMetricLearning
    }
}

/// A paper as the catalogue cites it.
public struct Paper: Sendable, Equatable {
    /// The authors, as cited ("Schroff, Kalenichenko & Philbin", "Wang et al.").
    public var authors: String
    /// The title.
    public var title: String
    /// Where it appeared ("CVPR", "NeurIPS", "arXiv").
    public var venue: String
    /// The year it appeared there.
    public var year: Int
    /// Where in the paper the formula is: an equation ("Eq. 2") or, where the equation number
    /// could not be checked, a section ("§3.2").
    public var place: String

    /// A paper; `place` is the equation or section the loss's formula comes from.
    public init(_ authors: String, _ title: String, _ venue: String, _ year: Int, at place: String) {
        self.authors = authors
        self.title = title
        self.venue = venue
        self.year = year
        self.place = place
    }

    /// "Authors, “Title”, Venue Year, place".
    public var citation: String { "\(authors), “\(title)”, \(venue) \(year), \(place)" }
}

/// The families the catalogue groups losses into.
public enum LossFamily: String, Sendable, CaseIterable {
    /// Losses on pairs, triplets or tuples of embeddings.
    case pairBased = "pair-based"
    /// Losses against learned class weights, centres or proxies.
    case proxyAndClassification = "proxy and classification"
    /// Losses on a clustering of the batch.
    case clustering
    /// Losses on each example's ranking of the batch.
    case ranking
    /// Losses on two views of each example, without labels.
    case selfSupervised = "self-supervised"
    /// Terms added to another loss rather than trained alone.
    case regularizer
}

/// One stored setting of a loss value: its property name and its value as Swift-like text
/// (`margin: 0.05`, `distance: Euclidean(squared: false, normalized: true)`).
public struct LossSetting: Sendable, Equatable, CustomStringConvertible {
    /// The property's name.
    public var name: String
    /// The value, as text.
    public var value: String

    /// A setting.
    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }

    /// `name: value`.
    public var description: String { "\(name): \(value)" }
}
