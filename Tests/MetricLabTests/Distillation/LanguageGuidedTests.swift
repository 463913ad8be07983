import Foundation
@testable import MetricLab
import MetricLabTestSupport
import Testing

/// Language guidance: the language file, the teacher matrix and the KL term against a hand
/// computation, gradients against finite differences, and the refusals.
@Suite struct LanguageGuidedTests {
    static let labels = [0, 1, 0, 2]
    /// Class similarities of three classes, as a language model might give them.
    static let classSimilarities = [[1, 0.6, 0.2], [0.6, 1, 0.3], [0.2, 0.3, 1]]

    @Test func theTeacherIsTheShiftedClassSimilarityWithSameClassEntriesAtOnePlusTheShift() throws {
        let guided = LanguageGuided(Contrastive(), classSimilarities: Self.classSimilarities, shift: 1)
        let teacher = try guided.languageSimilarities(labels: Self.labels)
        #expect(teacher.row(0) == [2, 1.6, 2, 1.2])
        #expect(teacher.row(3) == [1.2, 1.3, 1.2, 2])
    }

    @Test func theLanguageTermIsTheHandComputedKL() throws {
        let x = randomTensor(4, 3, seed: 8)
        let guided = LanguageGuided(Contrastive(), classSimilarities: Self.classSimilarities, weight: 2, temperature: 0.5, shift: 1)
        let terms = try guided.terms(LossBatch(x, labels: Self.labels), parameters: .none).groups.map { $0.listed.values.scalar }
        #expect(abs(terms[0] - (try Contrastive()(x, labels: Self.labels).scalar)) < 1e-14)
        // By hand: S = cosines with same-class entries 2; Λ = class similarity + 1, same-class 2;
        // ω T²/n Σᵢ KL(softmax(Sᵢ/T) ‖ softmax(Λᵢ/T)) (the backward direction, the authors' default).
        let student = S2SDTests.cosines(x).enumerated().map { i, row in
            row.enumerated().map { j, s in Self.labels[i] == Self.labels[j] ? 2 : s }
        }
        let teacher = Self.labels.map { a in Self.labels.map { b in a == b ? 2 : Self.classSimilarities[a][b] + 1 } }
        let kl = zip(student, teacher).reduce(0) {
            $0 + SimilarityDistillationTests.kl(SimilarityDistillationTests.softmax($1.0, 0.5), SimilarityDistillationTests.softmax($1.1, 0.5))
        }
        #expect(abs(terms[1] - 2 * 0.25 * kl / 4) < 1e-13)
        #expect(abs(try guided(x, labels: Self.labels).scalar - terms[0] - terms[1]) < 1e-13)
    }

