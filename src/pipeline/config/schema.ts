/**
 * The user-facing configuration: one zod schema gives the TypeScript types, the
 * friendly start-up errors (see `load-config.ts`) and the reference tables in
 * `data/CONFIG.md` (generated from each key's `description` by
 * `write-config-reference.ts`: `npm run docs:config`). Loose on input where a
 * default is obvious, strict (no unknown keys) so that typos are caught. Rules
 * that tie several keys together are `superRefine`s here, so the config check
 * reports them with the other problems before any file is read.
 */
import { z } from 'zod';
import { isKnownCrs, knownCrsList } from '../ingest/coordinates.ts';
import { HIGHER_IS } from '../../lib/higher-is.ts';
import { DEFAULT_ASSET_CATEGORIES, MARKER_SHAPES } from '../../lib/assets-files.ts';
import { colourProblem, sharedShapeProblems } from './category-checks.ts';
import { CATALOGUE_LANGUAGES } from '../../lib/i18n/catalogue-languages.ts';
import { pluralFormsProblems } from './plural-forms-checks.ts';

// `typeLabel` names the type in CONFIG.md where the zod type alone would not say it ("path", "column").
const relPath = z.string().min(1, 'must be a file path relative to the config file').meta({ typeLabel: 'path' });

const idPattern = /^[a-z0-9][a-z0-9-]*$/;

/** A web or mail address: http:, https: or mailto: only (a javascript: link would run script when clicked). */
const webUrl = z.url({
  protocol: /^(https?|mailto)$/,
  error: (issue) =>
    `must be an http:, https: or mailto: address${typeof issue.input === 'string' ? `, not ${JSON.stringify(issue.input.slice(0, 80))}` : ''}`,
});

/** A tile URL template (`{z}/{x}/{y}`) on http: or https:. */
const tileUrl = z
  .string()
  .regex(
    /^https?:\/\/[^/\s]+\/\S*$/,
    'must be an http: or https: URL template, e.g. "https://tiles.example.org/{z}/{x}/{y}.png"',
  );

/** True when `Intl` accepts `tag` as a BCP 47 language tag. */
function isLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** True when a message catalogue is written in `tag` or in its language (`cy-GB` → `cy`). */
function hasCatalogue(tag: string): boolean {
  const language = tag.split('-')[0]?.toLowerCase();
  return CATALOGUE_LANGUAGES.some(
    (c) => c.toLowerCase() === tag.toLowerCase() || c.split('-')[0]?.toLowerCase() === language,
  );
}

/**
 * Text a council writes (titles, descriptions, labels, community rights): one text for every
 * language, or one per language of `site.languages` (`{ cy: "Ailgylchu", "en-GB": "Recycling" }`).
 * The per-language form is resolved when the config is loaded (src/pipeline/config/config-text.ts),
 * so what the pipeline reads is always the default-language text: hence the output type.
 */
function localText(text: z.ZodString = z.string().min(1)): z.ZodType<string, string | Record<string, string>> {
  return z.union([text, z.record(z.string(), z.string().min(1))]).meta({ typeLabel: 'text' }) as unknown as z.ZodType<
    string,
    string | Record<string, string>
  >;
}

/** A noun in the plural forms of one language (`Intl.PluralRules` categories; `other` always). */
const pluralForm = (category: string, example: string) =>
  z
    .string()
    .min(1)
    .meta({ description: `The noun for counts in the \`${category}\` category, e.g. ${example}.` });
const pluralFormsSchema = z.strictObject({
  zero: pluralForm('zero', 'Welsh 0').optional(),
  one: pluralForm('one', '1').optional(),
  two: pluralForm('two', 'Welsh 2').optional(),
  few: pluralForm('few', 'Welsh 3').optional(),
  many: pluralForm('many', 'Welsh 6').optional(),
  other: pluralForm('other', 'every count no other form takes (English 0, 2, 3 …); always given'),
});

/** Character encodings the reader understands. */
export const encodingSchema = z.enum(['auto', 'utf-8', 'windows-1252', 'macintosh', 'latin1']).default('auto').meta({
  description:
    'Character encoding of the file. `auto` reads UTF-8 (with or without BOM) and falls back to a detected single-byte encoding with a warning; declare the encoding to silence the warning.',
});

/** Field delimiter. */
export const delimiterSchema = z
  .enum(['auto', ',', ';', '\t', '|'])
  .default('auto')
  .meta({ description: 'Field delimiter. `auto` detects it from the header line.' });

/** How dates are written in the file. */
export const dateFormatSchema = z.enum(['auto', 'iso', 'ymd', 'dmy', 'mdy', 'yyyymmdd']).default('auto').meta({
  description:
    'How dates are written. `auto` accepts `2024-03-01`, year first with `/` or `.` (`2024/03/01`, as Esri and ArcGIS Hub exports write it), `20240301` and day-first `01/03/2024` (also with `-` or `.`); `iso` only `YYYY-MM-DD`; `ymd` year first with `-`, `/` or `.`; `dmy` and `mdy` day or month first (US files need `mdy`); `yyyymmdd` 8 digits. A time after the date is ignored (`2021/04/06 00:00:00+00` is 6 April 2021); two-digit years are rejected. With `auto`, a file column whose every day-or-month-first date reads either way round (`04/05/2021`: no number above 12 first) is read day first with a warning naming the file, the column and an example: set `dmy` or `mdy` to say which. When dates are rejected, the build names a value it could not read and the `dateFormat` that reads the most of them (every rejected date is counted).',
});

/** Whether a rise is bad (cases), good (vaccinations) or neither. */
export const higherIsSchema = z.enum(HIGHER_IS);

export const sourceSchema = z.strictObject({
  publisher: localText().meta({ description: 'Who published the data, as it should be credited.' }),
  url: webUrl.optional().meta({ description: 'Page where the data was published (`http:`, `https:` or `mailto:`).' }),
  licence: localText().meta({ description: 'Licence name.', example: 'Open Government Licence v3.0' }),
  licenceUrl: webUrl.optional().meta({ description: 'Page with the licence text (`http:`, `https:` or `mailto:`).' }),
  attribution: localText()
    .optional()
    .meta({ description: 'Attribution statement the licence requires, shown beside every chart.' }),
  updated: z.iso.date().optional().meta({ description: 'When the publisher last updated the file.' }),
  notes: localText().optional().meta({ description: 'Free-text notes for the dataset page: known quirks, caveats.' }),
});

/** One header name, or alternatives tried in order (files from different publishers name a column differently). */
const columnNamesSchema = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

/** Zero-pads a value to this many characters ("1001" -> "01001" with 5); longer values are kept as they are. */
const padSchema = z.number().int().min(1).max(20);

/** One part of a code built from several columns. */
const columnPartSchema = z.strictObject({
  column: columnNamesSchema,
  pad: padSchema.optional(),
});

/**
 * A value built from several columns, e.g. a 5-digit county FIPS code from a 2-digit state and a
 * 3-digit county column, or a period from year and month columns. Blank when any part is blank.
 */
const composedColumnSchema = z.strictObject({
  concat: z.array(columnPartSchema).min(1),
  separator: z.string().default(''),
  required: z.boolean().default(true),
});

/**
 * A column reference: a header name, a list of alternatives, `{ column, required, pad }` or a
 * value built from several columns (`{ concat: [...] }`); see "Column references" in data/CONFIG.md.
 */
const columnSchema = z
  .union([
    z.string().min(1),
    z.array(z.string().min(1)).min(1),
    z.strictObject({
      column: columnNamesSchema,
      required: z.boolean().default(true),
      pad: padSchema.optional(),
    }),
    composedColumnSchema,
  ])
  .meta({ typeLabel: 'column' });

/** One column, or several whose values are joined with ", " (a list here joins; write alternatives as `{ column: [...] }`). */
const columnListSchema = z
  .union([z.array(columnSchema).min(1), columnSchema])
  .meta({ typeLabel: 'column or list of columns' });

/** One input file with its own encoding or delimiter (files of one dataset can come from different publishers). */
const inputFileSchema = z.strictObject({
  path: relPath,
  encoding: z.enum(['auto', 'utf-8', 'windows-1252', 'macintosh', 'latin1']).optional(),
  delimiter: z.enum(['auto', ',', ';', '\t', '|']).optional(),
  values: z.record(z.string().min(1), z.string()).optional(),
});

const rowValuesSchema = z.record(z.string().min(1), z.array(z.string()).min(1));

/** The `where` and `except` conditions of a `rows` filter. */
const rowConditionsSchema = z.strictObject({
  where: rowValuesSchema.optional().meta({
    description:
      'Keep only rows whose every listed column holds one of its values (compared after trimming spaces, letter case kept). A column is found as column references are (case and spaces ignored).',
    example: { lvl: ['5'] },
  }),
  except: rowValuesSchema.optional().meta({
    description:
      'Leave out rows where any listed column holds one of its values (compared after trimming spaces). Applied with `where`: a row is kept when it passes both.',
    example: { Sex: ['Total'] },
  }),
});

/** Which rows of the files the dataset is about (files that mix geographic levels or series). */
const rowsSchema = rowConditionsSchema.optional().meta({
  description:
    'Which rows of the files the dataset is about, for a file that mixes geographic levels (a country, its regions and its municipalities) or series in one column (`indicator`, `sex`). Rows left out are neither accepted nor rejected: they are counted on their own, by column and value, so that rows in = accepted + rejected + left out (the data step summary, the dataset page and the manifest say so), and are not in the rejected-rows file. A configured column the file lacks stops the build; a value that matches no row is warned of, naming the file, column and value, and the value of the column it most likely means (one that differs in case, spaces or leading zeros, or by a near spelling). Rows the reader rejects before any column is read (an empty row, extra fields) are rejected, not left out.',
  example: { where: { lvl: ['5'] } },
});

/** `rows` of a layer's population or lookup file: the rows of one year or series of a file holding several. */
function layerFileRows(what: 'population' | 'lookup', example: Record<string, Record<string, string[]>>) {
  return rowConditionsSchema.optional().meta({
    description: `Which rows of the ${what} file to read, for a file that holds several years or series (\`where\` and \`except\` as a dataset's \`rows\`): the others are left out before any is read, so they are neither used nor reported as repeated codes. A configured column the file lacks stops the build; a value no row holds is warned of, with the value of the column it most likely means.`,
    example,
  });
}

