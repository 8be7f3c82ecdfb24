import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Served by the API under /addin/outlook/ (api/src/addins/routes.ts); hashed bundles under bundle/.
export default defineConfig({
  base: '/addin/outlook/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'bundle',
    rollupOptions: { input: { taskpane: 'taskpane.html', 'sign-in': 'sign-in.html' } },
  },
});
