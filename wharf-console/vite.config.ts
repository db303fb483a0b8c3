/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Built into the module's classes as static/, which the server serves at /; file names under
// assets/ carry a content hash, so the server lets browsers keep them for a year.
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'target/classes/static', emptyOutDir: true, assetsDir: 'assets' },
  test: { environment: 'jsdom', globals: true, include: ['src/**/*.test.tsx', 'src/**/*.test.ts'] },
});
