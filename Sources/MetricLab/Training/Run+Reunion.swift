extension Run {
    /// Whether the final embedding reunites the modes of every split class of the run's data
    /// (`Dataset.modesReunited(in:)`): the count a table of split-class runs reports.
    public var modesReunited: Bool { data.modesReunited(in: finalEmbedding) }
}
