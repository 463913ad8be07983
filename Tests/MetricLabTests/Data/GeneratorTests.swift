import Foundation
import MetricLab
import Testing

/// The mean of the rows of `data.points` that satisfy `include`.
private func mean(_ data: Dataset, where include: (Int) -> Bool) -> [Double] {
    let rows = (0 ..< data.count).filter(include)
    return (0 ..< data.dimension).map { p in rows.reduce(0) { $0 + data.points[$1, p] } / Double(rows.count) }
}

private func counts(_ labels: [Int]) -> [Int: Int] {
    labels.reduce(into: [:]) { $0[$1, default: 0] += 1 }
}

@Suite struct GeneratorTests {
    @Test func sameSeedSamePointsOtherSeedOthers() {
        let generators: [any DataGenerator] = [Blobs(), Moons(), Rings(), Spirals(), MultiModal(), SplitClass()]
        for g in generators {
            #expect(g.sample(seed: 7).points.scalars == g.sample(seed: 7).points.scalars)
            #expect(g.sample(seed: 7).points.scalars != g.sample(seed: 8).points.scalars)
        }
    }

    @Test func blobsCentreOnTheirCircle() {
        let data = Blobs(classes: 4, perClass: 400, spread: 0.3, radius: 2).sample(seed: 1)
        #expect(data.count == 1600 && data.classes == 4 && data.dimension == 2)
        #expect(counts(data.labels) == [0: 400, 1: 400, 2: 400, 3: 400])
        let expected = [[0.0, 2.0], [-2.0, 0.0], [0.0, -2.0], [2.0, 0.0]]
        for c in 0 ..< 4 {
            let m = mean(data) { data.labels[$0] == c }
            // 4 standard errors of a mean of 400 draws of std 0.3
            #expect(abs(m[0] - expected[c][0]) < 0.06 && abs(m[1] - expected[c][1]) < 0.06)
        }
        let x = (0 ..< 400).map { data.points[$0, 0] }
        let std = (x.map { $0 * $0 }.reduce(0, +) / 400 - pow(x.reduce(0, +) / 400, 2)).squareRoot()
        #expect(abs(std - 0.3) < 0.03)
    }

    @Test func blobsAtGivenCentresInThreeDimensions() {
        let data = Blobs(centers: [[0, 0, 0], [5, 5, 5]], perClass: 3, spread: 0).sample(seed: 2)
        #expect(data.points.rowArrays == [[0, 0, 0], [0, 0, 0], [0, 0, 0], [5, 5, 5], [5, 5, 5], [5, 5, 5]])
        #expect(data.labels == [0, 0, 0, 1, 1, 1])
    }

    @Test func moonsLieOnTheirArcs() {
        let data = Moons(perClass: 25, noise: 0).sample(seed: 1)
        #expect(data.count == 50 && data.classes == 2)
        for i in 0 ..< 50 {
            let x = data.points[i, 0], y = data.points[i, 1]
            if data.labels[i] == 0 {
                #expect(abs(x * x + y * y - 1) < 1e-12 && y >= -1e-12)
            } else {
                #expect(abs((x - 1) * (x - 1) + (y - 0.5) * (y - 0.5) - 1) < 1e-12 && y <= 0.5 + 1e-12)
            }
        }
    }

    @Test func ringsHaveTheirRadii() {
        let data = Rings(classes: 3, perClass: 30, spacing: 1.5, noise: 0).sample(seed: 1)
        #expect(data.count == 90 && data.classes == 3)
        for i in 0 ..< 90 {
            let r = (pow(data.points[i, 0], 2) + pow(data.points[i, 1], 2)).squareRoot()
            #expect(abs(r - 1.5 * Double(data.labels[i] + 1)) < 1e-12)
        }
    }

    @Test func spiralArmsWindOutward() {
        let data = Spirals(classes: 3, perClass: 11, turns: 1, radius: 2.1, noise: 0).sample(seed: 1)
        for c in 0 ..< 3 {
            for k in 0 ..< 11 {
                let i = c * 11 + k
                let x = data.points[i, 0], y = data.points[i, 1]
                #expect(abs((x * x + y * y).squareRoot() - (0.1 + 0.2 * Double(k))) < 1e-12)
                let angle = 2 * Double.pi * (Double(c) / 3 + Double(k) / 10)
                #expect(abs(x - (0.1 + 0.2 * Double(k)) * cos(angle)) < 1e-12)
            }
        }
    }

