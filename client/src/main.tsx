import './app/zod-config.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { createI18n } from './app/i18n.ts';
import './ui/styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');

const i18n = createI18n();
createRoot(container).render(
  <StrictMode>
    <App i18n={i18n} />
  </StrictMode>,
);
