"""Gives Ljubljana 100 actions for the HTTP benchmark: signs in as the demo
admin, creates an API token on the tokens page, and adds actions through the
API until there are 100. Usage: python3 seed.py http://127.0.0.1:8099"""
import http.cookiejar
import json
import re
import sys
import urllib.parse
import urllib.request

base = sys.argv[1].rstrip("/")
jar = http.cookiejar.CookieJar()
browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))


def csrf():
    return next(cookie.value for cookie in jar if cookie.name == "zaveza_csrf")


def post(path, form):
    data = urllib.parse.urlencode({**form, "_csrf": csrf()}).encode()
    return browser.open(base + path, data).read().decode()


browser.open(base + "/login").read()
post("/login", {"email": "admin.ljubljana@zaveza.example", "password": "Cukrarna-2022-demo"})
page = post("/cities/ljubljana/tokens", {"name": "Benchmark", "scope": "write"})
token = re.search(r"zv_[A-Za-z0-9_-]{43}", page).group(0)

existing = json.load(urllib.request.urlopen(base + "/api/v1/cities/ljubljana/actions?per_page=1"))["metadata"]["total"]
for number in range(existing, 100):
    body = {
        "code": f"P{number:03d}", "name": f"Pilotni ukrep {number}", "field": "buildings", "status": "in_progress",
        "progress": number % 100, "description": "Ukrep za merjenje hitrosti.",
        "effect": {"kind": "reduce_activity", "gpc": "I.2", "min": 0.0, "mode": 0.001, "max": 0.002, "start": 2025, "full": 2030},
    }
    request = urllib.request.Request(
        base + "/api/v1/cities/ljubljana/actions", json.dumps(body).encode(),
        {"Content-Type": "application/json", "Authorization": f"Bearer {token}"})
    urllib.request.urlopen(request).read()
print(json.load(urllib.request.urlopen(base + "/api/v1/cities/ljubljana/actions?per_page=1"))["metadata"]["total"], "actions in Ljubljana")
