// Our Markwhen import against Markwhen's own parser (@markwhen/parser): for
// every .mw file here, the same events in the same order, with the same
// titles, tags, groups (the innermost heading is our lane) and dates.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "@markwhen/parser";

const bin = process.env.TIMEGRAPH_BIN;
const dataDir = path.join(path.dirname(new URL(import.meta.url).pathname), "data");

// Markwhen's events in order, each with the titles of the groups it is in.
function markwhenEvents(text) {
  const out = [];
  const walk = (node, groups) => {
    if (node.children) {
      for (const child of node.children) walk(child, node.title ? [...groups, node.title] : groups);
      return;
    }
    out.push({ event: node, group: groups.at(-1) ?? "" });
  };
  walk(parse(text).events, []);
  return out;
}

// Ours: import, then read the model back through `export --format json`.
function ourEvents(file) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tg-mw-"));
  const tg = path.join(dir, "model.tg");
  execFileSync(bin, ["import", file, "--from", "markwhen", "-o", tg], { stdio: ["ignore", "ignore", "ignore"] });
  const model = JSON.parse(execFileSync(bin, ["export", tg, "--format", "json"], { stdio: ["ignore", "pipe", "ignore"] }));
  fs.rmSync(dir, { recursive: true });
  const laneName = new Map(model.lanes.map((l) => [l.id, l.name]));
  return model.events.map((e) => ({ ...e, laneName: laneName.get(e.lane) ?? "" }));
}

// Markwhen's instants are wall-clock time plus an offset; ours are wall-clock minutes.
const wallClock = (iso) => iso.replace(/^\+?/, "").slice(0, 16);
const plusMinute = (minute) => new Date(Date.parse(minute + ":00Z") + 60000).toISOString().slice(0, 16);

const files = fs.readdirSync(dataDir).filter((f) => f.endsWith(".mw") && !f.startsWith("bad"));

test("there are Markwhen files to compare", () => assert.ok(files.length >= 2));

for (const name of files) {
  test(`${name}: our reading matches Markwhen's`, () => {
    const file = path.join(dataDir, name);
    const theirs = markwhenEvents(fs.readFileSync(file, "utf8"));
    const ours = ourEvents(file);
    assert.equal(ours.length, theirs.length, "event count");
    theirs.forEach(({ event, group }, i) => {
      const our = ours[i];
      const where = `${name}: event ${i + 1} (${event.firstLine.full})`;
      assert.equal(our.title, event.firstLine.restTrimmed, `${where}: title`);
      assert.deepEqual([...our.tags].sort(), [...event.tags].sort(), `${where}: tags`);
      assert.equal(our.laneName, group, `${where}: group`);
      const from = wallClock(event.dateRangeIso.fromDateTimeIso);
      const to = wallClock(event.dateRangeIso.toDateTimeIso);
      assert.equal(our.date.earliest, from, `${where}: start`);
      // Markwhen's end is the first instant after the event, except for a minute, which is its own end.
      const ourEnd = our.date.precision === "minute" ? our.date.latest : plusMinute(our.date.latest);
      assert.equal(ourEnd, to, `${where}: end`);
    });
  });
}
