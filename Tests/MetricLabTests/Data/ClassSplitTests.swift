import MetricLab
import Testing

@Suite struct ClassSplitTests {
    let data = Blobs(classes: 5, perClass: 4).sample(seed: 1)

    @Test func heldOutClassesGoWholeToTheTestSet() {
        let (train, test) = data.split(heldOutClasses: 2, seed: 3)
        #expect(train.classes == 3 && test.classes == 2)
        #expect(train.count == 12 && test.count == 8)
        #expect(Set(train.classNames).isDisjoint(with: test.classNames))
        #expect(Set(train.classNames + test.classNames) == Set(data.classNames))
        for side in [train, test] {
            for c in 0 ..< side.classes {
                let original = Int(side.classNames[c])!
                #expect(side.indices(ofClass: c).map { side.points.rowArrays[$0] }
                    == data.indices(ofClass: original).map { data.points.rowArrays[$0] })
            }
        }
    }

    @Test func classesAreRenumberedInTheirOriginalOrder() {
        let (train, test) = data.split(heldOutClasses: 2, seed: 3)
        #expect(train.classNames.map { Int($0)! } == train.classNames.map { Int($0)! }.sorted())
        #expect(test.classNames.map { Int($0)! } == test.classNames.map { Int($0)! }.sorted())
        #expect(Set(train.labels) == [0, 1, 2] && Set(test.labels) == [0, 1])
    }

    @Test func theSeedChoosesTheClasses() {
        #expect(data.split(heldOutClasses: 2, seed: 3).test.classNames == data.split(heldOutClasses: 2, seed: 3).test.classNames)
        let choices = Set((1 ... 10).map { data.split(heldOutClasses: 2, seed: UInt64($0)).test.classNames })
        #expect(choices.count > 3)
    }
}
