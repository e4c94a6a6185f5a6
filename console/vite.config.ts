/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The console is served by the gateway at /console/ (same origin as /api, so no CORS). `npm run dev` proxies the APIs
// to a running gateway; the Maven build writes the bundle straight into the jar's META-INF/resources/console/.
const gateway = process.env.CHS_GATEWAY_URL ?? 'http://127.0.0.1:8080';

export default defineConfig({
  base: '/console/',
  plugins: [react()],
  build: {
    outDir: process.env.CHS_CONSOLE_OUT_DIR ?? 'target/classes/META-INF/resources/console',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    // The APIs and the runtime configuration come from a running gateway; Keycloak's realm allows this origin.
    proxy: { '/api': gateway, '/console/config.json': gateway },
  },
  test: {
    globals: true,
    environment: 'jsdom',
    setupFiles: ['src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    testTimeout: 15000,
  },
});
