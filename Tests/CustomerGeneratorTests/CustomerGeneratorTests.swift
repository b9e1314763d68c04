import Testing
@testable import CustomerGenerator