const populationSchema = z.strictObject({
  file: relPath.meta({ description: 'CSV file with one population figure per area.' }),
  encoding: encodingSchema,
  delimiter: delimiterSchema,
  codeColumn: columnSchema.meta({
    description:
      'Column holding the area code: any column reference, so a code may be built from several columns (`{ concat: [{ column: "STATE", pad: 2 }, { column: "COUNTY", pad: 3 }] }`).',
  }),
  populationColumn: columnSchema.meta({ description: 'Column holding the population count.' }),
  year: z.number().int().optional().meta({ description: 'Year the estimate refers to, shown in methodology notes.' }),
  rows: layerFileRows('population', { where: { YEAR: ['2023'], SEX: ['Total'] } }),
});

const lookupSchema = z.strictObject({
  file: relPath.meta({ description: 'CSV file with one row per area code.' }),
  encoding: encodingSchema,
  delimiter: delimiterSchema,
  codeColumn: columnSchema.meta({ description: 'Column holding the area code, as the boundary file has it.' }),
  nameColumn: columnSchema.optional().meta({ description: "Column holding the area's name." }),
  parentColumn: columnSchema.optional().meta({ description: "Column holding the code of the area's parent." }),
  rows: layerFileRows('lookup', { where: { YEAR: ['2023'] } }),
});

const vintageSchema = z.strictObject({
  year: z.number().int().meta({ description: 'Keep the features valid in this year.' }),
  startProperty: z
    .string()
    .default('start')
    .meta({ description: 'Property holding the first year a feature is valid (absent: always was).' }),
  endProperty: z
    .string()
    .default('end')
    .meta({ description: 'Property holding the last year a feature is valid, inclusive (absent: still is).' }),
});

export const areaLayerSchema = z.strictObject({
  label: localText().meta({
    description:
      'Human name of the layer, as a plural noun: the pages use it in sentences such as "not inside any of the wards" and "Northshire (4 of 5 local authorities)", so a layer of one area is still named in the plural ("Local authorities", not "Local authority"). Where a sentence counts the areas ("one of the 12 wards", "4 of 5 wards with complete data") and `forms` gives no forms for the page\'s language, a layer of one area is said in words of its own ("Eastmere is the only one of the wards"), and a count the label cannot follow (English, Dutch, Danish and German 1; every Welsh count, whose nouns after a number are singular) with the interface\'s own word and the label beside it ("0 of 1 area (wards)", Welsh "12 ardal (wardiau)").',
    example: 'Wards',
  }),
  forms: z
    .record(z.string().refine(isLocale, { error: 'not a BCP 47 language tag, e.g. "cy", "en-GB"' }), pluralFormsSchema)
    .optional()
    .meta({
      description:
        'The layer\'s noun in every plural form a language needs, by language (of `site.languages`, or `site.locale`), as for an assets dataset\'s `words.forms`: `{ cy: { zero, one, two, few, many, other }, "en-GB": { one, other } }`, the forms of `Intl.PluralRules`; the config check names any a language needs that is missing. Every sentence that counts the layer\'s areas (an area profile\'s opening line, a partial sum\'s "4 of 5 wards", a disease page\'s "12 of 14 wards with complete data", "All 12 wards", the maps\' descriptions and an indicator\'s summary) then says the form its number takes ("1 ward", Welsh "2 ward", "3 ward"). Give each form as it reads inside a sentence (lower case in English).',
      example: {
        'en-GB': { one: 'ward', other: 'wards' },
        cy: { zero: 'ward', one: 'ward', two: 'ward', few: 'ward', many: 'ward', other: 'ward' },
      },
    }),
  file: relPath.meta({
    description: 'GeoJSON (`.geojson`, `.json`) or TopoJSON (`.topojson`, `.topo.json`) in WGS84 longitude/latitude.',
  }),
  format: z
    .enum(['auto', 'geojson', 'topojson'])
    .default('auto')
    .meta({ description: "`auto` decides by the file's content." }),
  layer: z.string().optional().meta({ description: 'TopoJSON object name; needed when the topology has several.' }),
  codeProperty: z.string().min(1).meta({
    description:
      'Feature property holding the area code (the join key). `"$id"` reads the feature\'s own `id` instead, as in the us-atlas county and state TopoJSON files. When no feature has it, the error lists the properties they do have.',
    example: '$id',
  }),
  nameProperty: z.string().min(1).optional().meta({
    description:
      'Feature property holding the area name (`"$id"`: the feature\'s id). Leave it out when a `lookup` gives the names; without either, the code is the name. Names that repeat within the layer (many US counties share one) are shown with their parent\'s name, "Adams, Illinois" (from `parentProperty`, named by any layer with that code), or else with their code, in every table, picker, title and download.',
  }),
  parentProperty: z
    .string()
    .optional()
    .meta({ description: 'Feature property naming a parent area (e.g. a region code), for comparisons.' }),
  vintage: vintageSchema.optional().meta({
    description:
      'Keep only the features valid in `year` (start ≤ year ≤ end; a missing start or end is open). Boundary files that hold several years of changes need this.',
  }),
  lookup: lookupSchema.optional().meta({
    description:
      'Names and parents from a CSV, for boundaries that carry only codes. A name fills areas the boundaries leave unnamed; a parent is used where `parentProperty` gives none. Repeated codes and areas missing from the lookup are reported as warnings.',
  }),
  population: populationSchema.optional().meta({
    description:
      'Population per area, for rates. Rows that cannot be read are reported as warnings; areas without a population get no rates.',
  }),
  aliases: z
    .record(z.string(), z.string())
    .default({})
    .meta({
      description:
        'Codes used in data that the boundary file spells differently (data code → boundary code). Rows with an unknown code are rejected and listed by code (with the name the file gives them), and the report says what the codes look like (GSS prefixes such as E02 MSOA or S12 council area, US FIPS, NUTS) and which layer or boundaries would join them.',
      example: { S12000049: 'S12000046' },
    }),
  attribution: localText().optional().meta({
    description: 'Credit the boundary licence requires, shown in the footer.',
    example: 'Contains OS data © Crown copyright',
  }),
  mapBounds: z
    .tuple([
      z.number().min(-180).max(180),
      z.number().min(-90).max(90),
      z.number().min(-180).max(180),
      z.number().min(-90).max(90),
    ])
    .refine(([, south, , north]) => south < north, 'south must be below north: [west, south, east, north]')
    .optional()
    .meta({
      typeLabel: '[west, south, east, north]',
      description:
        "The maps' first view in WGS84 degrees. Without it a map opens on the areas that have data, and a layer that crosses the antimeridian (a US county layer with the Aleutians) is framed across it rather than as a small patch in a world-wide view. An east below west crosses 180°.",
      example: [172, 18, -66, 72],
    }),
});

const joinSchema = z
  .discriminatedUnion('by', [
    z.strictObject({ by: z.literal('code'), layer: z.string().optional() }),
    z.strictObject({ by: z.literal('point'), layer: z.string() }),
    z.strictObject({ by: z.literal('none') }),
  ])
  .meta({
    typeLabel: 'object',
    description:
      'How rows find their area: `{ by: "code", layer? }` (a code column; without `layer`, codes are used as they are), `{ by: "point", layer }` (coordinates, assigned to areas by point-in-polygon), or `{ by: "none" }`. `layer` is an id under `areaLayers`.',
  });

const coordinatesSchema = z
  .strictObject({
    crs: z
      .union([z.string(), z.array(z.string()).min(1)])
      .default('EPSG:4326')
      .meta({
        description: `Coordinate system of the coordinates: an EPSG code (built in: ${knownCrsList()}; British National Grid is \`EPSG:27700\`), or any name when \`proj4\` is given. A list, e.g. \`["EPSG:4326", "EPSG:27700"]\`, is for a file that mixes systems row by row: each row is read in the first listed system its values fit (longitude/latitude only within ±180/±90) that puts it inside \`bounds\`, and the report counts the rows read in each. When rows fall outside the area, the report says which other built-in system would put them inside.`,
      }),
    order: z.enum(['x,y', 'y,x', 'lon,lat', 'lat,lon']).optional().meta({
      description:
        'Order of the two numbers in `columns.point`: `"lat,lon"` for `"(39.29, -76.61)"`, `"lon,lat"` for `"-1.2, 52.1"`; `"x,y"` (easting first) and `"y,x"` say the same for grid coordinates. Required with `columns.point`; never guessed.',
    }),
    proj4: z.string().optional().meta({
      description:
        'proj4 definition for a coordinate system that is not built in (epsg.io lists it under "PROJ.4"), such as a US State Plane zone. Mind the unit: most zones have one code in metres and one in US survey feet (Illinois East: `EPSG:26971` and `EPSG:3435`), and the definition\'s `+units=` says which; when points land outside the area the report says if the other unit would put them inside. Example: `"+proj=tmerc +lat_0=36.6666666666667 +lon_0=-88.3333333333333 +k=0.999975 +x_0=300000 +y_0=0 +ellps=GRS80 +units=us-ft +no_defs"`.',
    }),
    detectSwap: z.boolean().default(true).meta({
      description:
        'A row whose x and y are the wrong way round (only the swapped order lies inside `bounds`) is read swapped, and counted in a warning.',
    }),
    bounds: z.tuple([z.number(), z.number(), z.number(), z.number()]).optional().meta({
      description:
        "WGS84 bounds `[west, south, east, north]`: points outside are kept but not placed on the map (listed as unplaced). Default: the join layer's extent padded by 0.1°; without a layer, the world, and the points are then only checked against the site's other area layers (the report says which rows lie outside them and why), or, with no layer at all, not checked (the report says so).",
    }),
    snapWithin: z.number().min(0).max(10_000).default(0).meta({
      description:
        'With `join.by: "point"`: a point outside every area but within this many metres of one is assigned to the nearest (counted in a warning). Generalised boundaries clipped to the coastline miss quays, docks and riverside sites by a few tens of metres. 0 is off.',
    }),
  })
  .superRefine((c, ctx) => {
    const list = typeof c.crs === 'string' ? [c.crs] : c.crs;
    list.forEach((crs, k) => {
      // proj4 defines the first system only.
      if ((k > 0 || c.proj4 === undefined) && !isKnownCrs(crs)) {
        ctx.addIssue({
          code: 'custom',
          path: typeof c.crs === 'string' ? ['crs'] : ['crs', k],
          message: `unknown coordinate system "${crs}". Add its proj4 definition as coordinates.proj4 (epsg.io lists it under "PROJ.4"), or use one of ${knownCrsList()}.`,
        });
      }
    });
  });

