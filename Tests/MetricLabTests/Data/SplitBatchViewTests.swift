import Foundation
import MetricLab
import Testing

@Suite struct SplitTests {
    @Test func stratifiedDisjointAndSeeded() {
        let data = Blobs(classes: 3, perClass: 10).sample(seed: 1)
        let (train, test) = data.split(testFraction: 0.3, seed: 5)
        #expect(train.count == 21 && test.count == 9)
        for c in 0 ..< 3 {
            #expect(train.labels.filter { $0 == c }.count == 7 && test.labels.filter { $0 == c }.count == 3)
        }
        let rows = Set(train.points.rowArrays + test.points.rowArrays)
        #expect(rows == Set(data.points.rowArrays))
        #expect(data.split(testFraction: 0.3, seed: 5).test.points.scalars == test.points.scalars)
        #expect(data.split(testFraction: 0.3, seed: 6).test.points.scalars != test.points.scalars)
    }

    @Test func everyClassKeepsATrainingExample() {
        let data = Blobs(classes: 2, perClass: 2).sample(seed: 1)
        let (train, test) = data.split(testFraction: 1, seed: 1)
        #expect(train.labels == [0, 1] && test.labels == [0, 1])
    }
}

@Suite struct BatchPlanTests {
    let labels = (0 ..< 40).map { $0 / 10 }

    @Test func fullIsEverything() {
        var rng = RNG(seed: 1)
        #expect(BatchPlan.full.indices(labels: labels, using: &rng) == Array(0 ..< 40))
        #expect(BatchPlan.full.size(count: 40) == 40 && BatchPlan.classes(2, size: 8).size(count: 40) == 8)
    }

    @Test func classesPlanDrawsCClassesEvenly() {
        var rng = RNG(seed: 2)
        var seen = Set<Int>()
        for _ in 0 ..< 50 {
            let batch = BatchPlan.classes(3, size: 8).indices(labels: labels, using: &rng)
            #expect(batch.count == 8 && Set(batch).count == 8)
            let perClass = batch.reduce(into: [Int: Int]()) { $0[labels[$1], default: 0] += 1 }
            #expect(perClass.count == 3 && perClass.values.sorted() == [2, 3, 3])
            seen.formUnion(perClass.keys)
        }
        #expect(seen == [0, 1, 2, 3])
    }

    @Test func smallClassGoesRoundAgain() {
        let labels = [0, 0, 1, 1, 1, 1, 1, 1]
        var rng = RNG(seed: 3)
        let batch = BatchPlan.classes(2, size: 10).indices(labels: labels, using: &rng)
        let zeros = batch.filter { labels[$0] == 0 }
        #expect(batch.count == 10 && zeros.count == 5)
        #expect(zeros.filter { $0 == 0 }.count >= 2 && zeros.filter { $0 == 1 }.count >= 2)
    }

    @Test func seededDrawsRepeat() {
        var a = RNG(seed: 9), b = RNG(seed: 9)
        let plan = BatchPlan.classes(2, size: 6)
        #expect(plan.indices(labels: labels, using: &a) == plan.indices(labels: labels, using: &b))
    }
}

@Suite struct AugmentationTests {
    let data = Blobs(classes: 2, perClass: 200, spread: 0.5).sample(seed: 1)

    @Test func noChangeIsIdentity() {
        var rng = RNG(seed: 1)
        #expect(Augmentation(jitter: 0, rotation: 0).view(of: data.points, using: &rng).scalars == data.points.scalars)
    }

    @Test func rotationKeepsDistanceToTheMeanAndStaysWithinItsAngle() {
        var rng = RNG(seed: 1)
        let view = Augmentation(jitter: 0, rotation: 0.2).view(of: data.points, using: &rng)
        let n = Double(data.count)
        let cx = (0 ..< data.count).reduce(0) { $0 + data.points[$1, 0] } / n
        let cy = (0 ..< data.count).reduce(0) { $0 + data.points[$1, 1] } / n
        var largest = 0.0
        for i in 0 ..< data.count {
            let (x, y) = (data.points[i, 0] - cx, data.points[i, 1] - cy)
            let (u, v) = (view[i, 0] - cx, view[i, 1] - cy)
            #expect(abs(hypot(x, y) - hypot(u, v)) < 1e-12)
            largest = max(largest, abs(atan2(x * v - y * u, x * u + y * v)))
        }
        #expect(largest <= 0.2 + 1e-12 && largest > 0.19)
    }

    @Test func jitterHasItsStandardDeviation() {
        var rng = RNG(seed: 1)
        let view = Augmentation(jitter: 0.1, rotation: 0).view(of: data.points, using: &rng)
        let d = zip(view.scalars, data.points.scalars).map { $0 - $1 }
        let std = (d.map { $0 * $0 }.reduce(0, +) / Double(d.count)).squareRoot()
        #expect(abs(std - 0.1) < 0.01)
    }

    @Test func twoViewsAreStackedWithInstanceLabels() {
        let small = data.subset([0, 1, 250])
        let views = Augmentation().views(of: small, seed: 4)
        #expect(views.count == 6 && views.classes == 3)
        #expect(views.labels == [0, 1, 2, 0, 1, 2] && views.modes == [0, 0, 0, 1, 1, 1])
        #expect(views.points.row(0) != views.points.row(3))
        #expect(views.points.scalars == Augmentation().views(of: small, seed: 4).points.scalars)
    }
}
