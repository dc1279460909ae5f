"""Takes a snapshot of what a running Zaveza shows, to compare two builds
(issue "Rooms for nine more features": nothing a user sees may change).

Crawls every page reachable by links from the home page and the workspace,
as an anonymous visitor and as each demo account, in Slovenian and English,
and reads every API operation of openapi.yaml that takes no body (GET), with
the parameters the answers themselves name. Each answer is written to
OUT/<who>/<language>/<path>, with its status and content type on the first
line and what changes from run to run (form tokens, request ids, cookies,
the date and time of the run) replaced by fixed tokens.

Both builds must run on copies of one database, so that ids and times agree:

    D=$(mktemp -d); ZAVEZA_DATA_DIR=$D/data OLD/zaveza serve --port 8097 & # until "Zaveza is running", then stop it
    cp -r $D/data $D/before; cp -r $D/data $D/after
    ZAVEZA_DATA_DIR=$D/before OLD/zaveza serve --port 8097 &
    python3 scripts/snapshot.py http://127.0.0.1:8097 $D/snap-before
    ZAVEZA_DATA_DIR=$D/after NEW/zaveza serve --port 8098 &
    python3 scripts/snapshot.py http://127.0.0.1:8098 $D/snap-after
    diff -r $D/snap-before $D/snap-after

A build that crashes on some page can be crawled past it with --skip REGEX
(paths with their query); the difference is then listed in the comparison.

Usage: python3 scripts/snapshot.py BASE OUT [--max-pages N] [--skip REGEX]"""
import hashlib
import http.cookiejar
import json
import os
import re
import sys
import urllib.error
import urllib.parse
import urllib.request
from html.parser import HTMLParser

BASE = sys.argv[1].rstrip("/")
OUT = sys.argv[2]
MAX_PAGES = int(sys.argv[sys.argv.index("--max-pages") + 1]) if "--max-pages" in sys.argv else 1500
EXTRA_SKIP = re.compile(sys.argv[sys.argv.index("--skip") + 1]) if "--skip" in sys.argv else None
PASSWORD = "Cukrarna-2022-demo"
ACCOUNTS = [
    None,
    "koordinator@zaveza.example",
    "admin.ljubljana@zaveza.example",
    "uradnik.kranj@zaveza.example",
    "delovna.skupina@zaveza.example",
    "prebivalka@zaveza.example",
]
# Links that change what they show or end the session.
SKIP = re.compile(r"^/(logout|language/|static/|metrics|openapi|api/)|/export|\.(css|js|png|svg|ico)$")


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.links.append(href)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def opener_for(jar, follow=True):
    handlers = [urllib.request.HTTPCookieProcessor(jar)]
    if not follow:
        handlers.append(NoRedirect())
    return urllib.request.build_opener(*handlers)


def fetch(opener, path, headers=None):
    request = urllib.request.Request(BASE + path, headers=headers or {})
    try:
        with opener.open(request, timeout=60) as response:
            return response.status, response.headers.get("Content-Type", ""), response.headers.get("Location", ""), response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.headers.get("Location", ""), error.read()


def sign_in(email, language):
    jar = http.cookiejar.CookieJar()
    opener = opener_for(jar)
    fetch(opener, f"/language/{language}?back=/")
    if email:
        fetch(opener, "/login")
        token = next(cookie.value for cookie in jar if cookie.name == "zaveza_csrf")
        form = urllib.parse.urlencode({"email": email, "password": PASSWORD, "_csrf": token}).encode()
        opener.open(urllib.request.Request(BASE + "/login", form), timeout=60).read()
    return jar


