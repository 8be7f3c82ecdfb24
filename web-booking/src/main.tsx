import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';
import { parseRoute } from './route.js';
import './styles.css';

const root = document.getElementById('root');
if (root === null) throw new RangeError('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App route={parseRoute(window.location.pathname)} />
  </StrictMode>,
);
