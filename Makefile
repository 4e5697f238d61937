# uncyber: `make dataset` builds out/ from raw/, `make test` runs every test.
GO ?= go
UNCYBER := $(GO) run ./cmd/uncyber

.PHONY: dataset test test-go eval eval-heldout eval-heldout3 eval-heldout4 eval-heldout5 eval-heldout6 eval-heldout7 eval-heldout8 eval-heldout9 eval-heldout10 eval-heldout11 eval-heldout12 check-out release bench fuzz

## dataset: build out/ from raw/ (CSV, Parquet, datapackage.json)
dataset:
	$(UNCYBER) build -raw raw -out out

## test: the Go tests, the consumer-side client suite (Python, in a local venv) and CITATION.cff validation
test: test-go check-citation test-clients

test-go:
	$(GO) vet ./...
	$(GO) test ./...

## eval: build the test fixtures into a temporary folder and score them against their gold
eval:
	$(UNCYBER) eval -corpus testdata/corpus -seeds raw -gold testdata/gold

## eval-heldout: the same on testdata/heldout (spent: its misses were read while writing rules)
eval-heldout:
	$(UNCYBER) eval -corpus testdata/heldout/corpus -seeds "" -gold testdata/heldout/gold

## eval-heldout3: the same on testdata/heldout3 (spent after its first measurement)
eval-heldout3:
	$(UNCYBER) eval -corpus testdata/heldout3/corpus -seeds "" -gold testdata/heldout3/gold

## eval-heldout4: the same on testdata/heldout4 (spent in session 4: a development set)
eval-heldout4:
	$(UNCYBER) eval -corpus testdata/heldout4/corpus -seeds "" -gold testdata/heldout4/gold

## eval-heldout5: the same on testdata/heldout5 (spent after its first measurement)
eval-heldout5:
	$(UNCYBER) eval -corpus testdata/heldout5/corpus -seeds "" -gold testdata/heldout5/gold

## eval-heldout6: the same on testdata/heldout6 (spent: a development set)
eval-heldout6:
	$(UNCYBER) eval -corpus testdata/heldout6/corpus -seeds "" -gold testdata/heldout6/gold

## eval-heldout7: the same on testdata/heldout7 (blind until session 5, now a development set)
eval-heldout7:
	$(UNCYBER) eval -corpus testdata/heldout7/corpus -seeds "" -gold testdata/heldout7/gold

## eval-heldout8: the same on testdata/heldout8, a development set: its misses may be read to find general error classes
eval-heldout8:
	$(UNCYBER) eval -corpus testdata/heldout8/corpus -seeds "" -gold testdata/heldout8/gold

## eval-heldout9: the same on testdata/heldout9 (blind for its first five measurements, then a development set)
eval-heldout9:
	$(UNCYBER) eval -corpus testdata/heldout9/corpus -seeds "" -gold testdata/heldout9/gold

## eval-heldout10: the same on testdata/heldout10 (blind for its first five measurements, then a development set)
eval-heldout10:
	$(UNCYBER) eval -corpus testdata/heldout10/corpus -seeds "" -gold testdata/heldout10/gold

## eval-heldout11: the same on testdata/heldout11 (blind for its first measurements, then a development set)
eval-heldout11:
	$(UNCYBER) eval -corpus testdata/heldout11/corpus -seeds "" -gold testdata/heldout11/gold

## eval-heldout12: the same on testdata/heldout12, the blind set: measure only, never read its misses or tune on it
eval-heldout12:
	$(UNCYBER) eval -corpus testdata/heldout12/corpus -seeds "" -gold testdata/heldout12/gold

## check-out: fail when the committed out/ differs from a fresh build
check-out:
	@tmp=$$(mktemp -d) && $(UNCYBER) build -raw raw -out $$tmp/out >/dev/null && \
	  diff -r $$tmp/out out && echo "out/ is up to date" ; rc=$$?; rm -rf $$tmp; exit $$rc

## fuzz: run every Fuzz target of the module for FUZZTIME each, one after another (scripts/fuzz.sh finds
## them by grepping `func Fuzz`); a failing input lands under <pkg>/testdata/fuzz/ to be committed
FUZZTIME ?= 60s
fuzz:
	FUZZTIME=$(FUZZTIME) GO=$(GO) scripts/fuzz.sh

## bench: per-stage Go benchmarks, then builds of synthetic corpora timed against gzip -6
## (SIZES="1000 20000 400000" for more)
bench:
	scripts/bench.sh

## release: pack out/ into dist/uncyber-$(VERSION).zip, stamped with the last commit's time (two runs on
## one commit give the same bytes); the schema is checked against the last tagged release (or PREVIOUS=dir)
release: check-out
	@prev="$(PREVIOUS)"; tmp=$$(mktemp -d); tag=$$(git describe --tags --abbrev=0 2>/dev/null || true); \
	if [ -z "$$prev" ] && [ -n "$$tag" ] && git cat-file -e "$$tag:out/datapackage.json" 2>/dev/null; then \
	  git show "$$tag:out/datapackage.json" > $$tmp/previous.json; flag="-previous-datapackage $$tmp/previous.json"; \
	elif [ -n "$$prev" ]; then flag="-previous $$prev"; fi; \
	$(UNCYBER) release -out out -dist dist -time $$(git log -1 --format=%ct) $$flag; rc=$$?; rm -rf $$tmp; exit $$rc
	@v=$$(cat VERSION) && tmp=$$(mktemp -d) && python3 -m zipfile -e dist/uncyber-$$v.zip $$tmp && \
	  (cd $$tmp/uncyber-$$v && sha256sum --strict --quiet -c SHA256SUMS) && echo "dist/uncyber-$$v.zip: SHA256SUMS verified"; \
	  rc=$$?; rm -rf $$tmp; exit $$rc

-include clients/clients.mk
