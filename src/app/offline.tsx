import { useEffect, useState } from 'react';
import { useT } from '../i18n/strings';

/** Registers the service worker (public/sw.js) once the page has loaded, in the built site
 * only: after one visit the atlas opens with no network. */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  const go = () => void navigator.serviceWorker.register('./sw.js').catch(() => undefined);
  if (document.readyState === 'complete') go();
  else window.addEventListener('load', go, { once: true });
}

/** Says when the service worker found a newer dataset than the one on screen (it is used
 * from the next load), with Reload. */
export function DatasetNotice() {
  const t = useT();
  const [files, setFiles] = useState<string[]>([]);
  useEffect(() => {
    if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
    const on = (e: MessageEvent<{ type?: string; file?: string }>) => {
      if (e.data?.type === 'atlas-dataset-updated' && typeof e.data.file === 'string')
        setFiles((fs) => (fs.includes(e.data.file!) ? fs : [...fs, e.data.file!]));
    };
    navigator.serviceWorker.addEventListener('message', on);
    return () => navigator.serviceWorker.removeEventListener('message', on);
  }, []);
  if (!files.length) return null;
  return (
    <div className="notice" role="status" data-notice="dataset">
      <div>{t.newerDataset(files.join(', '))}</div>
      <button type="button" onClick={() => location.reload()}>
        {t.reload}
      </button>
    </div>
  );
}