/** Names for area codes a file gives without names, for cases and indicator datasets. */
const areaNamesField = z
  .record(z.string(), z.string().min(1))
  .default({})
  .meta({
    description:
      'Names of the area codes, for a file that gives only codes (Bundesland `01`, a FIPS code) and a dataset with no `layer` to name them: without a name the code is shown as the name in every sentence, table and title. A name from `columns.areaName` wins; codes not listed keep their code. With a layer, the layer (or its `lookup`) names its areas.',
    example: { '01': 'Schleswig-Holstein', '02': 'Hamburg' },
  });

/** Column → values, for `rows.where` and `rows.except`. */

/** One column that packs several values, split into named columns (`splitColumns`). */
const splitColumnSchema = z.strictObject({
  column: columnNamesSchema.meta({
    description: 'The packed column: its header text, matched as column references are (or a list of alternatives).',
  }),
  separator: z.string().min(1).meta({ description: 'What separates the parts in each value.', example: ',' }),
  into: z
    .array(z.string().min(1))
    .min(2)
    .meta({ description: 'Names of the columns the parts become, in order.', example: ['unit', 'sex', 'age', 'geo'] }),
});

const splitColumnsSchema = z
  .array(splitColumnSchema)
  .default([])
  .meta({
    description:
      'Columns that pack several values into one, split into named columns before anything else reads the row: Eurostat\'s TSV downloads begin with a column headed `unit,sex,age,geo\\time` whose cells read `YR,T,Y_LT1,DE`, the area code last. `{ column: "unit,sex,age,geo\\\\time", separator: ",", into: ["unit", "sex", "age", "geo"] }` adds the columns `unit`, `sex`, `age` and `geo`, which `columns`, `rows.where` and `rows.except` name like the file\'s own (`area: "geo"`, `rows: { where: { sex: ["T"] } }`). A value with fewer parts leaves the last columns blank; one with more keeps the rest, separators and all, in the last. A file that lacks the column stops the build, naming it.',
    example: [{ column: 'unit,sex,age,geo\\time', separator: ',', into: ['unit', 'sex', 'age', 'geo'] }],
  });

const commonDatasetFields = {
  id: z
    .string()
    .regex(idPattern, 'use lowercase letters, digits and hyphens')
    .meta({ description: 'Stable id used in URLs and file names: lowercase letters, digits, hyphens; unique.' }),
  title: localText().meta({ description: "The dataset's name, as shown on the site." }),
  description: localText(z.string()).default('').meta({ description: 'One or two sentences for the dataset page.' }),
  file: z.union([relPath, inputFileSchema, z.array(z.union([relPath, inputFileSchema])).min(1)]).meta({
    typeLabel: 'path or list of paths',
    description:
      'The CSV file(s). Each of several files must hold the columns the config names (other columns, and their order, may differ: a publisher that added columns part-way is read as it is); their header texts may differ too (see column references). A list item may be `{ path, encoding?, delimiter?, values? }` for a file with its own encoding or delimiter; the encoding is detected for each file separately. `values` gives columns a file lacks one value for all its rows, for a file per period that says its period only in its name: `{ path: "weeks-21-22.csv", values: { Period: "2020-W21" } }`, then `columns.period: "Period"` (a column the file has wins). Glob patterns are not supported: list the files.',
    example: ['2023.csv', { path: '2019.csv', encoding: 'windows-1252' }],
  }),
  encoding: encodingSchema,
  delimiter: delimiterSchema,
  dateFormat: dateFormatSchema,
  source: sourceSchema.meta({
    description: 'Where the data comes from, shown with every chart and on the dataset page.',
  }),
  join: joinSchema,
  maxRejectedShare: z.number().min(0).max(1).default(0.05).meta({
    description:
      'The build fails when more than this share of rows is rejected, naming the top reasons. A dataset of which no row is accepted always fails, whatever this says.',
  }),
  decimalSeparator: z.enum(['.', ',']).default('.').meta({
    description:
      'Decimal separator of numbers in the file; the other of `.` and `,` is a thousands separator, so with `,` the text `1.234,5` reads as 1234.5.',
  }),
  rows: rowsSchema,
  splitColumns: splitColumnsSchema,
  missingValues: z
    .array(z.string())
    .default([])
    .meta({
      description:
        'Extra values meaning "missing" (matched ignoring case and surrounding spaces), on top of blank, `..`, `NaN`, `-`, `N/A`, `NA` and `null`. In an area code column only a blank and the values listed here are missing: the built-in ones are not, since some are codes (`NA` is Navarra\'s ISO 3166-2 code, and Namibia\'s).',
      example: ['x', 'c'],
    }),
  unplacedValues: z
    .array(z.string())
    .default([])
    .meta({
      description:
        'Values of the area column that mean "not placed in any area" (matched ignoring case and surrounding spaces; a blank code with one of them as its area name counts too, as the NYT writes "Unknown" counties without a FIPS code). Their rows are accepted and counted as not placed in an area: a cases dataset adds their counts to the figures for all areas together (the total, its trend, its 7-day totals and change; not its rate, which divides the areas\' cases by their population), and to a roll-up parent\'s only when `columns.parent` says which parent (otherwise the roll-up warns that its parents leave them out), but they have no area page, map feature or rank, and the dataset page and the total\'s headline say "Not placed in an area: N". Rows of one value on one day add up (the NYT has an "Unknown" per state), and a day without one is none, not a gap (in a file of running totals, from its first row on); in a file of running totals (`countType: "cumulative"`) the rows of a value are told apart by their other text columns (the state), each differenced on its own, and one repeated on a day is a duplicate. An indicator\'s row of no area is counted, and kept out of every area\'s figures and every benchmark. For land and buildings such a value is no area code: the asset is placed by its coordinates, if it has any. Without this list a value that looks like one (`Unknown`, `Onbekend`, `Unbekannt`, `Ukendt`, `NA`, `N/A`, `-`, …) is warned of, naming the file, column, value and rows.',
      example: ['Unknown', 'Out of state'],
    }),
};

const unitFormsSchema = (what: string) =>
  z
    .record(z.string().refine(isLocale, { error: 'not a BCP 47 language tag, e.g. "cy", "en-GB"' }), pluralFormsSchema)
    .optional()
    .meta({
      description: `${what}'s noun in every plural form a language needs, by language (of \`site.languages\`, or \`site.locale\`), as for an assets dataset's \`words.forms\`: the forms of \`Intl.PluralRules\`; the config check names any a language needs that is missing. Where a sentence puts a count before the metric's unit (the disease index's "25 cases in the 7 days to …", a change's "Up 3 cases", the map's "North Ward: …, 25 cases"), a language given here says the form its number takes ("1 admission", Welsh "3 derbyniad"); one not given says the label beside the number as a name ("25 (hospital admissions)"), right for every count, except the interface's own word for cases (the default label), which the interface counts itself ("1 case", Welsh "3 achos"). Give each form as it reads inside a sentence (lower case in English).`,
      example: {
        'en-GB': { one: 'admission', other: 'admissions' },
        cy: {
          zero: 'derbyniad',
          one: 'derbyniad',
          two: 'derbyniad',
          few: 'derbyniad',
          many: 'derbyniad',
          other: 'derbyniad',
        },
      },
    });

const metricSchema = z.strictObject({
  label: localText().meta({ description: 'Name of the metric on the site.' }),
  forms: unitFormsSchema('The metric'),
  higherIs: higherIsSchema.default('bad').meta({
    description:
      'Whether a rise is bad (cases) or good (vaccinations): colours change arrows by whether the change is good or bad, not by direction.',
  }),
  description: localText().optional().meta({ description: 'A sentence about the metric for its pages.' }),
});

const rollUpLookupSchema = z.strictObject({
  file: relPath.meta({ description: 'Lookup CSV from child area codes to parent area codes.' }),
  encoding: encodingSchema,
  delimiter: delimiterSchema,
  childColumn: z
    .string()
    .min(1)
    .meta({ description: "Column holding the child area code (a code of the dataset's join layer)." }),
  parentColumn: z
    .string()
    .min(1)
    .meta({ description: 'Column holding the parent area code (a code of the roll-up layer).' }),
});

/**
 * Counts and populations summed from the join layer's areas into a parent
 * layer's (districts into counties or regions), written as a dataset of its own.
 */
export const rollUpSchema = z.strictObject({
  layer: z.string().min(1).meta({ description: 'Area layer id of the parents; its boundaries draw the maps.' }),
  via: z.union([z.literal('parent'), z.literal('within'), rollUpLookupSchema]).meta({
    typeLabel: '"parent", "within" or { file, childColumn, parentColumn, encoding?, delimiter? }',
    description:
      'How each child finds its parent: `"parent"`, the join layer\'s `parentProperty`; `"within"`, the parent area containing a point inside the child (for boundaries that nest, such as ONS districts and counties in one TopoJSON: no lookup needed); or a lookup CSV (e.g. ONS\'s lower-tier to upper-tier lookup). With `parent` or a lookup, a child nothing maps whose own code is a parent code (a unitary authority) stands for itself.',
    example: { file: 'LTLA19_UTLA19.csv', childColumn: 'LTLA19CD', parentColumn: 'UTLA19CD' },
  }),
  id: z
    .string()
    .regex(idPattern, 'use lowercase letters, digits and hyphens')
    .optional()
    .meta({ description: 'Id of the rolled-up dataset; default `<dataset id>-<layer>`.' }),
  title: z.string().min(1).optional().meta({
    description:
      'Title of the rolled-up dataset, shown as written in every language; default `<title> by <layer label>`, phrased in the page\'s language ("Cases by counties").',
  }),
  partial: z.enum(['omit', 'label']).default('omit').meta({
    description:
      "A parent some of whose children have no data at all: `omit` it (no figures; the warnings name the missing children), or `label` it: the sum of the others, its name followed on the pages by how many of its areas are in, in the page's language (\"Northshire (4 of 5 local authorities)\", the noun the join layer's label). The data files keep the area's own name and give the count as `partial: { counted, of }`; the CSV downloads as the columns `partial_counted` and `partial_of`, empty for a whole sum.",
  }),
});

