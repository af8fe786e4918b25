/// <reference lib="webworker" />
/** Runs the network model off the main thread: one request at a time, answered by id. */
import { handleNetworkRequest, type NetworkHost, type NetworkRequest, type NetworkResponse } from './network-protocol';

const host: NetworkHost = { data: null };
const post = (m: NetworkResponse) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

self.onmessage = (e: MessageEvent<NetworkRequest>) => {
  const req = e.data;
  try {
    post({ id: req.id, ok: true, result: handleNetworkRequest(host, req) });
  } catch (err) {
    post({ id: req.id, ok: false, error: err instanceof Error ? err.message : String(err) });
  }
};
