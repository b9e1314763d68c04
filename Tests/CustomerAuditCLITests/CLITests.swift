import Testing
import Foundation
import TestSupport
