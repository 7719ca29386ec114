#!/usr/bin/env python3
"""Helpers of the benchmark scripts: load plans through the REST API, list activity ids, count online
committees, check that acknowledged writes are stored, the crash drill's load client, statistics.

Standard library only (python3 is all a fresh machine needs). Talks to 127.0.0.1 only.
"""
import argparse
import base64
import http.client
import json
import math
import os
import statistics
import sys
import threading
import time
import urllib.parse
import zipfile

AREAS = ["PREVENTIVE", "PREVENTING", "GRANTS_AND_PREMISES", "COMPETENCE", "COLLABORATION",
         "RELATIVES_SUPPORT", "EXIT_SUPPORT"]
PERIODS = ["T1", "T2", "ANNUAL_REPORT"]
STATUSES = ["NOT_STARTED", "IN_PROGRESS", "DONE", "CANCELLED"]
COORDINATOR = "Basic " + base64.b64encode(b"samordnare:samordnare").decode()

# ~300 characters of plausible Swedish plan text (no digits: the platform refuses anything that looks
# like a personnummer in free text, and the benchmark must never trip that check by accident).
DESCRIPTION = ("Förvaltningen genomför dialogmöten med föreningar, skolor och fritidsgårdar om hur "
               "våldsbejakande extremism kan upptäckas i ett tidigt skede. Arbetet sker i samverkan med "
               "polisen och bostadsbolagen, och erfarenheterna återförs till den lokala lägesbilden så att "
               "insatserna kan riktas dit där behoven är störst under året.")


class Api:
    """One keep-alive HTTP connection to the platform (http.client, reconnects when needed)."""

    def __init__(self, base, timeout=30):
        url = urllib.parse.urlsplit(base)
        if url.hostname not in ("127.0.0.1", "localhost", "::1"):
            raise SystemExit("refusing to talk to anything but loopback: " + base)
        self.host, self.port, self.prefix = url.hostname, url.port, url.path.rstrip("/")
        self.timeout = timeout
        self.conn = None

    def request(self, method, path, body=None, auth=True, headers=None):
        raw = isinstance(body, (bytes, bytearray))  # sent as it is, its Content-Type in headers
        data = body if raw or body is None else json.dumps(body, ensure_ascii=False).encode("utf-8")
        hdrs = {"Accept": "application/json"}
        if data is not None and not raw:
            hdrs["Content-Type"] = "application/json"
        if auth:
            hdrs["Authorization"] = COORDINATOR
        hdrs.update(headers or {})
        for attempt in (1, 2):
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
            try:
                self.conn.request(method, self.prefix + path, body=data, headers=hdrs)
                resp = self.conn.getresponse()
                payload = resp.read()
                self.headers = resp.headers
                if resp.getheader("Connection", "").lower() == "close":
                    self.close()
                return resp.status, payload
            except (ConnectionError, http.client.HTTPException, OSError):
                self.close()
                if attempt == 2:
                    raise

    def close(self):
        if self.conn is not None:
            try:
                self.conn.close()
            except OSError:
                pass
            self.conn = None

    retries = 0  # 503s ("the database is busy") retried by json(), over all connections

    def json(self, method, path, body=None, expect=(200,), auth=True):
        # The platform answers 503 when Derby reports a lock timeout or deadlock between concurrent
        # writers; loading data retries those (counted, and reported by the load command).
        for attempt in range(20):
            status, payload = self.request(method, path, body, auth)
            if status != 503:
                break
            Api.retries += 1
            time.sleep(0.05 * (attempt + 1))
        if status not in expect:
            raise RuntimeError("%s %s -> %s: %s" % (method, path, status, payload[:400].decode("utf-8", "replace")))
        return json.loads(payload) if payload else None


def plan_document(year, activities):
    acts = []
    for i in range(activities):
        acts.append({
            "title": "Aktivitet %d" % (i + 1),
            "description": DESCRIPTION,
            "area": AREAS[i % len(AREAS)],
            "responsible": ["Samordnare", "Enhetschef fritid"],
            "partners": ["Polisen", "Bostadsbolagen"],
            "schedule": {"start": "%d-01" % year, "end": "%d-12" % year},
            "frequency": "2 ggr/år",
            "followUpIn": PERIODS,
        })
    return {
        "coordinatorRole": "Samordnare mot våldsbejakande extremism",
        "nextRevision": "Tertialrapport ett",
        "situationPicture": {
            "sections": [{"title": "Kartläggning", "text": DESCRIPTION},
                         {"title": "Analys", "text": DESCRIPTION}],
            "incidents": [{"environment": "WHITE_POWER", "source": "POLICE", "count": 3},
                          {"environment": "ISLAMIST", "source": "OWN_UNITS", "count": 2}]},
        "activities": acts,
    }


