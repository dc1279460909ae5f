"""Times a large inventory import (issue "Trust first", item 9) and checks that
it does not starve the rest of the site: signs in as Ljubljana's demo admin,
makes an API token and a draft inventory, then PUTs N rows of CSV while other
threads ask /healthz, a public page and a sign-in of another account every
0.2 s. Prints rows per second and the slowest answer of each kind.
Usage: python3 import.py http://127.0.0.1:8099 [ROWS]"""
import http.cookiejar
import json
import re
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

base = sys.argv[1].rstrip("/")
rows = int(sys.argv[2]) if len(sys.argv) > 2 else 200_000


def session():
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    opener.open(base + "/login").read()
    return jar, opener


def post(jar, opener, path, form):
    token = next(cookie.value for cookie in jar if cookie.name == "zaveza_csrf")
    return opener.open(base + path, urllib.parse.urlencode({**form, "_csrf": token}).encode()).read().decode()


jar, admin = session()
post(jar, admin, "/login", {"email": "admin.ljubljana@zaveza.example", "password": "Cukrarna-2022-demo"})
token = re.search(r"zv_[A-Za-z0-9_-]{43}", post(jar, admin, "/cities/ljubljana/tokens", {"name": "Import", "scope": "write"})).group(0)
auth = {"Authorization": f"Bearer {token}"}
year = 2024
request = urllib.request.Request(
    base + "/api/v1/cities/ljubljana/inventories", json.dumps({"year": year}).encode(), {**auth, "Content-Type": "application/json"})
try:
    urllib.request.urlopen(request).read()
except urllib.error.HTTPError:  # a second run replaces the rows of the first
    pass

lines = ["gpc,carrier,amount,unit,data_source,quality"]
for number in range(rows):
    lines.append(f"I.1.1,natural_gas,{100 + number % 900},MWh,Merilni podatki {number % 50},high")
body = ("\n".join(lines) + "\n").encode()

stop = threading.Event()
slowest = {"healthz": 0.0, "page": 0.0, "sign-in": 0.0}
slow = []  # (kind, started after the import began, seconds) of answers slower than 1 s
failures = {"healthz": 0, "page": 0, "sign-in": 0}


def watch(kind, call):
    while not stop.is_set():
        start = time.monotonic()
        try:
            call()
        except Exception:
            failures[kind] += 1
        took = time.monotonic() - start
        slowest[kind] = max(slowest[kind], took)
        if took > 1:
            slow.append((kind, start - began, took))
        time.sleep(0.2)


def sign_in():
    other_jar, other = session()
    page = post(other_jar, other, "/login", {"email": "uradnik.kranj@zaveza.example", "password": "Cukrarna-2022-demo"})
    assert "Odjava" in page or "Sign out" in page


threads = [
    threading.Thread(target=watch, args=("healthz", lambda: urllib.request.urlopen(base + "/healthz", timeout=30).read())),
    threading.Thread(target=watch, args=("page", lambda: urllib.request.urlopen(base + "/cities/kranj", timeout=30).read())),
    threading.Thread(target=watch, args=("sign-in", sign_in)),
]
began = time.monotonic()
for thread in threads:
    thread.start()
start = time.monotonic()
request = urllib.request.Request(
    base + f"/api/v1/cities/ljubljana/inventories/{year}/rows", body, {**auth, "Content-Type": "text/csv"}, method="PUT")
status = urllib.request.urlopen(request, timeout=600).status
elapsed = time.monotonic() - start
time.sleep(1)
stop.set()
for thread in threads:
    thread.join()
print(f"{rows} rows ({len(body) / 1e6:.1f} MB): HTTP {status} in {elapsed:.1f} s, {rows / elapsed:,.0f} rows/s")
for kind in slowest:
    print(f"  meanwhile {kind}: slowest {slowest[kind] * 1000:.0f} ms, {failures[kind]} failed")
for kind, at, took in slow:
    print(f"  {kind} asked at {at:.1f} s waited {took:.1f} s")
