// Drawn link routes as polylines, for the benchmark's links-through-boxes
// count: curves of our SVG paths and of Graphviz splines, sampled.

// Points along a cubic or quadratic Bezier from p0 (excluded) to its end.
export function sampleBezier(p0, controls, steps = 8) {
  const out = [];
  for (let k = 1; k <= steps; k++) {
    const t = k / steps, u = 1 - t;
    if (controls.length === 2) {
      const [c, p] = controls;
      out.push([u * u * p0[0] + 2 * u * t * c[0] + t * t * p[0], u * u * p0[1] + 2 * u * t * c[1] + t * t * p[1]]);
    } else {
      const [c1, c2, p] = controls;
      const w = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
      out.push([w[0] * p0[0] + w[1] * c1[0] + w[2] * c2[0] + w[3] * p[0], w[0] * p0[1] + w[1] * c1[1] + w[2] * c2[1] + w[3] * p[1]]);
    }
  }
  return out;
}

// An SVG path's d (absolute M, L, H, V, Q, C, Z, as timegraph writes them)
// as a polyline, shifted by (dx, dy).
export function pathPolyline(d, dx = 0, dy = 0) {
  const tokens = d.match(/[A-Za-z]|-?[\d.]+(?:e-?\d+)?/g) ?? [];
  const pts = [];
  let k = 0, cmd = null, start = null;
  const num = () => Number(tokens[k++]);
  const last = () => pts[pts.length - 1];
  while (k < tokens.length) {
    if (/[A-Za-z]/.test(tokens[k])) cmd = tokens[k++];
    if (cmd === 'M' || cmd === 'L') { const p = [num() + dx, num() + dy]; pts.push(p); if (cmd === 'M') { start = p; cmd = 'L'; } }
    else if (cmd === 'H') pts.push([num() + dx, last()[1]]);
    else if (cmd === 'V') pts.push([last()[0], num() + dy]);
    else if (cmd === 'Q') { const c = [num() + dx, num() + dy], p = [num() + dx, num() + dy]; pts.push(...sampleBezier(last(), [c, p])); }
    else if (cmd === 'C') { const c1 = [num() + dx, num() + dy], c2 = [num() + dx, num() + dy], p = [num() + dx, num() + dy]; pts.push(...sampleBezier(last(), [c1, c2, p])); }
    else if (cmd === 'Z' || cmd === 'z') { if (start) pts.push(start); cmd = null; }
    else throw new Error(`unsupported path command ${cmd} in ${d}`);
  }
  return pts;
}

// A Graphviz edge's pos ("e,x,y s,x,y p0 c1 c2 p1 ..."): its cubic B-spline
// pieces sampled, then the arrowhead's tip; y flipped by the layout's top.
export function splinePolyline(pos, top) {
  const flip = ([x, y]) => [x, top - y];
  let endTip = null, startTip = null;
  const pts = [];
  for (const item of pos.trim().split(/\s+/)) {
    const parts = item.split(',');
    if (parts[0] === 'e') endTip = flip([Number(parts[1]), Number(parts[2])]);
    else if (parts[0] === 's') startTip = flip([Number(parts[1]), Number(parts[2])]);
    else pts.push(flip([Number(parts[0]), Number(parts[1])]));
  }
  if (pts.length === 0) return [];
  const out = startTip ? [startTip, pts[0]] : [pts[0]];
  for (let k = 1; k + 2 < pts.length; k += 3) out.push(...sampleBezier(pts[k - 1], [pts[k], pts[k + 1], pts[k + 2]]));
  if (endTip) out.push(endTip);
  return out;
}
