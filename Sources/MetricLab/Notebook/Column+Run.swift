extension Column where Row == Run {
    /// The loss's name.
    public static var loss: Column { Column("loss") { $0.name } }
    /// The model's name.
    public static var model: Column { Column("model") { $0.modelName } }
    /// The data set's name.
    public static var data: Column { Column("data") { $0.data.name } }
    /// NMI of the final embedding.
    public static var nmi: Column { Column("NMI") { $0.final.nmi } }
    /// Recall@1 of the final embedding.
    public static var recallAt1: Column { Column("R@1") { $0.final.recallAt1 } }
    /// Precision@1 of the final embedding (the same number as R@1).
    public static var precisionAt1: Column { Column("P@1") { $0.final.precisionAt1 } }
    /// R-precision of the final embedding.
    public static var rPrecision: Column { Column("R-precision") { $0.final.rPrecision } }
    /// MAP@R of the final embedding.
    public static var mapAtR: Column { Column("MAP@R") { $0.final.mapAtR } }
    /// The loss at the first step (a dash for a run of no steps).
    public static var firstLoss: Column { Column("first loss") { $0.losses.first } }
    /// The loss at the last step (a dash for a run of no steps).
    public static var finalLoss: Column { Column("final loss") { $0.losses.last } }
    /// The number of steps trained.
    public static var steps: Column { Column("steps") { $0.losses.count } }
}

extension Column where Row == [Run] {
    /// The loss's name, read from the group's first run (a dash for an empty group).
    public static var loss: Column { Column("loss") { $0.first?.name } }
    /// The model's name, read from the group's first run.
    public static var model: Column { Column("model") { $0.first?.modelName } }
    /// The number of runs in the group (seeds, draws).
    public static var runs: Column { Column("runs") { $0.count } }
    /// NMI of the final embeddings, mean ± sample standard deviation over the group.
    public static var nmi: Column { summary("NMI") { $0.final.nmi } }
    /// Recall@1 of the final embeddings over the group.
    public static var recallAt1: Column { summary("R@1") { $0.final.recallAt1 } }
    /// Precision@1 of the final embeddings over the group (the same numbers as R@1).
    public static var precisionAt1: Column { summary("P@1") { $0.final.precisionAt1 } }
    /// R-precision of the final embeddings over the group.
    public static var rPrecision: Column { summary("R-precision") { $0.final.rPrecision } }
    /// MAP@R of the final embeddings over the group.
    public static var mapAtR: Column { summary("MAP@R") { $0.final.mapAtR } }
    /// The loss at the last step over the group.
    public static var finalLoss: Column { summary("final loss") { $0.losses.last ?? .nan } }

    /// A column titled `title` that summarises `value` of every run of the group (mean ± sample
    /// standard deviation): `.summary("mode separation") { separation($0.finalEmbedding) }`.
    public static func summary(_ title: String, _ value: @escaping (Run) -> Double) -> Column {
        Column(title) { Summary($0.map(value)) }
    }

    /// A column titled `title` that counts the runs of the group for which `isTrue` holds, as
    /// "k/n": `.count("reunited") { $0.data.modesReunited(in: $0.finalEmbedding) }`.
    public static func count(_ title: String, where isTrue: @escaping (Run) -> Bool) -> Column {
        Column(title) { runs in "\(runs.filter(isTrue).count)/\(runs.count)" }
    }
}