    @Test func embeddingsAndTheBaseLossesParametersMatchDifferences() throws {
        var rng = RNG(seed: 9)
        let guided = LanguageGuided(ProxyAnchor(), classSimilarities: Self.classSimilarities, temperature: 0.7)
        let own = guided.makeParameters(embeddingSize: 3, classes: 3, using: &rng)
        #expect(own[.proxies]?.rows == 3)
        #expect(try gradientError(at: [randomTensor(4, 3, seed: 10)] + own.tensors) {
            try guided($0[0], labels: Self.labels, parameters: own.replacing(Array($0.dropFirst())))
        } < 1e-6)
        let forward = LanguageGuided(Triplet(), classSimilarities: Self.classSimilarities, direction: .forward)
        #expect(try gradientError(at: [randomTensor(4, 3, seed: 11)]) { try forward($0[0], labels: Self.labels) } < 1e-6)
    }

    @Test func anArrangementThatMatchesTheNamesCostsLess() throws {
        // Two kinds of two classes; two arrangements with the same cosines between places, one with
        // same-kind classes side by side, one with the kinds mixed: the language term prefers the first.
        let language = LanguageEmbeddings(names: ["a1", "b1", "a2", "b2"], vectors: [[1, 0.1], [0.1, 1], [1, -0.1], [-0.1, 1]])
        let names = ["a1", "b1", "a2", "b2"], labels = [0, 1, 2, 3]
        let guided = try Contrastive().languageGuided(by: language, classNames: names)
        func at(_ degrees: [Double]) -> Tensor { Tensor(degrees.map { [cos($0 * .pi / 180), sin($0 * .pi / 180)] }) }
        let kindsTogether = at([0, 180, 60, 240]), kindsMixed = at([0, 60, 180, 240])
        let base = try Contrastive()(kindsTogether, labels: labels).scalar
        #expect(abs(base - (try Contrastive()(kindsMixed, labels: labels).scalar)) < 1e-12)
        let together = try guided(kindsTogether, labels: labels).scalar - base
        let mixed = try guided(kindsMixed, labels: labels).scalar - base
        #expect(together < mixed, "kinds together \(together), mixed \(mixed)")
    }

    @Test func missingClassNamesAreNamed() {
        let language = LanguageEmbeddings(names: ["cat", "car"], vectors: [[1, 0], [0, 1]])
        #expect(throws: LanguageEmbeddingsError.missingNames(["dog", "bus"], known: ["cat", "car"])) {
            try Contrastive().languageGuided(by: language, classNames: ["cat", "dog", "car", "bus"])
        }
        #expect(LanguageEmbeddingsError.missingNames(["dog"], known: ["cat", "car"]).description
            == "no language embedding for the class names 'dog'; the file has cat, car")
    }

    @Test func labelsBeyondTheSimilaritiesAndATemperatureOfZeroAreRefused() {
        let guided = LanguageGuided(Contrastive(), classSimilarities: Self.classSimilarities)
        #expect(throws: LossError("contrastive + language", "label 3 has no language similarity: the class similarities cover labels 0..<3")) {
            try guided(randomTensor(2, 2, seed: 1), labels: [0, 3])
        }
        let cold = LanguageGuided(Contrastive(), classSimilarities: Self.classSimilarities, temperature: 0)
        #expect(throws: LossError("contrastive + language", "the temperature must be a positive number, got 0.0")) {
            try cold(randomTensor(2, 2, seed: 1), labels: [0, 1])
        }
    }

    @Test func theShippedFileHoldsTheToyAndDigitClassNames() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("data").path
        let language = try LanguageEmbeddings.shipped(in: root)
        #expect(Set(AnimalsAndVehicles.names + (0 ... 9).map(String.init)).isSubset(of: Set(language.names)))
        #expect(language.vectors.allSatisfy { $0.count == 384 })
        #expect(language.texts[language.names.firstIndex(of: "cat")!] == "a photo of a cat")
        // The names carry the kinds: every animal is nearer the other animals than the vehicles on average.
        let s = try language.similarities(of: AnimalsAndVehicles.names)
        for c in s.indices {
            let kinds = AnimalsAndVehicles.kinds
            let same: [Double] = s.indices.filter { $0 != c && kinds[$0] == kinds[c] }.map { s[c][$0] }
            let other: [Double] = s.indices.filter { kinds[$0] != kinds[c] }.map { s[c][$0] }
            let meanSame: Double = same.reduce(0, +) / 5, meanOther: Double = other.reduce(0, +) / 6
            #expect(meanSame > meanOther, "\(AnimalsAndVehicles.names[c])")
            #expect(abs(s[c][c] - 1) < 1e-6)
        }
    }

    @Test func malformedFilesAreRefusedAtTheirLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("language-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        func refusal(_ text: String) -> String? {
            let path = folder.appendingPathComponent("names.csv").path
            _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
            do { _ = try LanguageEmbeddings(contentsOfFile: path); return nil } catch {
                return "\(error)".replacingOccurrences(of: path, with: "names.csv")
            }
        }
        #expect(refusal("# note\nname,text,e0,e1\ncat,a cat,1,2\n") == nil)
        #expect(refusal("name,e0\ncat,1\n") == "names.csv:1: the header must be name,text, then one column per embedding coordinate")
        #expect(refusal("name,text,e0,e1\ncat,a cat,1\n") == "names.csv:2: 3 fields, the header has 4")
        #expect(refusal("name,text,e0,e1\ncat,a cat,1,x\n") == "names.csv:2: coordinate 1 is 'x', not a finite number")
        #expect(refusal("name,text,e0\ncat,a cat,1\ncat,a cat,2\n") == "names.csv:3: the name 'cat' is given twice")
        #expect(refusal("# only a note\n") == "names.csv: no embeddings in the file")
    }

    @Test func animalsAndVehiclesAlternateRoundTheCircle() {
        let data = AnimalsAndVehicles(perClass: 5).sample(seed: 2)
        #expect(data.count == 60 && data.classes == 12)
        #expect(data.classNames == AnimalsAndVehicles.names)
        #expect(AnimalsAndVehicles.kinds == [0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1])
        #expect(AnimalsAndVehicles.kinds(of: [0, 3, 10]) == [0, 1, 0])
        // Class 1's centre (a vehicle) lies at 30°, between two animals'.
        let points = data.indices(ofClass: 1).map { data.points.row($0) }
        let mean = [points.map { $0[0] }.reduce(0, +) / 5, points.map { $0[1] }.reduce(0, +) / 5]
        #expect(abs(atan2(mean[1], mean[0]) - Double.pi / 6) < 0.2)
    }
}
