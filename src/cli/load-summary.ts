// The summary line of `wbimport load`: what was loaded, where, by which method, at what cost.
import { plural } from '../diagnostics/index.js';
import type { Endpoints, LoadMethod, LoadStats } from '../load/index.js';

const METHOD_NAMES: Record<LoadMethod, string> = {
  bulk: "Virtuoso's bulk loader",
  quads: 'N-Quads',
  gsp: 'Graph Store Protocol',
  update: 'SPARQL Update',
};

export function loadLine(stats: LoadStats, target: string, method: LoadMethod, seconds: number, stopped: boolean): string {
  const parts = [
    `${stopped ? 'stopped after loading' : 'loaded'} ${plural(stats.items, 'item')} (${plural(stats.triples, 'triple')}) into ${target} by ${METHOD_NAMES[method]}`,
    `${plural(stats.requests, 'request')}, ${plural(stats.retries, 'retry', 'retries')}, ${seconds.toFixed(1)} s`,
  ];
  if (stats.rejected > 0) parts.push(`${plural(stats.rejected, 'item')} refused`);
  if (stats.verified > 0 || stats.mismatched > 0) parts.push(`${plural(stats.verified, 'graph')} verified, ${stats.mismatched} mismatched`);
  return parts.join(', ');
}

export function targetOf(method: LoadMethod, endpoints: Endpoints): URL | undefined {
  return { bulk: endpoints.query, quads: endpoints.quads, gsp: endpoints.gsp, update: endpoints.update }[method];
}
