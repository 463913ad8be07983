import Foundation
import MetricLab
import MetricLabVerification
import MetricLabTestSupport
import Testing

/// The classifier table of PML mappings: keyword arguments reach the losses, and what the losses
/// cannot do is refused with an error naming the case and field.
@Suite struct PMLMappingsClassifiersTests {
    /// Cases with non-default kwargs: margins, scales, temperatures, distances, a reducer, 2-D and 3-D
    /// embeddings. Their numbers come from a NumPy transcription of PML 2.9's formulas, with
    /// central-difference gradients (accurate to about 1e-9), not from PML itself.
    static let kwargsCases = """
    {"format": "pytorch-metric-learning", "cases": [
        {"loss": "ArcFaceLoss", "kwargs": {"num_classes": 3, "embedding_size": 3, "margin": 40, "scale": 10}, "embeddings": [[0.05, 2.04, 1.84], [-0.77, -0.45, -0.79], [0.85, -0.08, 1.12], [-2.77, 2.35, -0.14], [1.02, -0.2, -0.57]], "labels": [0, 1, 2, 0, 1], "value": 14.416231374849266, "gradient": [[0.48527714202606376, 0.02600840254274317, -0.04202228165439692], [0.38267467949992806, -1.194412262428557, 0.307374702579466], [0.3716855943025621, 1.3187488328014751, -0.18788647260237212], [0.20538712153239658, 0.26743639924831086, 0.42538007249959264], [-1.2694594770934486, -1.0966143033641629, -1.8868873778998818]], "parameters": {"W": [[0.46, 0.82, -0.2], [-0.15, 0.69, -0.87], [-1.51, 0.39, -0.67]]}, "parameterGradients": {"W": [[1.2645202831507163, -2.6816170448640264, -1.3888193173272612], [-0.7257341891886426, 1.2341324859832525, 0.8394115695864457], [0.45731089848288775, 3.4548065643846826, -0.6754092582994531]]}},
        {"loss": "SphereFaceLoss", "kwargs": {"num_classes": 3, "embedding_size": 2, "margin": 3, "scale": 2}, "embeddings": [[-2.88, -1.22], [-0.7, -1.79], [-2.24, 0.05], [1.35, -0.35], [-1.12, 0.58], [1.08, -0.45]], "labels": [0, 1, 2, 0, 1, 2], "value": 10.045702079736682, "gradient": [[-1.3217085212957613, 0.7050746999581747], [-0.6662325127138047, -1.0593228232380625], [-0.06549956843571181, -0.6062183848243308], [0.6888652528402872, 0.8332697944979373], [-1.4824819514203114, 0.15398165942315245], [1.1367113623705905, -1.548138617302186]], "parameters": {"W": [[0.54, 1.04, -0.21], [-0.81, 0.35, 0.25]]}, "parameterGradients": {"W": [[0.6195335151559789, 0.06354599424440721, -3.1279554919549923], [0.41302234343731925, -0.18882239061213113, -2.6274826137040463]]}},
        {"loss": "CosFaceLoss", "kwargs": {"num_classes": 3, "embedding_size": 3, "margin": 0.2, "scale": 16, "reducer": {"class": "SumReducer"}}, "embeddings": [[0.05, 2.04, 1.84], [-0.77, -0.45, -0.79], [0.85, -0.08, 1.12], [-2.77, 2.35, -0.14], [1.02, -0.2, -0.57]], "labels": [0, 1, 2, 0, 1], "value": 92.58772598072056, "gradient": [[2.3499080299416164, -1.952589315123987, 2.1009710735597764], [2.9548095668019414, -9.787908140879154, 2.6953864562528906], [1.8880142818034074, 16.512307880134358, -0.2534174186052951], [1.8571808269030043, 2.511132343840927, 5.405500751010095], [-10.100745178931447, -8.603244239679952, -15.056335499252782]], "parameters": {"W": [[0.46, 0.82, -0.2], [-0.15, 0.69, -0.87], [-1.51, 0.39, -0.67]]}, "parameterGradients": {"W": [[11.168906624448027, -22.11664688189785, -15.080595076710779], [-14.066942064516752, 10.687196549952205, 10.770786460057025], [4.799826726298306, 27.593550797178068, -9.48427643265859]]}},
        {"loss": "NormalizedSoftmaxLoss", "kwargs": {"num_classes": 3, "embedding_size": 2, "temperature": 0.2, "distance": {"class": "DotProductSimilarity", "kwargs": {"normalize_embeddings": false}}}, "embeddings": [[-2.88, -1.22], [-0.7, -1.79], [-2.24, 0.05], [1.35, -0.35], [-1.12, 0.58], [1.08, -0.45]], "labels": [0, 1, 2, 0, 1, 2], "value": 6.833199633559151, "gradient": [[-0.9976935992916935, 1.3307290815944839], [-0.32759446844110585, -0.9591131444608436], [1.0196288258157438e-06, -1.3367085216486885e-06], [0.21438234787396482, 0.6277980664215477], [-1.325739226398781, 0.37225748483749044], [1.1244142399391421, -0.9618888077156384]], "parameters": {"W": [[0.54, 1.04, -0.21], [-0.81, 0.35, 0.25]]}, "parameterGradients": {"W": [[0.916584358634509, 0.05563023819377122, -7.837640807917268], [0.611056238941643, -0.16530128110758824, -6.583618278099834]]}},
        {"loss": "NTXentLoss", "kwargs": {"temperature": 0.3, "distance": {"class": "LpDistance", "kwargs": {"normalize_embeddings": false}}}, "embeddings": [[-2.88, -1.22], [-0.7, -1.79], [-2.24, 0.05], [1.35, -0.35], [-1.12, 0.58], [1.08, -0.45]], "labels": [0, 1, 2, 0, 1, 2], "value": 7.783804718112659, "gradient": [[-0.5825316913288248, 0.3730124920053868], [0.12102617619191847, -0.73922396559567], [-0.5579078714568197, -0.16281282411156894], [-0.00967040936217245, -0.19672133655390667], [-0.9700097356457604, 0.5994407636933374], [1.9990935347102834, 0.12630487056242146]]},
        {"loss": "SupConLoss", "kwargs": {"temperature": 0.5, "distance": {"class": "DotProductSimilarity", "kwargs": {"normalize_embeddings": false}}}, "embeddings": [[-2.88, -1.22], [-0.7, -1.79], [-2.24, 0.05], [1.35, -0.35], [-1.12, 0.58], [1.08, -0.45]], "labels": [0, 1, 2, 0, 1, 2], "value": 11.814465905489167, "gradient": [[-2.8011396580041037, -0.24013436039638236], [-0.2002450845139947, -0.8046256860794188], [-2.818233823198568, -0.4121329419959352], [2.6108232527022324, 0.5112167347220975], [-0.38253335166160696, 1.00107041056674], [2.352595162236071, -0.2836614596546383]]},
        {"loss": "LargeMarginSoftmaxLoss", "kwargs": {"num_classes": 3, "embedding_size": 2, "margin": 3, "scale": 0.5}, "embeddings": [[-2.88, -1.22], [-0.7, -1.79], [-2.24, 0.05], [1.35, -0.35], [-1.12, 0.58], [1.08, -0.45]], "labels": [0, 1, 2, 0, 1, 2], "value": 2.6333698164215105, "gradient": [[-0.2687772400200572, 0.12940676086259373], [-0.2046052962612066, -0.25136149073290426], [0.019716676513681364, -0.04107360629390655], [0.12039513652695177, 0.16598289409586187], [-0.32704766961266785, -0.032281422868152276], [0.12166471896613018, -0.12000509963527861]], "parameters": {"W": [[0.54, 1.04, -0.21], [-0.81, 0.35, 0.25]]}, "parameterGradients": {"W": [[0.652086908026206, 0.7974051645653901, -0.6029542771734953], [-0.4486281239834966, 0.25003680903523673, 0.1664134245960014]]}}
    ]}
    """