/** A regular expression given as text; refused when it does not compile. */
const regexText = z
  .string()
  .min(1)
  .refine((v) => {
    try {
      new RegExp(v);
      return true;
    } catch {
      return false;
    }
  }, 'must be a valid regular expression');

/** The area columns of a cases file wide by area: header texts, or a pattern on header texts with a label rewrite. */
const areaColumnsSchema = z
  .union([
    z.array(z.string().trim().min(1)).min(1),
    z.strictObject({
      pattern: regexText.meta({ description: 'Regular expression matched against each header text (trimmed).' }),
      label: z.string().min(1).optional().meta({
        description: 'Area code or name for a matched header, with `$1`, `$2` … for groups; default: the header text.',
      }),
    }),
  ])
  .meta({ typeLabel: 'list of header texts, or `{ pattern, label? }`' });

/** A row's area name column, checked against its code's name (cases and indicator files alike). */
const areaNameColumn = columnSchema.optional().meta({
  description:
    'Area name, used when the area is not in a layer (or there is no layer). Each row\'s name is checked against its code\'s: the layer\'s name, else the first name a row gave the code; rows whose name is another place\'s (code E05001234 named "Ashby" where the layer has "Beacon") are kept under the code and counted in a warning, since the code may be the wrong one. Names that are one spelling, or differ by added words ("Adams", "Adams County"), agree.',
});

export const casesDatasetSchema = z
  .strictObject({
    ...commonDatasetFields,
    kind: z.literal('cases').meta({ description: 'counts by area and day.' }),
    columns: z
      .strictObject({
        area: columnSchema.optional().meta({
          description:
            'Area code, in a long file (one row per area and day). A file with one column per area gives `areas` instead.',
        }),
        areas: areaColumnsSchema.optional().meta({
          description:
            'A file wide by area, one column per area (`Dato;Hovedstaden;Sjælland;…`, as Denmark\'s SSI and many statistics offices publish), instead of `area`: the header texts of the area columns (`["Hovedstaden", "Sjælland"]`, matched ignoring case and spacing), or `{ pattern, label? }`: a regular expression matching the header texts (the `date`, `metric` and `population` columns are never areas) and, optionally, the area each becomes, written with the groups of the pattern (`{ pattern: "^cases_(E\\d{8})$", label: "$1" }`). Each column\'s area is its label, else its header as the file writes it, read as a code in `area` is: through the join layer (a header that matches no area of the layer stops the build, naming it), or without a layer as the area\'s name or code. Every cell is a count, accepted or rejected on its own (file, line, column and reason), and counted in cells, not rows; daily series, 7-day totals, rates, roll-ups and cumulative files work as for a long file. `areaName` and `population` need a long file.',
          example: ['Hovedstaden', 'Sjælland', 'Syddanmark', 'Midtjylland', 'Nordjylland'],
        }),
        areaName: areaNameColumn,
        date: columnSchema.meta({ description: 'Day of the count.' }),
        count: columnSchema.optional().meta({
          description:
            'Whole-number count, in a long file (with `area`); a file with one column per area (`areas`) has a count in each cell.',
        }),
        metric: columnSchema
          .optional()
          .meta({ description: 'Splits rows into metrics (e.g. a column naming the disease); omit for one metric.' }),
        population: columnSchema
          .optional()
          .meta({ description: 'Population per row, used for areas the layer has no population for.' }),
        parent: columnSchema.optional().meta({
          description:
            "The parent area of each row, by code, alias or name in the layer of each `rollUp` (the NYT's `state`: `\"Nebraska\"`), read for rows of an `unplacedValues` value only (an area's rows find their parent through `rollUp[].via`): their counts are added to that parent's figures (its 7-day totals, change, trend and monthly counts; not its rate, which divides its areas' cases by their population), and its page says \"Not placed in an area: N\". A value that is no area of a roll-up's layer is warned of with the file, line, column and value, and its rows count in the total of all areas only. Needs `rollUp`, `unplacedValues` and a long file. Without it a roll-up warns that its parents leave out the rows of no area.",
          example: 'state',
        }),
      })
      .meta({ description: "The file's columns." }),
    areaNames: areaNamesField,
    countType: z.enum(['daily', 'cumulative']).default('daily').meta({
      description:
        '`cumulative` counts are differenced per area: each area\'s rows must be in date order (a row dated before the area\'s previous row is rejected). Days missing inside a cumulative series are not "no data": the total is carried forward and the rise on the next reported day is shown as covering them ("reported for 4 days" in tables, a `days_covered` column in downloads), so the weeks around a gap keep their true totals. A file left at `daily` whose series of 14 days or more (nearly) all rise and fall on at most 1 day in 10 holds running totals: the build warns, naming this key.',
    }),
    cumulativeStart: z.enum(['baseline', 'zero']).default('baseline').meta({
      description:
        "With `countType: \"cumulative\"`: what a total on the file's first day is. `baseline` (default): where the series starts (each area's, and each of `unplacedValues`), since the file does not give the total before it: that day has no daily figure (its week no 7-day total), and each later day is its rise on the day before; a file of daily reports that begins mid-epidemic (Italy's regional files, France's hospital figures) would otherwise show its whole running total as one day's cases. The build warns, naming this key. `zero`: the file begins with the first case (every series starts from nothing, as in the NYT's county file), so the first day's total is also that day's count. A series whose first row comes after the file's first day starts from zero either way (an area first reported later had none before).",
      example: 'zero',
    }),
    period: z.enum(['day', 'week']).default('day').meta({
      description:
        "`week` takes the publisher's weekly counts as their own period: each row's count covers the 7 days ending on its date and is shown as reported for 7 days, so 7-day totals, changes and weekly maps are the publisher's own weeks (no daily figures are invented). Works with either `countType`.",
      example: 'week',
    }),
    weekDate: z.enum(['end', 'start']).default('end').meta({
      description: 'With `period: "week"`: whether each row\'s date is the last or the first day of its week.',
    }),
    metrics: z
      .record(z.string(), metricSchema)
      .default({})
      .meta({ description: 'Metric value in the file → how to show it; unlisted values are used as they are.' }),
    metricLabel: localText()
      .optional()
      .meta({
        description:
          'Name of the single metric when there is no metric column. Default: the interface\'s word in each of the site\'s languages ("Cases", Welsh "Achosion", Dutch "Gevallen", Danish "Tilfælde", German "Fälle"); it also names the metric\'s pages in URLs.',
        example: { cy: 'Achosion norofeirws', 'en-GB': 'Norovirus cases' },
      }),
    metricForms: unitFormsSchema('With no metric column, the single metric'),
    reportingLagDays: z.number().int().min(0).default(0).meta({
      description:
        'The last N days are incomplete: charts shade them and headline figures end before them. With 0 the pages never call any day incomplete.',
    }),
    suppressBelow: z.number().int().min(0).default(0).meta({
      description:
        'Counts from 1 to N−1 are shown as "suppressed" everywhere (cards, charts, tables, maps, downloads), never as zero. 0 disables.',
    }),
    rateBands: z.array(z.number().nonnegative()).min(2).default([10, 50, 100, 200, 400, 800]).meta({
      description:
        'Fixed map bands of rate per 100,000: strictly ascending upper bounds, the last open-ended. Keep them fixed for a release so maps compare week to week.',
    }),
    rejectNegative: z.boolean().default(true).meta({
      description:
        'Reject negative counts (true) or keep them as corrections (false). In a cumulative file a row whose total is below the last accepted day\'s is rejected with reason "cumulative count fell" and a value saying by how much and on which day (`9: fell by 3 on 2024-01-03 (from 12 on 2024-01-02)`); with false it is kept as a negative daily count and the build warns how many rows fell.',
    }),
    rollUp: z
      .array(rollUpSchema)
      .default([])
      .meta({
        description:
          'Parent geographies to sum the areas into (districts into counties or regions), each written as a dataset of its own with its own maps, tables and rates; see "Roll-up" below.',
        example: [{ layer: 'utla', via: 'within' }],
      }),
  })
  .superRefine((d, ctx) => {
    for (const problem of casesShapeProblems(d.columns)) ctx.addIssue({ code: 'custom', ...problem });
    if (d.columns.parent !== undefined && (d.rollUp.length === 0 || d.unplacedValues.length === 0)) {
      ctx.addIssue({
        code: 'custom',
        path: ['columns', 'parent'],
        message:
          d.rollUp.length === 0
            ? 'columns.parent says which roll-up parent a row of no area belongs to: add rollUp (e.g. rollUp: [{ layer: "states", via: "within" }]), or remove columns.parent.'
            : 'columns.parent is read only for rows of no area: list their values in unplacedValues (e.g. unplacedValues: ["Unknown"]), or remove columns.parent.',
      });
    }
    const j = d.rateBands.findIndex((b, i) => i > 0 && b <= (d.rateBands[i - 1] ?? -Infinity));
    if (j > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['rateBands'],
        message: `bands must be strictly ascending (${d.rateBands[j]} follows ${d.rateBands[j - 1]}), e.g. [10, 50, 100, 200].`,
      });
    }
  });

/**
 * A cases file is long (`columns.area`, one row per area and day) or wide by area (`columns.areas`, one
 * column per area), never both nor neither; what is wrong, with the keys to use instead.
 */
