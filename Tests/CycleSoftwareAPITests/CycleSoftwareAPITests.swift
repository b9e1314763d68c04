import Testing
@testable import CycleSoftwareAPI
