/// report.junit.xml: one test case per gate check, so CI systems (GitLab, Jenkins, GitHub
/// test reporters) list every threshold and mark the failed ones.
public enum JUnitWriter {
    public static func xml(_ result: GateResult, report: Report) -> String {
        let failures = result.failures.count
        let skipped = result.checks.filter { !$0.enforced && !$0.passed }.count
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"customer-audit gate\" tests=\"\(result.checks.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"\(skipped)\">\n"
        out += "  <testsuite name=\"customer-audit.gate\" tests=\"\(result.checks.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"\(skipped)\" timestamp=\"\(ReportDate.string(report.generatedAt))\">\n"
        out += "    <properties>\n"
        out += "      <property name=\"customers\" value=\"\(report.summary.customers)\"/>\n"
        out += "      <property name=\"strict\" value=\"\(result.strict)\"/>\n"
        out += "      <property name=\"baseline\" value=\"\(result.baseline)\"/>\n"
        out += "    </properties>\n"
        for check in result.checks {
            out += "    <testcase classname=\"customer-audit.gate\" name=\"\(escape(check.name))\" time=\"0\">\n"
            let detail = "actual \(number(check.actual)), threshold \(number(check.threshold))"
            if !check.enforced && !check.passed {
                // A warning threshold outside --strict: shown, but never a failure.
                out += "      <skipped message=\"\(escape(check.message + "; not enforced without --strict"))\"/>\n"
            } else if !check.passed {
                out += "      <failure message=\"\(escape(check.message))\" type=\"threshold\">\(escape(detail))</failure>\n"
            }
            out += "      <system-out>\(escape(check.message)) (\(escape(detail)))</system-out>\n"
            out += "    </testcase>\n"
        }
        out += "  </testsuite>\n</testsuites>\n"
        return out
    }

    /// XML text and attribute escaping; control characters XML 1.0 forbids are dropped.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
