# clients/clients.mk: the consumer-side checks, included from the top Makefile.
#
#   make test-clients   read out/ as users do (pyarrow, pandas, polars, DuckDB,
#                       frictionless) and run examples/quickstart.ipynb
#   make notebook       run examples/quickstart.ipynb against out/
#
# The Python environment lives in $(VENV) (git-ignored) and is rebuilt when
# clients/requirements.txt changes. UNCYBER_OUT (default out) is the dataset
# folder; an environment variable of that name is used when set.

VENV ?= .venv
UNCYBER_OUT ?= out
export UNCYBER_OUT

$(VENV)/.installed: clients/requirements.txt
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install --disable-pip-version-check -q -r clients/requirements.txt
	touch $@

.PHONY: test-clients notebook

test-clients: $(VENV)/.installed
	$(VENV)/bin/python -m pytest -q clients/tests

notebook: $(VENV)/.installed
	$(VENV)/bin/python clients/execute_notebook.py examples/quickstart.ipynb

# cffconvert needs jsonschema 3.x, which clashes with frictionless: a venv of its own.
CFF_VENV ?= .venv-citation

$(CFF_VENV)/.installed: clients/requirements-citation.txt
	python3 -m venv $(CFF_VENV)
	$(CFF_VENV)/bin/pip install --disable-pip-version-check -q -r clients/requirements-citation.txt
	touch $@

.PHONY: check-citation
check-citation: $(CFF_VENV)/.installed
	$(CFF_VENV)/bin/cffconvert --validate -i CITATION.cff
