import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = fileURLToPath(new URL('.', import.meta.url));

// echarts-for-react's ESM build imports tslib without declaring it; use the copy echarts ships.
const echartsRequire = createRequire(createRequire(import.meta.url).resolve('echarts/package.json'));
const tslib = echartsRequire.resolve('tslib').replace(/tslib\.js$/, 'tslib.es6.js');

/** Build config shared by `npm run build`, `npm run dev` and the browser tests' `build()`. */
export const webViteConfig = defineConfig({
  root,
  base: '/',
  plugins: [react()],
  resolve: { alias: { tslib } },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    sourcemap: false,
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
});

export default webViteConfig;
