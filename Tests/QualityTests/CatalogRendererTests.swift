import Testing
@testable import Quality

@Suite struct CatalogRendererTests {
    @Test func markdownListsEveryRuleWithItsExamples() {
        let markdown = CatalogRenderer.markdown()
        for description in RuleCatalog.descriptions {
            #expect(markdown.contains("## `\(description.id)`"))
            #expect(markdown.contains(description.summary))
            for example in description.triggering + description.nonTriggering {
                #expect(markdown.contains(example.note))
            }
        }
        #expect(markdown.contains("`postcode: \"5388gm\", country_code_iso_3166: \"NL\"` → `5388 GM`"))
    }

    @Test func textShowsConfiguredSeverityAndDisabledRules() {
        var configuration = QualityConfiguration.default
        configuration["postcode.valid"]?.severity = .info
        let text = CatalogRenderer.text(configuration)
        #expect(text.contains("postcode.valid  [info]"))
        #expect(text.contains("phone.format  [off (info when on)]"))
        #expect(text.contains("e.g. lower case: postcode: \"5388gm\", country_code_iso_3166: \"NL\" → 5388 GM"))
    }
}
