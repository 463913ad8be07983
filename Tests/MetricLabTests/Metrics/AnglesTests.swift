import MetricLab
import Testing

@Suite struct AnglesTests {
    @Test func directionsOfRowsInDegrees() {
        let rows = Tensor([[1, 0], [0, 2], [-1, 0], [0, -0.5], [1, 1], [-1, -1]])
        #expect(degrees(rows) == [0, 90, 180, -90, 45, -135])
    }

    @Test func angleBetweenDirectionsGoesTheShorterWayRound() {
        #expect(angle(between: 350, and: 10) == 20)
        #expect(angle(between: 10, and: 350) == 20)
        #expect(angle(between: -170, and: 170) == 20)
        #expect(angle(between: 0, and: 180) == 180)
        #expect(angle(between: 30, and: 30) == 0)
        #expect(angle(between: 730, and: 5) == 5)
        #expect(angle(between: -725, and: 0) == 5)
    }

    /// Directions from `degrees` give the same bits as notebooks 05 and 06's own formula, so
    /// cells that switch to the library word keep their outputs.
    @Test func matchesTheNotebooksFormulaBitForBit() {
        var rng = RNG(seed: 9)
        let directions = degrees(rng.gaussian(rows: 40, cols: 2))
        for a in directions {
            for b in directions {
                #expect(angle(between: a, and: b) == abs((b - a + 540).truncatingRemainder(dividingBy: 360) - 180))
            }
        }
    }
}
