"""Open a claimtrack report in the system's headless Chromium: the screenshot in docs/ and the
browser tests (tests/test_report_browser.py) use this one launcher.

    python scripts/report_screenshot.py            # regenerate docs/report-raqqa-convoy.png
    python scripts/report_screenshot.py --phone    # ... and docs/report-raqqa-convoy-phone.png

Chromium is Debian's package at /usr/bin/chromium (``apt-get install chromium``; .ci/run installs
it), driven with the ``playwright`` package's client. Nothing is downloaded: no
``playwright install``. The page is opened from a file:// URL with every other request refused.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path(os.environ.get("CLAIMTRACK_CHROMIUM", "/usr/bin/chromium"))
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


def unavailable() -> str | None:
    """Why no browser can be had here (None when one can)."""
    if not CHROMIUM.exists():
        return f"no Chromium at {CHROMIUM} (.ci/run installs Debian's chromium package)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is not installed (pip install -e '.[test]')"
    return None


def launch(playwright, user_data_dir: Path):
    """A fresh persistent Chromium context (its own --user-data-dir) on the system's binary."""
    return playwright.chromium.launch_persistent_context(
        str(user_data_dir),
        executable_path=str(CHROMIUM),
        headless=True,
        args=ARGS,
        viewport={"width": 1000, "height": 1300},
        service_workers="block",
    )


def sample_report(directory: Path) -> Path:
    """The bundled sample's HTML report of raqqa-convoy, written into ``directory``."""
    from typer.testing import CliRunner

    from claimtrack.cli import app

    db, out = directory / "sample.db", directory / "raqqa-convoy.html"
    for args in (["init", str(db)], ["--db", str(db), "report", "raqqa-convoy", "-o", str(out)]):
        result = CliRunner().invoke(app, args)
        if result.exit_code != 0:
            raise RuntimeError(result.output)
    return out


def main(argv: list[str]) -> int:
    why = unavailable()
    if why:
        print(f"error: {why}", file=sys.stderr)
        return 1
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        page_file = sample_report(Path(tmp))
        context = launch(p, Path(tmp) / "profile")
        context.route(
            "**/*",
            lambda route: (
                route.continue_() if route.request.url.startswith("file:") else route.abort()
            ),
        )
        page = context.new_page()
        page.goto(page_file.as_uri())
        target = ROOT / "docs" / "report-raqqa-convoy.png"
        page.screenshot(path=str(target))
        print(f"wrote {target.relative_to(ROOT)}", file=sys.stderr)
        if "--phone" in argv:
            page.set_viewport_size({"width": 390, "height": 844})
            phone = ROOT / "docs" / "report-raqqa-convoy-phone.png"
            page.screenshot(path=str(phone))
            print(f"wrote {phone.relative_to(ROOT)}", file=sys.stderr)
        context.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
