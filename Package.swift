// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "MetricLab",
    products: [
        .library(name: "MetricLab", type: .dynamic, targets: ["MetricLab"]),
        .library(name: "NotebookKit", targets: ["NotebookKit"]),
        .executable(name: "metriclab", targets: ["metriclab"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/JohnSundell/Ink", from: "0.6.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        .target(
            name: "GnuplotBridge",
            cxxSettings: [.unsafeFlags(["-Wno-deprecated-declarations"])],
            linkerSettings: [.linkedLibrary("boost_iostreams"), .linkedLibrary("boost_filesystem")]
        ),
        .target(name: "CKernels", linkerSettings: [.linkedLibrary("mvec"), .linkedLibrary("m")]),
        .target(name: "MetricLab", dependencies: ["GnuplotBridge", "CKernels"]),
        .target(name: "MetricLabVerification", dependencies: ["MetricLab"]),
        .target(name: "MetricLabBenchmarks", dependencies: ["MetricLab", "MetricLabVerification"]),
        .target(name: "NotebookKit", dependencies: [.product(name: "Ink", package: "Ink"), .product(name: "FlyingFox", package: "FlyingFox"), .product(name: "FlyingSocks", package: "FlyingFox")]),
        .executableTarget(
            name: "metriclab",
            dependencies: [
                "MetricLab", "MetricLabVerification", "MetricLabBenchmarks", "NotebookKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "MetricLabTestSupport", dependencies: ["MetricLab"], path: "Tests/MetricLabTestSupport"),
        .testTarget(name: "MetricLabTests", dependencies: ["MetricLab", "MetricLabTestSupport"]),
        .testTarget(name: "MetricLabVerificationTests", dependencies: ["MetricLabVerification", "MetricLabTestSupport"]),
        .testTarget(name: "MetricLabBenchmarksTests", dependencies: ["MetricLabBenchmarks", "MetricLabTestSupport"]),
        .testTarget(name: "GnuplotBridgeTests", dependencies: ["GnuplotBridge"]),
        .testTarget(name: "NotebookKitTests", dependencies: ["NotebookKit", "MetricLabTestSupport"]),
    ],
    cxxLanguageStandard: .cxx17
)
