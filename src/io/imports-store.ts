import { create } from 'zustand';
import type { ImportedLayer } from '../model/imported';
import { useView } from '../state/store';
import type { WorkerIn, WorkerOut } from './import.worker';
import { MAX_IMPORT_BYTES, tooBig } from './import-limit';

/** Colours for imported layers: apart from the five asset colours. */
const COLORS = ['#56b4e9', '#7b3294', '#b8a800', '#1b9e77', '#e7298a', '#666666'];

export type { ImportedLayer };

interface Job {
  file: string;
  loaded: number;
  total: number;
}

interface ImportsState {
  layers: ImportedLayer[];
  jobs: Job[];
  /** Plain-text messages about files that could not be (fully) imported. */
  errors: string[];
  importFile: (file: File) => Promise<void>;
  remove: (id: string) => void;
  toggle: (id: string) => void;
  dismissErrors: () => void;
}

let seq = 0;
const OFDS_NAMES = { 'ofds-nodes': 'OFDS nodes', 'ofds-spans': 'OFDS spans', generic: '' } as const;

/** Imported layers live in this browser tab only: never uploaded, gone with the tab. */
export const useImports = create<ImportsState>()((set, get) => ({
  layers: [],
  jobs: [],
  errors: [],
  importFile: (file) =>
    new Promise<void>((resolve) => {
      // refused before a byte is read: parsing a file this big is what crashes the tab
      if (file.size > MAX_IMPORT_BYTES) {
        set((s) => ({ errors: [...s.errors, tooBig(file.name, file.size)] }));
        return resolve();
      }
      const layerId = `imp${++seq}`;
      const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
      const job: Job = { file: file.name, loaded: 0, total: file.size };
      set((s) => ({ jobs: [...s.jobs, job] }));
      const finish = (patch: Partial<ImportsState>) => {
        worker.terminate();
        set((s) => ({ ...patch, jobs: s.jobs.filter((j) => j !== job) }));
        resolve();
      };
      worker.onmessage = (e: MessageEvent<WorkerOut>) => {
        const m = e.data;
        if (m.type === 'progress') {
          job.loaded = m.loaded;
          set((s) => ({ jobs: [...s.jobs] }));
        } else if (m.type === 'error') finish({ errors: [...get().errors, `${file.name}: ${m.message}`] });
        else {
          const { layers, problems, total } = m.result;
          const base = file.name.replace(/\.(geo)?json$/i, '').slice(0, 60) || 'import';
          const added = layers.map((l, i): ImportedLayer => ({
            ...l,
            id: layers.length > 1 ? `${layerId}-${i}` : layerId,
            name: l.kind === 'generic' ? base : `${base} (${OFDS_NAMES[l.kind]})`,
            color: COLORS[(get().layers.length + i) % COLORS.length]!,
            visible: true,
          }));
          const kept = added.reduce((n, l) => n + l.features.length, 0);
          const errs = problems.length
            ? [
                `${file.name}: ${kept} of ${total} feature(s) imported; ${problems.length > 50 ? '50+' : problems.length} problem(s): ${problems.slice(0, 5).join('; ')}`,
              ]
            : [];
          // what was left out is said first, and painted, before the map starts drawing
          if (!errs.length) return finish({ layers: [...get().layers, ...added] });
          set((s) => ({ errors: [...s.errors, ...errs] }));
          requestAnimationFrame(() => setTimeout(() => finish({ layers: [...get().layers, ...added] }), 0));
        }
      };
      worker.onerror = (e) => finish({ errors: [...get().errors, `${file.name}: ${e.message || 'the import failed'}`] });
      worker.postMessage({ file, layerId } satisfies WorkerIn);
    }),
  remove: (id) => {
    // the selection goes with its layer
    const v = useView.getState();
    if (v.selection?.kind === 'imported' && v.selection.ref.layer === id) v.select(null);
    set((s) => ({ layers: s.layers.filter((l) => l.id !== id) }));
  },
  toggle: (id) => set((s) => ({ layers: s.layers.map((l) => (l.id === id ? { ...l, visible: !l.visible } : l)) })),
  dismissErrors: () => set({ errors: [] }),
}));
