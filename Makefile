# The README's two commands: `make demo` and `make test`. Both install missing system packages first.
SWIFT        ?= swift
# Debian packages the build, the tests and the browser check need.
APT_PACKAGES := libicu-dev libphonenumber-dev libprotobuf-dev libsqlite3-dev zlib1g-dev chromium
PYTHON_VENV  := .build/venv
SUDO         := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: bootstrap build demo test bench python-deps clean

## Install whatever of APT_PACKAGES is missing (nothing when all are present).
bootstrap:
	@missing=""; \
	for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	command -v python3 >/dev/null 2>&1 || missing="$$missing python3 python3-venv python3-pip"; \
	if [ -n "$$missing" ]; then \
	  echo "bootstrap: installing$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	else echo "bootstrap: system packages present"; fi

## Python packages the cross-checks and the browser test use (pinned in Tests/requirements.txt).
python-deps: bootstrap
	@[ -x $(PYTHON_VENV)/bin/python ] || python3 -m venv $(PYTHON_VENV)
	@$(PYTHON_VENV)/bin/pip install -q --disable-pip-version-check -r Tests/requirements.txt

build: bootstrap
	$(SWIFT) build

## Only the tool itself: the benchmarks and tests need not be built to see it work.
demo: bootstrap
	$(SWIFT) build --product customer-audit
	"$$($(SWIFT) build --show-bin-path)/customer-audit" demo

test: bootstrap python-deps
	$(SWIFT) build --build-tests
	# One test at a time: on two cores, CPU-heavy tests running beside the loopback tests starve
	# the in-process sandboxes those tests talk to, and their requests time out at random.
	CUSTOMER_AUDIT_PYTHON=$(CURDIR)/$(PYTHON_VENV)/bin/python $(SWIFT) test --skip-build --no-parallel

## Release-build benchmarks; figures are printed, compare them with the previous run's.
bench: bootstrap
	$(SWIFT) build -c release
	@for b in .build/release/bench-*; do [ -f "$$b" ] && [ -x "$$b" ] && "$$b"; done

clean:
	rm -rf .build reports/demo