function casesShapeProblems(c: {
  area?: unknown;
  areas?: unknown;
  count?: unknown;
  areaName?: unknown;
  population?: unknown;
  parent?: unknown;
}): { path: string[]; message: string }[] {
  if (c.area === undefined && c.areas === undefined) {
    return [
      {
        path: ['columns', 'area'],
        message:
          'say where the areas are: columns.area for a long file (a column of area codes, one row per area and day), or columns.areas for a file with one column per area, e.g. areas: ["Hovedstaden", "Sjælland"] or areas: { pattern: "^E\\d{8}$" }.',
      },
    ];
  }
  if (c.areas === undefined) {
    return c.count !== undefined
      ? []
      : [
          {
            path: ['columns', 'count'],
            message:
              'say which column holds the counts: columns.count (a long file has a count column beside columns.area).',
          },
        ];
  }
  if (c.area !== undefined) {
    return [
      {
        path: ['columns', 'areas'],
        message:
          'give either columns.area (a long file: a column of area codes) or columns.areas (one column per area), not both; remove one.',
      },
    ];
  }
  return (['count', 'areaName', 'population', 'parent'] as const)
    .filter((k) => c[k] !== undefined)
    .map((k) => ({
      path: ['columns', k],
      message:
        k === 'count'
          ? 'in a file with one column per area (columns.areas) each cell of an area column is a count: remove columns.count.'
          : `columns.${k} is read from a long file, one row per area; in a file with one column per area (columns.areas) each column is its area. Remove columns.${k}, and name the areas with areaNames or the join layer.`,
    }));
}

/** Fields of the asset record whose names a dataset's `words.labels` may change. */
const ASSET_FIELDS = [
  'name',
  'address',
  'postcode',
  'reference',
  'uprn',
  'area',
  'tenure',
  'holdingType',
  'size',
  'owner',
  'status',
] as const;

/** A category id (one of the dataset's `categories`, or of the default four); checked against them below. */
export const assetStatusSchema = z.string().regex(idPattern, 'a category id: lowercase letters, digits and hyphens');

const DEFAULT_IDS = DEFAULT_ASSET_CATEGORIES.map((c) => c.id);

export const assetCategorySchema = z.strictObject({
  id: z.string().regex(idPattern, 'use lowercase letters, digits and hyphens, e.g. "not-permissioned"').meta({
    description:
      'What `statusMap`, `statusRules` and `defaultStatus` name it by; also its value in filter links and in the `status` column of downloads.',
    example: 'not-permissioned',
  }),
  label: localText().meta({ description: 'Words shown for it, sentence case.', example: 'Not permissioned' }),
  colour: z
    .string()
    .regex(/^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, 'use a hex colour such as "#0b5cad"')
    .meta({
      description:
        'Marker and badge colour, `#rrggbb`. Must have a contrast of at least 4.5:1 against the white page and 3:1 against the map background (`#eef1f4`); the config check names a darker colour of the same hue when it does not.',
      example: '#0b5cad',
    }),
  shape: z.enum(MARKER_SHAPES).meta({
    description: `Marker shape: ${MARKER_SHAPES.join(', ')}. Each category of a site has its own shape (categories of the same id in several datasets share one), so no marker differs by colour alone.`,
    example: 'square',
  }),
  available: z.boolean().default(false).meta({
    description:
      'Whether a record in this category counts as available for community use (the land pages count them; by default vacant and under-used do).',
  }),
});

const optionalColumn = (description: string) => columnSchema.optional().meta({ description });

export const assetsDatasetSchema = z
  .strictObject({
    ...commonDatasetFields,
    kind: z.literal('assets').meta({ description: 'land and buildings.' }),
    coordinates: coordinatesSchema.optional().meta({
      description:
        'Where the coordinates in `columns.x` and `columns.y` (or `columns.point`, `columns.geometry`) are; other common European systems are built in. Without it, a GeoJSON file is read in the system its `crs` member declares, else longitude/latitude.',
    }),
    columns: z
      .strictObject({
        id: columnListSchema.optional().meta({
          description:
            'The asset\'s reference, unique within the dataset (an asset code, or the UPRN when each asset has its own). A list builds it from several columns joined with `idSeparator`: `["Block", "Lot"]` gives `0012-004`.',
          example: ['Block', 'Lot'],
        }),
        uprn: optionalColumn(
          'Unique Property Reference Number when the file has one beside its own reference; several assets may share one (a park and its pavilion). Without `id` it is used as the id.',
        ),
        name: columnListSchema.optional().meta({
          description: 'Name of the asset; a list of columns is joined with ", ".',
          example: ['SAO Description', 'PAO Description'],
        }),
        address: columnListSchema.optional().meta({
          description: 'Address; a list of columns is joined with ", ".',
          example: ['PAO Description', 'Street', 'Town'],
        }),
        postcode: optionalColumn('Postcode (or zip code) of the address.'),
        x: optionalColumn('Easting or longitude, in `coordinates.crs`; needed (with `y`) for `join.by: "point"`.'),
        y: optionalColumn('Northing or latitude, in `coordinates.crs`; needed (with `x`) for `join.by: "point"`.'),
        point: optionalColumn(
          'Both coordinates in one column, as city portals export a location: `"(39.29, -76.61)"`, `"52.1, -1.2"`, `"POINT (-1.2 52.1)"`. Say the order in `coordinates.order`. Instead of `x` and `y`.',
        ),
        geometry: optionalColumn(
          'Well-known text (WKT): `POINT (x y)`, `POLYGON ((…))`, `MULTIPOLYGON (((…)))` (also `LINESTRING`, `MULTIPOINT`, Z/M ordinates, EWKT `SRID=27700;…`), in `coordinates.crs`. A shape is placed at a point inside it (not its centroid, which can fall outside) and its outline is drawn on the asset page; a value that is not WKT leaves the asset unplaced with the reason. Instead of `x` and `y`.',
        ),
        tenure: optionalColumn('Tenure (freehold, leasehold …), shown and filterable as written.'),
        holdingType: optionalColumn('Type of holding (land, building …), shown and filterable as written.'),
        status: optionalColumn("Occupancy status in the source's words, mapped by `statusMap`."),
        size: optionalColumn(
          'Size, in `sizeUnit`. When no record of the site has a size, the land page offers no size filter or order.',
        ),
        owner: optionalColumn('Owning body.'),
        area: optionalColumn(
          'Area name or code as the source gives it (with `join.by: "code"`, a code of the join layer). With `join.by: "point"` the point decides, and this column gives the area of the records that have no coordinates (a code of the join layer): they are counted in that area\'s lists, though not on the map; a record whose point lies outside every area gets none. Spellings that differ only in case, spaces, hyphens, apostrophes, full stops and accents are one area, as in indicator and cases files (`ROSELAND`, `Roseland`), listed in a warning.',
        ),
        listedDate: optionalColumn('Date the asset was listed as of community value.'),
        expiryDate: optionalColumn('Date the community-value listing expires.'),
        noticeDate: optionalColumn("Date of the owner's notice of intent to sell."),
        protectedUntil: optionalColumn('End of the protected period after a notice.'),
      })
      .superRefine((c, ctx) => {
        if ((c.x === undefined) !== (c.y === undefined)) {
          ctx.addIssue({
            code: 'custom',
            path: [c.x === undefined ? 'x' : 'y'],
            message: 'set both columns.x and columns.y (the coordinate columns), or neither.',
          });
        }
        const forms = [c.x !== undefined || c.y !== undefined, c.point !== undefined, c.geometry !== undefined];
        if (forms.filter(Boolean).length > 1) {
          ctx.addIssue({
            code: 'custom',
            path: ['point'],
            message:
              'name the coordinates one way: columns.x and columns.y, or columns.point (both in one column), or columns.geometry (WKT). Remove the others.',
          });
        }
      })
      .meta({ description: "The file's columns, mapped onto the common asset record." }),
    idPadding: z.number().int().min(0).max(20).default(0).meta({
      description:
        'Pad numeric ids and UPRNs with zeros to this width (UPRNs: 12); extra leading zeros are dropped first, so `10012345678` and `010012345678` are the same. 0 leaves them.',
    }),
    idPrefix: z.string().default('').meta({ description: 'Prefix for ids generated where a row has none.' }),
    idSeparator: z
      .string()
      .default('-')
      .meta({ description: 'Joins the parts of an id built from several columns (`columns.id` as a list).' }),
    topojsonLayer: z
      .string()
      .optional()
      .meta({ description: 'For a TopoJSON asset file with several objects: the one holding the assets.' }),
    duplicateIds: z.enum(['reject', 'suffix']).default('reject').meta({
      description:
        "A row whose id repeats an earlier row's is rejected as a duplicate, or (`suffix`) kept as `<id>-2`, `<id>-3`… in file order with a warning, for sources known to reuse references.",
    }),
    sizeUnit: z.string().default('ha').meta({ description: 'Unit of the size column.', example: 'm²' }),
    categories: z
      .array(assetCategorySchema)
      .max(MARKER_SHAPES.length)
      .default([])
      .meta({
        description:
          'The categories the records fall into, in display order, for registers that classify by something other than occupancy (a brownfield register by planning status). Without it: `vacant`, `under-used` (both available for community use), `occupied` and `unknown`. With it, set `defaultStatus` to one of them. See "Categories" below.',
        example: [
          { id: 'permissioned', label: 'Permissioned', colour: '#0b5cad', shape: 'square' },
          { id: 'not-permissioned', label: 'Not permissioned', colour: '#b3261e', shape: 'triangle', available: true },
          { id: 'pending-decision', label: 'Pending decision', colour: '#8a4b00', shape: 'diamond' },
        ],
      }),
    statusMap: z
      .record(z.string(), assetStatusSchema)
      .default({})
      .meta({
        description:
          'Source value → category id: one of `categories`, else `vacant`, `under-used`, `occupied` or `unknown` (matched ignoring case, surrounding spaces and stray quote marks). Unmatched values get `defaultStatus`.',
        example: { Empty: 'vacant', 'Part let': 'under-used' },
      }),
    defaultStatus: assetStatusSchema.optional().meta({
      description:
        'Category for values not in `statusMap`, and for rows with no status. Default `unknown`; required when `categories` are declared.',
    }),
    statusRules: z
      .array(
        z.strictObject({
          column: z.string().min(1).meta({ description: 'Header of the column to look in.' }),
          values: z
            .array(z.string())
            .min(1)
            .meta({ description: 'Values that give the status (matched like `statusMap`).' }),
          status: assetStatusSchema.meta({ description: 'The category id they give.' }),
        }),
      )
      .default([])
      .meta({
        description:
          'Checked in order before `columns.status`: the first rule whose column holds one of its values gives the status, for sources that say it in another column.',
        example: [{ column: 'Holding Type', values: ['Buildings Declared Surplus'], status: 'under-used' }],
      }),
    defaultOwner: localText()
      .optional()
      .meta({ description: 'Owner when there is no owner column (e.g. the council itself).' }),
    words: z
      .strictObject({
        asset: localText()
          .optional()
          .meta({ description: 'What one record is, e.g. "vacant building" (default "record").' }),
        assets: localText()
          .optional()
          .meta({ description: 'The plural, e.g. "vacant buildings" (default "records").' }),
        forms: z
          .record(
            z.string().refine(isLocale, { error: 'not a BCP 47 language tag, e.g. "cy", "en-GB"' }),
            pluralFormsSchema,
          )
          .optional()
          .meta({
            description:
              "The record noun in every plural form a language needs, by language (of `site.languages`, or `site.locale`): `{ cy: { zero, one, two, few, many, other }, \"en-GB\": { one, other } }`. Welsh needs six forms, Danish, Dutch, German and English two (`one`, `other`); the forms are those of `Intl.PluralRules`, and the config check names any a language needs that is missing. Where the site says a count of this dataset's records (when it is the only assets dataset: the land page's opening line and its lines at a glance, the finder's live count, its export message and map description, the printable shortlist, each area's list page and the area line of each asset's page; and the page of records not on the map), a language given here uses these forms; one not given uses `asset`/`assets` as its one/other, and without those the interface's own word (\"records\"). Sentences with no count (the export buttons, the map's labels) name no records at all, so they read right whatever the noun.",
            example: {
              cy: {
                zero: 'adeiladau',
                one: 'adeilad',
                two: 'adeilad',
                few: 'adeilad',
                many: 'adeilad',
                other: 'adeilad',
              },
            },
          }),
        labels: z
          .strictObject(
            Object.fromEntries(
              ASSET_FIELDS.map((k) => [
                k,
                localText()
                  .optional()
                  .meta({ description: `Name shown for the ${k === 'holdingType' ? 'holding type' : k} field.` }),
              ]),
            ) as Record<(typeof ASSET_FIELDS)[number], z.ZodOptional<ReturnType<typeof localText>>>,
          )
          .default({})
          .meta({
            description: `Names of the fields on the asset page where the register's own words differ (keys: ${ASSET_FIELDS.join(', ')}). Defaults: Name, Address, Postcode, Reference, UPRN, Area, Tenure, Holding type, Size, Owner, Status.`,
            example: { reference: 'Block and lot', postcode: 'ZIP code', owner: 'Owning agency' },
          }),
      })
      .default({ labels: {} })
      .meta({ description: "The words for this dataset's records, for registers that are not UK public land." }),
    dates: z
      .array(
        z.strictObject({
          column: columnSchema.meta({ description: 'The date column.' }),
          label: localText().meta({
            description:
              "What the date is, as shown on the asset page: per language like any config text, a language it lacks showing the default language's label, marked with its `lang`, with the page's one note for labels.",
          }),
        }),
      )
      .default([])
      .meta({
        description:
          'Other date columns, each shown on the asset page (and in the nomination draft) under its own label. Read with `dateFormat`; a value that is not a date is left blank and counted in a warning, which names the `dateFormat` that reads it when one does (`04/13/2021`: `"mdy"`).',
        example: [{ column: 'NoticeDate', label: 'Vacant building notice served' }],
      }),
    texts: z
      .array(
        z.strictObject({
          column: columnSchema.meta({ description: 'The column of free text.' }),
          label: localText().meta({
            description: 'What the text is, as its heading on the asset page and in the shortlist.',
          }),
        }),
      )
      .default([])
      .meta({
        description:
          "Columns of free text about each record (a description, notes, current use, the services in a building, restrictions, a contact), each shown under its own label on the asset page and the printable shortlist, and as a column headed by its label in the downloads and the shortlist's CSV. Always shown as text, never markup; its line breaks are kept, and a web address in it (`http://` or `https://` only) becomes a link. An empty cell (or a `missingValues` one) shows nothing. The texts are written to a file of their own, read by the asset pages at build time and fetched by the shortlist and the exports, so the land map's records stay small.",
        example: [{ column: 'service', label: 'Services in the building' }],
      }),
    tenureMap: z
      .record(z.string(), z.string().min(1))
      .default({})
      .meta({
        description:
          'Source tenure value (matched ignoring case and spaces) → the label shown. Values not listed are shown as written.',
        example: { F: 'Freehold', L: 'Leasehold' },
      }),
    councilAreas: z
      .strictObject({
        layer: z
          .string()
          .optional()
          .meta({ description: "Area layer the codes are in; default the dataset's join layer." }),
        codes: z
          .array(z.string().min(1))
          .min(1)
          .meta({ description: "Codes of the publishing council's own area or areas in that layer." }),
      })
      .optional()
      .meta({
        description:
          'The publishing council\'s own area: placed assets that fall in another area of the layer, or in none, are listed in a warning with file, line and id (a longitude with the wrong sign puts a site in another borough). They stay on the map; a code the layer does not have stops the build. With `join.by: "point"` on this same layer, a point in no area of it is not placed at all: it is counted with the assets not on the map ("not inside any of the …"), not in this warning.',
        example: { layer: 'districts', codes: ['E07000078'] },
      }),
    assetPages: z
      .union([
        z.enum(['all', 'none']),
        z.strictObject({
          categories: z
            .array(z.string().min(1))
            .meta({ description: 'Category ids whose records get a page of their own.' }),
        }),
      ])
      .default('all')
      .meta({
        description:
          'Which records get a page of their own (`land/<dataset>/<id>/`): `all` (default), `none`, or `{ categories: [...] }` for the records in the listed categories. A register of tens of thousands of records builds a page per record (about 600 pages a minute measured on a busy 2-core machine); records without a page stay on the map, in the lists and in the downloads, and their links open the map with the record selected.',
        example: { categories: ['vacant', 'under-used'] },
      }),
  })
  .superRefine((d, ctx) => {
    categoryProblems(d, ctx);
    if (typeof d.assetPages === 'object') {
      const ids = d.categories.length > 0 ? d.categories.map((c) => c.id) : DEFAULT_IDS;
      d.assetPages.categories.forEach((id, j) => {
        if (!ids.includes(id))
          ctx.addIssue({
            code: 'custom',
            path: ['assetPages', 'categories', j],
            message: `"${id}" is not a category of this dataset; use one of: ${ids.join(', ')}.`,
          });
      });
    }
    const c = d.columns;
    const located = (c.x !== undefined && c.y !== undefined) || c.point !== undefined || c.geometry !== undefined;
    // A GeoJSON or TopoJSON file carries its own geometry; files of other names are sniffed when read.
    const features = (Array.isArray(d.file) ? d.file : [d.file]).every((f) =>
      /\.(geo|topo)?json$/i.test(typeof f === 'string' ? f : f.path),
    );
    if (d.join.by === 'point' && !located && !features) {
      ctx.addIssue({
        code: 'custom',
        path: ['columns'],
        message:
          'join.by "point" needs coordinates: columns.x and columns.y, columns.point (both in one column) or columns.geometry (WKT), unless the file is GeoJSON or TopoJSON. Name them, or join by code.',
      });
    }
    if (c.point !== undefined && d.coordinates?.order === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['coordinates', 'order'],
        message:
          'columns.point holds both coordinates; say which comes first with coordinates.order: "lat,lon" for values like "(39.29, -76.61)", "lon,lat" for "-1.2, 52.1".',
      });
    }
  });

