import MetricLab
import Testing

@Suite struct DataFolderTests {
    @Test func anExplicitFolderComesFirst() {
        let folder = DataFolder.resolve(explicit: "/given", environment: ["METRICLAB_DATA": "/env"], workingDirectory: "/cwd")
        #expect(folder.path == "/given" && folder.reason == "/given (the folder given)")
    }

    @Test func thenTheEnvironmentVariable() {
        let folder = DataFolder.resolve(environment: ["METRICLAB_DATA": "/env"], workingDirectory: "/cwd")
        #expect(folder.path == "/env" && folder.reason == "/env (from METRICLAB_DATA)")
    }

    @Test func thenDataUnderTheWorkingDirectory() {
        for environment in [[:], ["METRICLAB_DATA": ""]] {
            let folder = DataFolder.resolve(environment: environment, workingDirectory: "/cwd")
            #expect(folder.path == "/cwd/data")
            #expect(folder.reason == "/cwd/data (data/ under the working directory, as no folder was given and METRICLAB_DATA is not set)")
        }
    }

    @Test func aFolderWithTheFileFindsIt() throws {
        let folder = DataFolder.resolve(environment: [:], workingDirectory: String(repositoryData.dropLast("/data".count)))
        #expect(try folder.file("iris.csv") == "\(repositoryData)/iris.csv")
        #expect(throws: DataFileError.notFound(path: "\(repositoryData)/nothing.csv", lookedIn: folder.reason)) {
            try folder.file("nothing.csv")
        }
    }
}