# Adopting and approving are decisions: they need the meeting, the diarienummer and the paragraph.
DECISION = {"meetingDate": "2019-03-14", "diaryNumber": "1.2.3-456/2019", "paragraph": "§ 12"}


def load_one(api, committee, year, activities, periods):
    base = "/committees/%s/plans/%d" % (committee, year)
    api.json("PUT", base, plan_document(year, activities), expect=(201,))
    api.json("POST", base + "/status", dict(DECISION, to="ADOPTED"))
    plan = api.json("POST", base + "/status", dict(DECISION, to="APPROVED"))
    for n, activity in enumerate(plan["activities"]):
        for period in periods:
            api.json("PUT", "%s/activities/%d/follow-ups/%s" % (base, activity["id"], period),
                     {"status": STATUSES[n % len(STATUSES)], "comment": "Uppföljning av %s" % period})


def parallel(items, threads, work):
    """Runs work(api_slot_index, item) on a few threads; the first error fails the whole run."""
    items = list(items)
    errors = []
    lock = threading.Lock()

    def run(slot):
        while True:
            with lock:
                if not items or errors:
                    return
                item = items.pop(0)
            try:
                work(slot, item)
            except Exception as e:  # noqa: BLE001 - reported, then the run fails
                with lock:
                    errors.append("%s: %s" % (item, e))

    ts = [threading.Thread(target=run, args=(i,)) for i in range(threads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    if errors:
        raise SystemExit("load failed: " + errors[0])


def cmd_load(a):
    """Creates, adopts and approves a plan per committee and records follow-ups. One connection by default:
    concurrent follow-up writes on different plans deadlock in Derby (each write's plan read scans the
    whole follow_up table), and every deadlock costs Derby's 20 s detection timeout."""
    apis = [Api(a.api) for _ in range(a.threads)]
    periods = [p for p in a.periods.split(",") if p]
    start = time.time()
    parallel(a.ids, a.threads, lambda slot, c: load_one(apis[slot], c, a.year, a.activities, periods))
    print("loaded %d plans x %d activities (follow-ups %s) for %d in %.1f s (%d retries after 503)"
          % (len(a.ids), a.activities, ",".join(periods) or "none", a.year, time.time() - start, Api.retries),
          file=sys.stderr)


def cmd_keys(a):
    """Prints 'committee activityId' for every activity of the committees' plans of the year."""
    api = Api(a.api)
    for c in a.ids:
        plan = api.json("GET", "/committees/%s/plans/%d" % (c, a.year), auth=True)
        for activity in plan["activities"]:
            print(c, activity["id"])


def next_link(headers):
    """The URL of a Link header's rel="next", or None."""
    for link in headers.get_all("Link") or []:
        for part in link.split(","):
            url, _, params = part.strip().partition(";")
            if 'rel="next"' in params.replace(" ", ""):
                return url.strip().strip("<>")
    return None


def cmd_audit_walk(a):
    """Follows the audit trail's Link rel="next" from the first page of LIMIT entries, as the coordinator,
    for PAGES pages (or to the end if PAGES is 0); prints 'url-of-the-page-reached entries-passed'. The
    entries passed are checked to be newest first, without repeats."""
    api = Api(a.api, timeout=60)
    path, pages, passed, last_id, seen = "/audit?limit=%d" % a.limit, 0, 0, None, set()
    url = a.api.rstrip("/") + path
    while True:
        status, payload = api.request("GET", path)
        if status != 200:
            raise SystemExit("GET %s -> %s: %s" % (path, status, payload[:300]))
        for entry in json.loads(payload)["entries"]:
            if entry["id"] in seen or (last_id is not None and entry["id"] > last_id):
                raise SystemExit("audit page %d is not newest first without repeats (id %s)" % (pages, entry["id"]))
            seen.add(entry["id"])
            last_id = entry["id"]
            passed += 1
        pages += 1
        nxt = next_link(api.headers)
        if nxt is None or (a.pages and pages == a.pages):
            break
        url = nxt
        split = urllib.parse.urlsplit(nxt)
        path = split.path[len(api.prefix):] + ("?" + split.query if split.query else "")
    if a.pages and pages < a.pages:
        raise SystemExit("the audit trail has only %d pages of %d" % (pages, a.limit))
    print(url if a.pages else "-", passed)


def cmd_online(a):
    """Prints 'online total' over the committees whose id starts with the prefix."""
    api = Api(a.api, timeout=5)
    status, payload = api.request("GET", "/committees", auth=False)
    if status != 200:
        print("0 0")
        return
    cs = [c for c in json.loads(payload) if c["id"].startswith(a.prefix)]
    print(sum(1 for c in cs if c.get("online")), len(cs))


def cmd_listing(a):
    """Prints 'id online bundleVersion lastSeen' for each committee whose id starts with the prefix, sorted:
    lastSeen is when its bundle last came online, so a bundle stopped and started again (a refresh) shows."""
    api = Api(a.api, timeout=30)
    status, payload = api.request("GET", "/committees", auth=False)
    if status != 200:
        raise SystemExit("GET /committees -> %s" % status)
    for c in sorted(json.loads(payload), key=lambda c: c["id"]):
        if c["id"].startswith(a.prefix):
            print(c["id"], str(c.get("online")).lower(), c.get("bundleVersion"), c.get("lastSeen"))


def stored_followups(api, year, committees):
    """{(committee, activityId, period): comment} as the platform stores them now."""
    stored = {}
    for c in sorted(committees):
        plan = api.json("GET", "/committees/%s/plans/%d" % (c, year))
        for activity in plan["activities"]:
            for f in activity.get("followUps") or []:
                stored[(c, int(activity["id"]), f["period"])] = f.get("comment") or ""
    return stored


def seq_of(comment, prefix):
    """'w3-17' with prefix 'w3-' -> 17; anything else -> None."""
    if comment and comment.startswith(prefix):
        try:
            return int(comment[len(prefix):])
        except ValueError:
            return None
    return None


def cmd_verify(a):
    """Checks a write log: lines 'writer committee activity period lastAckedSeq lastSentSeq'.

    Every key is written by one writer only, one request at a time, with increasing sequence numbers in the
    comment ('<writer>-<seq>'). So the stored comment must carry a sequence number at least the last
    acknowledged one (nothing acknowledged was lost or overwritten by an older write) and at most the last
    one sent (a request that was in flight when the client stopped may or may not have been applied).
    """
    rows = []
    with open(a.log) as f:
        for line in f:
            parts = line.split()
            if len(parts) == 6:
                rows.append((parts[0], parts[1], int(parts[2]), parts[3], int(parts[4]), int(parts[5])))
    api = Api(a.api, timeout=120)  # a write still stuck in a Derby lock wait can hold up the reads a while
    stored = stored_followups(api, a.year, {r[1] for r in rows})
    lost, newer_than_sent, checked, in_flight_applied = [], [], 0, 0
    for writer, c, activity, period, acked, sent in rows:
        if acked <= 0 and sent <= 0:
            continue
        got = seq_of(stored.get((c, activity, period)), writer + "-")
        checked += 1
        if acked > 0 and (got is None or got < acked):
            lost.append("%s/%d/%s: acknowledged %s-%d, stored %s" % (c, activity, period, writer, acked,
                                                                    stored.get((c, activity, period))))
        elif got is not None and got > sent:
            newer_than_sent.append("%s/%d/%s: stored %d > sent %d" % (c, activity, period, got, sent))
        elif got is not None and got > acked:
            in_flight_applied += 1
    acked_total = sum(r[4] > 0 for r in rows)
    print(json.dumps({"keys": checked, "keys_with_ack": acked_total, "lost": len(lost),
                      "impossible": len(newer_than_sent), "in_flight_applied": in_flight_applied}))
    for line in (lost + newer_than_sent)[:20]:
        print("  " + line, file=sys.stderr)
    if lost or newer_than_sent:
        sys.exit(2)


def editor_auth(committee):
    """HTTP Basic of the committee's editor, 'editor-<committee>' with the password 'editor' (the cluster
    drill adds these users to each node's etc/users.properties)."""
    return "Basic " + base64.b64encode(("editor-%s:editor" % committee).encode()).decode()


READER = "Basic " + base64.b64encode(b"lasare:lasare").decode()


def stored_comment(view, committee, activity, period):
    """The comment of one follow-up in a consolidated view (GET /plans/{year}), or None."""
    for plan in view.get("plans") or []:
        if plan.get("committeeId") != committee:
            continue
        for act in (plan.get("plan") or {}).get("activities") or []:
            if int(act.get("id", -1)) == activity:
                for f in act.get("followUps") or []:
                    if f.get("period") == period:
                        return f.get("comment")
    return None


class NodeReader:
    """After a write, the consolidated view read from one node directly, as the reader, with If-None-Match
    of the last ETag this node gave: a 304 then, or a body without the comment just acknowledged, is a
    stale read (the write changed the view, so neither the old tag nor the old body may be served)."""

    def __init__(self, base, year):
        self.api, self.year, self.etag = Api(base, timeout=30), year, None
        self.port = self.api.port

    def check(self, committee, activity, period, comment):
        """'fresh', 'stale_body', 'stale_304' or 'unreachable'."""
        headers = {"Authorization": READER}
        if self.etag:
            headers["If-None-Match"] = self.etag
        try:
            status, payload = self.api.request("GET", "/plans/%d" % self.year, headers=headers)
        except Exception:  # noqa: BLE001 - the node is down (killed): not a read it served
            self.api.close()
            return "unreachable"
        if status == 304:
            return "stale_304"
        if status != 200:
            return "unreachable"
        self.etag = self.api.headers.get("ETag")
        return "fresh" if stored_comment(json.loads(payload), committee, activity, period) == comment else "stale_body"


def cmd_writer(a):
    """The drills' load: N threads, each owning a disjoint set of follow-up keys and writing them
    round-robin with increasing comments '<writer>-<seq>' over one keep-alive connection, one request at
    a time. Every 2xx is the acknowledgement that counts; connection errors (the JVM was killed) are
    counted and retried after a short pause until the stop file appears. At the end the log (see verify)
    is written with the last acknowledged and the last sent sequence number per key.

    --as-editor writes as each committee's editor instead of the coordinator. --check-nodes URL,URL reads
    the consolidated view on each node directly after every acknowledged write (NodeReader) and counts
    stale reads, split by whether the node is the one that took the write (nginx's X-Upstream header) or
    the other one. --readers N adds N threads reading the consolidated view through --api. The output has
    the longest time without an acknowledged write (max_gap_s) and without a good read (read_max_gap_s)."""
    keys = []
    with open(a.keys) as f:
        for line in f:
            c, activity = line.split()
            for period in PERIODS:
                keys.append((c, int(activity), period))
    threads = a.threads
    owned = [keys[i::threads] for i in range(threads)]
    state = [dict() for _ in range(threads)]  # key -> [acked, sent]
    counts = {"ok": 0, "non2xx": 0, "errors": 0}
    if a.check_nodes:
        counts.update(reads_checked=0, stale_other_node=0, stale_same_node=0, stale_304=0, stale_body=0,
                      node_unreachable=0)
    if a.readers:
        counts.update(reads_ok=0, reads_failed=0)
    acks, good_reads = [], []  # wall-clock times (the drill relates them to its kill and restart)
    refused, samples = {}, {}  # non-2xx status -> count, and the first such body
    lock = threading.Lock()
    deadline = time.time() + a.max_seconds
    nodes = [u for u in (a.check_nodes or "").split(",") if u]

    def run(t):
        # A long timeout: a request given up on while still pending in the server could land after a newer
        # write of the same key and look like a lost write. A killed server resets the connection at once.
        api = Api(a.api, timeout=120)
        readers = [NodeReader(u, a.year) for u in nodes]
        writer = "%s%d" % (a.tag, t)
        mine, st, seq, i = owned[t], state[t], 0, 0
        while mine and not os.path.exists(a.stop) and time.time() < deadline:
            c, activity, period = mine[i % len(mine)]
            i += 1
            seq += 1
            entry = st.setdefault((c, activity, period), [0, 0])
            entry[1] = seq
            comment = "%s-%d" % (writer, seq)
            body = {"status": STATUSES[seq % 4], "comment": comment}
            path = "/committees/%s/plans/%d/activities/%d/follow-ups/%s" % (c, a.year, activity, period)
            headers = {"Authorization": editor_auth(c)} if a.as_editor else None
            try:
                status, answer = api.request("PUT", path, body, headers=headers)
            except Exception:  # noqa: BLE001 - the platform is down: count, wait, retry
                with lock:
                    counts["errors"] += 1
                api.close()
                time.sleep(0.05)
                continue
            upstream = api.headers.get("X-Upstream") or ""
            with lock:
                if 200 <= status < 300:
                    entry[0] = seq
                    counts["ok"] += 1
                    acks.append(time.time())
                else:
                    counts["non2xx"] += 1
                    refused[str(status)] = refused.get(str(status), 0) + 1
                    samples.setdefault(str(status), "%s: %s" % (upstream, answer[:200].decode("utf-8", "replace")))
            if status >= 500:
                time.sleep(0.05)
            if not 200 <= status < 300:
                continue
            for r in readers:
                outcome = r.check(c, activity, period, comment)
                with lock:
                    if outcome == "unreachable":
                        counts["node_unreachable"] += 1
                        continue
                    counts["reads_checked"] += 1
                    if outcome != "fresh":
                        counts[outcome] += 1
                        same = upstream.endswith(":%d" % r.port)
                        counts["stale_same_node" if same else "stale_other_node"] += 1
        api.close()

    def read(t):
        api = Api(a.api, timeout=30)
        while not os.path.exists(a.stop) and time.time() < deadline:
            try:
                status, _ = api.request("GET", "/plans/%d" % a.year, headers={"Authorization": READER})
            except Exception:  # noqa: BLE001 - nginx had no node to give it to
                status = 0
                api.close()
            with lock:
                if status == 200:
                    counts["reads_ok"] += 1
                    good_reads.append(time.time())
                else:
                    counts["reads_failed"] += 1
            if status != 200:
                time.sleep(0.05)
        api.close()

    def progress():
        # The acknowledged count so far, for the drill to kill only once writes are being acknowledged.
        while not done.is_set():
            with lock:
                line = "%d\n" % counts["ok"]
            with open(a.progress + ".part", "w") as f:
                f.write(line)
            os.replace(a.progress + ".part", a.progress)
            done.wait(0.05)

    def longest_gap(times, start, end):
        """(seconds, start of the gap) of the longest stretch without an event."""
        points = [start] + sorted(times) + [end]
        return max((b - a, a) for a, b in zip(points, points[1:]))

    done = threading.Event()
    ts = [threading.Thread(target=run, args=(t,)) for t in range(threads)]
    ts += [threading.Thread(target=read, args=(t,)) for t in range(a.readers)]
    if a.progress:
        ts.append(threading.Thread(target=progress))
    began = time.time()
    for t in ts:
        t.start()
    for t in ts[:threads + a.readers]:
        t.join()
    ended = time.time()
    done.set()
    for t in ts[threads + a.readers:]:
        t.join()
    with open(a.log, "w") as f:
        for t in range(threads):
            for (c, activity, period), (acked, sent) in sorted(state[t].items()):
                f.write("%s%d %s %d %s %d %d\n" % (a.tag, t, c, activity, period, acked, sent))
    # From the first acknowledgement on: the warm-up before it (first logins, JIT) is no failover gap.
    if acks:
        gap, since = longest_gap(acks, min(acks), ended)
        counts.update(max_gap_s=round(gap, 3), max_gap_from=round(since, 3))
    if good_reads:
        gap, since = longest_gap(good_reads, min(good_reads), ended)
        counts.update(read_max_gap_s=round(gap, 3), read_max_gap_from=round(since, 3))
    counts.update(non2xx_by_status=refused, non2xx_samples=samples)
    if a.acks:
        with open(a.acks, "w") as f:
            f.writelines("%.3f\n" % t for t in sorted(acks))
    counts["seconds"] = round(ended - began, 1)
    print(json.dumps(counts))


def wait_committee(api, committee, version, timeout, interval=0.02):
    """Polls GET /committees/{id} every interval until it is 200 with "online":true (and, if given, the
    bundle version); returns the time it took, or raises on timeout."""
    start = time.monotonic()
    while True:
        try:
            status, payload = api.request("GET", "/committees/" + committee, auth=False)
        except OSError:
            status, payload = 0, b""
        if status == 200:
            info = json.loads(payload)
            if info.get("online") and (version is None or info.get("bundleVersion") == version):
                return time.monotonic() - start
        if time.monotonic() - start > timeout:
            raise SystemExit("%s not online%s within %s s" % (committee, "" if version is None else " in " + version,
                                                              timeout))
        time.sleep(interval)


def cmd_deploy(a):
    """Moves each staged jar (path:committeeId) into the deploy directory (a rename: fileinstall never
    sees half a file) and measures until its committee answers online; one after the other. Prints the
    seconds, one a line."""
    api = Api(a.api, timeout=5)
    for item in a.jars:
        jar, committee = item.rsplit(":", 1)
        target = os.path.join(a.deploy, os.path.basename(jar))
        start = time.monotonic()
        os.replace(jar, target)
        wait_committee(api, committee, a.version, a.timeout, a.interval)
        print("%.4f" % (time.monotonic() - start), flush=True)


def cmd_wait(a):
    """Waits until the committee is online (in the bundle version, if given); prints the seconds."""
    print("%.4f" % wait_committee(Api(a.api, timeout=5), a.id, a.version, a.timeout))


API_IMPORTS = ('org.osgi.framework;version="[1.8,2)",se.stockholm.vbe.api.committee;version="[1.0,2)",'
               'se.stockholm.vbe.api.plan;version="[1.0,2)",se.stockholm.vbe.spi;version="[2.0,3)"')
# An uploaded bundle may import the API alone (no org.osgi.framework): UploadedCommittee, told what it is
# by its component properties.
UPLOAD_IMPORTS = ('se.stockholm.vbe.api.committee;version="[1.0,2)",se.stockholm.vbe.api.plan;version="[1.0,2)",'
                  'se.stockholm.vbe.spi;version="[2.0,3)"')
UPLOADED_XML = """<?xml version="1.0" encoding="UTF-8"?>
<scr:component xmlns:scr="http://www.osgi.org/xmlns/scr/v1.3.0" name="%s" activate="activate">
  <implementation class="se.stockholm.vbe.itests.committee.UploadedCommittee"/>
  <service><provide interface="se.stockholm.vbe.spi.Committee"/></service>
  <property name="committeeId" value="%s"/>
  <property name="name" value="%s"/>
  <property name="templates" value="mall-a,mall-b"/>
</scr:component>
"""
COMMITTEE_XML = """<?xml version="1.0" encoding="UTF-8"?>
<scr:component xmlns:scr="http://www.osgi.org/xmlns/scr/v1.3.0" name="%s" activate="activate">
  <implementation class="se.stockholm.vbe.itests.committee.TestCommittee"/>
  <service><provide interface="se.stockholm.vbe.spi.Committee"/></service>
</scr:component>
"""
PING_XML = """<?xml version="1.0" encoding="UTF-8"?>
<scr:component xmlns:scr="http://www.osgi.org/xmlns/scr/v1.3.0" name="se.stockholm.vbe.bench.ping">
  <implementation class="se.stockholm.vbe.bench.PingServlet"/>
  <service><provide interface="javax.servlet.Servlet"/></service>
  <property name="osgi.http.whiteboard.servlet.pattern" type="String" value="/bench/ping"/>
</scr:component>
"""


def manifest(headers):
    """A jar manifest: CRLF lines of at most 72 bytes, continued with a space (never inside a UTF-8
    character), as java.util.jar and the framework expect."""
    out = bytearray()
    for name, value in [("Manifest-Version", "1.0")] + headers:
        line = ("%s: %s" % (name, value)).encode("utf-8")
        first = True
        while line:
            room = 72 if first else 71
            cut = min(room, len(line))
            while cut < len(line) and (line[cut] & 0xC0) == 0x80:  # do not split a character
                cut -= 1
            out += (b"" if first else b" ") + line[:cut] + b"\r\n"
            line, first = line[cut:], False
    return bytes(out + b"\r\n")


# What every test committee class extends and uses (TestBundles packs them into every bundle with classes).
SHARED_CLASSES = ("CatalogueCommittee.class", "TestCatalogue.class")


def write_bundle(out, headers, component_xml, class_file, package, shared=SHARED_CLASSES):
    """The jar the jar tool would make: manifest first, the DS component XML, the class and what it shares
    (classes beside it in its folder)."""
    tmp = out + ".part"
    folder = os.path.dirname(class_file)
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("META-INF/MANIFEST.MF", manifest(headers))
        z.writestr("OSGI-INF/component.xml", component_xml)
        for name in (os.path.basename(class_file),) + shared:
            with open(os.path.join(folder, name), "rb") as f:
                z.writestr(package.replace(".", "/") + "/" + name, f.read())
    os.replace(tmp, out)


def cmd_committee_jars(a):
    """One committee bundle per id (a generated copy of the itests' committee bundles), as OUT/<id>.jar."""
    for committee in a.ids:
        bsn = "se.stockholm.vbe.bench." + committee.replace("-", ".")
        headers = [("Bundle-ManifestVersion", "2"), ("Bundle-SymbolicName", bsn), ("Bundle-Version", a.version),
                   ("Import-Package", API_IMPORTS), ("Service-Component", "OSGI-INF/component.xml"),
                   ("VBE-Committee", committee), ("VBE-Test-Name", "Bänknämnd " + committee),
                   ("VBE-Test-Templates", "mall-a,mall-b")]
        write_bundle(os.path.join(a.out, committee + ".jar"), headers, COMMITTEE_XML % bsn,
                     os.path.join(a.classes, "se/stockholm/vbe/itests/committee/TestCommittee.class"),
                     "se.stockholm.vbe.itests.committee")


def uploadable_jar(classes, bsn, version, committee, name):
    """The bytes of a committee bundle that may be uploaded over REST (TestBundles.uploadable())."""
    headers = [("Bundle-ManifestVersion", "2"), ("Bundle-SymbolicName", bsn), ("Bundle-Version", version),
               ("Import-Package", UPLOAD_IMPORTS), ("Service-Component", "OSGI-INF/component.xml"),
               ("VBE-Committee", committee)]
    out = os.path.join(classes, "..", "upload-%s-%s.jar" % (committee, version))
    write_bundle(out, headers, UPLOADED_XML % (bsn, committee, name),
                 os.path.join(classes, "se/stockholm/vbe/itests/committee/UploadedCommittee.class"),
                 "se.stockholm.vbe.itests.committee")
    with open(out, "rb") as f:
        data = f.read()
    os.remove(out)
    return data


def cmd_upload(a):
    """Uploads one version after the other of the committee's bundle (PUT /admin/committees/{id}/bundle as
    --user, jars built beforehand) and prints, one line per version, the seconds until the PUT was answered
    200 with its online check passed, and until GET /committees/{id} says online in that version (both from
    the start of the PUT)."""
    user, password = a.user.split(":", 1)
    auth = {"Authorization": "Basic " + base64.b64encode(("%s:%s" % (user, password)).encode()).decode(),
            "Content-Type": "application/java-archive"}
    upload, reader = Api(a.api, timeout=a.timeout), Api(a.api, timeout=5)
    jars = [(v, uploadable_jar(a.classes, a.bsn, v, a.id, a.name)) for v in a.versions]
    for version, jar in jars:
        start = time.monotonic()
        status, payload = upload.request("PUT", "/admin/committees/%s/bundle" % a.id, jar, auth=False,
                                         headers=auth)
        answered = time.monotonic() - start
        report = json.loads(payload) if payload else {}
        online = [c for c in report.get("checks", []) if c["name"] == "online" and c["passed"]]
        if status != 200 or not online:
            raise SystemExit("upload of %s %s -> %s: %s" % (a.id, version, status, payload[:400]))
        listed = wait_committee(reader, a.id, version, a.timeout, interval=0.005)
        print("%.4f %.4f" % (answered, answered + listed), flush=True)


def cmd_ping_jar(a):
    """The trivial servlet's bundle (the stack's ceiling)."""
    headers = [("Bundle-ManifestVersion", "2"), ("Bundle-SymbolicName", "se.stockholm.vbe.bench.ping"),
               ("Bundle-Version", "1.0.0"),
               ("Import-Package", 'javax.servlet;version="[3.1,5)",javax.servlet.http;version="[3.1,5)"'),
               ("Service-Component", "OSGI-INF/component.xml")]
    write_bundle(a.out, headers, PING_XML, os.path.join(a.classes, "se/stockholm/vbe/bench/PingServlet.class"),
                 "se.stockholm.vbe.bench", shared=())


def cmd_agg(a):
    """Several wrk reports (JSON files) of the same configuration as one: the median of each figure over
    the rounds, and the sum of the counts (requests, errors)."""
    runs = [json.load(open(f)) for f in a.files]
    out = {"rounds": len(runs)}
    for key in runs[0]:
        values = [r[key] for r in runs]
        summed = key == "requests" or key.startswith("err") or key in ("ok", "non2xx", "missing", "unechoed")
        out[key] = sum(values) if summed else statistics.median(values)
    out["rps_all"] = [round(r["rps"], 1) for r in runs]
    print(json.dumps(out))


def cmd_phases(a):
    """Where a cold start's time went, from karaf.log's timestamps (local time, like the log) relative to
    the moment bin/start was called: the first log line (JVM and OSGi framework up), the boot features
    resolved ("Done." of the features service), and the last line written before the end."""
    import datetime
    out = {}
    with open(a.log, encoding="utf-8", errors="replace") as f:
        for line in f:
            stamp = line[:23]
            try:
                t = datetime.datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S,%f").timestamp() - a.t0
            except ValueError:
                continue
            out.setdefault("first_log_s", round(t, 2))
            if "FeaturesServiceImpl" in line and line.rstrip().endswith("| Done."):
                out.setdefault("features_done_s", round(t, 2))
            out["last_log_s"] = round(t, 2)
    print(json.dumps(out))


def cmd_gap(a):
    """The longest time between two events of the file (epoch seconds, one a line) of those stretches that
    overlap [--from, --to]: '{"gap_s": .., "began": ..}'."""
    times = sorted(float(x) for x in open(a.file).read().split())
    best = (0.0, a.start)
    for x, y in zip(times, times[1:] + [a.end]):
        if y >= a.start and x <= a.end:
            best = max(best, (y - x, x))
    print(json.dumps({"gap_s": round(best[0], 3), "began": round(best[1], 3)}))


def cmd_stats(a):
    """median/p90/max/min of the numbers on stdin (one a line)."""
    xs = sorted(float(x) for x in sys.stdin.read().split())
    if not xs:
        raise SystemExit("no numbers")
    p90 = xs[min(len(xs) - 1, math.ceil(0.9 * len(xs)) - 1)]  # nearest rank
    print(json.dumps({"n": len(xs), "median": statistics.median(xs), "p90": p90, "min": xs[0], "max": xs[-1]}))


def main():
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("load")
    s.add_argument("--api", required=True)
    s.add_argument("--year", type=int, required=True)
    s.add_argument("--activities", type=int, default=40)
    s.add_argument("--periods", default="T1,T2")
    s.add_argument("--threads", type=int, default=1)
    s.add_argument("ids", nargs="+")
    s.set_defaults(f=cmd_load)
    s = sub.add_parser("keys")
    s.add_argument("--api", required=True)
    s.add_argument("--year", type=int, required=True)
    s.add_argument("ids", nargs="+")
    s.set_defaults(f=cmd_keys)
    s = sub.add_parser("online")
    s.add_argument("--api", required=True)
    s.add_argument("--prefix", default="")
    s.set_defaults(f=cmd_online)
    s = sub.add_parser("listing")
    s.add_argument("--api", required=True)
    s.add_argument("--prefix", default="")
    s.set_defaults(f=cmd_listing)
    s = sub.add_parser("verify")
    s.add_argument("--api", required=True)
    s.add_argument("--year", type=int, required=True)
    s.add_argument("--log", required=True)
    s.set_defaults(f=cmd_verify)
    s = sub.add_parser("audit-walk")
    s.add_argument("--api", required=True)
    s.add_argument("--limit", type=int, default=100)
    s.add_argument("--pages", type=int, default=0)
    s.set_defaults(f=cmd_audit_walk)
    s = sub.add_parser("writer")
    s.add_argument("--api", required=True)
    s.add_argument("--year", type=int, required=True)
    s.add_argument("--keys", required=True)
    s.add_argument("--threads", type=int, default=16)
    s.add_argument("--stop", required=True)
    s.add_argument("--log", required=True)
    s.add_argument("--max-seconds", type=float, default=120)
    s.add_argument("--progress", default=None)
    # Comments are '<tag><thread>-<seq>': a drill that runs the writer again on the same keys gives each
    # run its own tag, or a comment left by an earlier run would pass for one of this run's.
    s.add_argument("--tag", default="k")
    s.add_argument("--as-editor", action="store_true")
    s.add_argument("--check-nodes", default=None)
    s.add_argument("--readers", type=int, default=0)
    s.add_argument("--acks", default=None, help="a file for the times of the acknowledgements")
    s.set_defaults(f=cmd_writer)
    s = sub.add_parser("deploy")
    s.add_argument("--api", required=True)
    s.add_argument("--deploy", required=True)
    s.add_argument("--version", default=None)
    s.add_argument("--timeout", type=float, default=60)
    s.add_argument("--interval", type=float, default=0.02, help="seconds between two polls")
    s.add_argument("jars", nargs="+")
    s.set_defaults(f=cmd_deploy)
    s = sub.add_parser("wait")
    s.add_argument("--api", required=True)
    s.add_argument("--id", required=True)
    s.add_argument("--version", default=None)
    s.add_argument("--timeout", type=float, default=60)
    s.set_defaults(f=cmd_wait)
    s = sub.add_parser("committee-jars")
    s.add_argument("--classes", required=True)
    s.add_argument("--out", required=True)
    s.add_argument("--version", default="1.0.0")
    s.add_argument("ids", nargs="+")
    s.set_defaults(f=cmd_committee_jars)
    s = sub.add_parser("upload")
    s.add_argument("--api", required=True)
    s.add_argument("--classes", required=True)
    s.add_argument("--id", required=True)
    s.add_argument("--bsn", required=True)
    s.add_argument("--name", required=True)
    s.add_argument("--user", required=True, help="user:password")
    s.add_argument("--timeout", type=float, default=60)
    s.add_argument("versions", nargs="+")
    s.set_defaults(f=cmd_upload)
    s = sub.add_parser("ping-jar")
    s.add_argument("--classes", required=True)
    s.add_argument("--out", required=True)
    s.set_defaults(f=cmd_ping_jar)
    s = sub.add_parser("agg")
    s.add_argument("files", nargs="+")
    s.set_defaults(f=cmd_agg)
    s = sub.add_parser("phases")
    s.add_argument("--log", required=True)
    s.add_argument("--t0", type=float, required=True)
    s.set_defaults(f=cmd_phases)
    s = sub.add_parser("gap")
    s.add_argument("--file", required=True)
    s.add_argument("--from", dest="start", type=float, required=True)
    s.add_argument("--to", dest="end", type=float, required=True)
    s.set_defaults(f=cmd_gap)
    s = sub.add_parser("stats")
    s.set_defaults(f=cmd_stats)
    a = p.parse_args()
    a.f(a)


if __name__ == "__main__":
    main()