// Categories that clash, fail contrast, or that statusMap, statusRules and defaultStatus name but do not exist.
function categoryProblems(
  d: {
    categories: z.output<typeof assetCategorySchema>[];
    statusMap: Record<string, string>;
    statusRules: { status: string }[];
    defaultStatus?: string | undefined;
  },
  ctx: z.core.$RefinementCtx,
): void {
  const declared = d.categories.length > 0;
  const ids = declared ? d.categories.map((c) => c.id) : DEFAULT_IDS;
  const known = `one of: ${ids.join(', ')}${declared ? '' : ' (or declare categories)'}`;
  const seenIds = new Map<string, number>();
  const seenShapes = new Map<string, number>();
  d.categories.forEach((c, j) => {
    const sameId = seenIds.get(c.id);
    if (sameId !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['categories', j, 'id'],
        message: `"${c.id}" is already categories[${sameId}]'s id; ids must be unique.`,
      });
    }
    seenIds.set(c.id, j);
    const sameShape = seenShapes.get(c.shape);
    if (sameShape !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['categories', j, 'shape'],
        message: `"${c.shape}" is already the shape of categories[${sameShape}] ("${d.categories[sameShape]?.id}"); give each category its own shape so markers never differ by colour alone. Shapes not used yet: ${MARKER_SHAPES.filter((s) => !d.categories.some((o) => o.shape === s)).join(', ')}.`,
      });
    }
    seenShapes.set(c.shape, j);
    const contrast = colourProblem(c.colour);
    if (contrast !== null) ctx.addIssue({ code: 'custom', path: ['categories', j, 'colour'], message: contrast });
  });
  for (const [value, id] of Object.entries(d.statusMap)) {
    if (!ids.includes(id)) {
      ctx.addIssue({ code: 'custom', path: ['statusMap', value], message: `"${id}" is not a category; use ${known}.` });
    }
  }
  d.statusRules.forEach((r, j) => {
    if (!ids.includes(r.status)) {
      ctx.addIssue({
        code: 'custom',
        path: ['statusRules', j, 'status'],
        message: `"${r.status}" is not a category; use ${known}.`,
      });
    }
  });
  if (d.defaultStatus === undefined) {
    if (declared) {
      ctx.addIssue({
        code: 'custom',
        path: ['defaultStatus'],
        message: `categories are declared, so say which one rows with no status (or a value not in statusMap) get: defaultStatus: "${ids[ids.length - 1]}" (${known}).`,
      });
    }
  } else if (!ids.includes(d.defaultStatus)) {
    ctx.addIssue({
      code: 'custom',
      path: ['defaultStatus'],
      message: `"${d.defaultStatus}" is not a category; use ${known}.`,
    });
  }
}

