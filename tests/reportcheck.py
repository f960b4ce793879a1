"""Reading a report page without a browser: its elements, attributes and text (the fast tests
and the browser test compare against the same facts)."""

from __future__ import annotations

from html.parser import HTMLParser

# Elements that load or run something: a report makes none of them, except its one JSON-LD
# script element (counted separately).
ACTIVE = ("script", "img", "iframe", "object", "embed", "frame", "link", "base", "form", "video")


class Page(HTMLParser):
    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: dict[str, int] = {}
        self.scripts: list[str] = []  # the type of each <script>
        self.handlers: list[str] = []  # on* attributes
        self.hrefs: list[str] = []
        self.bars: list[str] = []  # data-claim of each chart bar
        self.text_parts: list[str] = []
        self._skip = 0
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags[tag] = self.tags.get(tag, 0) + 1
        a = dict(attrs)
        if tag == "script":
            self.scripts.append(a.get("type") or "")
        self.handlers += [k for k, _ in attrs if k.lower().startswith("on")]
        for k in ("href", "src", "xlink:href", "action", "formaction"):
            if a.get(k) is not None:
                self.hrefs.append(a[k] or "")
        if tag == "rect" and "bar" in (a.get("class") or "").split():
            self.bars.append(a.get("data-claim") or "")
        if tag in ("style", "script"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script"):
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.text_parts.append(data)

    @property
    def text(self) -> str:
        """The text a reader can see, whitespace collapsed."""
        return " ".join(" ".join(self.text_parts).split())

    def lines(self) -> str:
        """The text, one non-empty line per line of markup (for snapshots)."""
        out = []
        for line in "".join(self.text_parts).splitlines():
            line = " ".join(line.split())
            if line:
                out.append(line)
        return "\n".join(out) + "\n"


def norm(text: str) -> str:
    return " ".join(text.split())
