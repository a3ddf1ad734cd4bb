/**
 * Why an asset is not on the map, in the page's language. The data step writes its
 * reasons in English (src/pipeline/datasets/assets/assets-processor.ts, `UNPLACED`, and
 * "not inside any of the <layer>"); the known ones are looked up here, the layer's name
 * (config data) is kept as written, and any other text passes through unchanged.
 */
import type { MessageKey } from '../i18n/catalogue.ts';
import type { Translator } from '../i18n/translator.ts';

/** The data step's reasons, word for word, and their catalogue keys. */
const REASONS: Readonly<Record<string, MessageKey>> = {
  'no coordinates': 'assets.reason.noCoordinates',
  'coordinates are not numbers': 'assets.reason.notNumbers',
  'outside the area': 'assets.reason.outside',
  'geometry could not be read': 'assets.reason.badGeometry',
  'the source gives no location': 'assets.reason.noLocation',
  'the geometry is empty': 'assets.reason.emptyGeometry',
};

/** The English reasons this module knows (for the test that keeps it in step with the data step). */
export const KNOWN_REASONS: readonly string[] = Object.keys(REASONS);

/** The catalogue keys `unplacedReason` uses, for a page to hand its script. */
export const UNPLACED_REASON_KEYS: readonly MessageKey[] = [
  ...Object.values(REASONS),
  'assets.reason.notInArea',
  'assets.reason.pointNotInArea',
  'assets.reason.notDegrees',
];

const NOT_IN = /^not inside any of the (.+)$/;
const POINT_NOT_IN = /^(-?\d+(?:\.\d+)?, -?\d+(?:\.\d+)?) is not inside any of the (.+)$/;
/** Written by the assets processor (`notDegreesDetail`) for values no longitude/latitude can have. */
const NOT_DEGREES =
  /^(.+): (-?[\d.e+]+, -?[\d.e+]+) cannot be longitude and latitude \(beyond ±180\/±90\); set coordinates\.crs to the system the file is in$/;

export function unplacedReason(reason: string, t: Pick<Translator, 't'>): string {
  const key = REASONS[reason];
  if (key !== undefined) return t.t(key);
  const notIn = NOT_IN.exec(reason);
  if (notIn) return t.t('assets.reason.notInArea', { layer: notIn[1] as string });
  const point = POINT_NOT_IN.exec(reason);
  if (point) return t.t('assets.reason.pointNotInArea', { point: point[1] as string, layer: point[2] as string });
  const degrees = NOT_DEGREES.exec(reason);
  if (degrees) return t.t('assets.reason.notDegrees', { columns: degrees[1] as string, values: degrees[2] as string });
  return reason;
}
