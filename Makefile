# Fieldplan: `make run` opens the app, `make test` runs every test. Both set up .venv first.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: catalogs run lint test demo bench bench-10k screenshots clean package test-package constraints translations

# compiled catalogs (issue 15): built from the committed .ts/.po, never committed themselves
TS     := $(wildcard resources/translations/*.ts)
QM     := $(TS:.ts=.qm)
PO     := $(wildcard resources/locale/*/LC_MESSAGES/*.po)
MO     := $(PO:.po=.mo)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

resources/locale/%.mo: resources/locale/%.po $(STAMP)
	$(VENV)/bin/pybabel compile --use-fuzzy -i $< -o $@

catalogs: $(QM) $(MO)

# a translator's round: new and changed strings of ui/ (lupdate) and of app/ (Babel) into the catalogs
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find ui -name '*.py' | sort) -ts resources/translations/fieldplan_es.ts -no-obsolete
	# English needs only its plurals ("%n days" → "1 day" / "2 days"): the source text is the rest
	$(VENV)/bin/pyside6-lupdate $$(find ui -name '*.py' | sort) -ts resources/translations/fieldplan_en.ts -no-obsolete -pluralonly -target-language en_US
	$(VENV)/bin/pybabel extract -F babel.cfg -k _ -k N_ -k t -k tx -k ngettext:1,2 --no-location --omit-header -o resources/locale/fieldplan.pot app ui/signing.py
	$(VENV)/bin/pybabel update -N -i resources/locale/fieldplan.pot -d resources/locale -D fieldplan -l es --init-missing

run: $(STAMP) catalogs
	$(VENV)/bin/fieldplan

# pyflakes rules and syntax errors (pyproject.toml [tool.ruff]); `ruff format` is not applied (it would rewrite most files)
lint: $(STAMP)
	$(VENV)/bin/ruff check .

# the `package` tests (building the bundle) are deselected by pyproject's addopts; `make test-package` runs them
test: lint catalogs
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

# the desktop bundle for this platform into build/dist/fieldplan (packaging/README.md)
package: $(STAMP)
	$(PY) packaging/build.py

test-package: $(STAMP)
	$(PY) packaging/build.py --if-stale
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m package tests/packaging

# the exact versions bundles are built from
constraints: $(STAMP)
	$(PY) -m pip freeze --exclude-editable | grep -v '^-e' > packaging/constraints.txt

demo: $(STAMP)
	$(VENV)/bin/fieldplan demo --participants 200

# each caseload is made ONCE into $$FIELDPLAN_BENCH_DIR (default /tmp/fieldplan-bench) and then shared:
# 2,000 and 10,000 generated through the services, 25,000 derived (bench/README.md). bench.demo_cpu and
# bench.store time generation itself on fresh profiles of 200; bench.sync keeps its own caseload.
bench: $(STAMP)
	$(PY) -m bench.demo_profile --participants 2000
	$(PY) -m bench.demo_cpu --participants 200
	$(PY) -m bench.store --participants 200
	QT_QPA_PLATFORM=offscreen $(PY) -m bench.window --participants 2000
	$(PY) -m bench.reminders --participants 2000
	$(PY) -m bench.export --participants 2000
	$(PY) -m bench.pdf --participants 2000
	$(PY) -m bench.sync --backend both --participants 2000

bench-10k: $(STAMP)
	$(PY) -m bench.demo_profile --participants 10000
	QT_QPA_PLATFORM=offscreen $(PY) -m bench.window --participants 10000
	$(PY) -m bench.reminders --participants 10000
	$(PY) -m bench.export --participants 10000
	$(PY) -m bench.pdf --participants 10000
	$(PY) -m bench.sync --backend both --participants 10000 --bound 900

screenshots: $(STAMP) catalogs
	QT_QPA_PLATFORM=offscreen $(PY) -m ui.screenshots docs/screenshots

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
