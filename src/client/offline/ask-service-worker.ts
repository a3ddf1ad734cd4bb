/**
 * Sends a request to the site's service worker and waits for its answer. Throws
 * `NoServiceWorker` when none is registered (a browser that blocks them, or a page
 * opened before the site's script could register one).
 */
import type { OfflineReply, OfflineRequest } from '../../lib/offline/kept-pages.ts';

export class NoServiceWorker extends Error {}

function activated(worker: ServiceWorker): Promise<ServiceWorker> {
  if (worker.state === 'activated') return Promise.resolve(worker);
  return new Promise((resolve, reject) =>
    worker.addEventListener('statechange', () => {
      if (worker.state === 'activated') resolve(worker);
      else if (worker.state === 'redundant') reject(new NoServiceWorker('the service worker stopped'));
    }),
  );
}

export async function askServiceWorker(request: OfflineRequest): Promise<OfflineReply> {
  const registration = await navigator.serviceWorker?.getRegistration();
  const worker = registration?.active ?? registration?.installing ?? registration?.waiting;
  if (!worker) throw new NoServiceWorker('no service worker');
  const ready = await activated(worker);
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (e: MessageEvent<OfflineReply>) => resolve(e.data);
    ready.postMessage(request, [channel.port2]);
  });
}
