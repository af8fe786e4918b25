/**
 * A typed client for the network worker: each call posts a request with a fresh id and
 * resolves with the answer that carries it. Without Worker (tests, old browsers) the same
 * handler runs in-thread, answered on a later tick.
 */
import {
  handleNetworkRequest,
  type NetworkCall,
  type NetworkCalls,
  type NetworkHost,
  type NetworkRequest,
  type NetworkResponse,
} from './network-protocol';

/** What the client needs of a worker (a real Worker, or a stand-in in tests). */
export interface WorkerLike {
  postMessage(m: NetworkRequest): void;
  onmessage: ((e: MessageEvent<NetworkResponse>) => void) | null;
  terminate(): void;
}

export interface NetworkClient {
  call<K extends NetworkCall>(type: K, args: NetworkCalls[K]['args']): Promise<NetworkCalls[K]['result']>;
  /** Rejects every pending call and stops the worker. */
  terminate(): void;
}

/** An in-thread stand-in for the worker. */
export function inlineWorker(): WorkerLike {
  const host: NetworkHost = { data: null };
  const w: WorkerLike = {
    onmessage: null,
    postMessage(req) {
      setTimeout(() => {
        let res: NetworkResponse;
        try {
          res = { id: req.id, ok: true, result: handleNetworkRequest(host, req) };
        } catch (err) {
          res = { id: req.id, ok: false, error: err instanceof Error ? err.message : String(err) };
        }
        w.onmessage?.({ data: res } as MessageEvent<NetworkResponse>);
      }, 0);
    },
    terminate() {},
  };
  return w;
}

/** The module worker vite bundles (src/analysis/network/network.worker.ts). */
export const spawnNetworkWorker = (): WorkerLike =>
  typeof Worker === 'undefined' ? inlineWorker() : new Worker(new URL('./network.worker.ts', import.meta.url), { type: 'module' });

export function createNetworkClient(worker: WorkerLike = spawnNetworkWorker()): NetworkClient {
  let seq = 0;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  worker.onmessage = (e) => {
    const m = e.data;
    const p = pending.get(m.id);
    if (!p) return;
    pending.delete(m.id);
    if (m.ok) p.resolve(m.result);
    else p.reject(new Error(m.error));
  };
  return {
    call<K extends NetworkCall>(type: K, args: NetworkCalls[K]['args']) {
      const id = ++seq;
      return new Promise<NetworkCalls[K]['result']>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
        worker.postMessage({ id, type, ...args } as NetworkRequest);
      });
    },
    terminate() {
      worker.terminate();
      for (const p of pending.values()) p.reject(new Error('the network worker was stopped'));
      pending.clear();
    },
  };
}
