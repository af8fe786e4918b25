import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startUrlSync } from '../state/url-sync';
import { App } from './app';
import { isEmbed } from './embed';
import './styles.css';

const queryClient = new QueryClient();
// URL → store before the first render, so the map is created at the shared camera.
startUrlSync({ historySteps: !isEmbed() });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
