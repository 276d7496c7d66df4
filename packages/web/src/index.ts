import { fileURLToPath } from 'node:url';

/** Where `vite build` writes the browser app; the server serves this folder at `/`. */
export const webDistDir: string = fileURLToPath(new URL('../dist', import.meta.url));