    @Test func keywordArgumentsReachTheLosses() throws {
        let report = try PMLFixtures(text: Self.kwargsCases).check(mappings: PMLMappings.classifiers)
        #expect(report.checks.count == 7)
        for check in report.checks { #expect(check.passed, "\(check.summary)") }
        #expect(report.checks.map(\.subject) == [
            "ArcFace(marginDegrees: 40.0, scale: 10.0, reducer: mean)", "SphereFace(margin: 3, scale: 2.0, reducer: mean)",
            "CosFace(margin: 0.2, scale: 16.0, reducer: sum)",
            "NormalizedSoftmax(temperature: 0.2, normalizesEmbeddings: false, reducer: mean)",
            "NTXent(temperature: 0.3, distance: Euclidean(squared: false, normalized: false), reducer: mean)",
            "SupCon(temperature: 0.5, distance: DotProduct(), reducer: meanOfPositive)",
            "LSoftmax(margin: 3, scale: 0.5, reducer: mean)",
        ])
    }

    /// A one-case file around a case body, on four 2-D points of two classes.
    func failure(of body: String, labels: [Int] = [0, 0, 1, 1]) throws -> String? {
        let json = """
        {"format": "pytorch-metric-learning", "embeddings": [[0, 1], [1, 0], [1, 1], [-1, 0]], "labels": \(labels),
         "cases": [\(body)]}
        """
        return try PMLFixtures(text: json).check(mappings: PMLMappings.classifiers).checks[0].failure
    }

    @Test func unsupportedSettingsAreRefusedByName() throws {
        let gradient = #""value": 1, "gradient": [[0,0],[0,0],[0,0],[0,0]], "parameters": {"W": [[1, 0], [0, 1]]}"#
        let arcFace = try failure(of: #"{"loss": "ArcFaceLoss", "kwargs": {"num_classes": 2, "embedding_size": 2, "distance": {"class": "LpDistance"}}, "# + gradient + "}")
        #expect(arcFace?.contains("requires CosineSimilarity") == true && arcFace?.contains("distance") == true)
        let reducer = try failure(of: #"{"loss": "NormalizedSoftmaxLoss", "kwargs": {"num_classes": 2, "embedding_size": 2, "reducer": {"class": "ThresholdReducer"}}, "# + gradient + "}")
        #expect(reducer?.contains("give low, high or both") == true)
        let regulariser = try failure(of: #"{"loss": "CosFaceLoss", "kwargs": {"num_classes": 2, "embedding_size": 2, "weight_regularizer": {"class": "RegularNormRegularizer"}}, "# + gradient + "}")
        #expect(regulariser?.contains("regularizer class 'RegularNormRegularizer' has no MetricLab counterpart") == true)
        let miner = try failure(of: #"{"loss": "SupConLoss", "miner": {"class": "MagicMiner"}, "value": 1, "gradient": [[0,0],[0,0],[0,0],[0,0]]}"#)
        #expect(miner?.contains("no MetricLab counterpart for the miner MagicMiner") == true)
        let label = try failure(of: #"{"loss": "SphereFaceLoss", "kwargs": {"num_classes": 2, "embedding_size": 2}, "# + gradient + "}", labels: [0, 0, 1, 5])
        #expect(label == "SphereFace: label 5 has no column in W, which has 2 classes")
    }
}
