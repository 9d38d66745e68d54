import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The client lives in src/client; the Fastify server serves dist/client in production
// and answers /api in development through the proxy below.
export default defineConfig({
  root: path.resolve('src/client'),
  publicDir: false,
  plugins: [react()],
  build: {
    outDir: path.resolve('dist/client'),
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: 'http://localhost:3000', changeOrigin: false },
    },
  },
});
