# The two commands of the README. Everything they need is installed by scripts/bootstrap.
.PHONY: demo test lint

# Start Carnet on the embedded defaults (SQLite, files under ./instance, in-process
# worker) with the demo logbook, at http://127.0.0.1:5000
demo:
	@scripts/bootstrap run
	@.venv/bin/carnet init
	@.venv/bin/carnet demo
	@.venv/bin/carnet serve

# Run the whole test suite (SQLite and PostgreSQL, file and S3 storage, media, search,
# exports, browser), two processes at a time. Bytecode is written even where the
# environment says not to: the suite starts dozens of Python processes (the CLI, servers,
# workers), and each would otherwise compile the project again, half a second apiece.
test:
	@scripts/bootstrap test
	@.venv/bin/ruff check . ; lint=$$?; \
	PYTHONDONTWRITEBYTECODE= .venv/bin/python -m pytest -n 2 --dist loadgroup -q; tests=$$?; \
	if [ $$lint -ne 0 ]; then echo "ruff check found problems (see above)"; fi; \
	exit $$(( tests != 0 ? tests : lint ))

lint:
	@.venv/bin/ruff check . && .venv/bin/ruff format --check .
