import MetricLab
import Testing

@Suite struct NearestRowsTests {
    @Test func assignsEachRowToItsNearestOther() {
        let points = Tensor([[0, 0], [2.9, 0], [0, -1], [5, 5]])
        let centres = Tensor([[0, 0], [3, 0], [4, 4]])
        #expect(points.nearestRows(in: centres) == [0, 1, 0, 2])
    }

    @Test func lowerIndexWinsATie() {
        let points = Tensor([[1, 0], [1, 0]])
        let centres = Tensor([[0, 0], [2, 0]])
        #expect(points.nearestRows(in: centres) == [0, 0])
    }
}