/** The period columns of a wide indicator file: header texts, or a pattern on header texts with a label rewrite. */
const periodColumnsSchema = z
  .union([
    z.array(z.string().trim().min(1)).min(1),
    z.strictObject({
      pattern: regexText.meta({ description: 'Regular expression matched against each header text (trimmed).' }),
      label: z.string().min(1).optional().meta({
        description: 'Period label for a matched header, with `$1`, `$2` … for groups; default: the header text.',
      }),
    }),
  ])
  .meta({ typeLabel: 'list of header texts, or `{ pattern, label? }`' });

export const indicatorDatasetSchema = z
  .strictObject({
    ...commonDatasetFields,
    kind: z.literal('indicator').meta({ description: 'one value per area and period.' }),
    columns: z
      .strictObject({
        area: columnSchema.meta({ description: 'Area code.' }),
        areaName: areaNameColumn,
        period: columnSchema.optional().meta({
          description:
            'Period label, sorted as text: use `2019/20` or `2019-Q1` styles. A long file (one row per area and period) gives `period` and `value`; a wide file gives `periods` instead.',
        }),
        value: columnSchema.optional().meta({ description: 'The value (a number), in a long file (with `period`).' }),
        periods: periodColumnsSchema.optional().meta({
          description:
            'A wide file, one column per period (`Area, 2019, 2020, 2021`), instead of `period` and `value`: the header texts of the period columns (`["2019/20", "2020/21"]`, matched ignoring case and spacing; the period label of each column is its header as the file writes it), or `{ pattern, label? }`: a regular expression matching the header texts (columns given as `area`, `areaName` or `indicator` are never periods) and, optionally, the label each becomes, written with the groups of the pattern (`{ pattern: "^POPESTIMATE(\\d{4})$", label: "$1" }`: `POPESTIMATE2019` is period `2019`). Every cell of a period column is accepted or rejected, and counted in cells, not rows; blank, missing and suppressed cells are read as in a long file. Confidence limits need a long file.',
          example: { pattern: '^\\d{4}(/\\d{2})?$' },
        }),
        indicator: columnSchema.optional().meta({ description: 'Indicator name, when a file holds several.' }),
        lower: columnSchema.optional().meta({
          description:
            'Lower confidence limit of the value (give `upper` too). With limits, an area is better, similar or worse than its benchmark (Fingertips method: different only when the interval does not contain the benchmark); without them only higher or lower. A row with one limit, or a value outside its limits, is rejected.',
        }),
        upper: columnSchema.optional().meta({ description: 'Upper confidence limit of the value (give `lower` too).' }),
      })
      .meta({ description: "The file's columns." }),
    areaNames: areaNamesField,
    unit: z.string().default('').meta({ description: 'Unit shown with values.', example: '%' }),
    higherIs: higherIsSchema
      .default('neutral')
      .meta({ description: 'Whether a higher value is bad, good or neither.' }),
    benchmark: z.string().min(1).default('all').meta({
      description:
        "What each area is compared with: `all` (every area), `parent` (the area's parent in the layer) or one area code. Rows in the file for the benchmark's code (with `parent`, each parent's code) are its values and are not areas; without them the benchmark is the population-weighted mean of its areas (the plain mean when any lacks a population, and the pages say which).",
      example: 'E92000001',
    }),
    benchmarkName: localText()
      .optional()
      .meta({ description: 'Name of the benchmark when no layer names its code.', example: 'England' }),
    benchmarkAreas: regexText.optional().meta({
      description:
        'With a benchmark code and a layer without parents: a regular expression on area codes naming the areas the benchmark covers (its mean is over them; other areas have no benchmark).',
      example: '^E',
    }),
    bands: z
      .array(z.number())
      .min(1)
      .optional()
      .meta({
        description:
          'Fixed map bands: ascending lower bounds of every band but the first. Default: five bands of equal, rounded width (1, 2, 2.5 or 5 × a power of ten) from the lowest to the highest value of any period, the same for every period.',
        example: [35, 40, 45, 50],
      }),
    valueFlags: z.boolean().default(false).meta({
      description:
        "Values carry the publisher's flags after a space, as Eurostat writes them (`82.5 b`: a break in series; `81.3 ep`: estimated and provisional; `: c`: confidential): with `true` a value followed by a space and lower-case letters is read as the value alone, so `82.5 b` is 82.5 and `: c` is `:` (missing when `missingValues` lists it). The flags are not kept: say what they mean for the data in `source.notes`. Without it such values are rejected as not numbers, and the build says which setting reads them.",
    }),
    suppressedValues: z
      .array(z.string())
      .default([])
      .meta({
        description:
          'Markers the publisher writes for a suppressed value: accepted and shown as suppressed, never as missing or zero. `""` makes a blank cell one, for publishers that leave a withheld figure empty (Statbel leaves a median of fewer than 10 sales blank); without it a blank value is missing and its row rejected.',
        example: ['c', '*'],
      }),
    indicators: z
      .record(
        z.string(),
        z.strictObject({
          label: localText().meta({ description: 'Label shown for the indicator.' }),
          description: localText().optional().meta({ description: 'What the indicator measures, shown on its pages.' }),
        }),
      )
      .default({})
      .meta({
        description: 'Indicator value in the file → `{ label, description? }`; unlisted values are used as they are.',
      }),
    decimals: z.number().int().min(0).max(6).default(1).meta({
      description:
        'Decimals values are shown with; computed benchmarks are rounded to it, and compared at it. Values are kept as read to 3 decimals more (so means and ranks use the published digits, and float noise such as `52.400000000000006` is dropped).',
    }),
  })
  .superRefine((d, ctx) => {
    for (const problem of fileShapeProblems(d.columns)) ctx.addIssue({ code: 'custom', ...problem });
  });

/**
 * An indicator file is long (`columns.period` + `columns.value`) or wide (`columns.periods`), never both
 * nor neither; what is wrong, with the keys to use instead.
 */
function fileShapeProblems(c: {
  period?: unknown;
  value?: unknown;
  periods?: unknown;
  lower?: unknown;
  upper?: unknown;
}): { path: string[]; message: string }[] {
  const long = c.period !== undefined || c.value !== undefined;
  if (c.periods !== undefined) {
    if (long) {
      const given = ['period', 'value']
        .filter((k) => c[k as 'period' | 'value'] !== undefined)
        .map((k) => `columns.${k}`);
      return [
        {
          path: ['columns', 'periods'],
          message: `give either columns.periods (a wide file: one column per period) or columns.period with columns.value (a long file: one row per area and period), not both; remove ${given.join(' and ')}, or columns.periods.`,
        },
      ];
    }
    if (c.lower !== undefined || c.upper !== undefined) {
      return [
        {
          path: ['columns', c.lower !== undefined ? 'lower' : 'upper'],
          message:
            'confidence limits (columns.lower, columns.upper) are read from a long file, one row per area and period; a wide file (columns.periods) has one value per cell. Remove the limits, or use a long file with columns.period and columns.value.',
        },
      ];
    }
    return [];
  }
  if (c.period !== undefined && c.value !== undefined) return [];
  const missing = c.period === undefined ? 'period' : 'value';
  return [
    {
      path: ['columns', c.period === undefined && c.value === undefined ? 'periods' : missing],
      message:
        c.period === undefined && c.value === undefined
          ? 'say where the periods are: columns.period and columns.value for a long file (one row per area and period), or columns.periods for a wide file (one column per period), e.g. periods: ["2019", "2020"] or periods: { pattern: "^\\d{4}$" }.'
          : `columns.period and columns.value go together (a long file: one row per area and period); add columns.${missing}, or give columns.periods instead for a wide file (one column per period).`,
    },
  ];
}

export const datasetSchema = z.discriminatedUnion('kind', [
  casesDatasetSchema,
  assetsDatasetSchema,
  indicatorDatasetSchema,
]);

/** Rights communities have over public assets: country-specific, so configured. */
const communityRightsSchema = z.strictObject({
  heading: localText(z.string()).meta({ description: 'Heading of the rights page.' }),
  paragraphs: z
    .array(localText(z.string()))
    .default([])
    .meta({ description: 'Paragraphs of plain text (never markup).' }),
  links: z
    .array(
      z.strictObject({
        label: localText(z.string()).meta({ description: 'Link text.' }),
        url: webUrl.meta({ description: 'Where it leads: an `http:`, `https:` or `mailto:` address.' }),
      }),
    )
    .default([])
    .meta({ description: 'Links to the legislation and guidance.' }),
  nominationSections: z
    .array(
      z.strictObject({
        heading: localText(z.string()).meta({ description: 'Heading of the section.' }),
        hint: localText(z.string()).meta({ description: 'What to write in it.' }),
      }),
    )
    .default([])
    .meta({ description: 'The sections of the nomination document a group can prepare from an asset page.' }),
});

