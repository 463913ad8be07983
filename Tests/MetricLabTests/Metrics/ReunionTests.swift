import MetricLab
import Testing

@Suite struct ReunionTests {
    let data = SplitClass().sample(seed: 1)

    /// The data's points with each row moved by `shift(i)` along x.
    func moved(_ shift: (Int) -> Double) -> Tensor {
        Tensor((0 ..< data.count).map { [data.points[$0, 0] + shift($0), data.points[$0, 1]] })
    }

    @Test func theLayoutStartsSplit() {
        #expect(!data.modesReunited(in: data.points))
    }

    @Test func halvesBroughtTogetherAreReunited() {
        let a2 = (0 ..< data.count).filter { data.labels[$0] == 0 && data.modes[$0] == 1 }
        #expect(a2.count == 8)
        #expect(data.modesReunited(in: moved { a2.contains($0) ? -3 : 0 }))
        // Halves 1 apart (at −1.5 and −0.5) but B moved onto −1: B's centroid is nearer both.
        let b = data.indices(ofClass: 1)
        #expect(!data.modesReunited(in: moved { a2.contains($0) ? -2 : b.contains($0) ? -0.5 : 0 }))
        // The same halves with B and C moved away to 3.5: together again; with C left near 0,
        // half as far from A2 as A1 is, they are not.
        #expect(data.modesReunited(in: moved { a2.contains($0) ? -2 : data.labels[$0] == 0 ? 0 : b.contains($0) ? 4 : 3 }))
        #expect(!data.modesReunited(in: moved { a2.contains($0) ? -2 : b.contains($0) ? 4 : data.labels[$0] == 2 ? -0.5 : 0 }))
    }

    @Test func singleModeClassesAreTriviallyTogether() {
        let blobs = Blobs().sample(seed: 1)
        #expect(blobs.modesReunited(in: blobs.points))
    }

    @Test func multiModalCollapsedOntoClassMeans() {
        let mm = MultiModal(classes: 3, modes: 3, perMode: 5).sample(seed: 2)
        #expect(!mm.modesReunited(in: mm.points))
        // Each class's modes pulled to within 0.1 of a class's own point on a wide triangle.
        let corners = [[0.0, 10.0], [-9.0, -5.0], [9.0, -5.0]]
        let collapsed = Tensor((0 ..< mm.count).map { i in
            [corners[mm.labels[i]][0] + 0.1 * Double(mm.modes[i]), corners[mm.labels[i]][1]]
        })
        #expect(mm.modesReunited(in: collapsed))
    }
}
