import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startUrlSync } from '../state/url-sync';
import { App, preloadFor } from './app';
import { assetQuery } from '../data/queries';
import { ASSET_TYPES } from '../data/constants';
import { useView } from '../state/store';
import { isEmbed } from './embed';
import { MapHandleProvider } from '../map/map-handle';
import { registerServiceWorker } from './offline';
import './styles.css';

const queryClient = new QueryClient();
// URL → store before the first render, so the map is created at the shared camera.
startUrlSync({ historySteps: !isEmbed() });
// Data and the panel a link asks for start loading now, in parallel, before React renders.
for (const type of ASSET_TYPES) void queryClient.prefetchQuery(assetQuery(type));
if (!isEmbed()) preloadFor(useView.getState());
registerServiceWorker();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <MapHandleProvider>
        <App />
      </MapHandleProvider>
    </QueryClientProvider>
  </StrictMode>,
);
