// The model's dates as the benchmark needs them: each event's interval in
// minutes since 1970 (from `timegraph export FILE --format json`, see
// docs/model.schema.json), and the time columns timegraph gives the causal
// graph (src/layout/time_slots.cpp), which ELK gets as partitions.

// Days since 1970-01-01 in the proleptic Gregorian calendar, astronomical
// years (Howard Hinnant's days_from_civil), so that BCE dates compare too.
function daysFromCivil(y, m, d) {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

// "2024-01-26T00:00", "-0043-03-15T23:59" -> minutes since 1970.
export function isoMinutes(iso) {
  const m = /^([+-]?\d{4,})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(iso);
  if (!m) throw new Error(`not an ISO minute: ${iso}`);
  const [y, mo, d, h, mi] = m.slice(1).map(Number);
  return daysFromCivil(y, mo, d) * 1440 + h * 60 + mi;
}

// id -> {earliest, latest}; an open range ("from 2022") has latest = Infinity.
export function intervalsOf(modelJson) {
  const intervals = new Map();
  for (const e of modelJson.events) {
    const latest = e.date.latest === null ? Infinity : isoMinutes(e.date.latest);
    intervals.set(e.id, { earliest: isoMinutes(e.date.earliest), latest });
  }
  return intervals;
}

export const certainlyBefore = (a, b) => a.latest < b.earliest;

// One sweep by earliest instant, as time_slots.cpp does: every event that
// certainly precedes v ended before v starts, so a second order, by latest
// instant, lets one pointer collect the highest column among them. Link causes
// contribute the column they have now. Returns whether any column rose.
function sweep(order, causes, slot) {
  const { earliest, latest, byStart, byEnd } = order;
  let changed = false, highestBefore = -1, swept = 0;
  for (const v of byStart) {
    while (swept < byEnd.length && latest[byEnd[swept]] < earliest[v]) {
      highestBefore = Math.max(highestBefore, slot[byEnd[swept++]]);
    }
    let s = highestBefore + 1;
    for (const u of causes[v]) s = Math.max(s, slot[u] + 1);
    if (s !== slot[v]) changed = true;
    slot[v] = s;
  }
  return changed;
}

// Columns as low as possible such that an event certainly before another gets
// a lower one, and so does each link's cause; if the links and dates form a
// cycle, the dates alone decide (as in time_slots.cpp). ids: the graph's
// events in any order; returns id -> column, numbered 0..k-1 without gaps.
export function timeColumns(ids, edges, intervals) {
  const n = ids.length;
  const index = new Map(ids.map((id, i) => [id, i]));
  const earliest = ids.map((id) => intervals.get(id).earliest);
  const latest = ids.map((id) => intervals.get(id).latest);
  const stable = (key) => [...ids.keys()].sort((a, b) => key[a] - key[b] || a - b);
  const order = { earliest, latest, byStart: stable(earliest), byEnd: stable(latest) };
  let causes = ids.map(() => []);
  for (const e of edges) causes[index.get(e.to)].push(index.get(e.from));
  const slot = new Array(n).fill(0);
  let pass = 0;
  while (sweep(order, causes, slot)) {
    if (++pass > n + 1) {
      slot.fill(0);
      causes = ids.map(() => []);
      sweep(order, causes, slot);
      break;
    }
  }
  const used = [...new Set(slot)].sort((a, b) => a - b);
  const rank = new Map(used.map((s, i) => [s, i]));
  return new Map(ids.map((id, i) => [id, rank.get(slot[i])]));
}