    @Test func multiModalClassesInterleaveRoundTheCircle() {
        let g = MultiModal(classes: 3, modes: 2, perMode: 50, spread: 0.1, radius: 3)
        let data = g.sample(seed: 4)
        #expect(data.count == 300 && data.classes == 3)
        #expect(counts(data.labels) == [0: 100, 1: 100, 2: 100])
        #expect(counts(data.modes) == [0: 150, 1: 150])
        for c in 0 ..< 3 {
            for m in 0 ..< 2 {
                let center = g.center(ofClass: c, mode: m)
                #expect(abs(hypot(center[0], center[1]) - 3) < 1e-12)
                let observed = mean(data) { data.labels[$0] == c && data.modes[$0] == m }
                #expect(hypot(observed[0] - center[0], observed[1] - center[1]) < 0.06)
                // Both neighbours of a mode on the circle belong to other classes.
                let others = (0 ..< 3).flatMap { c2 in (0 ..< 2).map { (c2, $0) } }.filter { $0 != (c, m) }
                let nearest = others.min { a, b in
                    let p = g.center(ofClass: a.0, mode: a.1), q = g.center(ofClass: b.0, mode: b.1)
                    return hypot(p[0] - center[0], p[1] - center[1]) < hypot(q[0] - center[0], q[1] - center[1])
                }!
                #expect(nearest.0 != c)
            }
        }
    }

    @Test func splitClassIsTheLineA1BCA2() {
        let data = SplitClass(classes: 3, perClass: 16, gap: 1, spread: 0.1).sample(seed: 3)
        #expect(data.count == 48 && data.classes == 3)
        #expect(counts(data.labels) == [0: 16, 1: 16, 2: 16])
        #expect(data.modes.filter { $0 == 1 }.count == 8)
        #expect((0 ..< 48).allSatisfy { data.modes[$0] == 0 || data.labels[$0] == SplitClass.splitLabel })
        let groups: [(label: Int, half: Int, x: Double)] = [(0, 0, -1.5), (1, 0, -0.5), (2, 0, 0.5), (0, 1, 1.5)]
        for g in groups {
            let m = mean(data) { data.labels[$0] == g.label && data.modes[$0] == g.half }
            // spread 0.1 over 8 or 16 points: the mean is within 0.1 of the centre with room to spare
            #expect(abs(m[0] - g.x) < 0.1 && abs(m[1]) < 0.1)
        }
        #expect(SplitClass(classes: 4, perClass: 5, gap: 2).groupCenters == [-4, -2, 0, 2, 4])
        let odd = SplitClass(classes: 4, perClass: 5).sample(seed: 1)
        #expect(odd.modes.filter { $0 == 1 }.count == 2 && odd.count == 20)
    }

    @Test func subsetKeepsClassesAndModes() {
        let data = SplitClass().sample(seed: 1)
        let part = data.subset([47, 0, 15])
        #expect(part.labels == [2, 0, 0] && part.modes == [0, 0, 1] && part.classes == 3)
        #expect(part.points.row(0) == data.points.row(47))
        #expect(data.indices(ofClass: 1) == Array(16 ..< 32))
    }
}

@Suite struct DatasetDescriptionTests {
    @Test func summarisesSizesAndModes() {
        #expect("\(SplitClass().sample(seed: 1))" == "split class: 48 points in 2-D, 3 classes (3 × 16), 4 modes")
        #expect("\(Blobs(classes: 2, perClass: 5).sample(seed: 1))" == "blobs: 10 points in 2-D, 2 classes (2 × 5)")
        let uneven = Dataset(name: "tiny", points: Tensor([[1], [2], [3]]), labels: [0, 0, 1])
        #expect("\(uneven)" == "tiny: 3 points in 1-D, 2 classes (2 + 1)")
    }
}
