// CustomerGenerator: see ARCHITECTURE.md; filled in by its issue.
import CustomerModel
