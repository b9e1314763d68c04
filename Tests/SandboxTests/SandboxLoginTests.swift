import Testing
@testable import Sandbox

/// Who `customer-audit sandbox` lets in, and which of its settings it refuses.
@Suite struct SandboxLoginTests {
    @Test func theEnvironmentsCredentialsWinWhenBothAreSet() {
        let login = SandboxLogin(environment: ["CYCLESOFTWARE_USERNAME": "shop", "CYCLESOFTWARE_PASSWORD": "p4ss"])
        #expect(login.username == "shop" && login.password == "p4ss" && login.fromEnvironment)
        #expect(login.who == "user shop from CYCLESOFTWARE_USERNAME / CYCLESOFTWARE_PASSWORD")
        #expect(!login.who.contains("p4ss"))
    }

    @Test(arguments: [[:], ["CYCLESOFTWARE_USERNAME": "shop"], ["CYCLESOFTWARE_USERNAME": "shop", "CYCLESOFTWARE_PASSWORD": ""]])
    func otherwiseTheDemoUser(_ environment: [String: String]) {
        let login = SandboxLogin(environment: environment)
        #expect(login.username == SandboxLogin.demoUsername && login.password == SandboxLogin.demoPassword && !login.fromEnvironment)
    }

    @Test func settingsOutsideTheirRangeAreEachNamed() {
        #expect(SandboxOptionsCheck.problems(port: 8080, host: "127.0.0.1", pageSize: 500, minutelyLimit: 0, dailyLimit: 0, generate: 0).isEmpty)
        let problems = SandboxOptionsCheck.problems(port: 70_000, host: "0.0.0.0", pageSize: 0, minutelyLimit: -1, dailyLimit: 5, generate: -2)
        #expect(problems == ["--port must be between 0 and 65535", "--host must be a loopback address (127.0.0.1, ::1 or localhost)",
                             "--page-size must be 1 or more", "--minutely-limit and --daily-limit must be 0 (unlimited) or more",
                             "--generate must be 0 or more"])
    }
}