def normalize(text):
    text = re.sub(r'(name="_csrf"[^>]*value=")[^"]*', r"\1CSRF", text)
    text = re.sub(r'(value=")[^"]*("[^>]*name="_csrf")', r"\1CSRF\2", text)
    text = re.sub(r'(<meta name="csrf-token" content=")[^"]*', r"\1CSRF", text)
    text = re.sub(r"zv_[A-Za-z0-9_-]{43}", "zv_TOKEN", text)
    text = re.sub(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b(?=[^\n]*request)", "REQUEST-ID", text)
    # The time of the run: sign-ins, calculations, "calculated at".
    text = re.sub(r"\b\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:?\d\d)?", "TIMESTAMP", text)
    text = re.sub(r"\b\d{1,2}:\d\d\b", "HH:MM", text)
    # Sums of many doubles differ in their last digits with the order they
    # are added in (a dictionary's, new in each process): 9 significant digits.
    text = re.sub(r"-?\d+\.\d{4,}(e-?\d+)?", lambda m: f"{float(m.group(0)):.9g}", text)
    return text


def file_name(path):
    safe = re.sub(r"[^A-Za-z0-9._=-]+", "_", path.strip("/")) or "index"
    if len(safe) > 150:
        safe = safe[:120] + "-" + hashlib.sha1(path.encode()).hexdigest()[:12]
    return safe


def save(folder, path, status, kind, location, body):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, file_name(path)), "w", encoding="utf-8") as out:
        out.write(f"{status} {kind.split(';')[0]} {location}\n")
        text = body.decode("utf-8", errors="replace")
        if "json" in kind:  # the order of keys is not part of the answer
            try:
                text = json.dumps(json.loads(text), sort_keys=True, ensure_ascii=False)
            except ValueError:
                pass
        out.write(normalize(text))


def crawl(who, language):
    jar = sign_in(who, language)
    opener = opener_for(jar, follow=False)
    folder = os.path.join(OUT, who or "anonymous", language)
    queue, seen = ["/", "/cities", "/account"], set()
    while queue and len(seen) < MAX_PAGES:
        path = queue.pop(0)
        if path in seen:
            continue
        seen.add(path)
        status, kind, location, body = fetch(opener, path)
        save(folder, path, status, kind, location, body)
        if "text/html" not in kind:
            continue
        parser = Links()
        parser.feed(body.decode("utf-8", errors="replace"))
        for href in parser.links:
            link = urllib.parse.urljoin(BASE + path, href)
            if not link.startswith(BASE + "/"):
                continue
            local = link[len(BASE):].split("#")[0]
            # Filters one at a time: their combinations show nothing new.
            if "&" in local.split("#")[0] or (EXTRA_SKIP and EXTRA_SKIP.search(local)):
                continue
            if local and not SKIP.search(local.split("?")[0]) and local not in seen:
                queue.append(local)
    return len(seen)


def api_paths():
    """The GET operations of openapi.yaml, as path templates."""
    spec = open(os.path.join(os.path.dirname(__file__), "..", "Sources", "ZavezaAPI", "openapi.yaml"), encoding="utf-8").read()
    paths, current = [], None
    for line in spec.splitlines():
        match = re.match(r"^  (/\S*):$", line)
        if match:
            current = match.group(1)
        elif re.match(r"^    get:", line) and current:
            paths.append(current)
        elif re.match(r"^\S", line):
            current = None
    return paths


def read_api():
    opener = opener_for(http.cookiejar.CookieJar())
    folder = os.path.join(OUT, "api")
    values = {"slug": set(), "year": set(), "id": set(), "kind": {"covenant", "gpc", "progress"}}

    def get(path):
        status, kind, location, body = fetch(opener, "/api/v1" + path, {"Accept": "application/json"})
        save(folder, path, status, kind, location, body)
        return status, body

    status, body = get("/cities")
    for city in json.loads(body).get("items", []):
        values["slug"].add(city["slug"])
    templates = api_paths()
    count = 0
    for template in templates:
        names = re.findall(r"\{(\w+)\}", template)
        combos = [{}]
        for name in names:
            combos = [dict(c, **{name: v}) for c in combos for v in sorted(values.get(name, []))]
        for combo in combos:
            path = template
            for name, value in combo.items():
                path = path.replace("{" + name + "}", urllib.parse.quote(str(value)))
            status, body = get(path)
            count += 1
            if status == 200:
                harvest(json.loads(body), values)
    return count


def harvest(document, values):
    """Years and ids the answers name, for the operations that take them."""
    if isinstance(document, dict):
        for key, value in document.items():
            if key == "year" and isinstance(value, int):
                values["year"].add(value)
            elif key == "id" and isinstance(value, str):
                values["id"].add(value)
            else:
                harvest(value, values)
    elif isinstance(document, list):
        for item in document:
            harvest(item, values)


for account in ACCOUNTS:
    for language in ["sl", "en"]:
        print(f"{account or 'anonymous'} ({language}): {crawl(account, language)} pages", flush=True)
for _ in range(2):  # the second pass has the years and ids the first one found
    count = read_api()
print(f"API: {count} answers")
