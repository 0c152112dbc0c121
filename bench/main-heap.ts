// Main's heap in the browser test bed. Main's services share one Node process with the test tools that stand in for
// Electron: Playwright (its client and its server, which keeps bounded histories of frames, requests and routes per
// page) and the test bed's record of bridge traffic. Neither exists in the Electron app, so a process-wide heap figure
// would measure them, not main. This one is what stays reachable from V8's roots when the test tools' objects are cut
// off: main, its embedded emulator (part of main in the app too), Node itself and shared code all count.
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeHeapSnapshot } from 'node:v8';

/**
 * Playwright's classes, as its bundle names them (the client's channel owners, the server's dispatchers, its CDP
 * sessions and per-page histories). A class missing here makes the figure larger, never smaller.
 */
const playwrightClasses = new Set([
  ...['Connection', 'DispatcherConnection', 'RootDispatcher', 'Playwright', 'Playwright2', 'Android2', 'Electron2'],
  ...['BrowserType', 'BrowserType2', 'Chromium', 'Browser2', '_Browser', '_CRBrowser', 'CRConnection', 'CRPage'],
  ...['_BrowserContext', '_BrowserContext2', 'CRBrowserContext', '_Page', '_Page2', '_Frame', '_Frame2'],
  ...['FrameManager', '_FrameSession', '_CRSession', '_CDPSession', 'CDPSession2', 'PipeTransport2', '_Worker2'],
  ...['_ChannelOwner', 'Dispatcher2', '_PageDispatcher', '_FrameDispatcher', '_BrowserContextDispatcher'],
  ...['_RequestDispatcher', '_ResponseDispatcher', '_JSHandleDispatcher', '_TracingDispatcher', '_DebuggerDispatcher'],
  ...['_APIRequestContextDispatcher', '_APIRequestContext', 'APIRequestContext2', 'BrowserContextAPIRequestContext'],
  ...['_Request', '_Request2', '_Response', 'Response2', 'Route', 'Route2', 'RouteImpl', '_InterceptableRequest'],
  ...['_RawHeaders', '_JSHandle', '_PageBinding', 'ManualPromise', '_ProgressController', '_Zone', 'WebMCP2'],
  ...['Keyboard2', 'Mouse2', 'Touchscreen2', 'Clock2', 'Screencast', 'Screencast2', 'Selectors2', 'Tracing2'],
  ...['Debugger2', '_Debugger', '_DebugController'],
]);

interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] } };
  nodes: number[];
  edges: number[];
  strings: string[];
}

/** The global property that names the test bed's own objects to cut off as well (e.g. its bridge recording). */
export const cutMarker = '__pinDeskBenchCut';

/**
 * Bytes reachable from V8's roots (weak edges keep nothing): `main` without passing through a cut object, `process`
 * with nothing cut (the same unit, so the two compare).
 */
export function reachableBytes(heap: HeapSnapshot): { main: number; process: number } {
  const { meta } = heap.snapshot;
  const nodeWidth = meta.node_fields.length;
  const edgeWidth = meta.edge_fields.length;
  const [edgeCount, selfSize, name, type] = ['edge_count', 'self_size', 'name', 'type'].map((field) =>
    meta.node_fields.indexOf(field),
  ) as [number, number, number, number];
  const [edgeType, edgeName, edgeTo] = ['type', 'name_or_index', 'to_node'].map((field) =>
    meta.edge_fields.indexOf(field),
  ) as [number, number, number];
  const objectType = meta.node_types[0].indexOf('object');
  const ignoredEdges = new Set(['weak', 'shortcut'].map((kind) => meta.edge_types[0].indexOf(kind)));
  const propertyEdge = meta.edge_types[0].indexOf('property');
  const count = heap.nodes.length / nodeWidth;
  const firstEdge = new Uint32Array(count + 1);
  for (let node = 0, edge = 0; node < count; node++) {
    firstEdge[node] = edge;
    edge += (heap.nodes[node * nodeWidth + edgeCount] ?? 0) * edgeWidth;
    firstEdge[node + 1] = edge;
  }
  const targets = (node: number) => {
    const found: { to: number; type: number; name: number }[] = [];
    for (let edge = firstEdge[node] ?? 0; edge < (firstEdge[node + 1] ?? 0); edge += edgeWidth)
      found.push({
        to: (heap.edges[edge + edgeTo] ?? 0) / nodeWidth,
        type: heap.edges[edge + edgeType] ?? 0,
        name: heap.edges[edge + edgeName] ?? 0,
      });
    return found;
  };
  const cut = new Uint8Array(count);
  for (let node = 0; node < count; node++) {
    const field = node * nodeWidth;
    if (
      heap.nodes[field + type] === objectType &&
      playwrightClasses.has(heap.strings[heap.nodes[field + name] ?? 0] ?? '')
    )
      cut[node] = 1;
    for (const edge of targets(node))
      if (edge.type === propertyEdge && heap.strings[edge.name] === cutMarker)
        for (const marked of targets(edge.to)) if (marked.type === propertyEdge) cut[marked.to] = 1;
  }
  const reach = (stopAt: Uint8Array) => {
    const seen = new Uint8Array(count);
    const stack = [0];
    seen[0] = 1;
    let bytes = 0;
    while (stack.length > 0) {
      const node = stack.pop() ?? 0;
      bytes += heap.nodes[node * nodeWidth + selfSize] ?? 0;
      for (const edge of targets(node)) {
        if (ignoredEdges.has(edge.type) || seen[edge.to] || stopAt[edge.to]) continue;
        seen[edge.to] = 1;
        stack.push(edge.to);
      }
    }
    return bytes;
  };
  return { main: reach(cut), process: reach(new Uint8Array(count)) };
}

/** Main's heap now, and the whole process's: a heap snapshot (V8 collects garbage first), with the cuts above. */
export async function mainHeapBytes(): Promise<{ main: number; process: number }> {
  const file = writeHeapSnapshot(join(tmpdir(), `pin-desk-shift-${process.pid}-${Date.now()}.heapsnapshot`));
  try {
    return reachableBytes(JSON.parse(await readFile(file, 'utf8')) as HeapSnapshot);
  } finally {
    await rm(file, { force: true });
  }
}