export const siteSchema = z.strictObject({
  title: localText().meta({ description: 'Site title, shown in the header and every page title.' }),
  council: localText().meta({ description: 'The publishing body, as credited on the site.' }),
  shortName: localText().optional().meta({
    description:
      "The site's name under its icon when installed as an app (the web app manifest's `short_name`); at most 12 characters is recommended, as launchers cut longer names. Default: the council's name when it is that short, else the title cut at the last whole word that fits.",
    example: 'Eastmere',
  }),
  locale: z
    .string()
    .refine(isLocale, {
      error: (issue) =>
        `${JSON.stringify(issue.input)} is not a BCP 47 language tag: write language and region with a hyphen, e.g. "en-GB", "cy-GB", "de-DE"`,
    })
    .default('en-GB')
    .meta({
      description:
        'BCP 47 locale of the site: its numbers and dates (`"de-DE"`, `"fr-FR"` …), checked with `Intl`: `"en_GB"` is refused (use a hyphen), and the language of the config\'s text and of the data. It also chooses the message catalogue of the interface text (src/lib/i18n/messages/: `en-GB`, `cy`, `nl`, `da`, `de`): the catalogue of the exact tag, else of its language (`"cy-GB"` → `cy`), else en-GB. A locale with no catalogue of its own (`"nb-NO"`, `"fr-FR"`) gets the en-GB text, with its numbers in the locale and its lists, dates and plural forms in English (`"vacant or under-used"`, not `"vacant eller under-used"`); text from the config (titles, labels) stays as written. The page\'s language (`<html lang>`) is then the interface\'s, `en-GB`, so a screen reader reads it in an English voice, and the config\'s text and the data\'s names, where they stand in an element of their own (a heading, the site\'s name, a dataset\'s title or description, an area\'s or asset\'s name in a heading, table cell or link), are marked with the locale (`lang="nb-NO"`). A locale its catalogue speaks (`"en-GB"`, `"cy-GB"`, `"de-AT"`) is the page\'s language, and nothing is marked.',
    }),
  languages: z
    .array(
      z
        .string()
        .refine(isLocale, {
          error: (issue) =>
            `${JSON.stringify(issue.input)} is not a BCP 47 language tag: write language and region with a hyphen, e.g. "en-GB", "cy"`,
        })
        .refine(hasCatalogue, {
          error: (issue) =>
            `${JSON.stringify(issue.input)} has no interface catalogue; the languages available are ${CATALOGUE_LANGUAGES.join(', ')} (src/lib/i18n/messages/)`,
        }),
    )
    .min(1, 'list at least one language, the default first, e.g. ["cy", "en-GB"]')
    .refine((tags) => new Set(tags.map((t) => t.toLowerCase())).size === tags.length, 'a language is listed twice')
    .optional()
    .meta({
      description:
        'A site in several languages, the default first (`["cy", "en-GB"]`): every page is built in each, the default at the site root and each other under its own path (`<basePath>en/`), sharing one copy of the data, with a language switch on every page. Each needs a message catalogue (`en-GB`, `cy`, `nl`, `da`, `de`). Text the config writes (titles, descriptions, labels, community rights) may then be one text for every language or `{ "cy": "…", "en-GB": "…" }`; a language it lacks shows the default language\'s text, marked with that language (`lang`) and with a note saying so: beside a title, description or paragraph, and once per page for short labels (category names, link labels, the site\'s name). Inside a translated sentence (a summary, a caption, a link such as "All areas for …") such a text keeps its own `lang`, and the page has the one note; in an attribute, the page\'s `<title>` or a chart\'s SVG title, where markup is impossible, the sentence is left whole and unmarked (the same text is marked where the page shows it). With `languages`, each page\'s language, numbers and dates follow its language and `locale` is not used.',
      example: ['cy', 'en-GB'],
    }),
  basePath: z
    .string()
    .regex(/^\/(.*\/)?$/, 'start and end with "/"')
    // "//host/" would be read by browsers as another website's address.
    .refine((p) => !p.startsWith('//'), 'must not start with "//" (that is another host); write e.g. "/atlas/"')
    .default('/')
    .meta({
      description: 'Path the site is served under; starts and ends with `/`, and not `//` (another host).',
      example: '/atlas/',
    }),
  demo: z.boolean().default(false).meta({ description: 'The data is fictional: every page then says so.' }),
  url: z
    .url({ protocol: /^https?$/, error: 'must be an http: or https: address, e.g. "https://data.example.gov.uk"' })
    .refine((u) => {
      const parsed = new URL(u);
      return parsed.pathname === '/' && parsed.search === '' && parsed.hash === '';
    }, 'give the host only, e.g. "https://data.example.gov.uk": the path the site is served under goes in `basePath`')
    .optional()
    .meta({
      description:
        'Address of the host the site is published on, without a path (that is `basePath`). `sitemap.xml` needs it: the sitemaps protocol takes only full addresses, so without it the build writes `robots.txt` with no `Sitemap:` line and no `sitemap.xml`, and says so.',
      example: 'https://data.example.gov.uk',
    }),
  tiles: z
    .strictObject({
      url: tileUrl.meta({ description: 'Tile URL template with `{z}`, `{x}` and `{y}`, on `http:` or `https:`.' }),
      attribution: z.string().meta({
        description: 'Credit the tile provider requires, shown on the map as text (markup is not interpreted).',
      }),
      maxZoom: z.number().default(18).meta({ description: 'Highest zoom level the tiles exist for.' }),
    })
    .optional()
    .meta({
      description:
        'A raster basemap. **Off by default**: without it the maps use only the area boundaries from your own files and the site makes no request to any other host.',
    }),
  communityRights: communityRightsSchema.optional().meta({
    description:
      "The rights community groups have over public land and buildings in your country, shown on the buildings and land pages. The demo config has England's (Community Right to Bid, community asset transfer, Community Right to Challenge).",
  }),
});

export const configSchema = z
  .strictObject({
    site: siteSchema.meta({ description: 'The site as a whole.' }),
    areaLayers: z
      .record(z.string().regex(idPattern, 'use lowercase letters, digits and hyphens'), areaLayerSchema)
      .default({})
      .meta({
        description:
          'Area layers by id (lowercase letters, digits, hyphens): the boundaries rows join to and maps draw. Keys of each layer below.',
      }),
    datasets: z
      .array(datasetSchema)
      .min(1, 'add at least one dataset')
      .meta({ description: 'The datasets, in the order the site lists them.' }),
  })
  .superRefine((config, ctx) => {
    const seen = new Set<string>();
    const layers = Object.keys(config.areaLayers);
    const siteLanguages = config.site.languages ?? [config.site.locale];
    for (const [id, layer] of Object.entries(config.areaLayers)) {
      for (const problem of pluralFormsProblems(layer.forms ?? {}, siteLanguages)) {
        ctx.addIssue({ code: 'custom', path: ['areaLayers', id, 'forms', ...problem.path], message: problem.message });
      }
    }
    for (const [i, d] of config.datasets.entries()) {
      if (seen.has(d.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['datasets', i, 'id'],
          message: `"${d.id}" is used twice; dataset ids must be unique.`,
        });
      }
      seen.add(d.id);
      if (d.kind === 'cases') {
        for (const [j, r] of d.rollUp.entries()) {
          const id = r.id ?? `${d.id}-${r.layer}`;
          for (const problem of rollUpProblems(d.join, r, config.areaLayers, seen.has(id) ? id : null)) {
            ctx.addIssue({
              code: 'custom',
              path: ['datasets', i, 'rollUp', j, ...problem.path],
              message: problem.message,
            });
          }
          seen.add(id);
        }
      }
      if (d.kind === 'cases') {
        const languages = config.site.languages ?? [config.site.locale];
        const given: [(string | number)[], Parameters<typeof pluralFormsProblems>[0] | undefined][] = [
          [['metricForms'], d.metricForms],
          ...Object.entries(d.metrics).map(([raw, m]): [(string | number)[], typeof m.forms] => [
            ['metrics', raw, 'forms'],
            m.forms,
          ]),
        ];
        for (const [path, forms] of given) {
          for (const problem of pluralFormsProblems(forms ?? {}, languages)) {
            ctx.addIssue({ code: 'custom', path: ['datasets', i, ...path, ...problem.path], message: problem.message });
          }
        }
      }
      if (d.kind === 'assets') {
        for (const problem of sharedShapeProblems(config.datasets, i)) {
          ctx.addIssue({ code: 'custom', path: ['datasets', i, ...problem.path], message: problem.message });
        }
        const languages = config.site.languages ?? [config.site.locale];
        for (const problem of pluralFormsProblems(d.words.forms ?? {}, languages)) {
          ctx.addIssue({
            code: 'custom',
            path: ['datasets', i, 'words', 'forms', ...problem.path],
            message: problem.message,
          });
        }
      }
      if (d.join.by !== 'none' && d.join.layer !== undefined && !layers.includes(d.join.layer)) {
        ctx.addIssue({
          code: 'custom',
          path: ['datasets', i, 'join', 'layer'],
          message: `no area layer "${d.join.layer}". ${layers.length ? `Known layers: ${layers.join(', ')}.` : 'Add it under areaLayers.'}`,
        });
      }
    }
  });

// What is wrong with one roll-up, given the dataset's join and the layers (`takenId`: its id when already used).
function rollUpProblems(
  join: DatasetConfig['join'],
  r: z.output<typeof rollUpSchema>,
  areaLayers: Record<string, z.output<typeof areaLayerSchema>>,
  takenId: string | null,
): { path: string[]; message: string }[] {
  const child = join.by === 'code' ? join.layer : undefined;
  if (child === undefined) {
    return [
      { path: [], message: 'a roll-up sums the areas of the join layer; set join: { by: "code", layer: … } first.' },
    ];
  }
  const problems: { path: string[]; message: string }[] = [];
  if (!(r.layer in areaLayers)) {
    problems.push({
      path: ['layer'],
      message: `no area layer "${r.layer}". Known layers: ${Object.keys(areaLayers).join(', ')}.`,
    });
  } else if (r.layer === child) {
    problems.push({
      path: ['layer'],
      message: `"${r.layer}" is the join layer itself; name the parent layer to sum into.`,
    });
  }
  if (r.via === 'parent' && areaLayers[child]?.parentProperty === undefined) {
    problems.push({
      path: ['via'],
      message: `"parent" needs areaLayers.${child}.parentProperty (the feature property naming each area's parent); or use "within", or a lookup file: { file, childColumn, parentColumn }.`,
    });
  }
  if (takenId !== null) {
    problems.push({ path: ['id'], message: `"${takenId}" is already a dataset id; set another.` });
  }
  return problems;
}

export type AtlasConfigInput = z.input<typeof configSchema>;
export type AtlasConfig = z.output<typeof configSchema>;
export type SiteConfig = AtlasConfig['site'];
export type AreaLayerConfig = z.output<typeof areaLayerSchema>;
export type DatasetConfig = z.output<typeof datasetSchema>;
export type DatasetKindId = DatasetConfig['kind'];
export type CasesDatasetConfig = z.output<typeof casesDatasetSchema>;
export type AssetsDatasetConfig = z.output<typeof assetsDatasetSchema>;
export type IndicatorDatasetConfig = z.output<typeof indicatorDatasetSchema>;
export type ColumnRef = z.output<typeof columnSchema>;
export type SplitColumnConfig = z.output<typeof splitColumnSchema>;
export type RollUpConfig = z.output<typeof rollUpSchema>;
export type RowsConfig = z.output<typeof rowsSchema>;
export type ComposedColumnRef = z.output<typeof composedColumnSchema>;
export type Encoding = z.output<typeof encodingSchema>;
export type Delimiter = z.output<typeof delimiterSchema>;
export type DateFormat = z.output<typeof dateFormatSchema>;
export type HigherIs = z.output<typeof higherIsSchema>;
export type AssetStatus = z.output<typeof assetStatusSchema>;
