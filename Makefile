# uncyber: `make dataset` builds out/ from raw/, `make test` runs every test.
GO ?= go
UNCYBER := $(GO) run ./cmd/uncyber

.PHONY: dataset test test-go eval check-out

## dataset: build out/ from raw/ (CSV, Parquet, datapackage.json)
dataset:
	$(UNCYBER) build -raw raw -out out

## test: the Go tests, then the consumer-side client suite (Python, in a local venv)
test: test-go test-clients

test-go:
	$(GO) vet ./...
	$(GO) test ./...

## eval: build the test fixtures into a temporary folder and score them against their gold
eval:
	$(UNCYBER) eval -corpus testdata/corpus -seeds raw -gold testdata/gold

## check-out: fail when the committed out/ differs from a fresh build
check-out:
	@tmp=$$(mktemp -d) && $(UNCYBER) build -raw raw -out $$tmp/out >/dev/null && \
	  diff -r $$tmp/out out && echo "out/ is up to date" ; rc=$$?; rm -rf $$tmp; exit $$rc

-include clients/clients.mk
