// The events every timeline in the benchmark gets, from
// `timegraph export FILE --format json` (docs/model.schema.json): id, title,
// lane, and the instants to draw. An event whose interval spans more than a
// day (a range, or a month, year or approximate date) is drawn as a range from
// its earliest to its latest instant, any other as a point at its earliest
// instant; an open range ("from 2022") is a point at its start, since no peer
// draws an open end. Instants are milliseconds since 1970 (UTC), BCE included.
// `day` says that the whole interval lies within one day (a day, minute or
// second), which is what the busiest day counts.
import { isoMinutes } from '../bench-layout/model.mjs';

export const DAY_MS = 24 * 3600 * 1000;

export function eventsOf(modelJson) {
  const laneName = new Map((modelJson.lanes ?? []).map((l) => [l.id, l.name]));
  return modelJson.events.map((e) => {
    const start = isoMinutes(e.date.earliest) * 60000;
    const latest = e.date.latest === null ? null : isoMinutes(e.date.latest) * 60000;
    const range = latest !== null && latest - start > DAY_MS;
    return { id: e.id, title: e.title, lane: e.lane, laneName: laneName.get(e.lane) ?? e.lane,
             start, end: range ? latest : null, day: latest !== null && latest - start < DAY_MS };
  });
}

// The earliest year an event reaches, astronomical (0 = 1 BCE).
export const firstYear = (events) => Math.min(...events.map((e) => new Date(e.start).getUTCFullYear()));
