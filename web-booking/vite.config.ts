import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API serves index.html at /b/:token and /m/:token and the hashed assets under /assets-booking/
// (api/src/booking-page/routes.ts). No inline scripts: the page must run under the API's CSP.
export default defineConfig({
  base: '/assets-booking/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
    reportCompressedSize: true,
  },
});
