// Maps a request path below `<base>data/` to a file of the data folder, for the dev server.
import { isAbsolute, join, relative, resolve } from 'node:path';

/**
 * The absolute path of the data file a request asks for, or null when the path
 * is malformed, leaves the data folder (`..`, `..%2f`, a sibling folder whose
 * name starts with the data folder's) or names a hidden file such as the build
 * cache. `requestPath` is the part of the URL after `<base>data/`, still encoded.
 * @param {string} dataDir
 * @param {string} requestPath
 * @returns {string | null}
 */
export function dataFile(dataDir, requestPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const root = resolve(dataDir);
  const file = resolve(join(root, decoded));
  const rel = relative(root, file);
  if (rel === '' || isAbsolute(rel) || rel.split(/[\\/]/).some((part) => part === '..' || part.startsWith('.'))) {
    return null;
  }
  return file;
}
