/** Builds the benchmark's baseline page (bench/baseline.html) into dist-bench/, never
 * into the app's dist/. bench/run.ts serves it at <site>/baseline/ beside the atlas. */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: resolve(import.meta.dirname, '../dist-bench'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: { input: resolve(import.meta.dirname, 'baseline.html') },
  },
});
